/// `reflect source ID`: the workshop context of a question, theme, note or
/// prompt; with `--entries`, the journal entries that cite or link to it
/// (or, for a dilemma's id, are filed under it).
struct SourceCommand: Command {
    static let entries = OptionSpec("entries", help: "List the journal entries that cite or link to ID (or are filed under the dilemma ID) instead.")
    static let pagesOutput = true
    static let spec = CommandSpec("source", arguments: "ID", positionals: 1...1, completes: [.ids([.question, .theme, .note, .prompt, .dilemma])],
                                  summary: "Show the workshop context of a question, theme, note or prompt id.",
                                  options: [entries], formats: [.text, .json],
                                  discussion: "Examples:\n  reflect source resilience-taking-time-to-think-p1\n  reflect source compassion-humanity --entries")

    var id: String
    var listEntries: Bool
    var format: OutputFormat

    init(_ arguments: inout Arguments) throws(UsageError) {
        id = arguments.positionals[0]
        listEntries = arguments.flag(Self.entries)
        format = arguments.format
    }

    func run(_ context: RunContext) throws -> Outcome {
        let library = context.library
        guard listEntries else {
            guard let item = library.item(withID: id) else {
                if DilemmaID.isPrefix(id), (try? context.journal().resolveDilemma(id)) != nil {
                    throw CommandFailure("'\(id)' is a dilemma, not a library id: 'reflect dilemma show \(id)' shows it, and 'reflect source \(id) --entries' lists its entries")
                }
                throw CommandFailure.unknown(id, kind: "id", candidates: library.allIDs)
            }
            return Outcome(.source(item))
        }
        var id = self.id
        // A dilemma's id (or a unique start of one): the entries filed under it.
        let isDilemma = library.item(withID: id) == nil && DilemmaID.isPrefix(id)
        if isDilemma { id = Journal.id(fromPath: try context.journal().resolveDilemma(id)) }
        guard library.item(withID: id) != nil || EntryID.isEntryID(id) || isDilemma else {
            throw CommandFailure.unknown(id, kind: "id", candidates: library.allIDs)
        }
        let journal = try context.journal()
        var outcome = EntryListings.listed(EntryScan(journal: journal, filter: EntryFilter()), mentioning: [id], wholeEntries: format != .text)
        outcome.whenEmpty = (isDilemma ? "No entries are filed under \(id).\n" : "No entries cite or link to \(id).\n", ExitCode.success)
        return outcome
    }
}
