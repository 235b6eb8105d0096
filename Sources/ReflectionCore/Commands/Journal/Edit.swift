/// `reflect edit ID`: the whole entry file in the person's editor, saved
/// only if it changed, still reads, and nobody changed it meanwhile.
struct Edit: Command {
    static let spec = CommandSpec("edit", arguments: "ID", positionals: 1...1, completes: [.ids([.entry])], summary: "Edit an entry in your editor.")

    var id: String

    init(_ arguments: inout Arguments) throws(UsageError) { id = arguments.positionals[0] }

    func run(_ context: RunContext) throws -> Outcome {
        let journal = try context.journal()
        try journal.checkWritable()
        // With the automatic sync on, the other devices' changes first: the edit starts from the latest text.
        let pulled = context.pullBeforeEditing(journal)
        let path = try journal.resolveEntry(id, dilemmaCommand: "dilemma edit")
        // An entry that cannot be read is never rewritten.
        _ = try journal.read(path: path)
        let text = String(decoding: try FileSystem.read(path), as: UTF8.self)
        let plan = Draft.Plan(prompt: nil, model: "", tags: [], date: nil, template: text, editing: path, original: text)
        let draft = try journal.createDraft(text: text, plan: plan)
        var outcome = try EditorSession.run(on: draft, journal: journal, context: context)
        outcome.warnings = pulled + outcome.warnings
        return outcome
    }
}
