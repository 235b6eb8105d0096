/// `reflect check`: reads every entry and reports what is wrong, changing nothing.
struct Check: Command {
    static let spec = CommandSpec("check", summary: "Check every entry: front matter, links, ids and permissions.")

    init(_ arguments: inout Arguments) throws(UsageError) {}

    func run(_ context: RunContext) throws -> Outcome {
        let report = JournalCheck(library: context.library, journal: try context.journal()).run()
        return Outcome(.check(report), status: report.problems.isEmpty ? ExitCode.success : ExitCode.failure)
    }
}
