/// `reflect delete ID`: moves an entry to the journal's trash folder.
struct Delete: Command {
    static let force = OptionSpec("force", short: "f", help: "Do not ask (needed when not on a terminal).")
    static let spec = CommandSpec("delete", arguments: "ID", positionals: 1...1, completes: [.ids([.entry])], summary: "Move an entry to the journal's trash folder.",
                                  options: [force])

    var id: String
    var force: Bool

    init(_ arguments: inout Arguments) throws(UsageError) {
        id = arguments.positionals[0]
        force = arguments.flag(Self.force)
    }

    func run(_ context: RunContext) throws -> Outcome {
        let journal = try context.journal()
        let path = try journal.resolveEntry(id, dilemmaCommand: "dilemma close")
        let name = Journal.id(fromPath: path)
        let words = { (try? journal.read(path: path))?.firstWords(40) ?? "unreadable" }
        guard try context.confirm("Move entry \(name) (\(words())) to the trash?", force: force, refusal: "not deleting \(name)") else {
            return Outcome(.nothing, note: "Nothing deleted.\n")
        }
        let destination = try journal.trash(path: path)
        return Outcome(.message("Moved \(name) to the trash: \(destination)\n"), note: "'reflect restore \(Journal.id(fromPath: destination))' brings it back.\n")
    }
}
