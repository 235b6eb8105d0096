/// Plain-text renderings of the prompt library, for people at a terminal.
public struct LibraryText {
    public let library: PromptLibrary
    /// The columns prose is wrapped to.
    public var width: Int
    /// Whether to style the text (a terminal that wants colour).
    public var color = false

    public init(_ library: PromptLibrary, width: Int = Screen.defaultWidth, color: Bool = false) {
        self.library = library
        self.width = width
        self.color = color
    }

    func wrap(_ text: String, indent: String = "", firstIndent: String? = nil) -> String {
        TextLayout.wrap(text, width: width, indent: indent, firstIndent: firstIndent)
    }

    /// "Debbie Sorkin, National Director of Systems Leadership, The Leadership Centre".
    public func askedBy(_ question: Question) -> String {
        guard let host = library.host(withID: question.askedBy) else { return question.askedBy }
        return "\(host.name), \(host.role), \(host.organisation)"
    }

    public func questions() -> String {
        library.questions.map { q in
            [q.id,
             wrap(q.text, indent: "  "),
             wrap("Asked by \(askedBy(q)). \(q.themes.count) themes.", indent: "  ")].joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }

    public func themes(of questions: [Question]) -> String {
        questions.map { q in
            var lines = [wrap("\(q.id): \(q.text)")]
            let width = q.themes.map(\.id.count).max() ?? 0
            for t in q.themes {
                let pad = String(repeating: " ", count: width - t.id.count)
                lines.append("  \(t.id)\(pad)  \(t.title)")
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }

    public func prompts(_ prompts: [PlacedPrompt]) -> String {
        prompts.map { p in
            "\(p.prompt.id)\n" + wrap(p.prompt.text, indent: "  ")
        }.joined(separator: "\n") + (prompts.isEmpty ? "" : "\n")
    }

    /// The question, who asked it, and (for an id below a question) its theme
    /// and notes, with the notes a prompt cites marked `*`.
    public func source(of item: LibraryItem) -> String {
        let q = item.question
        var out = [wrap(q.text, indent: "            ", firstIndent: "Question    "),
                   wrap(askedBy(q) + (q.context.map { " (\($0))" } ?? ""), indent: "            ", firstIndent: "Asked by    ")]
        func notes(_ list: [Note], cited: Set<String>) -> [String] {
            list.map { note in
                let mark = cited.contains(note.id) ? "* " : "  "
                return wrap("\(note.text) [\(note.id)]", indent: "      ", firstIndent: "  \(mark)  ")
            }
        }
        switch item {
        case .question(let q):
            for t in q.themes {
                out.append("")
                out.append(wrap("\(t.title) [\(t.id)]", indent: "            ", firstIndent: "Theme       "))
                out += notes(t.notes, cited: [])
            }
        case .theme(let t, _), .note(_, let t, _), .prompt(_, let t, _):
            out.append(wrap("\(t.title) [\(t.id)]", indent: "            ", firstIndent: "Theme       "))
            var cited: Set<String> = []
            if case .prompt(let p, _, _) = item {
                out.append(wrap(p.text, indent: "            ", firstIndent: "Prompt      "))
                cited = Set(p.sources)
                // A prompt may cite a note of another theme of its question.
                let elsewhere = q.themes.filter { $0.id != t.id }.flatMap(\.notes).filter { cited.contains($0.id) }
                out.append("")
                out.append("Notes (* cited by the prompt)")
                out += notes(t.notes + elsewhere, cited: cited)
                return out.joined(separator: "\n") + "\n"
            }
            if case .note(let n, _, _) = item { cited = [n.id] }
            out.append("")
            out.append(cited.isEmpty ? "Notes" : "Notes (* this note)")
            out += notes(t.notes, cited: cited)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The day's prompt (after a focus's stage line, if any), then where it
    /// comes from in the workshop.
    public func day(_ date: CalendarDate, _ placed: PlacedPrompt, focus: String? = nil) -> String {
        var out = [Style.bold.apply(TextLayout.longDate(date), when: color), ""]
        // The focus's lines come wrapped by their maker.
        if let focus { out += [Style.cyan.apply(focus, when: color), ""] }
        out += [Style.bold.apply(wrap(placed.prompt.text, indent: "  "), when: color), "",
                   Style.bold.apply("From the workshop", when: color),
                   wrap(placed.question.text, indent: "              ", firstIndent: "  Question    "),
                   wrap(askedBy(placed.question), indent: "              ", firstIndent: "  Asked by    "),
                   wrap(placed.theme.title, indent: "              ", firstIndent: "  Theme       "), ""]
        for note in library.citedNotes(of: placed) {
            out.append(wrap("“\(note.text)”", indent: "    ", firstIndent: "  – "))
        }
        out.append("")
        out.append("Prompt \(placed.prompt.id)")
        return out.joined(separator: "\n") + "\n"
    }
}
