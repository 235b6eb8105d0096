/// `reflect skip`: not today; the prompt comes back sooner than an answered one.
struct SkipDay: Command {
    static let date = OptionSpec("date", value: "DATE", help: "The day whose prompt to skip (default today; monday is the last one).")
    static let spec = CommandSpec("skip", summary: "Skip the day's prompt: it comes back sooner than an answered one.", options: [date])

    var date: DateArgument?

    init(_ arguments: inout Arguments) throws(UsageError) { date = try arguments.date(Self.date) }

    func run(_ context: RunContext) throws -> Outcome {
        let day = date?.resolve(today: context.today) ?? context.today
        let journal = try context.journalOrEmpty()
        let schedule = try DailySchedule(journal: journal, library: context.library, today: context.today)
        guard let pick = schedule.pick(day) else {
            throw CommandFailure("there is no prompt on \(day): your plan leaves \(TextLayout.weekdays[day.weekday]) out")
        }
        let id = pick.prompt.prompt.id
        if schedule.isAnswered(pick) { throw CommandFailure("the prompt of \(day) (\(id)) already has an entry; nothing to skip") }
        var skip = Skip(date: day, prompt: id)
        var stage: (number: Int, of: Int, heading: String)?
        if case .focus(let focusStage, let number, let count, _) = pick.reason, let focus = schedule.plan.setting(on: day).focus {
            // A focus day skipped moves the thread on to the next stage.
            skip.focus = focus.id
            skip.stage = number
            stage = (number, count, focusStage.heading)
        }
        // Read again under the lock: two skips at once both count.
        let count = try journal.updateSkips { (log: inout SkipLog) throws(JournalError) -> Int? in
            if log.skips.contains(where: { $0.date == skip.date && $0.prompt == skip.prompt }) { return nil }
            log.skips.append(skip)
            return log.skips.filter { $0.prompt == id && $0.focus == nil }.count
        }
        guard let count else { return Outcome(.message("Already skipped \(id) on \(day).\n")) }
        // The day keeps what it showed.
        try schedule.record([day])
        if let stage {
            let next = stage.number < stage.of ? "stage \(stage.number + 1) comes next" : "that was the last stage: the focus ends"
            return Outcome(.message("Skipped stage \(stage.number) of \(stage.of) (\(stage.heading)) of the focus on \(skip.focus ?? id); \(next).\n"))
        }
        return Outcome(.message("Skipped \(id) on \(day); it comes back in \(Scheduler.skippedInterval(count)) days or later.\n"))
    }
}
