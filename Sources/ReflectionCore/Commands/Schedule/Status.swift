/// `reflect status`: where the daily practice stands.
struct Status: Command {
    static let spec = CommandSpec("status", summary: "Today's prompt answered or not, days reflected in the last 28, the plan, tomorrow's prompt.",
                                  formats: [.text, .json])

    init(_ arguments: inout Arguments) throws(UsageError) {}

    func run(_ context: RunContext) throws -> Outcome {
        let schedule = try DailySchedule(journal: try context.journalOrEmpty(), library: context.library, today: context.today)
        return Outcome(.status(schedule.status(on: context.today)))
    }
}
