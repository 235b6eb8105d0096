/// `reflect list`: entries, newest first.
struct List: Command {
    static let pagesOutput = true
    static let spec = CommandSpec("list", summary: "List entries, newest first: id, date, theme, first words.",
                                  options: FilterOptions.options(), formats: [.text, .json],
                                  discussion: "DATE is YYYY-MM-DD, today, yesterday, or 3d, 2w, 6m (that long ago).\n\nExamples:\n  reflect list -n 10\n  reflect list --since 2w --theme resilience-taking-time-to-think")

    var filters: FilterOptions
    var format: OutputFormat

    init(_ arguments: inout Arguments) throws(UsageError) {
        filters = try FilterOptions(&arguments)
        format = arguments.format
    }

    func run(_ context: RunContext) throws -> Outcome {
        let scan = EntryScan(journal: try context.journal(), filter: try filters.filter(context))
        // Filters read the index; the newest entries alone are read directly.
        var outcome = scan.filters ? EntryListings.listed(scan, wholeEntries: format != .text)
                                   : Outcome(.listing(.stream(EntryListings.stream(scan))))
        outcome.whenEmpty = (scan.filters ? "No entries match.\n" : "The journal has no entries yet: 'reflect write' starts one.\n", ExitCode.success)
        return outcome
    }
}
