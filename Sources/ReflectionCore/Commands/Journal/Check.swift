/// `reflect check`: reads every entry and dilemma and reports what is wrong, changing nothing.
struct Check: Command {
    static let spec = CommandSpec("check", summary: "Check every entry and dilemma: front matter, links, ids and permissions.",
                                  discussion: "Exits 1 if it finds a problem. Drafts last worked on over 30 days ago are mentioned on standard error without changing the exit status.")

    init(_ arguments: inout Arguments) throws(UsageError) {}

    func run(_ context: RunContext) throws -> Outcome {
        let report = JournalCheck(library: context.library, journal: try context.journal()).run()
        // Old drafts are unfinished text, not problems: a notice on standard error, the exit status unchanged.
        let notes = report.oldDrafts.map { draft in
            "Draft \(draft.id) (\(draft.firstWords)) was last worked on \(draft.lastWorkedOn), over \(JournalCheck.oldDraftDays) days ago: "
                + "continue it with 'reflect write --draft \(draft.id)', or remove \(draft.path) and its .json if it is not wanted.\n"
        }
        return Outcome(.check(report), note: notes.joined(), status: report.problems.isEmpty ? ExitCode.success : ExitCode.failure)
    }
}
