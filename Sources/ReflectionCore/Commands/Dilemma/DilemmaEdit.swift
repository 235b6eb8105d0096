/// `reflect dilemma edit ID`: the dilemma's file in the person's editor, saved
/// only if it changed, still reads, and nobody changed it meanwhile.
struct DilemmaEdit: Command {
    static let spec = CommandSpec("dilemma edit", arguments: "ID", positionals: 1...1, completes: [.ids([.dilemma])], summary: "Edit a dilemma's title, description or outcome in your editor.",
                                  discussion: "The whole file opens, front matter and all; its id stays the file's. An edit that no longer reads is kept as a draft.\n\nExample:\n  reflect dilemma edit d20261126")

    var id: String

    init(_ arguments: inout Arguments) throws(UsageError) { id = arguments.positionals[0] }

    func run(_ context: RunContext) throws -> Outcome {
        let journal = try context.journal()
        try journal.checkWritable()
        let path = try journal.resolveDilemma(id)
        // A dilemma that cannot be read is never rewritten.
        _ = try journal.readDilemma(path: path)
        let text = String(decoding: try FileSystem.read(path), as: UTF8.self)
        let plan = Draft.Plan(prompt: nil, model: "", tags: [], date: nil, template: text, editing: path, original: text, focus: nil, stage: nil,
                              editingDilemma: true)
        let draft = try journal.createDraft(text: text, plan: plan)
        return try EditorSession.run(on: draft, journal: journal, context: context)
    }
}
