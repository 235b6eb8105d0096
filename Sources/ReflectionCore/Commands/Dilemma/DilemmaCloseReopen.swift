/// `reflect dilemma close ID`: the dilemma is settled, with what came of it.
struct DilemmaClose: Command {
    static let message = OptionSpec("message", short: "m", value: "TEXT", help: "What came of it: the outcome.")
    static let spec = CommandSpec("dilemma close", arguments: "ID", positionals: 1...1, completes: [.ids([.dilemma])],
                                  summary: "Close a dilemma, with its outcome; no entry can be filed under it until it is reopened.",
                                  options: [message], formats: [.text, .json],
                                  discussion: "Examples:\n  reflect dilemma close d20261126 -m \"Joint team from January; I chair the first quarter.\"")

    var id: String
    var outcome: String?

    init(_ arguments: inout Arguments) throws(UsageError) {
        id = arguments.positionals[0]
        outcome = arguments.value(Self.message)
    }

    func run(_ context: RunContext) throws -> Outcome {
        let journal = try context.journal()
        let path = try journal.resolveDilemma(id)
        let now = context.clock.now()
        let outcome = self.outcome?.trimmed
        // Read, checked and rewritten under one hold of the lock.
        let dilemma = try journal.changeDilemma(at: path) { (dilemma: inout Dilemma) throws(JournalError) in
            guard dilemma.isOpen else { throw .dilemmaAlready(id: dilemma.id, status: .closed) }
            dilemma.status = .closed
            dilemma.closed = now
            if let outcome, !outcome.isEmpty { dilemma.outcome = outcome }
        }
        // A focus on it runs on in the plan: say so, and how to end it.
        var note = ""
        if let plan = try? journal.loadPlan(), let focus = plan.setting(on: context.today).focus, focus.id == dilemma.id,
           let end = focus.endDate, end >= context.today {
            note = "The plan's focus on it runs until \(end), with nothing filed under it: 'reflect plan rotate' ends the focus, "
                + "'reflect dilemma reopen \(dilemma.id)' goes back to it.\n"
        }
        return Outcome(.dilemmaChanged(StoredDilemma(dilemma: dilemma, path: path), .closed), note: note)
    }
}

/// `reflect dilemma reopen ID`: back to work on a closed dilemma.
struct DilemmaReopen: Command {
    static let spec = CommandSpec("dilemma reopen", arguments: "ID", positionals: 1...1, completes: [.ids([.dilemma])],
                                  summary: "Reopen a closed dilemma, to file entries under it again.", formats: [.text, .json],
                                  discussion: "Its outcome is kept (a later close with -m replaces it).\n\nExample:\n  reflect dilemma reopen d20261126")

    var id: String

    init(_ arguments: inout Arguments) throws(UsageError) { id = arguments.positionals[0] }

    func run(_ context: RunContext) throws -> Outcome {
        let journal = try context.journal()
        let path = try journal.resolveDilemma(id)
        let dilemma = try journal.changeDilemma(at: path) { (dilemma: inout Dilemma) throws(JournalError) in
            guard !dilemma.isOpen else { throw .dilemmaAlready(id: dilemma.id, status: .open) }
            dilemma.status = .open
            dilemma.closed = nil
        }
        return Outcome(.dilemmaChanged(StoredDilemma(dilemma: dilemma, path: path), .reopened))
    }
}
