/// `reflect check`: reads every entry and dilemma and reports what is wrong, changing nothing.
struct Check: Command {
    static let fix = OptionSpec("fix", help: "Remove temporary files that interrupted writes left over an hour ago (nothing else is changed).")
    static let spec = CommandSpec("check", summary: "Check every entry and dilemma: front matter, links, ids and permissions.", options: [fix],
                                  discussion: "Exits 1 if it finds a problem. Drafts last worked on over 30 days ago are mentioned on standard error without changing the exit status. A write that was killed can leave a temporary file (.ID.md.tmp-XXXXXX): check names it, and --fix removes it once it is over an hour old.")

    var fix: Bool

    init(_ arguments: inout Arguments) throws(UsageError) { fix = arguments.flag(Self.fix) }

    func run(_ context: RunContext) throws -> Outcome {
        let check = JournalCheck(library: context.library, journal: try context.journal())
        let removed = fix ? try check.removeLeftovers() : []
        let report = check.run()
        // Old drafts are unfinished text, not problems: a notice on standard error, the exit status unchanged.
        let notes = report.oldDrafts.map { draft in
            "Draft \(draft.id) (\(draft.firstWords)) was last worked on \(draft.lastWorkedOn), over \(JournalCheck.oldDraftDays) days ago: "
                + "continue it with 'reflect write --draft \(draft.id)', or remove \(draft.path) and its .json if it is not wanted.\n"
        }
        let fixed = removed.map { "Removed \($0), a temporary file an interrupted write left.\n" }.joined()
        return Outcome(.check(report), note: fixed + notes.joined(), status: report.problems.isEmpty ? ExitCode.success : ExitCode.failure)
    }
}
