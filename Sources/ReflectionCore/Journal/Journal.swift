/// The journal: a folder of Markdown entry files that the person owns.
///
/// ```
/// <folder>/entries/2026/11/20261126-093012-k3f9.md   one file per entry, 0600
/// <folder>/drafts/                                   unsaved editor text, 0600
/// <folder>/trash/                                    deleted entries
/// ```
/// Folders are 0700. Entry file names are their ids, which sort by time, so
/// the newest entries are found by listing folders, without reading files.
public struct Journal: Sendable {
    public let folder: String
    /// Where new entries and drafts get their times.
    public let clock: Clock
    /// How long a command waits for another reflect holding the lock, in seconds.
    public let lockWait: Double

    /// Whether the folders above a new journal may be made: yes for the XDG
    /// place (`~/.local/share` may not be there yet), no for a folder a
    /// person named in `REFLECT_HOME` (a typo must not build a tree).
    public var makesParents = true

    /// Where the files a command changes are recorded, for its git commit
    /// (`ChangedPaths`); nil records nothing.
    public var changedPaths: ChangedPaths?

    public init(folder: String, clock: Clock, lockWait: Double = 5) {
        self.folder = folder
        self.clock = clock
        self.lockWait = lockWait
    }

    public var entriesFolder: String { folder + "/entries" }
    public var draftsFolder: String { folder + "/drafts" }
    public var trashFolder: String { folder + "/trash" }

    /// The path an entry with this id is stored at.
    public func path(forID id: String) -> String {
        "\(entriesFolder)/\(EntryID.monthFolder(ofPrefix: id) ?? "misc")/\(id).md"
    }

    /// Refuses a journal that is there but cannot be read: the folder is a
    /// file, a broken symbolic link or closed to this user, or so is its
    /// `entries` folder. Without this every scan would see "no entries" and
    /// say so, as if the journal were empty. A journal not made yet is fine.
    ///
    /// - Throws: `JournalError.unreadableFolder`, saying what to do.
    public func checkReadable() throws(JournalError) {
        for (path, isEntries) in [(folder, false), (entriesFolder, true)] {
            switch FileSystem.folderState(path) {
            case .readable: continue
            // No journal yet (a fresh start), or no entry yet.
            case .missing: return
            case let problem: throw .unreadableFolder(path: path, isEntries: isEntries, problem: problem)
            }
        }
    }

    /// Refuses to write into a journal the person has made read-only.
    public func checkWritable() throws(JournalError) {
        if let mode = FileSystem.mode(of: folder), mode & 0o200 == 0 { throw .readOnly(folder: folder) }
        try checkFormat()
    }

    /// Creates a private folder inside the journal.
    public func makeFolder(_ path: String) throws(JournalError) {
        try checkWritable()
        // The journal's own folder is made when missing, never the folders above it:
        // a typo in REFLECT_HOME must not build a tree of folders somewhere.
        let parent = FileSystem.parentFolder(of: folder)
        if !makesParents, !FileSystem.exists(folder), !FileSystem.exists(parent) { throw .missingParent(path: parent, journal: folder) }
        // A folder inside the journal that is a symbolic link (entries/, a year,
        // a month, trash/, drafts/) is not written through: it may point anywhere.
        if path.hasPrefix(folder + "/") {
            var inside = folder
            for component in path.dropFirst(folder.count + 1).split(separator: "/") {
                inside += "/" + component
                if FileSystem.kind(inside) == .symbolicLink {
                    throw .linkedFolder(path: inside, target: FileSystem.linkTarget(inside) ?? "?")
                }
            }
        }
        do { try FileSystem.makePrivateFolder(path) } catch { throw .fileSystem(error) }
    }

    /// Saves a new entry. Its id is made fresh until the file can be created
    /// without replacing anything; returns the entry with that id and its path.
    ///
    /// - Parameter keepingID: keep the entry's own id (an import); a file
    ///   already there is then an error (EEXIST), never replaced.
    public func add(_ entry: Entry, keepingID: Bool = false) throws(JournalError) -> (entry: Entry, path: String) {
        try locked { () throws(JournalError) in try addLocked(entry, keepingID: keepingID) }
    }

    /// `add`, for a caller that already holds the lock (an import).
    func addLocked(_ entry: Entry, keepingID: Bool) throws(JournalError) -> (entry: Entry, path: String) {
        var entry = entry
        for attempt in 0..<32 {
            if keepingID, attempt > 0 { break }
            if !keepingID, attempt > 0 || entry.id.isEmpty {
                entry.id = EntryID.make(for: entry.created, millisecond: clock.reading().millisecond)
            }
            let path = path(forID: entry.id)
            try makeFolder(FileSystem.parentFolder(of: path))
            do {
                try FileSystem.write(Array(EntryFile.text(of: entry).utf8), to: path, replace: .never)
                recordChange(path)
                publishChange(of: entry.created.date)
                return (entry, path)
            } catch where error.code == EEXIST {
                continue
            } catch {
                throw .fileSystem(error)
            }
        }
        throw .fileSystem(FileSystemError(path: entriesFolder, operation: "create an entry in", code: EEXIST))
    }

    /// Rewrites an existing entry atomically, keeping keys the person added,
    /// provided its file still holds `expected` (what the caller read before):
    /// the check and the rename happen together under the journal lock, so
    /// a change made meanwhile by another edit is never overwritten.
    ///
    /// - Throws: `JournalError.changedMeanwhile` when the file changed or went.
    public func replace(_ entry: Entry, at path: String, expecting expected: [UInt8]) throws(JournalError) {
        try checkWritable()
        try locked { () throws(JournalError) in
            guard let current = try? FileSystem.read(path), current == expected else { throw .changedMeanwhile(path: path) }
            do throws(FileSystemError) {
                try FileSystem.write(Array(EntryFile.text(of: entry).utf8), to: path, replace: .atomically)
            } catch {
                throw .fileSystem(error)
            }
            recordChange(path)
            publishChange(of: entry.created.date)
        }
    }

    /// Reads the entry at a path.
    public func read(path: String) throws(JournalError) -> Entry {
        let bytes: [UInt8]
        do { bytes = try FileSystem.read(path) } catch { throw .fileSystem(error) }
        do { return try EntryFile.parse(bytes, path: path, fallbackID: Self.id(fromPath: path)) } catch { throw .unreadableEntry(error) }
    }

    /// The id part of an entry's file name.
    public static func id(fromPath path: String) -> String { EntryFile.id(fromPath: path) }

    /// Every entry file's path, newest first (by id, which sorts by time).
    ///
    /// Folders are visited newest first and each is sorted on its own, so a
    /// caller that stops early (`list -n 10`) reads only the newest folder.
    public func paths(since: CalendarDate? = nil, until: CalendarDate? = nil) -> some Sequence<String> {
        monthFolders(since: since, until: until).lazy.flatMap { folder in
            Self.entryNames(in: folder).map { "\(folder)/\($0)" }
        }
    }

    /// The ids of the entries whose ids start with `prefix`, newest first,
    /// at most `limit`, from file names alone: no entry is read (for shell completion).
    public func entryIDs(startingWith prefix: String, limit: Int) -> [String] {
        Array(paths().lazy.map(Self.id(fromPath:)).filter { $0.hasPrefix(prefix) }.prefix(limit))
    }

    /// The `entries/YYYY/MM` folders that can hold entries between two dates, newest first.
    public func monthFolders(since: CalendarDate? = nil, until: CalendarDate? = nil) -> [String] {
        let low = since.map { $0.year * 100 + $0.month } ?? 0
        let high = until.map { $0.year * 100 + $0.month } ?? Int.max
        var folders: [(Int, String)] = []
        for year in FileSystem.names(in: entriesFolder) {
            // Only names that are years and months (a folder named 92233720368547759 is neither, and no overflow).
            guard let y = Self.yearFolder(year), y * 100 + 12 >= low, y * 100 + 1 <= high else { continue }
            for month in FileSystem.names(in: "\(entriesFolder)/\(year)") {
                guard let m = Self.monthFolder(month), (low...high).contains(y * 100 + m) else { continue }
                folders.append((y * 100 + m, "\(entriesFolder)/\(year)/\(month)"))
            }
        }
        return folders.sorted { $0.0 > $1.0 }.map(\.1)
    }

    /// The year a folder's name is (four digits, 1000 to 9999), if it is one.
    public static func yearFolder(_ name: String) -> Int? {
        guard name.utf8.count == 4, name.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let year = Int(name), year >= 1000 else { return nil }
        return year
    }

    /// The month a folder's name is (two digits, 01 to 12), if it is one.
    public static func monthFolder(_ name: String) -> Int? {
        guard name.utf8.count == 2, name.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let month = Int(name), (1...12).contains(month) else { return nil }
        return month
    }

    /// The entry file names in a folder, newest first.
    public static func entryNames(in folder: String) -> [String] {
        FileSystem.names(in: folder).filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted(by: >)
    }

    /// The path of the entry with this id or unique id prefix.
    ///
    /// - Throws: `JournalError.unknownEntry` with the nearest ids, or
    ///   `.ambiguousEntry` when the prefix matches several.
    public func resolve(_ prefix: String) throws(JournalError) -> String {
        // An id never becomes a path outside the journal: only the id's own characters pass.
        guard EntryID.couldBeName(prefix) else { throw .invalidEntryID(id: prefix) }
        let direct = path(forID: prefix)
        if FileSystem.exists(direct) { return direct }
        var candidates: [String] = []
        if let month = EntryID.monthFolder(ofPrefix: prefix) {
            candidates = FileSystem.names(in: "\(entriesFolder)/\(month)").filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
                .map { "\(entriesFolder)/\(month)/\($0)" }
        } else {
            candidates = Array(paths())
        }
        let matches = candidates.filter { Self.id(fromPath: $0).hasPrefix(prefix) }.sorted()
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 { throw .ambiguousEntry(prefix: prefix, matches: matches.map(Self.id(fromPath:))) }
        let pool = candidates.isEmpty && EntryID.monthFolder(ofPrefix: prefix) != nil ? Array(paths()) : candidates
        throw .unknownEntry(id: prefix, suggestions: NearestMatch.suggestions(for: prefix, in: pool.map(Self.id(fromPath:))))
    }

    /// Moves an entry to the trash folder rather than erasing it, and sets
    /// the file's modification time to the moment it was trashed.
    /// - Returns: where it went.
    /// - Throws: `JournalError.unknownEntry` when the entry went meanwhile.
    public func trash(path: String) throws(JournalError) -> String {
        try locked { () throws(JournalError) in
            guard FileSystem.exists(path) else { throw .unknownEntry(id: Self.id(fromPath: path), suggestions: []) }
            let date = (try? read(path: path))?.created.date
            try makeFolder(trashFolder)
            let name = path.split(separator: "/").last.map(String.init) ?? "entry.md"
            var destination = "\(trashFolder)/\(name)"
            var counter = 1
            while FileSystem.exists(destination) {
                counter += 1
                destination = "\(trashFolder)/\(name.dropLast(3))-\(counter).md"
            }
            do throws(FileSystemError) { try FileSystem.moveWithoutReplacing(path, to: destination) } catch { throw .fileSystem(error) }
            recordChange(path)
            recordChange(destination)
            // The modification time then says when it was trashed (`reflect trash`, `trash empty --older-than`).
            FileSystem.touch(destination)
            publishChange(of: date ?? EntryID.date(of: Self.id(fromPath: path)) ?? CalendarDate(dayNumber: 0))
            return destination
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
