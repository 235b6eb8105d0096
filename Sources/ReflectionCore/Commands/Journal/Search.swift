/// `reflect search QUERY...`: entries containing every word or "quoted phrase".
struct Search: Command {
    static let idsOnly = OptionSpec("ids-only", short: "l", help: "Print only the ids of matching entries.")
    static let pagesOutput = true
    static let spec = CommandSpec("search", arguments: "QUERY...", positionals: 1...64,
                                  summary: "Find entries containing every word (a \"quoted phrase\" as a phrase).",
                                  options: FilterOptions.options() + [idsOnly], formats: [.text, .json],
                                  discussion: "Examples:\n  reflect search trust\n  reflect search '\"long term\" board' --since 6m")

    var terms: String
    var filters: FilterOptions
    var idsOnly: Bool

    init(_ arguments: inout Arguments) throws(UsageError) {
        terms = arguments.positionals.joined(separator: " ")
        filters = try FilterOptions(&arguments)
        idsOnly = arguments.flag(Self.idsOnly)
    }

    /// As grep: 0 when something matched, 1 when nothing did, 2 on an error.
    func run(_ context: RunContext) throws -> Outcome {
        let empty = (note: "No entries match.\n", status: ExitCode.failure)
        let errorStatus: Int32 = 2
        let search = SearchQuery(terms)
        guard !search.terms.isEmpty else { throw CommandFailure("the search is empty", status: ExitCode.usage) }
        let scan: EntryScan
        do {
            scan = EntryScan(journal: try context.journal(), filter: try filters.filter(context))
        } catch let failure as CommandFailure {
            throw CommandFailure(failure.message, status: errorStatus)
        } catch let error as JournalError {
            throw CommandFailure(error.description, status: error.status == ExitCode.busy ? ExitCode.busy : errorStatus)
        }
        if idsOnly {
            var warnings: [String] = []
            let ids = scan.ids(search: search) { warnings.append($0.description) }
            return Outcome(.ids(ids), warnings: warnings, whenEmpty: empty, failureStatus: errorStatus)
        }
        return Outcome(.search(EntryListings.stream(scan, search: search), search), whenEmpty: empty, failureStatus: errorStatus)
    }
}
