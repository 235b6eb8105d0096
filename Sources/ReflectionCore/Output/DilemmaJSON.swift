/// The JSON shape of a dilemma, as `dilemma list`, `show`, `new`, `close`
/// and `reopen` print it (documented in `docs/json-schema.json`). Field names
/// are part of the scripting interface: add fields, never rename or remove them.
public struct DilemmaObject: Encodable, Equatable, Sendable {
    public var id: String
    public var title: String
    public var created: String
    /// "open" or "closed".
    public var status: String
    public var closed: String?
    public var outcome: String?
    public var description: String
    public var path: String
    /// `list` and `show`: how many entries are filed under it, and when the newest was written.
    public var entryCount: Int?
    public var lastEntry: String?
    /// `show` only: the entries, oldest first.
    public var entries: [EntryObject]?
    /// `show` only: the best-matching themes of the workshop, best first (empty when none match).
    public var workshop: [WorkshopThemeObject]?
    /// `show` only: the open actions in its entries, oldest first, as `actions --json` gives them.
    public var openActions: [ActionObject]?

    /// A theme of the workshop, with its notes verbatim and who asked its question.
    public struct WorkshopThemeObject: Encodable, Equatable, Sendable {
        public var theme: String
        public var title: String
        public var question: String
        public var questionText: String
        public var askedBy: LibraryJSON.HostObject?
        public var notes: [Note]
    }

    public init(_ stored: StoredDilemma) {
        let dilemma = stored.dilemma
        id = dilemma.id
        title = dilemma.title
        created = dilemma.created.description
        status = dilemma.status.rawValue
        closed = dilemma.closed?.description
        outcome = dilemma.outcome
        description = dilemma.description
        path = stored.path
    }

    public init(_ summary: DilemmaSummary) {
        self.init(summary.stored)
        entryCount = summary.entryCount
        lastEntry = summary.lastEntry?.description
    }

    public init(_ thread: DilemmaThread, library: PromptLibrary) {
        self.init(thread.stored)
        entryCount = thread.entries.count
        lastEntry = thread.entries.last?.entry.created.description
        entries = thread.entries.map { EntryObject($0.entry, path: $0.path) }
        openActions = thread.actions.map { ActionObject($0, today: thread.today ?? $0.created.date) }
        workshop = thread.workshop.map { item in
            WorkshopThemeObject(theme: item.theme.id, title: item.theme.title, question: item.question.id, questionText: item.question.text,
                                askedBy: library.host(withID: item.question.askedBy).map(LibraryJSON.HostObject.init), notes: item.theme.notes)
        }
    }
}
