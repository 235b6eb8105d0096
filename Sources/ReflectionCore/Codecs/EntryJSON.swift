/// The JSON shape of an entry, as `list`, `show`, `search` and `export`
/// print it. Field names are part of the scripting interface.
public struct EntryObject: Codable, Equatable, Sendable {
    public var id: String
    public var created: String
    public var updated: String?
    public var path: String?
    public var prompt: String?
    public var question: String?
    public var themes: [String]
    public var sources: [String]
    public var dilemma: String?
    /// The focus whose stage the entry writes, and the stage's number.
    public var focus: String?
    public var stage: Int?
    /// Front-matter tags and `#tags` in the body.
    public var tags: [String]
    public var model: String?
    public var body: String
    /// `search` only: the lines that matched.
    public var matches: [LineMatch]?
    /// `export` only: the entry's front matter exactly as in its file, so
    /// that an import gives back the same file, keys a person added included.
    public var frontMatter: String?

    /// A matching line of a search.
    public struct LineMatch: Codable, Equatable, Sendable {
        public var line: Int
        public var text: String
    }

    /// An entry's object; `path` is left out of an export.
    public init(_ entry: Entry, path: String?) {
        id = entry.id
        created = entry.created.description
        updated = entry.updated?.description
        self.path = path
        prompt = entry.prompt
        question = entry.question
        themes = entry.themes
        sources = entry.sources
        dilemma = entry.dilemma
        focus = entry.focus
        stage = entry.stage
        tags = entry.allTags
        model = entry.model
        body = entry.body
    }
}

/// `reflect export`'s JSON: versioned, so that a later reflect can read it.
public struct JournalExport: Codable, Equatable, Sendable {
    public static let currentSchemaVersion = 1
    public var schemaVersion: Int
    public var entries: [EntryObject]
    /// The dilemmas the entries are filed under (every dilemma, for a whole
    /// backup), each with its file as written; absent in older exports.
    public var dilemmas: [DilemmaExport]?

    public init(entries: [EntryObject], dilemmas: [DilemmaExport]? = nil) {
        schemaVersion = Self.currentSchemaVersion
        self.entries = entries
        self.dilemmas = dilemmas
    }
}

/// A dilemma in an export: what a script reads, and its whole file, which `import` writes back.
public struct DilemmaExport: Codable, Equatable, Sendable {
    public var id: String
    public var title: String
    public var status: String
    public var created: String
    /// The file, front matter and description, byte for byte.
    public var file: String

    /// - Parameter file: the file as it is on disk (the person's own keys kept); else as reflect writes it.
    public init(_ dilemma: Dilemma, file: String? = nil) {
        id = dilemma.id
        title = dilemma.title
        status = dilemma.status.rawValue
        created = dilemma.created.description
        self.file = file ?? DilemmaFile.text(of: dilemma)
    }
}
