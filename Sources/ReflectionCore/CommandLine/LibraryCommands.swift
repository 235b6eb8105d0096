/// The commands that browse the prompt library: questions, themes, prompts,
/// source and today.
struct LibraryCommands {
    let library: PromptLibrary
    let context: RunContext

    func run(_ command: Command) -> CommandResult {
        let text = LibraryText(library)
        switch command {
        case .questions(let json):
            if json { return CommandResult(stdout: LibraryJSON.encode(library.questions.map { LibraryJSON.question($0, in: library) })) }
            return CommandResult(stdout: text.questions())

        case .themes(let questionID, let json):
            var questions = library.questions
            if let questionID {
                guard let question = library.questions.first(where: { $0.id == questionID }) else {
                    return unknown(questionID, kind: "question", candidates: library.questions.map(\.id))
                }
                questions = [question]
            }
            if json {
                return CommandResult(stdout: LibraryJSON.encode(questions.flatMap { q in q.themes.map { LibraryJSON.theme($0, in: q) } }))
            }
            return CommandResult(stdout: text.themes(of: questions))

        case .prompts(let questionID, let themeID, let json):
            var prompts = library.placedPrompts
            if let questionID {
                guard library.questions.contains(where: { $0.id == questionID }) else {
                    return unknown(questionID, kind: "question", candidates: library.questions.map(\.id))
                }
                prompts = prompts.filter { $0.question.id == questionID }
            }
            if let themeID {
                let themeIDs = library.questions.flatMap { $0.themes.map(\.id) }
                guard themeIDs.contains(themeID) else { return unknown(themeID, kind: "theme", candidates: themeIDs) }
                prompts = prompts.filter { $0.theme.id == themeID }
            }
            if json { return CommandResult(stdout: LibraryJSON.encode(prompts.map(LibraryJSON.PromptObject.init))) }
            return CommandResult(stdout: text.prompts(prompts))

        case .source(let id, let json, _):
            guard let item = library.item(withID: id) else { return unknown(id, kind: "id", candidates: library.allIDs) }
            if json { return CommandResult(stdout: LibraryJSON.encode(sourceObject(item))) }
            return CommandResult(stdout: text.source(of: item))

        default:
            return CommandResult()
        }
    }

    /// "unknown question 'resiliance' (did you mean 'resilience'?)".
    func unknown(_ id: String, kind: String, candidates: [String]) -> CommandResult {
        let suggestions = NearestMatch.suggestions(for: id, in: candidates)
        let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?)"
        return .failure("unknown \(kind) '\(id)'\(hint)")
    }

    func sourceObject(_ item: LibraryItem) -> LibraryJSON.SourceObject {
        let q = item.question
        var prompt: LibraryJSON.PromptObject?
        var cited: [String] = []
        var notes = item.theme?.notes ?? q.themes.flatMap(\.notes)
        switch item {
        case .prompt(let p, let t, _):
            let placed = PlacedPrompt(prompt: p, theme: t, question: q)
            prompt = LibraryJSON.PromptObject(placed)
            cited = p.sources
            notes += library.citedNotes(of: placed).filter { note in !t.notes.contains(note) }
        case .note(let n, _, _):
            cited = [n.id]
        default:
            break
        }
        return LibraryJSON.SourceObject(id: item.id, kind: item.kind, question: LibraryJSON.question(q, in: library),
                                        theme: item.theme.map { LibraryJSON.theme($0, in: q) }, notes: notes,
                                        cited: cited, prompt: prompt)
    }
}
