/// A focus as a thread: the stages written so far (entries with `focus` and
/// `stage`, and focus days skipped), where it stands, and how it ends.
public struct FocusThread: Sendable {
    public struct Step: Sendable, Equatable {
        public var stage: Int
        public var date: CalendarDate
        /// The entry that wrote the stage (nil: the stage was skipped).
        public var entry: String?
        public var firstWords: String
    }

    public var focus: Plan.Focus
    /// Stages written or skipped, in date order.
    public var steps: [Step]

    /// The last stage written or skipped (0 for none).
    public var done: Int { steps.map(\.stage).max() ?? 0 }
    public var stages: Int { focus.reflectiveModel.stages.count }
    /// The stages with an entry.
    public var written: Set<Int> { Set(steps.filter { $0.entry != nil }.map(\.stage)) }
    /// The stages skipped and never written.
    public var skipped: Set<Int> { Set(steps.filter { $0.entry == nil }.map(\.stage)).subtracting(written) }

    /// One line per stage, in stage order: its first entry (or its skip, when
    /// it has no entry), and how many more entries were written on it.
    public func byStage(before date: CalendarDate? = nil) -> [(step: Step, more: Int)] {
        let shown = steps.filter { step in date.map { step.date < $0 } ?? true }
        return Dictionary(grouping: shown, by: \.stage).keys.sorted().compactMap { stage in
            let onStage = shown.filter { $0.stage == stage }
            let entries = onStage.filter { $0.entry != nil }
            guard let first = entries.first ?? onStage.first else { return nil }
            return (first, max(0, entries.count - 1))
        }
    }

    /// "3 of 6 stages written" with the skipped ones counted apart.
    public var progress: String {
        let skips = skipped.count
        return "\(written.count) of \(stages) stages written" + (skips > 0 ? ", \(skips) skipped" : "")
    }

    /// How the focus stands on a day.
    public enum State: Equatable, Sendable {
        case notStarted
        case running(nextStage: Int)
        /// Every stage was written (or skipped), the last on this day.
        case complete(CalendarDate)
        /// Its days ran out first.
        case expired
    }

    public func state(on date: CalendarDate) -> State {
        guard let start = focus.startDate, let end = focus.endDate else { return .expired }
        if done >= stages, let last = steps.last(where: { $0.stage >= stages }) { return .complete(last.date) }
        if date < start { return .notStarted }
        if date > end { return .expired }
        return .running(nextStage: done + 1)
    }

    /// The thread of a focus: its entries and skips within its days.
    public init(focus: Plan.Focus, journal: Journal, skips: SkipLog) {
        self.focus = focus
        var steps: [Step] = []
        guard let start = focus.startDate, let end = focus.endDate else {
            self.steps = []
            return
        }
        let index = JournalIndex.current(journal, checkFiles: false)
        for (record, _) in index.records(since: start, until: end, containing: [Array(focus.id.utf8)], journal: journal) {
            guard record.focus == focus.id, let stage = record.stage, let date = CalendarDate(iso: String(record.created.prefix(10))),
                  date >= start, date <= end else { continue }
            steps.append(Step(stage: stage, date: date, entry: record.id, firstWords: record.firstWords))
        }
        for skip in skips.skips where skip.focus == focus.id {
            guard let stage = skip.stage, let date = CalendarDate(iso: skip.date), date >= start, date <= end else { continue }
            steps.append(Step(stage: stage, date: date, entry: nil, firstWords: ""))
        }
        self.steps = steps.sorted { ($0.date, $0.stage, $0.entry ?? "") < ($1.date, $1.stage, $1.entry ?? "") }
    }

    public init(focus: Plan.Focus, steps: [Step]) {
        self.focus = focus
        self.steps = steps
    }
}

extension DailySchedule {
    /// The thread of the focus in effect on a date, if the date is within its
    /// days or up to `afterEnd` days after them. The plan keeps a focus after
    /// it ends; its thread (an index read) is not made every morning for ever.
    public func focusThread(on date: CalendarDate, afterEnd: Int = 0) -> FocusThread? {
        guard let focus = plan.setting(on: date).focus, let start = focus.startDate, let end = focus.endDate,
              date >= start, date <= end.adding(days: afterEnd) else { return nil }
        return FocusThread(focus: focus, journal: journal, skips: skips)
    }
}
