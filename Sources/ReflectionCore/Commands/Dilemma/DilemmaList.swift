/// `reflect dilemma`: the person's dilemmas, as `dilemma list` prints them.
struct Dilemmas: Command {
    static let spec = CommandSpec("dilemma", summary: "List your dilemmas, open ones first (the same as 'dilemma list').", formats: [.text, .json],
                                  discussion: "Examples:\n  reflect dilemma new \"Two trusts merging\"\n  reflect dilemma\n  reflect dilemma show d20261126")

    init(_ arguments: inout Arguments) throws(UsageError) {}

    func run(_ context: RunContext) throws -> Outcome { try DilemmaList.listing(context) }
}

/// `reflect dilemma list`: every dilemma, open ones first, each with how many entries are filed under it.
struct DilemmaList: Command {
    static let spec = CommandSpec("dilemma list", summary: "List your dilemmas, open ones first: id, status, date, entries, title.",
                                  formats: [.text, .json],
                                  discussion: "Open dilemmas come first, newest first, then closed ones, most recently closed first.\n\nExamples:\n  reflect dilemma list\n  reflect dilemma list --json | jq -r '.[] | select(.status == \"open\") | .id'")

    init(_ arguments: inout Arguments) throws(UsageError) {}

    func run(_ context: RunContext) throws -> Outcome { try Self.listing(context) }

    /// The dilemmas, open first, with their entry counts from the journal's
    /// index (no entry file is read). Files that cannot be read are warnings.
    static func listing(_ context: RunContext) throws -> Outcome {
        let journal = try context.journal()
        let (dilemmas, problems) = journal.dilemmas()
        var warnings = problems.map(\.description)
        let counts = dilemmas.isEmpty ? [:]
            : JournalIndex.current(journal, checkFiles: true).dilemmaCounts(journal: journal) { warnings.append($0) }
        func order(_ a: StoredDilemma, _ b: StoredDilemma) -> Bool {
            let x = a.dilemma, y = b.dilemma
            if x.isOpen != y.isOpen { return x.isOpen }
            let (p, q) = x.isOpen ? (x.created, y.created) : (x.closed ?? x.created, y.closed ?? y.created)
            return p != q ? q < p : x.id > y.id
        }
        let summaries = dilemmas.sorted(by: order).map { stored in
            DilemmaSummary(stored: stored, entryCount: counts[stored.dilemma.id]?.count ?? 0, lastEntry: counts[stored.dilemma.id]?.last)
        }
        return Outcome(.dilemmas(summaries), warnings: warnings,
                       whenEmpty: ("No dilemmas yet: 'reflect dilemma new \"TITLE\"' names one.\n", ExitCode.success))
    }
}
