/// `reflect import --from jrnl|reflect FILE`: every entry of the file is read
/// and checked before any is saved.
struct Import: Command {
    static let from = OptionSpec("from", value: "FORMAT", choices: ["jrnl", "reflect"],
                                 help: "jrnl (jrnl --format json) or reflect (reflect export).")
    static let spec = CommandSpec("import", arguments: "FILE", positionals: 1...1, completes: [.file],
                                  summary: "Import entries from jrnl's JSON export or reflect's own.", options: [from],
                                  discussion: "Examples:\n  jrnl --format json > old.json && reflect import --from jrnl old.json\n  reflect import --from reflect backup.json")

    var source: String
    var file: String

    init(_ arguments: inout Arguments) throws(UsageError) {
        guard let source = try arguments.choice(Self.from) else { throw .missingArgument(argument: "--from jrnl|reflect", command: "import") }
        self.source = source
        file = arguments.positionals[0]
    }

    func run(_ context: RunContext) throws -> Outcome {
        let journal = try context.journal()
        try journal.checkWritable()
        let bytes = file == "-" ? context.readStandardInput() : try FileSystem.readGiven(file, limit: FileSystem.importLimit)
        let origin = file == "-" ? "standard input" : file
        let entries: [Entry]
        var dilemmas: [(dilemma: Dilemma, file: String)] = []
        do {
            entries = source == "jrnl" ? try JournalImport.fromJrnl(Data(bytes)) : try JournalImport.fromReflect(Data(bytes))
            if source == "reflect" { dilemmas = try JournalImport.dilemmasFromReflect(Data(bytes)) }
        } catch {
            throw CommandFailure(error.description(origin: origin))
        }
        let (imported, skipped, added) = try journal.importEntries(entries, keepingIDs: source == "reflect", dilemmas: dilemmas)
        var message = "Imported \(imported) \(imported == 1 ? "entry" : "entries")"
        if added > 0 { message += " and \(added) \(added == 1 ? "dilemma" : "dilemmas")" }
        message += " from \(origin)"
        if skipped > 0 { message += "; skipped \(skipped) already in the journal" }
        return Outcome(.message(message + ".\n"))
    }
}
