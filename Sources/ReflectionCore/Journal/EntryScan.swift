/// An entry read from the journal, with where it is.
public struct StoredEntry: Equatable, Sendable {
    public var entry: Entry
    public var path: String
}

/// Walks the journal newest first, reading only the files that can match.
///
/// Each file is read once as bytes; a file that lacks a filter's id or a
/// search term anywhere is passed over before its front matter is parsed.
/// With a limit, the walk stops as soon as it has enough.
public struct EntryScan {
    public let journal: Journal
    public let query: EntryFilter

    public init(journal: Journal, filter: EntryFilter) {
        self.journal = journal
        self.query = filter
    }

    /// The entries that pass the filters (and the search, if any), newest first.
    ///
    /// - Parameter problems: called with each file that cannot be read; the
    ///   scan goes on without it.
    public func entries(search: SearchQuery? = nil, mentioning ids: [String] = [],
                        problems: (JournalError) -> Void) -> [StoredEntry] {
        var found: [StoredEntry] = []
        forEach(search: search, mentioning: ids, problems: problems) { found.append($0) }
        return found
    }

    /// Calls `visit` with each entry that passes, newest first, holding only
    /// one file in memory at a time.
    public func forEach(search: SearchQuery? = nil, mentioning ids: [String] = [],
                        problems: (JournalError) -> Void, visit: (StoredEntry) -> Void) {
        walk(search: search, mentioning: ids, problems: problems) { path, bytes in
            let entry: Entry
            do throws(EntryFileError) { entry = try EntryFile.parse(bytes, path: path, fallbackID: Journal.id(fromPath: path)) } catch {
                problems(.unreadableEntry(error))
                return false
            }
            guard passes(entry), ids.isEmpty || ids.contains(where: { mentions(entry, $0) }) else { return false }
            visit(StoredEntry(entry: entry, path: path))
            return true
        }
    }

    /// The ids of the entries that pass, newest first. When no filter needs
    /// the front matter, files are only searched, never parsed.
    public func ids(search: SearchQuery?, problems: (JournalError) -> Void) -> [String] {
        if filters { return entries(search: search, problems: problems).map(\.entry.id) }
        var ids: [String] = []
        walk(search: search, mentioning: [], problems: problems) { path, _ in
            ids.append(Journal.id(fromPath: path))
            return true
        }
        return ids
    }

    /// Reads each candidate file once and passes those whose bytes can match
    /// to `accept`, which says whether it counted towards the limit.
    private func walk(search: SearchQuery?, mentioning ids: [String], problems: (JournalError) -> Void,
                      accept: (String, [UInt8]) -> Bool) {
        let since = query.since
        let until = query.until
        // Ids a file must contain somewhere, checked on the raw bytes first.
        let needles = [query.prompt, query.question, query.theme, query.dilemma].compactMap { $0 }.map { Array($0.utf8) }
        let tagNeedles = query.tags.map { Array($0.lowercased().utf8) }
        let mentionNeedles = ids.map { Array($0.utf8) }
        var accepted = 0
        for folder in journal.monthFolders(since: since, until: until) {
            if let limit = query.limit, accepted >= limit { break }
            // Files are opened relative to their folder, as grep -r does: no path walk per file.
            let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard directory >= 0 else {
                problems(.fileSystem(FileSystemError(path: folder, operation: "read", code: errno)))
                continue
            }
            defer { close(directory) }
            for name in Journal.entryNames(in: folder) {
                if let limit = query.limit, accepted >= limit { break }
                let path = folder + "/" + name
                let bytes: [UInt8]
                do { bytes = try FileSystem.read(name, in: directory, path: path) } catch {
                    problems(.fileSystem(error))
                    continue
                }
                if !needles.allSatisfy({ ByteSearch.contains(bytes, $0) }) { continue }
                if !tagNeedles.isEmpty, !tagNeedles.allSatisfy({ Self.mayHaveTag(bytes, $0) }) { continue }
                if !mentionNeedles.isEmpty, !mentionNeedles.contains(where: { ByteSearch.contains(bytes, $0) }) { continue }
                if let search, !search.matches(fileBytes: bytes) { continue }
                if accept(path, bytes) { accepted += 1 }
            }
        }
    }

    /// Whether a file may carry a tag: in its front matter, or as `#tag` in its body.
    static func mayHaveTag(_ bytes: [UInt8], _ tag: [UInt8]) -> Bool {
        let bodyStart = EntryHeader.bodyOffset(bytes)
        if ByteSearch.containsIgnoringASCIICase(bytes, tag, in: 0..<bodyStart) { return true }
        return ByteSearch.containsIgnoringASCIICase(bytes, [UInt8(ascii: "#")] + tag, in: bodyStart..<bytes.count)
    }

    /// Whether the query needs anything beyond the newest files (a filter).
    public var filters: Bool {
        query.since != nil || query.until != nil || query.prompt != nil || query.question != nil || query.theme != nil || !query.tags.isEmpty
            || query.dilemma != nil
    }

    /// The index records that pass the filters and mention one of `ids`
    /// (if given), newest first, without reading entry files. Files the
    /// index could not read are passed to `problems` as `path:line: message`.
    public func records(mentioning ids: [String] = [], problems: (String) -> Void) -> [(record: IndexRecord, path: String)] {
        let since = query.since
        let until = query.until
        let index = JournalIndex.current(journal, checkFiles: true)
        // Each id or tag filtered on must appear in a record's index line.
        let needles = ([query.prompt, query.question, query.theme, query.dilemma].compactMap { $0 } + query.tags).map { Array($0.lowercased().utf8) }
        var found: [(IndexRecord, String)] = []
        for (record, path) in index.records(since: since, until: until, containing: needles, journal: journal) {
            if let limit = query.limit, found.count >= limit { break }
            if let problem = record.problem(at: path) {
                problems(problem)
                continue
            }
            guard passes(date: CalendarDate(iso: String(record.created.prefix(10))), prompt: record.prompt, question: record.question,
                         themes: record.themes, tags: record.tags, dilemma: record.dilemma, since: since, until: until),
                  ids.isEmpty || ids.contains(where: { id in
                      Self.cites(id, prompt: record.prompt, question: record.question, themes: record.themes, sources: record.sources,
                                 dilemma: record.dilemma, links: record.links)
                  }) else { continue }
            found.append((record, path))
        }
        return found
    }

    func passes(_ entry: Entry) -> Bool {
        passes(date: entry.created.date, prompt: entry.prompt, question: entry.question, themes: entry.themes, tags: entry.allTags,
               dilemma: entry.dilemma, since: query.since, until: query.until)
    }

    /// The filters, on the fields an entry and an index record share.
    func passes(date: CalendarDate?, prompt: String?, question: String?, themes: [String], tags: [String], dilemma: String?,
                since: CalendarDate?, until: CalendarDate?) -> Bool {
        if let since, let date, date < since { return false }
        if let until, let date, date > until { return false }
        if let wanted = query.prompt, prompt != wanted { return false }
        if let wanted = query.question, question != wanted, !themes.contains(where: { $0.hasPrefix(wanted + "-") }) { return false }
        if let theme = query.theme, !themes.contains(theme) { return false }
        if let wanted = query.dilemma, dilemma != wanted { return false }
        if !query.tags.isEmpty {
            let lowered = Set(tags.map { $0.lowercased() })
            if !query.tags.allSatisfy({ lowered.contains($0.lowercased()) }) { return false }
        }
        return true
    }

    /// Whether an entry cites or links to an id: as its prompt, question,
    /// theme, source note or dilemma, or with `[[id]]` in its body.
    public func mentions(_ entry: Entry, _ id: String) -> Bool {
        Self.cites(id, prompt: entry.prompt, question: entry.question, themes: entry.themes, sources: entry.sources,
                   dilemma: entry.dilemma, links: Links.inBody(entry.body))
    }

    static func cites(_ id: String, prompt: String?, question: String?, themes: [String], sources: [String], dilemma: String?,
                      links: [String]) -> Bool {
        prompt == id || question == id || themes.contains(id) || sources.contains(id) || dilemma == id || links.contains(id)
    }
}

#if canImport(Glibc)
import Glibc
#endif
