/// `reflect actions`: what the person said they would do, open ones oldest first.
struct ActionsList: Command {
    static let all = OptionSpec("all", help: "Also done and dropped actions.")
    static let spec = CommandSpec("actions", summary: "List the actions in your entries: items under a 'Now what?' heading, and '- [ ]' tasks.",
                                  options: [all], formats: [.text, .json],
                                  discussion: "An action is a list item under a 'Now what?', 'Action plan', 'Actions' or 'Next steps' heading, or a '- [ ]' task anywhere. '- [x]' is done and '- [~]' dropped. Its id is the entry's id and a hash of its text, so it stays the same when other items change.\n\nExamples:\n  reflect actions\n  reflect actions done 20261126-093012-417kf-3fa9\n  reflect actions drop 3fa9")

    var all: Bool

    init(_ arguments: inout Arguments) throws(UsageError) { all = arguments.flag(Self.all) }

    func run(_ context: RunContext) throws -> Outcome {
        let (actions, unreadable) = try context.journal().actionsAndProblems(all: all)
        return Outcome(.actions(ActionsReport(actions: actions, today: context.today)),
                       warnings: unreadable.map { "cannot read \($0); its actions are not listed" },
                       note: actions.isEmpty ? (all ? "No actions in the journal.\n" : "No open actions.\n") : "")
    }
}

/// `reflect actions done ID` and `reflect actions drop ID`: one action's line
/// rewritten (`- [x]` or `- [~]`), atomically, under the journal lock.
struct ActionsMark: Command {
    static let spec = CommandSpec("actions done", arguments: "ID", positionals: 1...1, summary: "Tick an action: '- [x]' in its entry.",
                                  discussion: "ID is the action's id from 'reflect actions', or its last part (the hash) when that is unique.\n\nExamples:\n  reflect actions done 20261126-093012-417kf-3fa9\n  reflect actions done 3fa9")

    var id: String
    let state: Actions.State

    init(_ arguments: inout Arguments) throws(UsageError) { try self.init(&arguments, state: .done) }

    init(_ arguments: inout Arguments, state: Actions.State) throws(UsageError) {
        id = arguments.positionals[0]
        self.state = state
    }

    func run(_ context: RunContext) throws -> Outcome {
        let journal = try context.journal()
        try journal.checkWritable()
        let action = try journal.resolveAction(id)
        let changed = try journal.mark(action, as: state)
        let verb = state == .done ? "done" : state == .dropped ? "dropped" : "open"
        guard changed else { return Outcome(.message("Already \(verb): \(action.text) [\(action.id)]\n")) }
        return Outcome(.message("Marked \(verb): \(action.text) [\(action.id)]\n"))
    }
}

/// `reflect actions drop ID`: no longer wanted (`- [~]`).
struct ActionsDrop: Command {
    static let spec = CommandSpec("actions drop", arguments: "ID", positionals: 1...1, summary: "Mark an action no longer wanted: '- [~]' in its entry.",
                                  discussion: "Examples:\n  reflect actions drop 20261126-093012-417kf-3fa9")

    var mark: ActionsMark

    init(_ arguments: inout Arguments) throws(UsageError) { mark = try ActionsMark(&arguments, state: .dropped) }

    func run(_ context: RunContext) throws -> Outcome { try mark.run(context) }
}
