/// A review of the journal over a period against the workshop's themes:
/// what was covered, what was never touched, the rhythm of the writing, tags,
/// and what was promised and not yet done. Built from the index alone.
public struct Review: Sendable {
    /// An entry as a review shows it.
    public struct EntryRef: Sendable, Equatable {
        public var id: String
        public var date: CalendarDate
        public var firstWords: String
        /// For an entry the matcher suggested (not linked): its score.
        public var score: Double?
    }

    public struct ThemeCoverage: Sendable {
        public var theme: Theme
        public var question: Question
        /// Entries in the period linked to the theme (by their prompt or `link`), in date order.
        public var linked: [EntryRef]
        /// Entries in the period the matcher suggests for it, not linked.
        public var suggested: [EntryRef]
        /// The last entry on the theme ever (linked), if any.
        public var lastEntry: CalendarDate?
        /// For a blind spot: a prompt to start on.
        public var starter: Prompt?

        public var isCovered: Bool { !linked.isEmpty || !suggested.isEmpty }
    }

    public var since: CalendarDate
    public var until: CalendarDate
    /// The question or theme the review is narrowed to, if any.
    public var focus: String?
    public var entries: Int
    /// Entries a day, for the days of the period that have any.
    public var days: [CalendarDate: Int]
    public var themes: [ThemeCoverage]
    /// Tags and how many entries in the period carry them, most used first.
    public var tags: [(tag: String, count: Int)]
    /// Open actions (oldest first), then those done or dropped in entries of the period.
    public var actions: [JournalAction]
    /// Entries that could not be read, with why.
    public var unreadable: [(path: String, error: String)]

    /// Days with at least one entry.
    public var daysReflected: Int { days.count }
    public var blindSpots: [ThemeCoverage] {
        themes.filter { !$0.isCovered }.sorted { ($0.lastEntry?.dayNumber ?? Int.min, $0.theme.id) < ($1.lastEntry?.dayNumber ?? Int.min, $1.theme.id) }
    }

    /// Minimum matcher score for an entry to count as suggested for a theme.
    public static let suggestionThreshold = 2.0

    /// The review of a journal from `since` through `until`, narrowed to a
    /// question or theme when `focus` names one. `suggest` ranks themes for an
    /// entry's text (the matcher); entries with a linked theme are not suggested.
    public init(journal: Journal, library: PromptLibrary, since: CalendarDate, until: CalendarDate, focus: String? = nil,
                suggest: ((String) -> [(theme: String, score: Double)])? = nil) {
        self.since = since
        self.until = until
        self.focus = focus
        let index = JournalIndex.current(journal, checkFiles: true)
        var days: [CalendarDate: Int] = [:]
        var tagCounts: [String: Int] = [:]
        var linked: [String: [EntryRef]] = [:]
        var suggested: [String: [EntryRef]] = [:]
        var lastEver: [String: CalendarDate] = [:]
        var unreadable: [(String, String)] = []
        var answered = Set<String>()
        var count = 0
        for (record, path) in index.records(journal: journal) {
            if let error = record.error { unreadable.append((path, error)); continue }
            guard let date = CalendarDate(iso: String(record.created.prefix(10))) else { continue }
            if let prompt = record.prompt { answered.insert(prompt) }
            for theme in record.themes where lastEver[theme].map({ $0 < date }) ?? true { lastEver[theme] = date }
            guard date >= since, date <= until else { continue }
            count += 1
            days[date, default: 0] += 1
            for tag in Set(record.tags) { tagCounts[tag, default: 0] += 1 }
            let ref = EntryRef(id: record.id, date: date, firstWords: record.firstWords, score: nil)
            for theme in record.themes { linked[theme, default: []].append(ref) }
            if record.themes.isEmpty, let suggest {
                for match in suggest(record.firstWords).prefix(1) where match.score >= Self.suggestionThreshold {
                    var scored = ref
                    scored.score = match.score
                    suggested[match.theme, default: []].append(scored)
                }
            }
        }
        self.entries = count
        self.days = days
        self.unreadable = unreadable
        tags = tagCounts.map { ($0.key, $0.value) }.sorted { ($1.count, $0.tag) < ($0.count, $1.tag) }
        var themes: [ThemeCoverage] = []
        for question in library.questions {
            for theme in question.themes {
                if let focus, focus != question.id, focus != theme.id { continue }
                let entries = (linked[theme.id] ?? []).sorted { ($0.date, $0.id) < ($1.date, $1.id) }
                themes.append(ThemeCoverage(theme: theme, question: question, linked: entries,
                                            suggested: (suggested[theme.id] ?? []).sorted { ($0.date, $0.id) < ($1.date, $1.id) },
                                            lastEntry: lastEver[theme.id], starter: theme.prompts.first { !answered.contains($0.id) } ?? theme.prompts.first))
            }
        }
        self.themes = themes
        let all = journal.actions(all: true)
        actions = all.filter { $0.state == .open } + all.filter { $0.state != .open && $0.created.date >= since && $0.created.date <= until }
    }
}
