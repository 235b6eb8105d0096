/// Why a prompt was chosen for a day.
public enum PickReason: Equatable, Sendable {
    /// Never shown before.
    case new
    /// Answered before, and its interval has passed.
    case resurfaced
    /// Skipped before, and back sooner, as skips are.
    case skippedBefore
    /// Shown before without an answer, and its turn came again.
    case rotation
    /// A day of a focus: the stage of the model it is at.
    case focus(stage: ReflectiveModel.Stage, number: Int, of: Int, model: ReflectiveModel)
}

/// The prompt chosen for a day.
public struct SchedulePick: Equatable, Sendable {
    public var date: CalendarDate
    public var prompt: PlacedPrompt
    public var reason: PickReason
}

/// The daily schedule: a pure function of the library, the plan, the day and
/// the history before that day.
///
/// Each day, in order:
/// 1. a day the plan leaves out has no prompt;
/// 2. a day of an active focus (other than its weekly free day) takes the
///    stage after the last one written (an entry with `focus` and `stage`,
///    or a skip of a focus day, before that day), with a prompt of the
///    focus's question or theme; the focus ends when every stage is written
///    or its days run out;
/// 3. else a skipped prompt whose interval (7, 14, 28... days) has passed
///    comes back, most overdue first, once: shown again and not answered,
///    it returns to the rotation like any other shown prompt;
/// 4. else the theme shown least recently (ties broken by FNV-1a of the seed,
///    the date and the theme id) gives its best prompt: one never shown,
///    else one answered whose interval (14 x 2.5^(n-1) days, at most 365)
///    has passed, most overdue first, else the one shown least recently
///    more than 30 days ago;
/// 5. else the prompt shown least recently.
/// The days from the plan's epoch up to the day are simulated, each pick
/// counting as shown, so that every process computes the same schedule; a
/// day the ledger recorded shows what it recorded instead (`ScheduleLedger`).
public struct Scheduler {
    public let library: PromptLibrary
    public let plan: Plan
    let prompts: [PlacedPrompt]
    let promptIndex: [String: Int]
    let themeIDs: [String]
    let themeIndex: [String: Int]
    let themeOfPrompt: [Int]
    let promptsOfTheme: [[Int]]
    /// Ids as bytes, hashed for ties.
    let promptBytes: [[UInt8]]
    let themeBytes: [[UInt8]]
    /// The plan's settings with the day number each took effect, oldest first
    /// (found once: a date string is not parsed for every simulated day).
    let settings: [(start: Int, period: Plan.Period)]

    public init(library: PromptLibrary, plan: Plan) {
        self.library = library
        self.plan = plan
        prompts = library.placedPrompts
        var promptIndex: [String: Int] = [:]
        for (i, p) in prompts.enumerated() { promptIndex[p.prompt.id] = i }
        self.promptIndex = promptIndex
        themeIDs = library.questions.flatMap { $0.themes.map(\.id) }
        var themeIndex: [String: Int] = [:]
        for (i, t) in themeIDs.enumerated() { themeIndex[t] = i }
        self.themeIndex = themeIndex
        themeOfPrompt = prompts.map { themeIndex[$0.theme.id] ?? 0 }
        var promptsOfTheme = [[Int]](repeating: [], count: themeIDs.count)
        for (i, t) in themeOfPrompt.enumerated() { promptsOfTheme[t].append(i) }
        self.promptsOfTheme = promptsOfTheme
        promptBytes = prompts.map { Array($0.prompt.id.utf8) }
        themeBytes = themeIDs.map { Array($0.utf8) }
        settings = plan.periods.map { (($0.fromDate ?? Plan.defaultEpoch).dayNumber, $0) }
    }

    /// The setting in effect on a day (the first one for days before it).
    func setting(_ day: Int) -> Plan.Period {
        var index = settings.count - 1
        while index > 0, settings[index].start > day { index -= 1 }
        return settings[index].period
    }

    /// Answered intervals: 14 x 2.5^(n-1) days, at most a year.
    public static func answeredInterval(_ answers: Int) -> Int {
        guard answers > 0 else { return 0 }
        var days = 14.0
        for _ in 1..<min(answers, 8) { days *= 2.5 }
        return min(365, Int(days))
    }

    /// Skipped intervals: 7, 14, 28... days, at most a year.
    public static func skippedInterval(_ skips: Int) -> Int {
        guard skips > 0 else { return 0 }
        return min(365, 7 << min(skips - 1, 10))
    }

    /// What the scheduler knows at the start of a day: for each prompt, when
    /// it was last shown, answered and skipped; for each theme, when it was
    /// last shown. Kept as a checkpoint by `DailySchedule`.
    public struct State: Equatable, Sendable {
        static let never = Int.min / 4
        var lastShown: [Int]
        var answers: [Int]
        var lastAnswered: [Int]
        var skips: [Int]
        var lastSkipped: [Int]
        var lastWasSkip: [Bool]
        var themeLastShown: [Int]
        /// For each focus (`id@start`), the last stage written.
        var focusDone: [String: Int] = [:]

        init(lastShown: [Int], answers: [Int], lastAnswered: [Int], skips: [Int], lastSkipped: [Int], lastWasSkip: [Bool],
             themeLastShown: [Int]) {
            self.lastShown = lastShown
            self.answers = answers
            self.lastAnswered = lastAnswered
            self.skips = skips
            self.lastSkipped = lastSkipped
            self.lastWasSkip = lastWasSkip
            self.themeLastShown = themeLastShown
        }

        init(prompts: Int, themes: Int) {
            lastShown = Array(repeating: Self.never, count: prompts)
            answers = Array(repeating: 0, count: prompts)
            lastAnswered = Array(repeating: Self.never, count: prompts)
            skips = Array(repeating: 0, count: prompts)
            lastSkipped = Array(repeating: Self.never, count: prompts)
            lastWasSkip = Array(repeating: false, count: prompts)
            themeLastShown = Array(repeating: Self.never, count: themes)
        }

        /// Whether the state fits a library of this size.
        func fits(prompts: Int, themes: Int) -> Bool {
            [lastShown.count, answers.count, lastAnswered.count, skips.count, lastSkipped.count, lastWasSkip.count].allSatisfy { $0 == prompts }
                && themeLastShown.count == themes
        }
    }

    /// The state at the start of `day` when nothing was simulated before:
    /// the history before it applied.
    public func initialState(before day: Int, history: ScheduleHistory) -> State {
        var state = State(prompts: prompts.count, themes: themeIDs.count)
        for event in history.events where event.day < day { apply(event, to: &state) }
        return state
    }

    /// The day simulation starts from for a first day: the plan's epoch, or
    /// the first day itself when earlier.
    public static func simulationStart(for first: CalendarDate) -> Int { min(Plan.defaultEpoch, first).dayNumber }

    /// The picks for every day from `first` through `last` (nil on days
    /// without a prompt), given the history.
    public func picks(from first: CalendarDate, through last: CalendarDate, history: ScheduleHistory,
                      ledger: ScheduleLedger = ScheduleLedger()) -> [SchedulePick?] {
        guard first <= last else { return [] }
        let start = Self.simulationStart(for: first)
        let state = initialState(before: start, history: history)
        let events = history.events.drop { $0.day < start }
        return run(from: start, state: state, events: events, collectFrom: first.dayNumber, through: last.dayNumber, ledger: ledger).picks
    }

    /// Simulates from the start of day `start` (with `state` as it stands
    /// then) through `last`, applying `events` (sorted, none before `start`)
    /// after each day's pick.
    ///
    /// - Returns: the picks from `collectFrom` on, and the state at the start
    ///   of `checkpoint`, if that day was reached.
    public func run(from start: Int, state initial: State, events: ArraySlice<ScheduleHistory.Event>, collectFrom: Int, through last: Int,
                    checkpoint: Int? = nil, ledger: ScheduleLedger = ScheduleLedger()) -> (picks: [SchedulePick?], checkpoint: State?) {
        var state = initial
        var saved: State?
        var result: [SchedulePick?] = []
        guard start <= last else { return ([], checkpoint == start ? state : nil) }
        result.reserveCapacity(max(0, last - collectFrom + 1))
        // Themes ordered by when they were last shown, kept in order as days pass.
        var order = themeIDs.indices.sorted { state.themeLastShown[$0] < state.themeLastShown[$1] }
        // The prompts whose last event is a skip, kept as events apply.
        var skipped = state.lastWasSkip.indices.filter { state.lastWasSkip[$0] }
        // For each theme, the first day one of its prompts may be shown, kept
        // as its prompts change: days when most themes wait cost little.
        var ready = themeIDs.indices.map { readyDay(of: $0, state: state) }
        var next = events.startIndex
        func touch(_ theme: Int, _ day: Int) {
            guard day > state.themeLastShown[theme] || state.themeLastShown[theme] == day else { return }
            state.themeLastShown[theme] = max(state.themeLastShown[theme], day)
            if let at = order.firstIndex(of: theme) { order.remove(at: at) }
            let position = order.firstIndex { state.themeLastShown[$0] > state.themeLastShown[theme] } ?? order.endIndex
            order.insert(theme, at: position)
        }
        for day in start...last {
            if day == checkpoint { saved = state }
            let date = CalendarDate(dayNumber: day)
            let pick: (index: Int, reason: PickReason)?
            if let record = ledger.record(day) {
                // A recorded day shows what it showed (a prompt no longer in the library: nothing).
                pick = record.prompt.flatMap { promptIndex[$0] }.map { ($0, record.pickReason) }
            } else {
                pick = self.pick(date, state: state, order: order, skipped: skipped, ready: ready)
            }
            if let pick {
                state.lastShown[pick.index] = day
                // A skipped prompt comes back once; shown again, it is a shown
                // prompt like any other (its skips still count for the next interval).
                if pick.reason == .skippedBefore {
                    state.lastWasSkip[pick.index] = false
                    skipped.removeAll { $0 == pick.index }
                }
                touch(themeOfPrompt[pick.index], day)
                ready[themeOfPrompt[pick.index]] = readyDay(of: themeOfPrompt[pick.index], state: state)
            }
            // Picks are made into values (with their question and theme) only for the days asked for.
            if day >= collectFrom { result.append(pick.map { SchedulePick(date: date, prompt: prompts[$0.index], reason: $0.reason) }) }
            // The day's own events count from the next day on.
            while next < events.endIndex, events[next].day <= day {
                let event = events[next]
                let theme = self.theme(of: event)
                let before = theme.map { state.themeLastShown[$0] }
                apply(event, to: &state)
                switch event.kind {
                case .skipped(let id), .answered(let id):
                    if let i = promptIndex[id] {
                        skipped.removeAll { $0 == i }
                        if state.lastWasSkip[i] { skipped.append(i) }
                        ready[themeOfPrompt[i]] = readyDay(of: themeOfPrompt[i], state: state)
                    }
                case .wroteAbout, .focusStage, .focusSkipped:
                    break
                }
                if let theme, let before, state.themeLastShown[theme] != before {
                    state.themeLastShown[theme] = before
                    touch(theme, event.day)
                }
                next += 1
            }
        }
        if checkpoint == last + 1 { saved = state }
        return (result, saved)
    }

    /// The pick for one day.
    public func pick(for date: CalendarDate, history: ScheduleHistory) -> SchedulePick? {
        picks(from: date, through: date, history: history).first ?? nil
    }

    /// The theme an event marks as shown, if any.
    func theme(of event: ScheduleHistory.Event) -> Int? {
        switch event.kind {
        case .answered(let id): return promptIndex[id].map { themeOfPrompt[$0] }
        case .skipped, .focusStage, .focusSkipped: return nil
        case .wroteAbout(let theme): return themeIndex[theme]
        }
    }

    func apply(_ event: ScheduleHistory.Event, to state: inout State) {
        switch event.kind {
        case .answered(let id):
            guard let i = promptIndex[id] else { return }
            state.answers[i] += 1
            state.lastAnswered[i] = max(state.lastAnswered[i], event.day)
            state.skips[i] = 0
            state.lastWasSkip[i] = false
            state.lastShown[i] = max(state.lastShown[i], event.day)
            state.themeLastShown[themeOfPrompt[i]] = max(state.themeLastShown[themeOfPrompt[i]], event.day)
        case .skipped(let id):
            guard let i = promptIndex[id] else { return }
            state.skips[i] += 1
            state.lastSkipped[i] = max(state.lastSkipped[i], event.day)
            state.lastWasSkip[i] = true
        case .wroteAbout(let theme):
            guard let t = themeIndex[theme] else { return }
            state.themeLastShown[t] = max(state.themeLastShown[t], event.day)
        case .focusSkipped(let id):
            // Only the focus reads it: a rotation skip's interval counts rotation skips.
            guard let i = promptIndex[id] else { return }
            state.lastSkipped[i] = max(state.lastSkipped[i], event.day)
        case .focusStage(let id, let stage):
            let date = CalendarDate(dayNumber: event.day)
            guard let focus = setting(date.dayNumber).focus, focus.id == id, let key = Self.focusKey(focus, containing: date) else { return }
            state.focusDone[key] = max(state.focusDone[key] ?? 0, stage)
        }
    }

    /// A focus's key (`id@start`) when a date is within its days.
    static func focusKey(_ focus: Plan.Focus, containing date: CalendarDate) -> String? {
        guard let start = focus.startDate, date >= start, date.dayNumber < start.dayNumber + focus.days else { return nil }
        return "\(focus.id)@\(focus.start)"
    }

    /// The first day a theme has a prompt that `bestPrompt` may choose.
    func readyDay(of theme: Int, state: State) -> Int {
        var ready = Int.max
        for i in promptsOfTheme[theme] {
            if state.lastWasSkip[i] { continue }
            if state.lastShown[i] == State.never, state.answers[i] == 0 { return Int.min }
            let due = state.answers[i] > 0
                ? max(state.lastAnswered[i] + Self.answeredInterval(state.answers[i]), state.lastShown[i] + 30)
                : state.lastShown[i] + 30
            ready = min(ready, due)
        }
        return ready
    }

    func pick(_ date: CalendarDate, state: State, order: [Int], skipped: [Int], ready: [Int]) -> (index: Int, reason: PickReason)? {
        let setting = setting(date.dayNumber)
        guard setting.isActive(date), !prompts.isEmpty else { return nil }
        let day = date.dayNumber
        if setting.focus != nil, let focused = focusPick(date, state: state) { return focused }
        // Skipped prompts come back when due, most overdue first.
        var best: (overdue: Int, index: Int)?
        for i in skipped {
            let due = state.lastSkipped[i] + Self.skippedInterval(state.skips[i])
            if day >= due, best.map({ day - due > $0.overdue }) ?? true { best = (day - due, i) }
        }
        if let best { return (best.index, .skippedBefore) }
        // Themes, least recently shown first; the first with a prompt that may
        // be shown gives it. Only themes tied on that day are hashed.
        var dayHash = FNV1a()
        dayHash.combine(plan.seed)
        dayHash.combine(UInt64(bitPattern: Int64(day)))
        var group = order.startIndex
        while group < order.endIndex {
            let last = state.themeLastShown[order[group]]
            var end = group + 1
            while end < order.endIndex, state.themeLastShown[order[end]] == last { end += 1 }
            if end - group == 1 {
                if ready[order[group]] <= day, let best = bestPrompt(in: order[group], day: day, dayHash: dayHash, state: state) { return best }
            } else {
                let tied = order[group..<end].filter { ready[$0] <= day }.map { ($0, tieBreak(dayHash, themeBytes[$0])) }.sorted { $0.1 < $1.1 }
                for (theme, _) in tied {
                    if let best = bestPrompt(in: theme, day: day, dayHash: dayHash, state: state) { return best }
                }
            }
            group = end
        }
        let oldest = prompts.indices.min { state.lastShown[$0] < state.lastShown[$1] } ?? 0
        return (oldest, .rotation)
    }

    /// Within a theme: never shown, else answered and due (most overdue),
    /// else shown without an answer over 30 days ago (least recent first).
    func bestPrompt(in theme: Int, day: Int, dayHash: FNV1a, state: State) -> (Int, PickReason)? {
        var fresh: (hash: UInt64, index: Int)?
        var due: (overdue: Int, index: Int)?
        var rotation: (last: Int, index: Int)?
        for i in promptsOfTheme[theme] {
            if state.lastShown[i] == State.never, state.answers[i] == 0, !state.lastWasSkip[i] {
                let hash = tieBreak(dayHash, promptBytes[i])
                if fresh.map({ hash < $0.hash }) ?? true { fresh = (hash, i) }
            } else if state.lastWasSkip[i] {
                continue  // comes back through its own interval
            } else if state.answers[i] > 0 {
                let dueDay = max(state.lastAnswered[i] + Self.answeredInterval(state.answers[i]), state.lastShown[i] + 30)
                if day >= dueDay, due.map({ day - dueDay > $0.overdue }) ?? true { due = (day - dueDay, i) }
            } else if day >= state.lastShown[i] + 30, rotation.map({ state.lastShown[i] < $0.last }) ?? true {
                rotation = (state.lastShown[i], i)
            }
        }
        if let fresh { return (fresh.index, .new) }
        if let due { return (due.index, .resurfaced) }
        if let rotation { return (rotation.index, .rotation) }
        return nil
    }

    /// FNV-1a of the seed, the day number (already in `dayHash`) and an id.
    func tieBreak(_ dayHash: FNV1a, _ id: [UInt8]) -> UInt64 {
        var hasher = dayHash
        hasher.combine(id)
        return hasher.value
    }

    // MARK: - Focus

    /// The focus's pick for a date: the stage after the last one written,
    /// with a prompt of its question or theme. Nil outside the focus, on its
    /// weekly free day (the 7th, 14th... day), once every stage is written,
    /// or on a day the plan leaves out.
    func focusPick(_ date: CalendarDate, state: State) -> (index: Int, reason: PickReason)? {
        guard let focus = setting(date.dayNumber).focus, let start = focus.startDate, let key = Self.focusKey(focus, containing: date) else {
            return nil
        }
        guard (date.dayNumber - start.dayNumber) % 7 != 6 else { return nil }
        let model = focus.reflectiveModel
        let stages = model.stages
        let done = state.focusDone[key] ?? 0
        guard done < stages.count, let prompt = focusPrompt(focus, key: key, since: start.dayNumber, state: state) else { return nil }
        return (prompt, .focus(stage: stages[done], number: done + 1, of: stages.count, model: model))
    }

    /// The prompt for a focus's next stage, chosen by what was written, never
    /// by a prompt's position in the library (a prompt added to the library
    /// must not make a stage repeat an answered one): first a prompt not yet
    /// answered or skipped during the focus, from its own question or theme before the
    /// rest of the theme's question; then one never answered, then the one
    /// answered longest ago; ties broken by a hash of the focus and the
    /// prompt's id. Only answers change the choice, so a stage shows the same
    /// prompt every day until it is written.
    func focusPrompt(_ focus: Plan.Focus, key: String, since start: Int, state: State) -> Int? {
        var best: (rank: (Int, Int, Int, Int), hash: UInt64, index: Int)?
        var hasher = FNV1a()
        hasher.combine(plan.seed)
        hasher.combine(key)
        for (i, tier) in focusCandidates(focus) {
            let usedInFocus = max(state.lastAnswered[i], state.lastSkipped[i]) >= start ? 1 : 0
            let rank = (usedInFocus, tier, state.answers[i] > 0 ? 1 : 0, state.lastAnswered[i])
            let hash = tieBreak(hasher, promptBytes[i])
            if best.map({ rank < $0.rank || (rank == $0.rank && hash < $0.hash) }) ?? true { best = (rank, hash, i) }
        }
        return best?.index
    }

    /// The prompts a focus draws on, each with its tier: the prompts of its
    /// question or theme (0); for a theme, the rest of its question's (1);
    /// for a dilemma, its themes' prompts, the best-matching theme's first.
    func focusCandidates(_ focus: Plan.Focus) -> [(index: Int, tier: Int)] {
        if let themes = focus.themes {
            return prompts.indices.compactMap { i in themes.firstIndex(of: prompts[i].theme.id).map { (i, $0) } }
        }
        let id = focus.id
        guard let question = prompts.first(where: { $0.question.id == id || $0.theme.id == id })?.question.id else { return [] }
        return prompts.indices.compactMap { i in
            if prompts[i].question.id == id || prompts[i].theme.id == id { return (i, 0) }
            return prompts[i].question.id == question ? (i, 1) : nil
        }
    }
}
