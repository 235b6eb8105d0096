/// The entry filters `list`, `search` and `export` share, parsed from the
/// command line, with dates still relative to today.
struct FilterOptions: Sendable, Equatable {
    static let number = OptionSpec("number", short: "n", value: "N", help: "At most N entries.")
    static let since = OptionSpec("since", value: "DATE", help: "Entries on or after DATE (YYYY-MM-DD, yesterday, monday, 2w).")
    static let until = OptionSpec("until", value: "DATE", help: "Entries on or before DATE.")
    static let prompt = OptionSpec("prompt", value: "ID", completes: .ids([.prompt]), help: "Entries answering this prompt.")
    static let question = OptionSpec("question", value: "ID", completes: .ids([.question]), help: "Entries about this question.")
    static let theme = OptionSpec("theme", value: "ID", completes: .ids([.theme]), help: "Entries about this theme.")
    static let tag = OptionSpec("tag", value: "TAG", repeatable: true, help: "Entries with this tag (repeatable: all must match).")
    static let dilemma = OptionSpec("dilemma", value: "ID", completes: .ids([.dilemma]), help: "Entries filed under this dilemma (its id or a unique start of one).")

    /// The options, with or without `-n`.
    static func options(limit: Bool = true) -> [OptionSpec] {
        (limit ? [number] : []) + [since, until, prompt, question, theme, tag, dilemma]
    }

    var limit: Int?
    var since: DateArgument?
    var until: DateArgument?
    var prompt: String?
    var question: String?
    var theme: String?
    var tags: [String] = []
    /// A dilemma id or prefix, resolved against the journal when the filter is made.
    var dilemma: String?

    init(_ arguments: inout Arguments, limit: Bool = true) throws(UsageError) {
        if limit { self.limit = try arguments.number(Self.number, in: 1...Int.max) }
        since = try arguments.date(Self.since)
        until = try arguments.date(Self.until)
        prompt = arguments.value(Self.prompt)
        question = arguments.value(Self.question)
        theme = arguments.value(Self.theme)
        tags = try arguments.tags(Self.tag)
        dilemma = arguments.value(Self.dilemma)
    }

    /// The filter for a scan, dates resolved against today; the ids are
    /// checked against the library first, with the nearest suggested, and a
    /// dilemma's id or prefix against the journal's dilemmas.
    func filter(_ context: RunContext) throws -> EntryFilter {
        let library = context.library
        let checks: [(String?, String, (LibraryItem) -> Bool)] = [
            (prompt, "prompt", { if case .prompt = $0 { return true }; return false }),
            (question, "question", { if case .question = $0 { return true }; return false }),
            (theme, "theme", { if case .theme = $0 { return true }; return false }),
        ]
        for (id, kind, isKind) in checks {
            guard let id else { continue }
            if let item = library.item(withID: id) {
                if isKind(item) { continue }
                // A known id of another kind: say which option takes it.
                guard item.kind != "note" else {
                    throw CommandFailure("\(id) is a note, not a \(kind): 'reflect source \(id) --entries' lists the entries that cite it")
                }
                throw CommandFailure("\(id) is a \(item.kind), not a \(kind): use --\(item.kind) \(id)")
            }
            throw CommandFailure.unknown(id, kind: kind, candidates: library.allIDs)
        }
        var dilemmaID: String?
        if let dilemma {
            do throws(JournalError) {
                dilemmaID = Journal.id(fromPath: try context.journal().resolveDilemma(dilemma))
            } catch {
                throw error.failure
            }
        }
        let today = context.today
        let (first, last) = (since?.resolve(today: today), until?.resolve(today: today))
        // An empty range is a slip, refused as review refuses it, not "no entries match".
        if let first, let last, first > last {
            throw UsageError.invalidValue(option: "--since", value: first.description, expected: "a day on or before --until (\(last))")
        }
        return EntryFilter(limit: limit, since: first, until: last, prompt: prompt,
                           question: question, theme: theme, tags: tags, dilemma: dilemmaID)
    }
}
