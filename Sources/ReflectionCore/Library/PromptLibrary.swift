/// The prompt library: the workshop's questions, their themes, the notes
/// recorded under each theme, and the reflection prompts written from them.
///
/// The shape mirrors `Prompts/questions.json`: question, then its themes, then
/// each theme's `notes` and `prompts`. Every item has a stable, unique,
/// human-readable id that journal entries keep for years.
public struct PromptLibrary: Codable, Equatable, Sendable {
    /// The version of the file format, so that a newer file is refused clearly.
    public var schemaVersion: Int
    /// Where the notes come from.
    public var source: Source
    /// The people who hosted the conversations and brought the questions.
    public var hosts: [Host]
    /// The questions, in the order of the notes.
    public var questions: [Question]

    /// The schema versions this build reads.
    public static let supportedSchemaVersions: ClosedRange<Int> = 1...1

    /// The values a prompt's optional `angle` may take: a prompt on feelings,
    /// and one from another person's standpoint (a patient, a partner, staff).
    public static let angles = ["feelings", "other-view"]

    public init(schemaVersion: Int, source: Source, hosts: [Host], questions: [Question]) {
        self.schemaVersion = schemaVersion
        self.source = source
        self.hosts = hosts
        self.questions = questions
    }
}

/// The workshop the notes were taken at.
public struct Source: Codable, Equatable, Sendable {
    public var title: String
    public var organisation: String
    public var facilitators: [String]
}

/// A person who hosted a conversation and brought questions to it.
public struct Host: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var role: String
    public var organisation: String
    /// "pre-planned" or "impromptu": how the conversation came about.
    public var conversation: String?
}

/// A question a leader brought to the workshop.
public struct Question: Codable, Equatable, Sendable {
    public var id: String
    public var text: String
    /// The id of the host who asked it.
    public var askedBy: String
    /// The line of context the notes give with the question, if any.
    public var context: String?
    public var themes: [Theme]
}

/// A theme the question was discussed under (a column of the notes' table).
public struct Theme: Codable, Equatable, Sendable {
    public var id: String
    public var title: String
    public var notes: [Note]
    public var prompts: [Prompt]
    /// Words and phrases a leader might use about the theme ("merger",
    /// "waiting list"), for the theme matcher; optional in the file.
    public var keywords: [String]?

    public init(id: String, title: String, notes: [Note], prompts: [Prompt], keywords: [String]? = nil) {
        self.id = id
        self.title = title
        self.notes = notes
        self.prompts = prompts
        self.keywords = keywords
    }
}

/// What somebody said under a theme, verbatim from the notes.
public struct Note: Codable, Equatable, Sendable {
    public var id: String
    public var text: String
}

/// A reflection prompt written from a theme's notes.
public struct Prompt: Codable, Equatable, Sendable {
    public var id: String
    public var text: String
    /// The ids of the notes the prompt draws on.
    public var sources: [String]
    /// What kind of prompt it is, for the few that are one of `PromptLibrary.angles`:
    /// "feelings" (how something feels) or "other-view" (another person's standpoint).
    public var angle: String?
}

extension PromptLibrary {
    /// A hash of everything the theme matcher reads (ids, titles, notes,
    /// prompts, keywords), as 16 hex digits: caches of its rankings name it.
    public var stamp: String {
        var hasher = FNV1a()
        for question in questions {
            hasher.combine(question.id); hasher.combine(question.text)
            for theme in question.themes {
                hasher.combine(theme.id); hasher.combine(theme.title)
                for note in theme.notes { hasher.combine(note.text) }
                for prompt in theme.prompts { hasher.combine(prompt.id); hasher.combine(prompt.text) }
                for keyword in theme.keywords ?? [] { hasher.combine(keyword) }
            }
        }
        let hex = String(hasher.value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
