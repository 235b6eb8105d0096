/// `reflect export`: every entry as versioned JSON (a backup `import` reads
/// back byte for byte) or as one Markdown document.
struct Export: Command {
    static let spec = CommandSpec("export", summary: "Print every entry as versioned JSON or as Markdown.",
                                  formats: [.json, .markdown],
                                  discussion: "Examples:\n  reflect export > backup.json\n  reflect export --format markdown > journal.md")

    init(_ arguments: inout Arguments) throws(UsageError) {}

    func run(_ context: RunContext) throws -> Outcome {
        let (newestFirst, warnings) = EntryListings.entries(EntryScan(journal: try context.journal(), filter: EntryFilter()))
        return Outcome(.export(newestFirst.reversed()), warnings: warnings)
    }
}
