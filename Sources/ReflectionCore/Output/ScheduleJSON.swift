/// The JSON shapes of the schedule commands.
public enum ScheduleJSON {
    /// A day's pick: `date` and `prompt` (id, text, question, theme, sources), and why.
    public struct Pick: Codable, Equatable, Sendable {
        public var date: String
        public var prompt: LibraryJSON.PromptObject
        public var reason: String
        /// For a focus day: the model's stage, and its number from 1.
        public var stage: String?
        public var stageNumber: Int?
    }

    /// `reflect today --json`.
    public struct Day: Codable, Equatable, Sendable {
        public var date: String
        /// Null on a day the plan leaves out.
        public var prompt: LibraryJSON.PromptObject?
        public var reason: String?
        public var stage: String?
        public var stageNumber: Int?
        public var question: LibraryJSON.QuestionObject?
        public var themeTitle: String?
        public var notes: [Note]
        public var answered: Bool
        /// The day's prompt was skipped (and not answered).
        public var skipped: Bool
        public var onThisDay: [Memory]
        /// An open action written over a week before (today only).
        public var followUp: Action?
    }

    /// An action to follow up.
    public struct Action: Codable, Equatable, Sendable {
        public var id: String
        public var date: String
        public var text: String
    }

    /// An entry from one year, six months or three months before.
    public struct Memory: Codable, Equatable, Sendable {
        public var when: String
        public var id: String
        public var created: String
        public var firstWords: String
    }

    /// `reflect status --json`.
    public struct Status: Codable, Equatable, Sendable {
        init(_ status: ScheduleStatus) {
            date = status.date.description
            prompt = status.pick.map { LibraryJSON.PromptObject($0.prompt) }
            answered = status.answered
            skipped = status.skipped
            if let thread = status.thread {
                let state = thread.state(on: status.date)
                var next: Int?
                if case .running(let stage) = state { next = stage }
                focus = Focus(id: thread.focus.id, model: thread.focus.model, start: thread.focus.start, end: thread.focus.endDate?.description ?? "",
                              stages: thread.stages, written: thread.written.sorted(), skipped: thread.skipped.sorted(), nextStage: next,
                              ended: next == nil && state != .notStarted)
            }
            daysReflectedInLast28 = status.daysReflectedInLast28
            entries = status.entries
            plan = status.plan
            tomorrow = status.tomorrow.map { LibraryJSON.PromptObject($0.prompt) }
        }

        public var date: String
        public var prompt: LibraryJSON.PromptObject?
        public var answered: Bool
        public var skipped: Bool
        /// The focus in the plan today: its stages written and skipped, the next one, whether it has ended.
        public var focus: Focus?
        public var daysReflectedInLast28: Int
        public var entries: Int
        public var plan: Plan
        public var tomorrow: LibraryJSON.PromptObject?
    }

    /// A focus's progress.
    public struct Focus: Codable, Equatable, Sendable {
        public var id: String
        public var model: String
        public var start: String
        public var end: String
        public var stages: Int
        public var written: [Int]
        public var skipped: [Int]
        /// The stage to write next; null once the focus has ended (or before it starts).
        public var nextStage: Int?
        public var ended: Bool
    }

    static func reason(_ reason: PickReason) -> (String, String?, Int?) {
        switch reason {
        case .new: return ("new", nil, nil)
        case .resurfaced: return ("resurfaced", nil, nil)
        case .skippedBefore: return ("skipped-before", nil, nil)
        case .rotation: return ("rotation", nil, nil)
        case .focus(let stage, let number, _, _): return ("focus", stage.heading, number)
        }
    }

    public static func pick(_ pick: SchedulePick) -> Pick {
        let (reason, stage, number) = reason(pick.reason)
        return Pick(date: pick.date.description, prompt: LibraryJSON.PromptObject(pick.prompt), reason: reason, stage: stage, stageNumber: number)
    }

    static func day(_ date: CalendarDate, _ pick: SchedulePick?, answered: Bool, skipped: Bool = false, onThisDay: [PastEntry],
                    library: PromptLibrary, followUp: FollowUp? = nil) -> Day {
        let action = followUp.map { Action(id: $0.id, date: $0.date.description, text: $0.text) }
        let memories = onThisDay.map { Memory(when: $0.label, id: $0.entry.id, created: $0.entry.created, firstWords: $0.entry.firstWords) }
        guard let pick else {
            return Day(date: date.description, prompt: nil, reason: nil, stage: nil, stageNumber: nil, question: nil, themeTitle: nil, notes: [],
                       answered: false, skipped: false, onThisDay: memories, followUp: action)
        }
        let (reason, stage, number) = reason(pick.reason)
        return Day(date: date.description, prompt: LibraryJSON.PromptObject(pick.prompt), reason: reason, stage: stage, stageNumber: number,
                   question: LibraryJSON.question(pick.prompt.question, in: library), themeTitle: pick.prompt.theme.title,
                   notes: library.citedNotes(of: pick.prompt), answered: answered, skipped: skipped, onThisDay: memories, followUp: action)
    }
}
