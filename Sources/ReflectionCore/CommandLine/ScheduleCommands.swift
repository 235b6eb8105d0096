/// The commands of the daily practice: today, skip, schedule, plan, status.
struct ScheduleCommands {
    let library: PromptLibrary
    let journal: Journal
    let context: RunContext

    func run(_ command: Command) -> CommandResult {
        let schedule: DailySchedule
        do { schedule = try DailySchedule(journal: journal, library: library, today: context.today) } catch { return .failure(error.description) }
        switch command {
        case .today(let date, let json, let ifUnanswered):
            return today(date?.resolve(today: context.today) ?? context.today, json: json, ifUnanswered: ifUnanswered, schedule: schedule)
        case .skip(let date):
            return skip(date?.resolve(today: context.today) ?? context.today, schedule: schedule)
        case .schedule(let options):
            return forecast(options, schedule: schedule)
        case .plan(let action, let json):
            return plan(action, json: json, schedule: schedule)
        case .status(let json):
            return status(json: json, schedule: schedule)
        default:
            return CommandResult()
        }
    }

    // MARK: today

    func today(_ date: CalendarDate, json: Bool, ifUnanswered: Bool, schedule: DailySchedule) -> CommandResult {
        let pick = schedule.pick(date)
        let answered = pick.map { schedule.isAnswered($0) } ?? false
        if ifUnanswered, answered || pick == nil { return CommandResult() }
        let memories = onThisDay(date)
        if json {
            return CommandResult(stdout: LibraryJSON.encode(ScheduleJSON.day(date, pick, answered: answered, onThisDay: memories, library: library)))
        }
        return CommandResult(stdout: ScheduleText(library: library).day(date, pick, answered: answered, onThisDay: memories, plan: schedule.plan))
    }


    /// Entries written one year, six months and three months before.
    func onThisDay(_ date: CalendarDate) -> [(label: String, entry: IndexRecord)] {
        var found: [(String, IndexRecord)] = []
        for (label, ago) in [("A year ago", DateArgument.monthsAgo(12)), ("Six months ago", .monthsAgo(6)), ("Three months ago", .monthsAgo(3))] {
            let day = ago.resolve(today: date)
            for record in JournalIndex.records(on: day, in: journal) { found.append((label, record)) }
        }
        return found
    }

    // MARK: skip

    func skip(_ date: CalendarDate, schedule: DailySchedule) -> CommandResult {
        guard let pick = schedule.pick(date) else {
            return .failure("there is no prompt on \(date): your plan leaves \(TextLayout.weekdays[date.weekday]) out")
        }
        let id = pick.prompt.prompt.id
        if schedule.isAnswered(pick) { return .failure("the prompt of \(date) (\(id)) already has an entry; nothing to skip") }
        var log = schedule.skips
        let skip = Skip(date: date, prompt: id)
        if log.skips.contains(skip) { return CommandResult(stdout: "Already skipped \(id) on \(date).\n") }
        log.skips.append(skip)
        do { try journal.saveSkips(log) } catch { return .failure(error.description) }
        let skipsOfPrompt = log.skips.filter { $0.prompt == id }.count
        return CommandResult(stdout: "Skipped \(id) on \(date); it comes back in \(Scheduler.skippedInterval(skipsOfPrompt)) days or later.\n")
    }

    // MARK: schedule

    func forecast(_ options: ScheduleOptions, schedule: DailySchedule) -> CommandResult {
        let first = options.from?.resolve(today: context.today) ?? context.today
        let time = options.hour.map { (hour: $0, minute: options.minute ?? 0) }
        if options.reminder {
            let calendar = ScheduleCalendar(library: library, plan: schedule.plan).reminder(from: first, time: time, alarm: options.alarm,
                                                                                           stamp: stamp())
            return CommandResult(stdout: calendar.text)
        }
        let days = schedule.picks(from: first, days: options.days)
        if options.ics {
            let calendar = ScheduleCalendar(library: library, plan: schedule.plan).days(days.compactMap { $0.1 }, time: time,
                                                                                       alarm: options.alarm, stamp: stamp())
            return CommandResult(stdout: calendar.text)
        }
        if options.json { return CommandResult(stdout: LibraryJSON.encode(days.compactMap { $0.1 }.map { ScheduleJSON.pick($0) })) }
        return CommandResult(stdout: ScheduleText(library: library).forecast(days))
    }

    /// Now, or `SOURCE_DATE_EPOCH` for reproducible calendar files.
    func stamp() -> Timestamp {
        if let epoch = context.environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) { return Timestamp.local(epochSeconds: epoch) }
        return context.now()
    }

    // MARK: plan

    func plan(_ action: PlanAction, json: Bool, schedule: DailySchedule) -> CommandResult {
        var plan = schedule.plan
        switch action {
        case .show:
            break
        case .rotate:
            plan.focus = nil
        case .focus(let id, let days, let model, let from):
            switch library.item(withID: id) {
            case .question?, .theme?:
                plan.focus = Plan.Focus(id: id, model: model, start: from?.resolve(today: context.today) ?? context.today, days: days)
            default:
                let candidates = library.questions.map(\.id) + library.questions.flatMap { $0.themes.map(\.id) }
                return LibraryCommands(library: library, context: context).unknown(id, kind: "question or theme", candidates: candidates)
            }
        case .days(let text):
            plan.days = Plan.parseDays(text)
        }
        if action != .show {
            do { try journal.savePlan(plan) } catch { return .failure(error.description) }
        }
        if json { return CommandResult(stdout: LibraryJSON.encode(plan)) }
        return CommandResult(stdout: ScheduleText(library: library).plan(plan, today: context.today))
    }

    // MARK: status

    func status(json: Bool, schedule: DailySchedule) -> CommandResult {
        let today = context.today
        let pick = schedule.pick(today)
        let answered = pick.map { schedule.isAnswered($0) } ?? false
        let window = (today.dayNumber - 27)...today.dayNumber
        var days = Set<Int>()
        for event in schedule.history.events where window.contains(event.day) {
            if case .skipped = event.kind { continue }
            days.insert(event.day)
        }
        let tomorrow = schedule.pick(today.adding(days: 1))
        let status = ScheduleJSON.Status(date: today.description, prompt: pick.map { LibraryJSON.PromptObject($0.prompt) }, answered: answered,
                                         daysReflectedInLast28: days.count, entries: schedule.entryCount,
                                         plan: schedule.plan, tomorrow: tomorrow.map { LibraryJSON.PromptObject($0.prompt) })
        if json { return CommandResult(stdout: LibraryJSON.encode(status)) }
        return CommandResult(stdout: ScheduleText(library: library).status(status, pick: pick, tomorrow: tomorrow))
    }
}
