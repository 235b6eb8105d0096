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
        let skip = Skip(date: day, prompt: id)
        // Read again under the lock: two skips at once both count.
        let count = try journal.updateSkips { (log: inout SkipLog) throws(JournalError) -> Int? in
            if log.skips.contains(skip) { return nil }
            log.skips.append(skip)
            return log.skips.filter { $0.prompt == id }.count
        }
        guard let count else { return Outcome(.message("Already skipped \(id) on \(day).\n")) }
        return Outcome(.message("Skipped \(id) on \(day); it comes back in \(Scheduler.skippedInterval(count)) days or later.\n"))
    }
}
