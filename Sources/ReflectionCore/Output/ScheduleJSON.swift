/// The JSON shapes of the schedule commands.
public enum ScheduleJSON {
    /// A day's pick: `date` and `prompt` (id, text, question, theme, sources), and why.
    public struct Pick: Codable, Equatable, Sendable {
        public var date: String
        public var prompt: LibraryJSON.PromptObject
        public var reason: String
        /// For a focus day: the model's stage.
        public var stage: String?
    }

    /// `reflect today --json`.
    public struct Day: Codable, Equatable, Sendable {
        public var date: String
        /// Null on a day the plan leaves out.
        public var prompt: LibraryJSON.PromptObject?
        public var reason: String?
        public var stage: String?
        public var question: LibraryJSON.QuestionObject?
        public var themeTitle: String?
        public var notes: [Note]
        public var answered: Bool
        public var onThisDay: [Memory]
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
            daysReflectedInLast28 = status.daysReflectedInLast28
            entries = status.entries
            plan = status.plan
            tomorrow = status.tomorrow.map { LibraryJSON.PromptObject($0.prompt) }
        }

        public var date: String
        public var prompt: LibraryJSON.PromptObject?
        public var answered: Bool
        public var daysReflectedInLast28: Int
        public var entries: Int
        public var plan: Plan
        public var tomorrow: LibraryJSON.PromptObject?
    }

    static func reason(_ reason: PickReason) -> (String, String?) {
        switch reason {
        case .new: return ("new", nil)
        case .resurfaced: return ("resurfaced", nil)
        case .skippedBefore: return ("skipped-before", nil)
        case .rotation: return ("rotation", nil)
        case .focus(let stage, _, _, _): return ("focus", stage.heading)
        }
    }

    public static func pick(_ pick: SchedulePick) -> Pick {
        let (reason, stage) = reason(pick.reason)
        return Pick(date: pick.date.description, prompt: LibraryJSON.PromptObject(pick.prompt), reason: reason, stage: stage)
    }

    static func day(_ date: CalendarDate, _ pick: SchedulePick?, answered: Bool, onThisDay: [PastEntry],
                    library: PromptLibrary) -> Day {
        let memories = onThisDay.map { Memory(when: $0.label, id: $0.entry.id, created: $0.entry.created, firstWords: $0.entry.firstWords) }
        guard let pick else {
            return Day(date: date.description, prompt: nil, reason: nil, stage: nil, question: nil, themeTitle: nil, notes: [],
                       answered: false, onThisDay: memories)
        }
        let (reason, stage) = reason(pick.reason)
        return Day(date: date.description, prompt: LibraryJSON.PromptObject(pick.prompt), reason: reason, stage: stage,
                   question: LibraryJSON.question(pick.prompt.question, in: library), themeTitle: pick.prompt.theme.title,
                   notes: library.citedNotes(of: pick.prompt), answered: answered, onThisDay: memories)
    }
}
