/// Anything in the library that an id can name, with the places it sits in.
public enum LibraryItem: Equatable, Sendable {
    case question(Question)
    case theme(Theme, in: Question)
    case note(Note, theme: Theme, in: Question)
    case prompt(Prompt, theme: Theme, in: Question)

    /// The question the item belongs to.
    public var question: Question {
        switch self {
        case .question(let q), .theme(_, let q), .note(_, _, let q), .prompt(_, _, let q): return q
        }
    }

    /// The theme the item belongs to, if it is below a question.
    public var theme: Theme? {
        switch self {
        case .question: return nil
        case .theme(let t, _), .note(_, let t, _), .prompt(_, let t, _): return t
        }
    }

    /// The kind of item, as a person would name it.
    public var kind: String {
        switch self {
        case .question: return "question"
        case .theme: return "theme"
        case .note: return "note"
        case .prompt: return "prompt"
        }
    }
}

/// A prompt together with where it sits: the shape `--json` prints.
public struct PlacedPrompt: Equatable, Sendable {
    public var prompt: Prompt
    public var theme: Theme
    public var question: Question
}

extension PromptLibrary {
    /// The item with this id, or nil.
    public func item(withID id: String) -> LibraryItem? {
        for question in questions {
            if question.id == id { return .question(question) }
            for theme in question.themes {
                if theme.id == id { return .theme(theme, in: question) }
                if let note = theme.notes.first(where: { $0.id == id }) { return .note(note, theme: theme, in: question) }
                if let prompt = theme.prompts.first(where: { $0.id == id }) { return .prompt(prompt, theme: theme, in: question) }
            }
        }
        return nil
    }

    /// Every id in the library, in document order.
    public var allIDs: [String] {
        questions.flatMap { q in [q.id] + q.themes.flatMap { t in [t.id] + t.notes.map(\.id) + t.prompts.map(\.id) } }
    }

    /// Every prompt with its theme and question, in document order.
    public var placedPrompts: [PlacedPrompt] {
        questions.flatMap { q in q.themes.flatMap { t in t.prompts.map { PlacedPrompt(prompt: $0, theme: t, question: q) } } }
    }

    /// The host with this id.
    public func host(withID id: String) -> Host? { hosts.first { $0.id == id } }

    /// The notes of the prompt's question that it cites, in citation order.
    public func citedNotes(of placed: PlacedPrompt) -> [Note] {
        let notes = placed.question.themes.flatMap(\.notes)
        return placed.prompt.sources.compactMap { id in notes.first { $0.id == id } }
    }
}

extension LibraryItem {
    /// The item's own id.
    public var id: String {
        switch self {
        case .question(let q): return q.id
        case .theme(let t, _): return t.id
        case .note(let n, _, _): return n.id
        case .prompt(let p, _, _): return p.id
        }
    }
}
