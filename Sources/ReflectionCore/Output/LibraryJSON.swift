/// The shapes `--json` prints for library items. Field names are part of the
/// scripting interface: add fields, never rename or remove them.
public enum LibraryJSON {
    /// A prompt with the ids of where it sits.
    public struct PromptObject: Codable, Equatable, Sendable {
        public var id: String
        public var text: String
        public var question: String
        public var theme: String
        public var sources: [String]
        /// "feelings" or "other-view", for a prompt that is one; absent otherwise.
        public var angle: String?

        public init(_ placed: PlacedPrompt) {
            id = placed.prompt.id
            text = placed.prompt.text
            question = placed.question.id
            theme = placed.theme.id
            sources = placed.prompt.sources
            angle = placed.prompt.angle
        }
    }

    /// A question, with its host and theme ids.
    public struct QuestionObject: Codable, Equatable, Sendable {
        public var id: String
        public var text: String
        public var askedBy: HostObject?
        public var context: String?
        public var themes: [String]
    }

    /// A host, as named in output.
    public struct HostObject: Codable, Equatable, Sendable {
        public var id: String
        public var name: String
        public var role: String
        public var organisation: String

        public init(_ host: Host) {
            id = host.id
            name = host.name
            role = host.role
            organisation = host.organisation
        }
    }

    /// A theme, with its question and note and prompt ids.
    public struct ThemeObject: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
        public var question: String
        public var notes: [String]
        public var prompts: [String]
        /// The curated words and phrases the theme matcher adds, when the library gives them.
        public var keywords: [String]?
    }

    /// The workshop context of any id, as `reflect source --json` prints it.
    public struct SourceObject: Codable, Equatable, Sendable {
        public var id: String
        public var kind: String
        public var question: QuestionObject
        public var theme: ThemeObject?
        /// The notes shown: the theme's, or the question's when the id is a question.
        public var notes: [Note]
        /// The note ids the prompt cites (or the note itself).
        public var cited: [String]
        public var prompt: PromptObject?
    }

    /// The prompt of a day, as `reflect today --json` prints it.
    public struct DayObject: Codable, Equatable, Sendable {
        public var date: String
        public var prompt: PromptObject
        public var question: QuestionObject
        public var themeTitle: String
        public var notes: [Note]
    }

    static func question(_ q: Question, in library: PromptLibrary) -> QuestionObject {
        QuestionObject(id: q.id, text: q.text, askedBy: library.host(withID: q.askedBy).map(HostObject.init),
                       context: q.context, themes: q.themes.map(\.id))
    }

    static func theme(_ t: Theme, in q: Question) -> ThemeObject {
        ThemeObject(id: t.id, title: t.title, question: q.id, notes: t.notes.map(\.id), prompts: t.prompts.map(\.id), keywords: t.keywords)
    }

    /// The workshop context of any library item, as `reflect source --json` prints it.
    static func source(_ item: LibraryItem, in library: PromptLibrary) -> SourceObject {
        let q = item.question
        var prompt: PromptObject?
        var cited: [String] = []
        var notes = item.theme?.notes ?? q.themes.flatMap(\.notes)
        switch item {
        case .prompt(let p, let t, _):
            let placed = PlacedPrompt(prompt: p, theme: t, question: q)
            prompt = PromptObject(placed)
            cited = p.sources
            notes += library.citedNotes(of: placed).filter { note in !t.notes.contains(note) }
        case .note(let n, _, _):
            cited = [n.id]
        default:
            break
        }
        return SourceObject(id: item.id, kind: item.kind, question: question(q, in: library),
                            theme: item.theme.map { theme($0, in: q) }, notes: notes, cited: cited, prompt: prompt)
    }
}
