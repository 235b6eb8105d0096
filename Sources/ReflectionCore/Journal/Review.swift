/// A review of the journal over a period against the workshop's themes:
/// what was covered, what was never touched, the rhythm of the writing, tags,
/// and what was promised and not yet done. Built from the index alone, in
/// one pass over its lines.
public struct Review: Sendable {
    /// The days a review covers, and how the person named them.
    public struct Period: Sendable, Equatable {
        public var since: CalendarDate
        public var until: CalendarDate
        /// "the last 28 days", "November 2026", "the week of 23 November 2026".
        public var name: String

        public init(since: CalendarDate, until: CalendarDate, name: String) {
            self.since = since
            self.until = until
            self.name = name
        }

        public var days: Int { until.dayNumber - since.dayNumber + 1 }
        public func contains(_ date: CalendarDate) -> Bool { date >= since && date <= until }

        /// The last 28 days, today included: the default.
        public static func last28Days(_ today: CalendarDate) -> Period {
            Period(since: today.adding(days: -27), until: today, name: "the last 28 days")
        }

        /// The ISO week (Monday to Sunday) holding a day.
        public static func week(of day: CalendarDate) -> Period {
            let monday = day.adding(days: -day.weekday)
            return Period(since: monday, until: monday.adding(days: 6), name: "the week of \(TextLayout.mediumDate(monday))")
        }

        /// A calendar month.
        public static func month(year: Int, month: Int) -> Period? {
            guard let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
            let last = first.adding(months: 1).adding(days: -1)
            return Period(since: first, until: last, name: "\(TextLayout.months[month - 1]) \(year)")
        }

        /// A calendar year.
        public static func year(_ year: Int) -> Period? {
            guard let first = CalendarDate(year: year, month: 1, day: 1), let last = CalendarDate(year: year, month: 12, day: 31) else { return nil }
            return Period(since: first, until: last, name: String(year))
        }
    }

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
        /// Entries in the period the matcher suggests for it, not linked, in date order.
        public var suggested: [EntryRef]
        /// The last entry on the theme ever (linked), if any.
        public var lastEntry: CalendarDate?
        /// A prompt to start on: the first not yet answered (else the first).
        public var starter: Prompt?
        /// The theme's prompts never answered.
        public var unanswered: [Prompt]

        public var isCovered: Bool { !linked.isEmpty || !suggested.isEmpty }
        /// Linked and suggested entries together, in date order.
        public var entries: [EntryRef] { (linked + suggested).sorted { ($0.date, $0.id) < ($1.date, $1.id) } }
    }

    /// An open dilemma: how much was written on it, the latest entry, its open actions.
    public struct DilemmaStatus: Sendable {
        public var dilemma: Dilemma
        /// Entries filed under it, ever, and in the period.
        public var entries: Int
        public var entriesInPeriod: Int
        public var latest: EntryRef?
        public var openActions: [JournalAction]
    }

    public var period: Period
    public var today: CalendarDate
    /// The dilemma the review is narrowed to (`--dilemma`), by id.
    public var dilemmaFilter: String?
    /// Open dilemmas and those written on or closed in the period (only the
    /// one of `--dilemma`, when given), the most recently written on first.
    public var dilemmas: [DilemmaStatus] = []
    /// The question or theme the review is narrowed to, if any.
    public var focus: LibraryItem?
    /// Entries in the period.
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
    /// Entries in the period linked to no theme and close to none: written
    /// about something the workshop did not discuss.
    public var unplaced: [EntryRef] = []
    /// Who asked each question of the review, by the question's id.
    public var askedBy: [String: Host] = [:]

    /// Days with at least one entry.
    public var daysReflected: Int { days.count }

    /// "Days reflected: 9 of 27 (2.3 a week)." — the rhythm's one sentence, for every format.
    public var rhythmSentence: String {
        let perWeek = Double(daysReflected) * 7 / Double(max(period.days, 1))
        return "Days reflected: \(daysReflected) of \(period.days) (\(TextLayout.oneDecimal(perWeek)) a week)."
    }

    /// Themes with no entry in the period, the longest untouched first:
    /// those never written about, taken a question at a time in the
    /// library's order (the first of each question, then the second...), then
    /// the rest, the longest ago first.
    public var blindSpots: [ThemeCoverage] {
        var placeInQuestion: [String: Int] = [:]
        var seen: [String: Int] = [:]
        var questionOrder: [String: Int] = [:]
        for coverage in themes where !coverage.isCovered && coverage.lastEntry == nil {
            placeInQuestion[coverage.theme.id] = seen[coverage.question.id, default: 0]
            seen[coverage.question.id, default: 0] += 1
            if questionOrder[coverage.question.id] == nil { questionOrder[coverage.question.id] = questionOrder.count }
        }
        func key(_ c: ThemeCoverage) -> (Int, Int, Int, String) {
            (c.lastEntry?.dayNumber ?? Int.min, placeInQuestion[c.theme.id] ?? 0, questionOrder[c.question.id] ?? 0, c.theme.id)
        }
        return themes.filter { !$0.isCovered }.sorted { key($0) < key($1) }
    }

    /// Questions with no entry on any of their themes in the period.
    public var questionsUntouched: [Question] {
        var seen: [String: (Question, Bool)] = [:]
        var order: [String] = []
        for coverage in themes {
            if seen[coverage.question.id] == nil { order.append(coverage.question.id) }
            let covered = (seen[coverage.question.id]?.1 ?? false) || coverage.isCovered
            seen[coverage.question.id] = (coverage.question, covered)
        }
        return order.compactMap { seen[$0].flatMap { $0.1 ? nil : $0.0 } }
    }

    /// The weeks (Monday first) that overlap the period, with the days reflected in each.
    public var weeks: [(monday: CalendarDate, days: Int)] {
        let first = period.since.adding(days: -period.since.weekday)
        return stride(from: first.dayNumber, through: period.until.dayNumber, by: 7).map { start in
            let monday = CalendarDate(dayNumber: start)
            let count = (0..<7).filter { days[monday.adding(days: $0)] != nil }.count
            return (monday, count)
        }
    }

    /// Minimum matcher score for an entry to count as suggested for a theme:
    /// below it, the words shared are too few to say the entry is about it.
    /// Measured: one-line entries about nothing in the workshop ("Had lunch
    /// with my sister", "The board meeting ran late") score 4 to 7 on their
    /// best theme; reflections written about a theme score 12 and more.
    public static let suggestionThreshold = 10.0

    /// The review of a journal over a period, narrowed to a question or
    /// theme when `focus` names one. An entry linked to no theme counts for
    /// the theme the matcher ranks first, when its score reaches the
    /// threshold: ranked with the built-in library when the index was made
    /// (no entry is read), or, for another library, from the entry's text.
    public init(journal: Journal, library: PromptLibrary, period: Period, today: CalendarDate, focus: LibraryItem? = nil, dilemma: String? = nil) {
        dilemmaFilter = dilemma
        let builtIn = library == PromptLibrary.builtIn()
        let suggest: (IndexRecord, String) -> [SuggestedTheme] = { record, path in
            if builtIn { return record.suggested }
            guard let bytes = try? FileSystem.read(path), let entry = try? EntryFile.parse(bytes, path: path, fallbackID: record.id) else { return [] }
            return ThemeMatcher.shared(for: library).rank(ThemeMatcher.prose(of: entry.body), limit: 1)
                .map { SuggestedTheme(theme: $0.theme.id, score: $0.score) }
        }
        self.period = period
        self.today = today
        self.focus = focus
        let index = JournalIndex.current(journal, checkFiles: true)
        var days: [CalendarDate: Int] = [:]
        var tagCounts: [String: Int] = [:]
        var linked: [String: [EntryRef]] = [:]
        var suggested: [String: [EntryRef]] = [:]
        var lastEver: [String: CalendarDate] = [:]
        var unreadable: [(String, String)] = []
        var answered = Set<String>()
        var actions: [JournalAction] = []
        var count = 0
        var filed: [String: (entries: Int, inPeriod: Int, latest: EntryRef?, open: [JournalAction])] = [:]
        var unplaced: [EntryRef] = []
        // With --theme or --question, the review is of the entries on its themes alone.
        let focusThemes: Set<String>?
        switch focus {
        case .question(let q)?: focusThemes = Set(q.themes.map(\.id))
        case .theme(let t, _)?: focusThemes = [t.id]
        default: focusThemes = nil
        }
        for (record, path) in index.records(journal: journal) {
            if let error = record.error { unreadable.append((path, error)); continue }
            guard let created = Timestamp(iso: record.created) else { continue }
            let date = created.date
            if let dilemma, record.dilemma != dilemma { continue }
            if let prompt = record.prompt { answered.insert(prompt) }
            for theme in record.themes where lastEver[theme].map({ $0 < date }) ?? true { lastEver[theme] = date }
            let inPeriod = period.contains(date)
            // An entry linked to no theme is placed by its best suggestion, if close enough.
            var best: SuggestedTheme?
            if record.themes.isEmpty, inPeriod || focusThemes != nil {
                best = suggest(record, path).first.flatMap { $0.score >= Self.suggestionThreshold ? $0 : nil }
            }
            if let focusThemes, !record.themes.contains(where: focusThemes.contains), !(best.map { focusThemes.contains($0.theme) } ?? false) {
                continue
            }
            // Open actions written by the period's end; done and dropped ones from the period.
            let recordActions = JournalAction.all(in: record, path: path, created: created) { state in
                inPeriod || (state == .open && date <= period.until)
            }
            actions += recordActions
            if let id = record.dilemma {
                var thread = filed[id] ?? (0, 0, nil, [])
                thread.entries += 1
                if inPeriod { thread.inPeriod += 1 }
                if thread.latest.map({ ($0.date, $0.id) < (date, record.id) }) ?? true {
                    thread.latest = EntryRef(id: record.id, date: date, firstWords: record.firstWords, score: nil)
                }
                thread.open += recordActions.filter { $0.state == .open }
                filed[id] = thread
            }
            guard inPeriod else { continue }
            count += 1
            days[date, default: 0] += 1
            for tag in Set(record.tags) { tagCounts[tag, default: 0] += 1 }
            let ref = EntryRef(id: record.id, date: date, firstWords: record.firstWords, score: nil)
            for theme in record.themes { linked[theme, default: []].append(ref) }
            if let best {
                var scored = ref
                scored.score = best.score
                suggested[best.theme, default: []].append(scored)
            } else if record.themes.isEmpty {
                unplaced.append(ref)
            }
        }
        entries = count
        self.days = days
        self.unreadable = unreadable.sorted { $0.0 < $1.0 }
        tags = tagCounts.map { ($0.key, $0.value) }.sorted { ($1.count, $0.tag) < ($0.count, $1.tag) }
        var themes: [ThemeCoverage] = []
        let byDate: (EntryRef, EntryRef) -> Bool = { ($0.date, $0.id) < ($1.date, $1.id) }
        for question in library.questions {
            for theme in question.themes {
                switch focus {
                case .question(let q)? where q.id != question.id: continue
                case .theme(let t, _)? where t.id != theme.id: continue
                default: break
                }
                let unanswered = theme.prompts.filter { !answered.contains($0.id) }
                themes.append(ThemeCoverage(theme: theme, question: question, linked: (linked[theme.id] ?? []).sorted(by: byDate),
                                            suggested: (suggested[theme.id] ?? []).sorted(by: byDate), lastEntry: lastEver[theme.id],
                                            starter: unanswered.first ?? theme.prompts.first, unanswered: unanswered))
            }
        }
        self.themes = themes
        for theme in themes { askedBy[theme.question.id] = library.host(withID: theme.question.askedBy) }
        self.unplaced = unplaced.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        // Open dilemmas, and those written on or closed in the period (a month's review shows what that month was about).
        for stored in journal.dilemmas().dilemmas {
            if let dilemma, stored.dilemma.id != dilemma { continue }
            let closedInPeriod = stored.dilemma.closed.map { period.contains($0.date) } ?? false
            guard dilemma != nil || stored.dilemma.isOpen || (filed[stored.dilemma.id]?.inPeriod ?? 0) > 0 || closedInPeriod else { continue }
            let thread = filed[stored.dilemma.id]
            dilemmas.append(DilemmaStatus(dilemma: stored.dilemma, entries: thread?.entries ?? 0, entriesInPeriod: thread?.inPeriod ?? 0,
                                          latest: thread?.latest, openActions: JournalAction.oldestFirst(thread?.open ?? [])))
        }
        dilemmas.sort { ($0.latest?.date.dayNumber ?? Int.min, $0.dilemma.id) > ($1.latest?.date.dayNumber ?? Int.min, $1.dilemma.id) }
        let ordered = JournalAction.oldestFirst(actions)
        self.actions = ordered.filter { $0.state == .open } + ordered.filter { $0.state != .open }
    }
}

extension Review {
    /// "Debbie Sorkin, National Director of Systems Leadership, The Leadership Centre".
    public func askedByDescription(_ question: Question) -> String {
        guard let host = askedBy[question.id] else { return question.askedBy }
        return "\(host.name), \(host.role), \(host.organisation)"
    }
}
