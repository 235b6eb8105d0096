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
    public let query: EntryQuery
    public let today: CalendarDate

    public init(journal: Journal, query: EntryQuery, today: CalendarDate) {
        self.journal = journal
        self.query = query
        self.today = today
    }

    /// The entries that pass the filters (and the search, if any), newest first.
    ///
    /// - Parameter problems: called with each file that cannot be read; the
    ///   scan goes on without it.
    public func entries(search: SearchQuery? = nil, mentioning ids: [String] = [],
                        problems: (JournalError) -> Void) -> [StoredEntry] {
        let since = query.since?.resolve(today: today)
        let until = query.until?.resolve(today: today)
        // Ids a file must contain somewhere, checked on the raw bytes first.
        let needles = [query.prompt, query.question, query.theme].compactMap { $0 }.map { Array($0.utf8) }
        let tagNeedles = query.tags.map { Array($0.lowercased().utf8) }
        let mentionNeedles = ids.map { Array($0.utf8) }
        var found: [StoredEntry] = []
        for path in journal.paths(since: since, until: until) {
            if let limit = query.limit, found.count >= limit { break }
            let bytes: [UInt8]
            do { bytes = try FileSystem.read(path) } catch {
                problems(.fileSystem(error))
                continue
            }
            if !needles.allSatisfy({ ByteSearch.contains(bytes, $0) }) { continue }
            if !tagNeedles.isEmpty {
                let lowered = ByteSearch.asciiLowercased(bytes)
                if !tagNeedles.allSatisfy({ ByteSearch.contains(lowered, $0) }) { continue }
            }
            if !mentionNeedles.isEmpty, !mentionNeedles.contains(where: { ByteSearch.contains(bytes, $0) }) { continue }
            if let search, !search.matches(fileBytes: bytes) { continue }
            let entry: Entry
            do { entry = try EntryFile.parse(bytes, path: path, fallbackID: Journal.id(fromPath: path)) } catch {
                problems(.unreadableEntry(error))
                continue
            }
            guard passes(entry, since: since, until: until) else { continue }
            if !ids.isEmpty, !ids.contains(where: { mentions(entry, $0) }) { continue }
            found.append(StoredEntry(entry: entry, path: path))
        }
        return found
    }

    func passes(_ entry: Entry, since: CalendarDate?, until: CalendarDate?) -> Bool {
        if let since, entry.created.date < since { return false }
        if let until, entry.created.date > until { return false }
        if let prompt = query.prompt, entry.prompt != prompt { return false }
        if let question = query.question, entry.question != question, !entry.themes.contains(where: { $0.hasPrefix(question + "-") }) {
            return false
        }
        if let theme = query.theme, !entry.themes.contains(theme) { return false }
        if !query.tags.isEmpty {
            let tags = Set(entry.allTags.map { $0.lowercased() })
            if !query.tags.allSatisfy({ tags.contains($0.lowercased()) }) { return false }
        }
        return true
    }

    /// Whether an entry cites or links to an id: as its prompt, question,
    /// theme, source note or dilemma, or with `[[id]]` in its body.
    public func mentions(_ entry: Entry, _ id: String) -> Bool {
        entry.prompt == id || entry.question == id || entry.themes.contains(id) || entry.sources.contains(id)
            || entry.dilemma == id || Links.inBody(entry.body).contains(id)
    }
}
