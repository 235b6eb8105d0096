/// `reflect purge ID`: deletes one entry for good, from the trash or the journal.
struct Purge: Command {
    static let force = OptionSpec("force", short: "f", help: "Do not ask (needed when not on a terminal).")
    static let spec = CommandSpec("purge", arguments: "ID", positionals: 1...1, completes: [.ids([.trash, .entry])], summary: "Delete an entry for good, from the trash or the journal.",
                                  options: [force],
                                  discussion: "ID is looked for in the trash first ('reflect trash' lists the names), then among the journal's entries. This cannot be undone: on a terminal it asks first; otherwise it needs --force. 'reflect delete' moves an entry to the trash instead.\n\nExamples:\n  reflect purge 20261126-0930\n  reflect purge 20261126-093012-417kf-2 --force")

    var id: String
    var force: Bool

    init(_ arguments: inout Arguments) throws(UsageError) {
        id = arguments.positionals[0]
        force = arguments.flag(Self.force)
    }

    func run(_ context: RunContext) throws -> Outcome {
        let journal = try context.journal()
        let target = try Self.target(id, in: journal)
        let (path, name, words, place) = (target.path, target.name, target.words, target.place)
        guard try context.confirm("Delete entry \(name) (\(words)) \(place) for good? This cannot be undone.", force: force,
                                  refusal: "not deleting \(name) \(place) for good") else {
            return Outcome(.nothing, note: "Nothing deleted.\n")
        }
        guard try journal.purge(paths: [path]) == 1 else { throw JournalError.unknownEntry(id: name, suggestions: []) }
        return Outcome(.message("Deleted \(name) \(place) for good.\n"))
    }

    /// The file to delete: a trashed entry, else an entry of the journal.
    static func target(_ id: String, in journal: Journal) throws(JournalError) -> (path: String, name: String, words: String, place: String) {
        do {
            let item = try journal.resolveTrashed(id)
            return (item.path, item.name, item.firstWords, "from the trash")
        } catch .notInTrash {
            // Not in the trash: an entry of the journal, which skips the trash.
            let path = try journal.resolve(id)
            let words = (try? journal.read(path: path))?.firstWords(40) ?? "unreadable"
            return (path, Journal.id(fromPath: path), words, "which is not in the trash")
        }
    }
}
