#if canImport(Glibc)
import Glibc
#endif

/// A dilemma read from the journal, with where it is.
public struct StoredDilemma: Equatable, Sendable {
    public var dilemma: Dilemma
    public var path: String

    public init(dilemma: Dilemma, path: String) {
        self.dilemma = dilemma
        self.path = path
    }
}

/// The person's dilemmas, one Markdown file each in `dilemmas/`, written
/// with the care entries get: private files in private folders, created
/// without ever replacing a file, rewritten atomically, and every
/// read-modify-write done under the journal's lock.
///
/// ```
/// <folder>/dilemmas/d20261126-kfqm.md
/// ```
extension Journal {
    public var dilemmasFolder: String { folder + "/dilemmas" }

    /// The path of the dilemma with this id; nil for text that is not a
    /// whole dilemma id, so that nothing typed becomes a path elsewhere.
    public func path(forDilemma id: String) -> String? {
        DilemmaID.isDilemmaID(id) ? "\(dilemmasFolder)/\(id).md" : nil
    }

    /// The ids of the dilemmas on disk, oldest first (ids sort by date).
    /// Files whose names are not dilemma ids are not the journal's.
    public func dilemmaIDs() -> [String] {
        FileSystem.names(in: dilemmasFolder).filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.map { String($0.dropLast(3)) }
            .filter(DilemmaID.isDilemmaID).sorted()
    }

    /// Saves a new dilemma under a fresh id, made again until its file can be
    /// created without replacing anything.
    ///
    /// - Parameter makeID: where ids come from (tests give ids already taken).
    public func addDilemma(title: String, description: String,
                           makeID: (Clock.Reading) -> String = { DilemmaID.make(for: $0.time, millisecond: $0.millisecond) })
        throws(JournalError) -> StoredDilemma {
        try checkWritable()
        return try locked { () throws(JournalError) -> StoredDilemma in
            try makeFolder(dilemmasFolder)
            let now = clock.reading()
            for _ in 0..<32 {
                let id = makeID(now)
                let dilemma = Dilemma(id: id, title: title, created: now.time, description: description)
                guard let path = path(forDilemma: id) else { break }
                do throws(FileSystemError) {
                    try FileSystem.write(Array(DilemmaFile.text(of: dilemma).utf8), to: path, replace: .never)
                } catch where error.code == EEXIST {
                    continue
                } catch {
                    throw .fileSystem(error)
                }
                recordChange(path)
                return StoredDilemma(dilemma: dilemma, path: path)
            }
            throw .fileSystem(FileSystemError(path: dilemmasFolder, operation: "create a dilemma in", code: EEXIST))
        }
    }

    /// Reads the dilemma at a path.
    public func readDilemma(path: String) throws(JournalError) -> Dilemma {
        let bytes: [UInt8]
        do { bytes = try FileSystem.read(path) } catch { throw .fileSystem(error) }
        return try Self.parseDilemma(bytes, path: path)
    }

    static func parseDilemma(_ bytes: [UInt8], path: String) throws(JournalError) -> Dilemma {
        do { return try DilemmaFile.parse(bytes, path: path, fallbackID: id(fromPath: path)) } catch { throw .unreadableDilemma(error) }
    }

    /// Every dilemma that can be read, oldest first, and the problems of those that cannot.
    public func dilemmas() -> (dilemmas: [StoredDilemma], problems: [JournalError]) {
        var found: [StoredDilemma] = []
        var problems: [JournalError] = []
        for id in dilemmaIDs() {
            guard let path = path(forDilemma: id) else { continue }
            do { found.append(StoredDilemma(dilemma: try readDilemma(path: path), path: path)) } catch { problems.append(error) }
        }
        return (found, problems)
    }

    /// The entries filed under a dilemma (a whole id), oldest first: the
    /// index finds them and only those files are read.
    ///
    /// - Parameter problems: called with each file that cannot be read; the
    ///   others are still returned.
    public func entries(filedUnder id: String, problems: (String) -> Void) -> [StoredEntry] {
        let scan = EntryScan(journal: self, filter: EntryFilter(dilemma: id))
        var entries: [StoredEntry] = []
        for (_, path) in scan.records(problems: problems) {
            do { entries.append(StoredEntry(entry: try read(path: path), path: path)) } catch { problems(error.description) }
        }
        return entries.sorted { $0.entry.created != $1.entry.created ? $0.entry.created < $1.entry.created : $0.entry.id < $1.entry.id }
    }

    /// The path of the dilemma with this id or unique id prefix.
    ///
    /// - Throws: `JournalError.unknownDilemma` with the nearest ids (also for
    ///   text that cannot start an id, such as `../plan`), or
    ///   `.ambiguousDilemma` when the prefix matches several.
    public func resolveDilemma(_ prefix: String) throws(JournalError) -> String {
        let ids = dilemmaIDs()
        if let direct = path(forDilemma: prefix), ids.contains(prefix) { return direct }
        let matches = DilemmaID.isPrefix(prefix) ? ids.filter { $0.hasPrefix(prefix) } : []
        if matches.count == 1, let path = path(forDilemma: matches[0]) { return path }
        if matches.count > 1 { throw .ambiguousDilemma(prefix: prefix, matches: matches) }
        throw .unknownDilemma(id: prefix, suggestions: NearestMatch.suggestions(for: prefix, in: ids))
    }

    /// Changes a dilemma: reads it, applies `change` and rewrites it
    /// atomically, all under the journal's lock, so that two changes made
    /// at once never lose one another.
    ///
    /// - Throws: what `change` throws (nothing is written then),
    ///   `.unreadableDilemma` for a file that does not read (never rewritten),
    ///   or a file-system error.
    @discardableResult
    public func changeDilemma(at path: String, _ change: (inout Dilemma) throws(JournalError) -> Void) throws(JournalError) -> Dilemma {
        try checkWritable()
        return try locked { () throws(JournalError) -> Dilemma in
            var dilemma = try readDilemma(path: path)
            try change(&dilemma)
            do throws(FileSystemError) {
                try FileSystem.write(Array(DilemmaFile.text(of: dilemma).utf8), to: path, replace: .atomically)
            } catch {
                throw .fileSystem(error)
            }
            recordChange(path)
            return dilemma
        }
    }

    /// Saves an entry filed under a dilemma, checking under the same hold of
    /// the lock that the dilemma is still there and open: a dilemma closed
    /// while the editor was open takes no new entry.
    ///
    /// - Throws: `.dilemmaClosed`, `.unknownDilemma`, or what `add` throws.
    public func add(_ entry: Entry, underDilemma id: String) throws(JournalError) -> (entry: Entry, path: String) {
        try locked { () throws(JournalError) -> (entry: Entry, path: String) in
            guard let path = path(forDilemma: id), FileSystem.exists(path) else { throw .unknownDilemma(id: id, suggestions: []) }
            guard try readDilemma(path: path).isOpen else { throw .dilemmaClosed(id: id) }
            return try addLocked(entry, keepingID: false)
        }
    }

    /// Saves an edited dilemma file: only if it changed, still reads as a
    /// dilemma, and was not changed by anyone else meanwhile (checked under
    /// the journal lock together with the rename). Its id stays the file's.
    /// The draft is removed once saved.
    ///
    /// - Returns: the dilemma as saved, or nil when the text did not change.
    /// - Throws: `JournalError.changedMeanwhile`, `.unreadableDilemma` for an
    ///   edit that no longer parses, or a file-system error; the draft stays.
    public func finishDilemmaEdit(_ draft: Draft, edited: String, dilemmaPath path: String) throws(JournalError) -> Dilemma? {
        guard let original = draft.plan.original else { throw .changedMeanwhile(path: path) }
        if edited == original {
            removeDraft(draft)
            return nil
        }
        var dilemma = try Self.parseDilemma(Array(edited.utf8), path: draft.path)
        dilemma.id = Self.id(fromPath: path)
        try checkWritable()
        try locked { () throws(JournalError) in
            guard let current = try? FileSystem.read(path), current == Array(original.utf8) else { throw .changedMeanwhile(path: path) }
            do throws(FileSystemError) {
                try FileSystem.write(Array(DilemmaFile.text(of: dilemma).utf8), to: path, replace: .atomically)
            } catch {
                throw .fileSystem(error)
            }
            recordChange(path)
        }
        removeDraft(draft)
        return dilemma
    }
}
