/// `reflect schedule`: the coming days' prompts, as text, JSON or a calendar file.
struct ScheduleForecast: Command {
    static let from = OptionSpec("from", value: "DATE", help: "First day (default today; monday is the next one).")
    static let days = OptionSpec("days", value: "N", help: "How many days (default 14).")
    static let ics = OptionSpec("ics", help: "The same as --format ics: one event a day with its prompt and notes.")
    static let reminder = OptionSpec("reminder", help: "An iCalendar file with one event to run 'reflect today', repeating on the plan's days (implies --ics).")
    static let time = OptionSpec("time", value: "HH:MM", help: "Calendar events at this time instead of all day.")
    static let alarm = OptionSpec("alarm", value: "MINUTES", help: "Alarm this many minutes before (all-day: before 09:00).")
    static let spec = CommandSpec("schedule", summary: "Forecast the prompts of the coming days, or export them to a calendar.",
                                  options: [from, days, ics, reminder, time, alarm], formats: [.text, .json, .ics],
                                  discussion: "Examples:\n  reflect schedule --days 7\n  reflect schedule --format ics --days 30 --time 07:30 > reflect.ics\n  reflect schedule --reminder --time 08:00 > reminder.ics")

    var from: DateArgument?
    var days = 14
    var reminder: Bool
    var time: (hour: Int, minute: Int)?
    var alarm = 0
    var calendar = false

    init(_ arguments: inout Arguments) throws(UsageError) {
        from = try arguments.date(Self.from, direction: .forward)
        days = try arguments.number(Self.days, in: 1...3660) ?? 14
        reminder = arguments.flag(Self.reminder)
        if arguments.flag(Self.ics) {
            if arguments.format == .json { throw .conflictingOptions("--json", "--ics") }
            arguments.format = .ics
        }
        if reminder {
            if arguments.format == .json { throw .conflictingOptions("--json", "--reminder") }
            arguments.format = .ics
        }
        if let text = arguments.value(Self.time) {
            let parts = text.split(separator: ":")
            guard parts.count == 2, parts[0].count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
                  (0..<24).contains(h), (0..<60).contains(m) else {
                throw .invalidValue(option: "--time", value: text, expected: "a time as HH:MM")
            }
            time = (h, m)
        }
        if let text = arguments.value(Self.alarm) {
            guard let minutes = Int(text), (0...1440).contains(minutes) else {
                throw .invalidValue(option: "--alarm", value: text, expected: "minutes before the event, 0 to 1440")
            }
            alarm = minutes
        }
        calendar = arguments.format == .ics
        try arguments.refuse(Self.time, unless: calendar, "a schedule without --ics or --reminder")
        try arguments.refuse(Self.alarm, unless: calendar, "a schedule without --ics or --reminder")
    }

    func run(_ context: RunContext) throws -> Outcome {
        let first = from?.resolve(today: context.today) ?? context.today
        let schedule = try DailySchedule(journal: try context.journalOrEmpty(), library: context.library, today: context.today)
        // Now, or `SOURCE_DATE_EPOCH` for reproducible calendar files.
        let stamp = context.environment["SOURCE_DATE_EPOCH"].flatMap(Int.init).map { Timestamp.local(epochSeconds: $0) } ?? context.clock.now()
        let options = CalendarOptions(time: time, alarm: alarm, stamp: stamp)
        // Calendar UIDs come from the journal's salt, made and saved the first time.
        let plan = calendar ? try context.journal().planWithSalt() : schedule.plan
        if reminder { return Outcome(.reminder(Reminder(from: first, plan: plan, calendar: options))) }
        let picks = schedule.picks(from: first, days: days).map { (date: $0.0, pick: $0.1) }
        return Outcome(.forecast(Forecast(days: picks, plan: plan, calendar: options)))
    }
}
