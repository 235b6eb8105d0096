#if canImport(Glibc)
import Glibc
#endif

/// The schedule of one journal: its plan, its skips and its history, and
/// the scheduler over them. What `today`, `skip`, `schedule` and `status` use.
///
/// The morning command must start in milliseconds with years of entries, so
/// history is not read in full each time. A checkpoint (`.schedule` in the
/// journal) keeps the scheduler's state at the start of the current month,
/// with what it was computed from: the library, the plan, the skips before
/// that day, and the modification time of every earlier month folder. When
/// all of those match, only the current month's entries are read; when any
/// differs (a new month, an imported or deleted entry, a changed plan), the
/// full history is read from the index and the checkpoint is made again.
public final class DailySchedule {
    public let journal: Journal
    public let library: PromptLibrary
    public let plan: Plan
    public let skips: SkipLog
    public let scheduler: Scheduler
    /// The first day of the current month: the checkpoint's day.
    let checkpointDay: Int
    /// Today, by the run's clock: the days before it have passed.
    public let today: CalendarDate

    /// Loads the plan and skips of a journal.
    /// - Throws: `PlanFileError` when the plan or skips file is broken.
    public init(journal: Journal, library: PromptLibrary, today: CalendarDate) throws(PlanFileError) {
        self.journal = journal
        self.library = library
        plan = try journal.loadPlan()
        skips = try journal.loadSkips()
        scheduler = Scheduler(library: library, plan: plan)
        checkpointDay = CalendarDate(year: today.year, month: today.month, day: 1)?.dayNumber ?? today.dayNumber
        self.today = today
    }

    /// The index, read once when needed.
    private lazy var index = JournalIndex.current(journal, checkFiles: false)

    /// The whole history, from the index (read once, when needed).
    public private(set) lazy var history: ScheduleHistory = {
        entryCountCache = index.count
        let entries = index.history()
        entryDaysCache = Set(entries.map(\.date.dayNumber))
        return ScheduleHistory(entries: entries, skips: skips.skips)
    }()

    private var entryCountCache: Int?
    private var entryDaysCache: Set<Int> = []

    /// The days (day numbers) with at least one entry, prompted or free.
    public var entryDays: Set<Int> {
        _ = history
        return entryDaysCache
    }

    /// How many entries the journal holds.
    public var entryCount: Int {
        _ = history
        return entryCountCache ?? 0
    }

    /// The pick of one day.
    public func pick(_ date: CalendarDate) -> SchedulePick? {
        picks(from: date, days: 1).first?.1 ?? nil
    }

    /// The picks of consecutive days. Days before today that the ledger has
    /// not recorded yet are recorded first, so that they never change.
    public func picks(from first: CalendarDate, days: Int) -> [(CalendarDate, SchedulePick?)] {
        recordPassedDays()
        let last = first.adding(days: days - 1)
        return compute(from: first.dayNumber, through: last.dayNumber).enumerated().map { (first.adding(days: $0.offset), $0.element) }
    }

    /// The picks from `first` through `last` (day numbers), recorded days as the ledger has them.
    func compute(from first: Int, through last: Int) -> [SchedulePick?] {
        if first >= checkpointDay, let state = checkpoint() {
            return scheduler.run(from: checkpointDay, state: state, events: recentEvents()[...], collectFrom: first, through: last,
                                 ledger: ledger).picks
        }
        return scheduler.picks(from: CalendarDate(dayNumber: first), through: CalendarDate(dayNumber: last), history: history, ledger: ledger)
    }

    /// The open action to follow up on a day: the oldest written more than
    /// seven days before it (kept with the checkpoint, so no scan is needed).
    public func followUp(on date: CalendarDate) -> FollowUp? {
        guard date.dayNumber >= checkpointDay, checkpoint() != nil else { return nil }
        _ = recentEntryEvents()
        guard let saved = loadedCheckpoint else { return nil }
        let candidates = (saved.oldestAction.map { [$0] } ?? []) + saved.recentActions
        return candidates.filter { date.dayNumber - $0.date.dayNumber > 7 }.min(by: FollowUp.precedes)
    }

    // MARK: - The ledger

    /// What each recorded day showed (empty for a journal that does not exist).
    public private(set) lazy var ledger: ScheduleLedger = journal.loadLedger()
    private var passedDaysRecorded = false

    /// Records every day from the start of the schedule through yesterday
    /// that the ledger does not have yet: a day that has passed keeps what it
    /// showed. Nothing is written for a journal that does not exist or
    /// cannot be written (the days are computed the same way meanwhile).
    func recordPassedDays() {
        guard !passedDaysRecorded else { return }
        passedDaysRecorded = true
        let yesterday = today.dayNumber - 1
        guard FileSystem.exists(journal.folder),
              let missing = ledger.firstMissing(from: Plan.defaultEpoch.dayNumber, through: yesterday) else { return }
        let picks = compute(from: missing, through: yesterday)
        let now = journal.clock.now().epochSeconds
        let records = picks.enumerated().compactMap { offset, pick -> ScheduleLedger.Record? in
            let date = CalendarDate(dayNumber: missing + offset)
            return ledger[date] == nil ? ScheduleLedger.Record(pick, date: date, recorded: now) : nil
        }
        guard (try? journal.checkWritable()) != nil, let saved = try? journal.record(records) else { return }
        setLedger(saved)
    }

    /// Records days whose prompt was just answered or skipped (days already
    /// recorded keep their record).
    /// - Throws: when the ledger cannot be written.
    public func record(_ dates: [CalendarDate]) throws(JournalError) {
        recordPassedDays()
        let now = journal.clock.now().epochSeconds
        let records = dates.filter { ledger[$0] == nil }.map { date in ScheduleLedger.Record(pick(date), date: date, recorded: now) }
        guard !records.isEmpty else { return }
        setLedger(try journal.record(records))
    }

    /// Takes a new ledger; a checkpoint made with the old one is read again.
    private func setLedger(_ new: ScheduleLedger) {
        let before = ledger.hash(before: checkpointDay)
        ledger = new
        if new.hash(before: checkpointDay) != before {
            checkpointLoaded = false
            loadedCheckpoint = nil
            computedState = nil
        }
    }

    /// Events on or after the checkpoint day: entries of this month and
    /// later, and skips.
    public func recentEvents() -> [ScheduleHistory.Event] {
        if let cached = recentCache { return cached }
        let start = CalendarDate(dayNumber: checkpointDay)
        let skipEvents = ScheduleHistory(entries: [], skips: skips.skips.filter { $0.date >= start.description }).events
        let events = ScheduleHistory(recentEntryEvents() + skipEvents).events
        recentCache = events
        return events
    }

    private var recentCache: [ScheduleHistory.Event]?

    /// Whether an entry dated on the pick's day answers its prompt.
    public func isAnswered(_ pick: SchedulePick) -> Bool {
        let day = pick.date.dayNumber
        let events = day >= checkpointDay ? recentEvents() : history.events
        return events.contains { $0.day == day && $0.kind == .answered(prompt: pick.prompt.prompt.id) }
    }

    /// Whether the pick's prompt was skipped on its day.
    public func isSkipped(_ pick: SchedulePick) -> Bool {
        let day = pick.date.description, id = pick.prompt.prompt.id
        return skips.skips.contains { $0.date == day && $0.prompt == id }
    }

    // MARK: - The checkpoint

    /// The checkpoint file (`.schedule`): a few lines of numbers and ids,
    /// read without a JSON decoder because it is read every morning.
    ///
    /// ```
    /// reflect-schedule 7 <key> <day> <when the folders were last all checked, in seconds> <journal changes seen>
    /// F <folder> <mtime>    entries/, each year and each month before the checkpoint's
    /// R <folder> <mtime>    each month from the checkpoint's on
    /// S <the state: 7 lists of numbers, ';' between lists>
    /// P <focus>@<start> <n> the last stage of a focus written before the checkpoint day
    /// A <day> <prompt>      an entry answering a prompt, from the checkpoint day on
    /// W <day> <theme>       an entry about a theme
    /// G <day> <n> <focus>   an entry (or skip) on a focus's stage n
    /// O <day> <n> <entry> <key> <text>  the oldest open action written before the checkpoint day (its entry's n-th)
    /// Q <day> <n> <entry> <key> <text>  an open action written from the checkpoint day on
    /// ```
    struct Checkpoint: Equatable {
        var key: UInt64
        var day: Int
        /// When every folder was last checked (seconds since 1970).
        var validated: Int
        /// The journal's change count when the state was computed (`ChangeStamp`).
        var changes: Int
        /// What the state depends on: folders and their modification times.
        var folders: [FolderTime]
        var state: Scheduler.State
        /// What the recent events were read from.
        var recentFolders: [FolderTime]
        var recent: [ScheduleHistory.Event]
        /// The oldest open action in entries before the checkpoint day, and
        /// the open actions of entries from it on: the daily follow-up.
        var oldestAction: FollowUp?
        var recentActions: [FollowUp] = []

        static func == (a: Checkpoint, b: Checkpoint) -> Bool {
            a.key == b.key && a.day == b.day && a.validated == b.validated && a.changes == b.changes && a.state == b.state && a.recent == b.recent
                && a.oldestAction == b.oldestAction && a.recentActions == b.recentActions
                && a.folders == b.folders && a.recentFolders == b.recentFolders
        }

        var text: String {
            var out = "reflect-schedule \(DailySchedule.checkpointVersion) \(key) \(day) \(validated) \(changes)\n"
            for folder in folders.sorted(by: { $0.path < $1.path }) { out += "F \(folder.path) \(folder.mtime)\n" }
            for folder in recentFolders.sorted(by: { $0.path < $1.path }) { out += "R \(folder.path) \(folder.mtime)\n" }
            let arrays = [state.lastShown, state.answers, state.lastAnswered, state.skips, state.lastSkipped,
                          state.lastWasSkip.map { $0 ? 1 : 0 }, state.themeLastShown]
            out += "S " + arrays.map { $0.map(String.init).joined(separator: " ") }.joined(separator: ";") + "\n"
            for key in state.focusDone.keys.sorted() { out += "P \(key) \(state.focusDone[key] ?? 0)\n" }
            for event in recent {
                switch event.kind {
                case .answered(let prompt): out += "A \(event.day) \(prompt)\n"
                case .wroteAbout(let theme): out += "W \(event.day) \(theme)\n"
                case .focusStage(let focus, let stage): out += "G \(event.day) \(stage) \(focus)\n"
                case .skipped, .focusSkipped: break
                }
            }
            if let action = oldestAction { out += "O \(action.date.dayNumber) \(action.order) \(action.entry) \(action.key) \(action.text)\n" }
            for action in recentActions { out += "Q \(action.date.dayNumber) \(action.order) \(action.entry) \(action.key) \(action.text)\n" }
            return out
        }

        init(key: UInt64, day: Int, validated: Int, changes: Int, folders: [FolderTime], state: Scheduler.State,
             recentFolders: [FolderTime],
             recent: [ScheduleHistory.Event]) {
            self.key = key
            self.day = day
            self.validated = validated
            self.changes = changes
            self.folders = folders
            self.state = state
            self.recentFolders = recentFolders
            self.recent = recent
        }

        init?(bytes: [UInt8]) {
            func int(_ bytes: ArraySlice<UInt8>) -> Int? {
                var digits = bytes
                let negative = digits.first == UInt8(ascii: "-")
                if negative { digits = digits.dropFirst() }
                guard !digits.isEmpty else { return nil }
                var value = 0
                for b in digits {
                    guard b >= 0x30, b <= 0x39 else { return nil }
                    let (times, o1) = value.multipliedReportingOverflow(by: 10)
                    let (sum, o2) = times.addingReportingOverflow(Int(b - 0x30))
                    guard !o1, !o2 else { return nil }
                    value = sum
                }
                return negative ? -value : value
            }
            func string(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
            var lines: [ArraySlice<UInt8>] = []
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                if end > start { lines.append(bytes[start..<end]) }
                start = end + 1
            }
            guard let head = lines.first?.split(separator: 0x20), head.count == 6, head[0].elementsEqual("reflect-schedule".utf8),
                  int(head[1]) == DailySchedule.checkpointVersion, let key = UInt64(string(head[2])), let day = int(head[3]),
                  let validated = int(head[4]), let changes = int(head[5]) else { return nil }
            var folders: [FolderTime] = [], recentFolders: [FolderTime] = []
            var state: Scheduler.State?
            var focusDone: [String: Int] = [:]
            var recent: [ScheduleHistory.Event] = []
            var oldestAction: FollowUp?
            var recentActions: [FollowUp] = []
            folders.reserveCapacity(lines.count)
            for line in lines.dropFirst() {
                guard let tag = line.first else { return nil }
                // A folder's line (most of the file: one a month of the journal) is
                // read without splitting it into an array: `F PATH MTIME`.
                if tag == UInt8(ascii: "F") || tag == UInt8(ascii: "R") {
                    guard let space = line.lastIndex(of: 0x20), space > line.startIndex + 2, line[line.startIndex + 1] == 0x20,
                          let mtime = int(line[(space + 1)...]) else { return nil }
                    let folder = FolderTime(string(line[(line.startIndex + 2)..<space]), Int64(mtime))
                    if tag == UInt8(ascii: "F") { folders.append(folder) } else { recentFolders.append(folder) }
                    continue
                }
                let fields = line.split(separator: 0x20, maxSplits: 2)
                switch tag {
                case UInt8(ascii: "S"):
                    // One pass over the digits: no slice per number.
                    var arrays: [[Int]] = [[]]
                    var value = 0, negative = false, inNumber = false
                    for b in line.dropFirst(2) {
                        if b >= 0x30, b <= 0x39 {
                            value = value &* 10 &+ Int(b - 0x30)
                            inNumber = true
                        } else if b == UInt8(ascii: "-") {
                            negative = true
                        } else {
                            if inNumber { arrays[arrays.count - 1].append(negative ? -value : value) }
                            value = 0; negative = false; inNumber = false
                            if b == UInt8(ascii: ";") { arrays.append([]) }
                        }
                    }
                    if inNumber { arrays[arrays.count - 1].append(negative ? -value : value) }
                    guard arrays.count == 7 else { return nil }
                    state = Scheduler.State(lastShown: arrays[0], answers: arrays[1], lastAnswered: arrays[2], skips: arrays[3],
                                            lastSkipped: arrays[4], lastWasSkip: arrays[5].map { $0 != 0 }, themeLastShown: arrays[6])
                case UInt8(ascii: "O"), UInt8(ascii: "Q"):
                    let parts = line.split(separator: 0x20, maxSplits: 5, omittingEmptySubsequences: false)
                    guard parts.count == 6, let actionDay = int(parts[1]), let order = int(parts[2]) else { return nil }
                    let action = FollowUp(date: CalendarDate(dayNumber: actionDay), entry: string(parts[3]), key: string(parts[4]), order: order,
                                          text: string(parts[5]))
                    if tag == UInt8(ascii: "O") { oldestAction = action } else { recentActions.append(action) }
                case UInt8(ascii: "P"):
                    guard fields.count == 3, let stage = int(fields[2]) else { return nil }
                    focusDone[string(fields[1])] = stage
                case UInt8(ascii: "G"):
                    let parts = line.split(separator: 0x20, maxSplits: 3)
                    guard parts.count == 4, let eventDay = int(parts[1]), let stage = int(parts[2]) else { return nil }
                    recent.append(ScheduleHistory.Event(date: CalendarDate(dayNumber: eventDay), .focusStage(focus: string(parts[3]), stage: stage)))
                case UInt8(ascii: "A"), UInt8(ascii: "W"):
                    guard fields.count == 3, let eventDay = int(fields[1]) else { return nil }
                    let date = CalendarDate(dayNumber: eventDay)
                    recent.append(ScheduleHistory.Event(date: date, tag == UInt8(ascii: "A") ? .answered(prompt: string(fields[2]))
                                                                                              : .wroteAbout(theme: string(fields[2]))))
                default:
                    return nil
                }
            }
            guard var state else { return nil }
            state.focusDone = focusDone
            self.init(key: key, day: day, validated: validated, changes: changes, folders: folders, state: state, recentFolders: recentFolders, recent: recent)
            self.oldestAction = oldestAction
            self.recentActions = recentActions
        }
    }

    static let checkpointVersion = 7

    /// A folder of the journal and its modification time, as the checkpoint
    /// records it (a struct, not a tuple: cheaper for the runtime to make).
    struct FolderTime: Equatable {
        var path: String
        var mtime: Int64
        init(_ path: String, _ mtime: Int64) {
            self.path = path
            self.mtime = mtime
        }
    }

    /// How long a checkpoint whose folders were all checked is trusted with
    /// only `entries/`, this year's folder and this month's checked. reflect's
    /// own writes into an earlier month are seen at once through the
    /// journal's change stamp; this window bounds how long a change made
    /// there by another program (a sync tool) can go unseen.
    static let trustSeconds = 3600

    var checkpointPath: String { journal.folder + "/.schedule" }

    /// What the checkpoint depends on besides the folders: the library's
    /// prompts and themes, the plan, and the skips before the checkpoint day.
    func checkpointKey() -> UInt64 {
        var hasher = FNV1a()
        hasher.combine(UInt64(Self.checkpointVersion))
        for p in scheduler.prompts { hasher.combine(p.prompt.id); hasher.combine(p.theme.id) }
        hasher.combine(plan.seed)
        for period in plan.periods {
            hasher.combine("\(period.from) \(period.daysDescription)")
            if let focus = period.focus { hasher.combine("\(focus.id) \(focus.model) \(focus.start) \(focus.days) \((focus.themes ?? []).joined(separator: ","))") }
        }
        let start = CalendarDate(dayNumber: checkpointDay).description
        for skip in skips.skips where skip.date < start {
            hasher.combine(skip.date); hasher.combine(skip.prompt)
            if let focus = skip.focus, let stage = skip.stage { hasher.combine("\(focus) \(stage)") }
        }
        hasher.combine(ledger.hash(before: checkpointDay))
        return hasher.value
    }

    /// The modification time of a folder of the journal (by its path inside it).
    func mtime(_ folder: String) -> Int64? {
        var info = stat()
        guard stat(journal.folder + "/" + folder, &info) == 0 else { return nil }
        return Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }

    /// Whether every recorded folder still has its recorded time (a stat
    /// each: a new year changes `entries`, a new month its year, a new or
    /// replaced entry its month).
    func unchanged(_ folders: [FolderTime]) -> Bool {
        !folders.isEmpty && folders.allSatisfy { mtime($0.path) == $0.mtime && $0.mtime != 0 }
    }

    /// Whether the recent events' folders are as recorded. With none recorded
    /// (no entry this month yet), whether there is still none: so a journal
    /// whose entries are all in earlier months is not rewritten every morning.
    func recentUnchanged(_ checkpoint: Checkpoint) -> Bool {
        if checkpoint.recentFolders.isEmpty { return journal.monthFolders(since: CalendarDate(dayNumber: checkpointDay)).isEmpty }
        return unchanged(checkpoint.recentFolders)
    }

    /// The folders, with their times, that the state and the recent events depend on.
    func currentFolders() -> (state: [FolderTime], recent: [FolderTime]) {
        let current = CalendarDate(dayNumber: checkpointDay)
        let now = Clock.fileSystemSeconds() * 1_000_000_000
        // A time within two seconds of now may still change in the same tick: record it as unknown.
        func settled(_ folder: String) -> FolderTime { FolderTime(folder, mtime(folder).map { $0 < now - 2_000_000_000 ? $0 : 0 } ?? 0) }
        var state = [settled("entries")]
        var recent: [FolderTime] = []
        for year in FileSystem.names(in: journal.entriesFolder) where Journal.yearFolder(year) != nil { state.append(settled("entries/\(year)")) }
        for folder in journal.monthFolders() {
            let key = "entries/" + folder.suffix(7)
            let month = (Int(folder.suffix(7).prefix(4)) ?? 0) * 100 + (Int(folder.suffix(2)) ?? 0)
            if month < current.year * 100 + current.month { state.append(settled(key)) } else { recent.append(settled(key)) }
        }
        return (state, recent)
    }

    private var loadedCheckpoint: Checkpoint?
    private var checkpointLoaded = false

    /// The checkpoint file, if it is for this library, plan, skips and day.
    func savedCheckpoint() -> Checkpoint? {
        if checkpointLoaded { return loadedCheckpoint }
        checkpointLoaded = true
        guard let bytes = try? FileSystem.read(checkpointPath), let saved = Checkpoint(bytes: bytes),
              saved.key == checkpointKey(), saved.day == checkpointDay,
              saved.state.fits(prompts: scheduler.prompts.count, themes: scheduler.themeIDs.count) else { return nil }
        loadedCheckpoint = saved
        return saved
    }

    /// Entry events from the checkpoint day on: from the checkpoint file when
    /// their folders are unchanged, else read from the files (and saved).
    func recentEntryEvents() -> [ScheduleHistory.Event] {
        if let saved = savedCheckpoint(), recentUnchanged(saved) { return saved.recent }
        let start = CalendarDate(dayNumber: checkpointDay)
        var entries: [EntryFile.ScheduleFields] = []
        var actions: [FollowUp] = []
        for folder in journal.monthFolders(since: start) {
            for name in Journal.entryNames(in: folder) {
                let path = "\(folder)/\(name)"
                guard let bytes = try? FileSystem.read(path), let fields = EntryFile.scheduleFields(bytes, path: path),
                      fields.date >= start else { continue }
                entries.append(fields)
                actions += FollowUp.open(in: bytes, path: path)
            }
        }
        let events = ScheduleHistory(entries: entries, skips: []).events
        if var saved = savedCheckpoint() {
            saved.recentFolders = currentFolders().recent
            saved.recent = events
            saved.recentActions = actions
            loadedCheckpoint = saved
            save(saved)
        }
        return events
    }

    /// The state at the start of the checkpoint day: from the checkpoint
    /// file when its folders are unchanged, else simulated from the full
    /// history and saved.
    func checkpoint() -> Scheduler.State? {
        // Computed once a run (a journal not yet made has no checkpoint file to keep it).
        if let computedState { return computedState }
        let state = loadOrComputeCheckpoint()
        computedState = state
        return state
    }

    private var computedState: Scheduler.State?

    private func loadOrComputeCheckpoint() -> Scheduler.State? {
        if var saved = savedCheckpoint(), changedSince(saved) == false {
            // The trust window is measured on the file system's clock, not the run's (a test clock is fixed).
            let now = Int(Clock.fileSystemSeconds())
            let year = "entries/\(CalendarDate(dayNumber: checkpointDay).year)"
            if now - saved.validated < Self.trustSeconds, now >= saved.validated,
               unchanged(saved.folders.filter { $0.path == "entries" || $0.path == year }) {
                return saved.state
            }
            if unchanged(saved.folders) {
                saved.validated = now
                saved.changes = journal.changeStamp().count
                save(saved)
                return saved.state
            }
        }
        let stamp = journal.changeStamp()
        let first = CalendarDate(dayNumber: checkpointDay)
        let start = Scheduler.simulationStart(for: first)
        let events = history.events
        let initial = scheduler.initialState(before: start, history: history)
        guard let state = scheduler.run(from: start, state: initial, events: events.drop { $0.day < start }.prefix { $0.day < checkpointDay },
                                        collectFrom: checkpointDay, through: checkpointDay - 1, checkpoint: checkpointDay,
                                        ledger: ledger).checkpoint else {
            return nil
        }
        let folders = currentFolders()
        let recent = events.filter { $0.day >= checkpointDay && !Self.isSkip($0) }
        var checkpoint = Checkpoint(key: checkpointKey(), day: checkpointDay, validated: Int(Clock.fileSystemSeconds()),
                                    changes: stamp.count, folders: folders.state, state: state,
                                    recentFolders: folders.recent, recent: recent)
        checkpoint.oldestAction = index.oldestOpenAction(before: first)
        checkpoint.recentActions = index.openActions(from: first)
        loadedCheckpoint = checkpoint
        checkpointLoaded = true
        save(checkpoint)
        return state
    }

    /// Whether the journal published a change to an entry dated before the
    /// checkpoint day since the checkpoint was made (reflect's own writes:
    /// an import, a backdated entry, an edit or delete of an old entry).
    func changedSince(_ checkpoint: Checkpoint) -> Bool {
        switch journal.changeStamp().earliestChange(after: checkpoint.changes) {
        case .none: return true
        case .some(nil): return false
        case .some(let date?): return date.dayNumber < checkpointDay
        }
    }

    static func isSkip(_ event: ScheduleHistory.Event) -> Bool {
        switch event.kind {
        case .skipped, .focusSkipped: return true
        case .answered, .wroteAbout, .focusStage: return false
        }
    }

    /// Saves the checkpoint when the journal exists and is writable; a cache
    /// that cannot be saved costs only time.
    func save(_ checkpoint: Checkpoint) {
        guard FileSystem.exists(journal.entriesFolder) else { return }
        journal.lockedIfFree { try? FileSystem.write(Array(checkpoint.text.utf8), to: checkpointPath, replace: .atomically) }
    }
}
