/// `reflect review --json`: a versioned object, documented in docs/json-schema.json.
public struct ReviewJSON: Encodable, Sendable {
    public static let currentSchemaVersion = 1

    public struct Period: Codable, Equatable, Sendable {
        public var since: String
        public var until: String
        public var name: String
        public var days: Int
    }

    public struct EntryRef: Codable, Equatable, Sendable {
        public var id: String
        public var date: String
        public var firstWords: String
        /// Present for an entry the matcher suggested (not linked).
        public var score: Double?
    }

    public struct ThemeObject: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
        public var covered: Bool
        public var linked: [EntryRef]
        public var suggested: [EntryRef]
        public var lastEntry: String?
        /// The theme's prompts never answered, by id.
        public var unanswered: [String]
        /// What the workshop said (with --theme or --question).
        public var notes: [Note]?
    }

    public struct QuestionObject: Codable, Equatable, Sendable {
        public var id: String
        public var text: String
        /// Who asked it, as `questions --json` gives it.
        public var askedBy: LibraryJSON.HostObject?
        public var themes: [ThemeObject]
    }

    public struct BlindSpot: Codable, Equatable, Sendable {
        public var theme: String
        public var question: String
        public var lastEntry: String?
        public var starter: String?
    }

    public struct Count: Codable, Equatable, Sendable {
        public var tag: String
        public var count: Int
    }

    public struct Day: Codable, Equatable, Sendable {
        public var date: String
        public var entries: Int
    }

    public struct Week: Codable, Equatable, Sendable {
        public var monday: String
        public var days: Int
    }

    public struct Unreadable: Codable, Equatable, Sendable {
        public var path: String
        public var error: String
    }

    public struct DilemmaObject: Encodable, Sendable {
        public var id: String
        public var title: String
        public var status: String
        public var entries: Int
        public var entriesInPeriod: Int
        public var latest: EntryRef?
        public var openActions: [ActionObject]
    }

    public var schemaVersion = Self.currentSchemaVersion
    /// With --dilemma: its id.
    public var dilemma: String?
    public var dilemmas: [DilemmaObject]
    public var period: Period
    public var focus: String?
    public var entries: Int
    public var daysReflected: Int
    public var days: [Day]
    public var weeks: [Week]
    public var questions: [QuestionObject]
    public var blindSpots: [BlindSpot]
    public var questionsUntouched: [String]
    /// Entries in the period linked to no theme and close to none.
    public var unplaced: [EntryRef]
    public var tags: [Count]
    /// As `actions --json` gives them: open ones first.
    public var actions: [ActionObject]
    public var unreadable: [Unreadable]

    public init(_ review: Review) {
        period = Period(since: review.period.since.description, until: review.period.until.description, name: review.period.name,
                        days: review.period.days)
        focus = review.focus.map(\.id)
        entries = review.entries
        daysReflected = review.daysReflected
        days = review.days.keys.sorted().map { Day(date: $0.description, entries: review.days[$0] ?? 0) }
        weeks = review.weeks.map { Week(monday: $0.monday.description, days: $0.days) }
        func ref(_ entry: Review.EntryRef) -> EntryRef {
            EntryRef(id: entry.id, date: entry.date.description, firstWords: entry.firstWords, score: entry.score.map { ($0 * 100).rounded() / 100 })
        }
        var questions: [QuestionObject] = []
        for coverage in review.themes {
            if questions.last?.id != coverage.question.id {
                questions.append(QuestionObject(id: coverage.question.id, text: coverage.question.text, askedBy: review.askedBy[coverage.question.id].map(LibraryJSON.HostObject.init), themes: []))
            }
            questions[questions.count - 1].themes.append(ThemeObject(
                id: coverage.theme.id, title: coverage.theme.title, covered: coverage.isCovered, linked: coverage.linked.map(ref),
                suggested: coverage.suggested.map(ref), lastEntry: coverage.lastEntry?.description, unanswered: coverage.unanswered.map(\.id),
                notes: review.focus == nil ? nil : coverage.theme.notes))
        }
        self.questions = questions
        blindSpots = review.blindSpots.map {
            BlindSpot(theme: $0.theme.id, question: $0.question.id, lastEntry: $0.lastEntry?.description, starter: $0.starter?.id)
        }
        questionsUntouched = review.questionsUntouched.map(\.id)
        unplaced = review.unplaced.map(ref)
        tags = review.tags.map { Count(tag: $0.tag, count: $0.count) }
        actions = review.actions.map { ActionObject($0, today: review.today) }
        dilemma = review.dilemmaFilter
        dilemmas = review.dilemmas.map {
            DilemmaObject(id: $0.dilemma.id, title: $0.dilemma.title, status: $0.dilemma.isOpen ? "open" : "closed", entries: $0.entries,
                          entriesInPeriod: $0.entriesInPeriod, latest: $0.latest.map(ref), openActions: $0.openActions.map { ActionObject($0, today: review.today) })
        }
        unreadable = review.unreadable.map { Unreadable(path: $0.path, error: $0.error) }
    }
}
