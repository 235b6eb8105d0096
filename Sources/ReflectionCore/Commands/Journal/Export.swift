/// `reflect export`: the entries as versioned JSON (a backup `import` reads
/// back byte for byte) or as one Markdown document; all of them, or those
/// the filters `list` takes select (a month on one question, for a supervisor).
struct Export: Command {
    static let output = OptionSpec("output", short: "o", value: "FILE", completes: .file, help: "Write to FILE (atomically, 0600): a backup is whole or absent.")
    static let spec = CommandSpec("export", summary: "Print every entry, or those the filters select, as versioned JSON or as Markdown.",
                                  options: FilterOptions.options() + [output], formats: [.json, .markdown],
                                  discussion: "DATE is YYYY-MM-DD, today, yesterday, or 3d, 2w, 6m (that long ago).\n\nExamples:\n  reflect export > backup.json\n  reflect export --format markdown > journal.md\n  reflect export --format markdown --since 2026-11-01 --until 2026-11-30 --question relationships > november.md")

    var filters: FilterOptions
    var output: String?

    init(_ arguments: inout Arguments) throws(UsageError) {
        filters = try FilterOptions(&arguments)
        output = arguments.value(Self.output)
        if output == "" { throw .missingValue(option: "--output", placeholder: "FILE", command: Self.spec.name) }
    }

    func run(_ context: RunContext) throws -> Outcome {
        let journal = try context.journal()
        let scan = EntryScan(journal: journal, filter: try filters.filter(context))
        var (newestFirst, warnings) = EntryListings.entries(scan)
        // A whole backup carries every dilemma; a filtered one, those its entries are filed under.
        let filedUnder = Set(newestFirst.compactMap(\.entry.dilemma))
        var dilemmas: [DilemmaExport] = []
        let (stored, problems) = journal.dilemmas()
        for item in stored where !scan.filters || filedUnder.contains(item.dilemma.id) {
            let file = (try? FileSystem.read(item.path)).flatMap { String(validating: $0, as: UTF8.self) }
            dilemmas.append(DilemmaExport(item.dilemma, file: file))
        }
        warnings += problems.map(\.description)
        var outcome = Outcome(.export(newestFirst.reversed(), dilemmas: dilemmas), warnings: warnings)
        if scan.filters { outcome.whenEmpty = ("No entries match.\n", ExitCode.success) }
        if let output {
            outcome.outputFile = output
            outcome.note += "Wrote \(newestFirst.count) \(newestFirst.count == 1 ? "entry" : "entries") to \(output).\n"
        }
        return outcome
    }
}
