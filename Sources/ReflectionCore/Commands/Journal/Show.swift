/// `reflect show ID`: an entry, then the prompt, question, theme and notes behind it.
struct Show: Command {
    static let pagesOutput = true
    static let spec = CommandSpec("show", arguments: "ID", positionals: 1...1, completes: [.ids([.entry])],
                                  summary: "Show an entry, then the prompt, question, theme and notes behind it.", formats: [.text, .json])

    var id: String

    init(_ arguments: inout Arguments) throws(UsageError) { id = arguments.positionals[0] }

    func run(_ context: RunContext) throws -> Outcome {
        let journal = try context.journal()
        let path = try journal.resolveEntry(id)
        let stored = StoredEntry(entry: try journal.read(path: path), path: path)
        var linked: [String: Entry] = [:]
        for target in Links.inBody(stored.entry.body) where EntryID.isEntryID(target) {
            if let path = try? journal.resolve(target), let entry = try? journal.read(path: path) { linked[target] = entry }
        }
        return Outcome(.entry(ShownEntry(stored: stored, linked: linked)))
    }
}
