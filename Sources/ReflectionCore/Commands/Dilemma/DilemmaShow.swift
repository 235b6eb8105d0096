/// `reflect dilemma show ID`: the thread of a dilemma.
struct DilemmaShow: Command {
    static let full = OptionSpec("full", help: "Each entry's whole text, not its first words.")
    static let pagesOutput = true
    static let spec = CommandSpec("dilemma show", arguments: "ID", positionals: 1...1, completes: [.ids([.dilemma])],
                                  summary: "Show a dilemma's thread: what it is, its entries in date order, what the workshop said.",
                                  options: [full], formats: [.text, .json],
                                  discussion: "ID is a dilemma's id or a unique start of one.\n\nExamples:\n  reflect dilemma show d20261126\n  reflect dilemma show d20261126-kfqm --full")

    var id: String
    var full: Bool

    init(_ arguments: inout Arguments) throws(UsageError) {
        id = arguments.positionals[0]
        full = arguments.flag(Self.full)
    }

    func run(_ context: RunContext) throws -> Outcome {
        let journal = try context.journal()
        let path = try journal.resolveDilemma(id)
        let dilemma = try journal.readDilemma(path: path)
        var warnings: [String] = []
        let entries = journal.entries(filedUnder: dilemma.id) { warnings.append($0) }
        let workshop = WorkshopThemes.bestMatching(dilemma.titleAndDescription, filed: entries.map(\.entry), in: context.library)
        let thread = DilemmaThread(stored: StoredDilemma(dilemma: dilemma, path: path), entries: entries, workshop: workshop, full: full, today: context.today)
        return Outcome(.dilemma(thread), warnings: warnings)
    }
}
