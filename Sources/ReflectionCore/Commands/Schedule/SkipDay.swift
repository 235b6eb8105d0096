/// `reflect skip`: not today; the prompt comes back sooner than an answered one.
struct SkipDay: Command {
    static let date = OptionSpec("date", value: "DATE", help: "The day whose prompt to skip (default today; monday is the last one).")
    static let force = OptionSpec("force", help: "Accept a --date after tomorrow.")
    static let undo = OptionSpec("undo", help: "Take back the skip of the day (the prompt is due again, a focus's stage is not passed).")
    static let spec = CommandSpec("skip", summary: "Skip the day's prompt: it comes back sooner than an answered one.", options: [date, force, undo],
                                  discussion: "Examples:\n  reflect skip\n  reflect skip --date yesterday\n  reflect skip --undo")

    var date: DateArgument?
    var force: Bool
    var undo: Bool

    init(_ arguments: inout Arguments) throws(UsageError) {
        date = try arguments.date(Self.date)
        force = arguments.flag(Self.force)
        undo = arguments.flag(Self.undo)
    }

    func run(_ context: RunContext) throws -> Outcome {
        let day = date?.resolve(today: context.today) ?? context.today
        // The same typo guard as write: a day far ahead is rarely meant.
        if day > context.today.adding(days: 1), !force { throw CommandFailure("\(day) is after tomorrow: if you mean it, add --force") }
        if day < Plan.defaultEpoch { throw CommandFailure("\(day) is before the schedule starts (\(Plan.defaultEpoch)): there is no prompt to skip") }
        let journal = try context.journalOrEmpty()
        if undo { return try takeBack(day, journal: journal) }
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
            return Outcome(.message("Skipped stage \(stage.number) of \(stage.of) (\(stage.heading)) of the focus on \(schedule.plan.setting(on: day).focus?.name ?? id); \(next).\n"))
        }
        return Outcome(.message("Skipped \(id) on \(day); it comes back in \(Scheduler.skippedInterval(count)) days or later.\n"))
    }

    /// Removes the day's skips (under the lock): its prompt is due again as
    /// it was, and a focus stage skipped that day is no longer passed.
    func takeBack(_ day: CalendarDate, journal: Journal) throws -> Outcome {
        let date = day.description
        let removed = try journal.updateSkips { (log: inout SkipLog) throws(JournalError) -> [Skip] in
            let removed = log.skips.filter { $0.date == date }
            log.skips.removeAll { $0.date == date }
            return removed
        }
        guard !removed.isEmpty else { throw CommandFailure("nothing was skipped on \(day)") }
        let what = removed.map { skip in skip.focus.map { "stage \(skip.stage ?? 0) of the focus on \($0)" } ?? skip.prompt }
        return Outcome(.message("Took back the skip of \(what.joined(separator: ", ")) on \(day).\n"))
    }
}
