/// `reflect restore ID`: moves an entry from the trash back into the journal.
struct Restore: Command {
    static let spec = CommandSpec("restore", arguments: "ID", positionals: 1...1, completes: [.ids([.trash])], summary: "Move an entry from the trash back into the journal.",
                                  discussion: "ID is a name 'reflect trash' lists, or a unique start of one. An entry trashed twice has a second name ending in -2. A restore never replaces an entry: if one with the same id is in the journal, nothing is moved.\n\nExamples:\n  reflect trash\n  reflect restore 20261126-0930")

    var id: String

    init(_ arguments: inout Arguments) throws(UsageError) {
        id = arguments.positionals[0]
    }

    func run(_ context: RunContext) throws -> Outcome {
        let journal = try context.journal()
        let item = try journal.resolveTrashed(id)
        let destination = try journal.restore(item)
        return Outcome(.message("Restored \(item.id): \(destination)\n"))
    }
}
