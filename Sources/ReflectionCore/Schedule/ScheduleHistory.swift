/// What happened before a day, as the scheduler sees it: prompts answered,
/// prompts skipped, and themes written about, each on a local date.
public struct ScheduleHistory: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case answered(prompt: String)
        case skipped(prompt: String)
        /// An entry about a theme without answering one of its prompts.
        case wroteAbout(theme: String)
        /// An entry (or a skip) on a focus's stage: the next stage follows.
        case focusStage(focus: String, stage: Int)
        /// The prompt of a focus day skipped: the focus does not offer it for a later stage.
        case focusSkipped(prompt: String)
    }

    public struct Event: Equatable, Sendable {
        public var day: Int
        public var kind: Kind

        public init(date: CalendarDate, _ kind: Kind) {
            day = date.dayNumber
            self.kind = kind
        }
    }

    /// Events, ordered by day.
    public private(set) var events: [Event]

    public init(_ events: [Event] = []) {
        self.events = events.sorted { $0.day < $1.day }
    }

    /// The history of entries (date, prompt, themes, focus stage) and skips.
    public init(entries: [EntryFile.ScheduleFields], skips: [Skip]) {
        var events: [Event] = []
        for entry in entries {
            if let focus = entry.focus, let stage = entry.stage { events.append(Event(date: entry.date, .focusStage(focus: focus, stage: stage))) }
            if let prompt = entry.prompt {
                events.append(Event(date: entry.date, .answered(prompt: prompt)))
            } else {
                for theme in entry.themes { events.append(Event(date: entry.date, .wroteAbout(theme: theme))) }
            }
        }
        for skip in skips {
            guard let date = CalendarDate(iso: skip.date) else { continue }
            // A focus day skipped moves the focus on; its prompt is not skipped as a rotation prompt is.
            if let focus = skip.focus, let stage = skip.stage {
                events.append(Event(date: date, .focusStage(focus: focus, stage: stage)))
                events.append(Event(date: date, .focusSkipped(prompt: skip.prompt)))
            } else {
                events.append(Event(date: date, .skipped(prompt: skip.prompt)))
            }
        }
        self.init(events)
    }
}
