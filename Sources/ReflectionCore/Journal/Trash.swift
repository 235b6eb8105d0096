#if canImport(Glibc)
import Glibc
#endif

/// An entry in the journal's `trash/` folder, put there by `reflect delete`.
///
/// Its file name is its id, with `-2`, `-3`, ... when the same id was trashed
/// more than once (`Journal.trash` never replaces a file in the trash).
public struct TrashedEntry: Equatable, Sendable {
    /// The file name without `.md`: the id, perhaps with a `-2` suffix.
    public var name: String
    /// The id the entry has in the journal, and gets back on a restore.
    public var id: String
    public var path: String
    /// When it was trashed, as far as the file's modification time tells:
    /// `delete` sets it to the moment of the move.
    public var trashed: Timestamp?
    /// When the entry was written, if the file can be read.
    public var created: Timestamp?
    public var firstWords: String

    /// The local date it was trashed on.
    public var trashedDate: CalendarDate? { trashed?.date }
}

extension Journal {
    /// Every entry in the trash, most recently trashed first.
    public func trashedEntries() -> [TrashedEntry] {
        let names = Self.entryNames(in: trashFolder)
        let items = names.map { trashedEntry(at: "\(trashFolder)/\($0)") }
        return items.sorted { a, b in
            let ta = a.trashed?.epochSeconds ?? Int.min, tb = b.trashed?.epochSeconds ?? Int.min
            return ta != tb ? ta > tb : a.name > b.name
        }
    }

    func trashedEntry(at path: String) -> TrashedEntry {
        let name = Self.id(fromPath: path)
        let entry = try? read(path: path)
        return TrashedEntry(name: name, id: Self.entryID(ofTrashName: name, entry: entry), path: path,
                            trashed: FileSystem.modificationSeconds(of: path).map(Timestamp.local(epochSeconds:)),
                            created: entry?.created, firstWords: entry?.firstWords() ?? "(unreadable)")
    }

    /// The id a trashed file restores to: its name without a `-2` suffix
    /// that `trash` added, when what is left is an entry id (or the entry's own).
    static func entryID(ofTrashName name: String, entry: Entry?) -> String {
        guard let dash = name.lastIndex(of: "-") else { return name }
        let base = String(name[..<dash]), suffix = name[name.index(after: dash)...]
        guard !suffix.isEmpty, suffix.allSatisfy(\.isNumber) else { return name }
        return EntryID.isEntryID(base) || entry?.id == base ? base : name
    }

    /// The names of the entries in the trash (their file names without
    /// `.md`), by name, the newest id first, from the folder alone.
    public func trashNames() -> [String] { Self.entryNames(in: trashFolder).map { String($0.dropLast(3)) } }

    /// The trashed entry with this name, id or unique prefix.
    ///
    /// - Throws: `JournalError.notInTrash` with the nearest names, or
    ///   `.ambiguousEntry` when the prefix matches several.
    public func resolveTrashed(_ prefix: String) throws(JournalError) -> TrashedEntry {
        let names = trashNames()
        if names.contains(prefix) { return trashedEntry(at: "\(trashFolder)/\(prefix).md") }
        let matches = names.filter { $0.hasPrefix(prefix) }.sorted()
        if matches.count == 1 { return trashedEntry(at: "\(trashFolder)/\(matches[0]).md") }
        if matches.count > 1 { throw .ambiguousEntry(prefix: prefix, matches: matches) }
        throw .notInTrash(id: prefix, suggestions: NearestMatch.suggestions(for: prefix, in: names))
    }

    /// Moves a trashed entry back to `entries/YYYY/MM/`, never replacing an
    /// entry that has its id.
    /// - Returns: where it went.
    /// - Throws: `JournalError.alreadyInJournal` (nothing moved), or
    ///   `.notInTrash` when it went meanwhile.
    public func restore(_ item: TrashedEntry) throws(JournalError) -> String {
        try checkWritable()
        return try locked { () throws(JournalError) in
            guard FileSystem.exists(item.path) else { throw .notInTrash(id: item.name, suggestions: []) }
            let destination = path(forID: item.id)
            if FileSystem.exists(destination) { throw .alreadyInJournal(id: item.id, path: destination) }
            try makeFolder(FileSystem.parentFolder(of: destination))
            do throws(FileSystemError) {
                try FileSystem.moveWithoutReplacing(item.path, to: destination)
            } catch where error.code == EEXIST {
                throw .alreadyInJournal(id: item.id, path: destination)
            } catch {
                throw .fileSystem(error)
            }
            recordChange(item.path)
            recordChange(destination)
            publishChange(of: item.created?.date ?? EntryID.date(of: item.id) ?? CalendarDate(dayNumber: 0))
            return destination
        }
    }

    /// Deletes entry files for good (the trash's, or an entry's): unlinks
    /// each and makes it durable. A file already gone is skipped.
    /// - Returns: how many were deleted.
    @discardableResult
    public func purge(paths: [String]) throws(JournalError) -> Int {
        try checkWritable()
        return try locked { () throws(JournalError) in
            var deleted = 0
            for path in paths where FileSystem.exists(path) {
                let id = Self.entryID(ofTrashName: Self.id(fromPath: path), entry: nil)
                let date = (try? read(path: path))?.created.date ?? EntryID.date(of: id) ?? CalendarDate(dayNumber: 0)
                do throws(FileSystemError) { try FileSystem.delete(path) } catch { throw .fileSystem(error) }
                recordChange(path)
                publishChange(of: date)
                deleted += 1
            }
            return deleted
        }
    }
}
