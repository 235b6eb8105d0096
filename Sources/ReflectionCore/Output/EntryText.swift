/// Plain-text renderings of journal entries.
public struct EntryText {
    public let library: PromptLibrary
    /// Where the text goes: prose is wrapped to its width, and on a terminal
    /// a listing's first words are cut to it.
    public var screen: Screen
    /// Theme titles by id, looked up once per entry listed.
    let themeTitles: [String: String]

    public init(_ library: PromptLibrary, screen: Screen = Screen()) {
        self.library = library
        self.screen = screen
        var titles: [String: String] = [:]
        for theme in library.questions.flatMap(\.themes) { titles[theme.id] = theme.title }
        themeTitles = titles
    }

    /// The title of an entry's first theme, or its id, or "-".
    public func themeTitle(of entry: Entry) -> String {
        entry.themes.lazy.compactMap { themeTitles[$0] }.first ?? entry.themes.first ?? "-"
    }

    func wrap(_ text: String, indent: String = "", firstIndent: String? = nil) -> String {
        TextLayout.wrap(text, width: screen.width, indent: indent, firstIndent: firstIndent)
    }

    /// An entry's columns in a listing: id, date and time, theme, first words.
    public func fields(_ entry: Entry) -> [String] {
        fields(id: entry.id, created: entry.created.shortDescription, themes: entry.themes, firstWords: entry.firstWords())
    }

    /// An index record's columns in a listing.
    public func fields(_ record: IndexRecord) -> [String] {
        let created = Timestamp(iso: record.created)?.shortDescription ?? record.created
        return fields(id: record.id, created: created, themes: record.themes, firstWords: record.firstWords)
    }

    func fields(id: String, created: String, themes: [String], firstWords: String) -> [String] {
        [id, created, themes.lazy.compactMap { themeTitles[$0] }.first ?? themes.first ?? "-", firstWords]
    }

    /// A listing's lines, its columns aligned; on a terminal, fitted to the
    /// screen's width by cutting every column but the first two (an id and
    /// a date) with an ellipsis.
    public func lines(_ rows: [[String]]) -> [String] {
        let lines = TextLayout.columns(rows, cutTo: screen.isTerminal ? screen.width : nil, whole: 2)
        guard screen.color else { return lines }
        // The id and the date, dimmed, so the first words stand out.
        let idWidth = rows.map { $0.first?.unicodeScalars.count ?? 0 }.max() ?? 0
        let dateWidth = rows.map { $0.count > 1 ? $0[1].unicodeScalars.count : 0 }.max() ?? 0
        return lines.map { line in
            let scalars = line.unicodeScalars
            let cut = scalars.index(scalars.startIndex, offsetBy: min(scalars.count, idWidth + 2 + dateWidth))
            return Style.dim.apply(String(scalars[..<cut]), on: screen) + String(scalars[cut...])
        }
    }

    /// A listing: one line per row, newline-terminated.
    public func listing(_ rows: [[String]]) -> String {
        lines(rows).map { $0 + "\n" }.joined()
    }

    /// Search results: each entry's line, then each matching line with its number.
    public func matches(_ results: [(fields: [String], lines: [(line: Int, text: String)])]) -> String {
        zip(lines(results.map(\.fields)), results).map { line, result in
            ([line] + result.lines.map { "  \($0.line): \($0.text.trimmed)" }).joined(separator: "\n") + "\n"
        }.joined()
    }

    /// The entry, then "From the workshop" and what its `[[links]]` point to.
    public func show(_ stored: StoredEntry, resolveEntry: (String) -> Entry?) -> String {
        let entry = stored.entry
        var header = "\(entry.id)  \(TextLayout.longDate(entry.created.date)), \(Timestamp.two(entry.created.hour)):\(Timestamp.two(entry.created.minute))"
        if let model = entry.model { header += "  (\(model))" }
        var out = [Style.bold.apply(header, on: screen)]
        let tags = entry.allTags
        if !tags.isEmpty { out.append("Tags: " + tags.map { "#\($0)" }.joined(separator: " ")) }
        // Where the entry belongs: a dilemma it is filed under, a focus stage it writes.
        if let dilemma = entry.dilemma { out.append("Dilemma: \(dilemma) ('reflect dilemma show \(dilemma)')") }
        if let focus = entry.focus, let stage = entry.stage {
            let model = entry.model.flatMap(ReflectiveModel.init(rawValue:))
            let heading = model.flatMap { $0.stages.indices.contains(stage - 1) ? $0.stages[stage - 1].heading : nil }
            out.append("Focus: \(focus), stage \(stage)" + (heading.map { " (\($0))" } ?? ""))
        }
        out.append("")
        out.append(entry.body.trimmed)
        let libraryText = LibraryText(library, width: screen.width, color: screen.color)
        if let id = entry.prompt, case .prompt(let prompt, let theme, let question)? = library.item(withID: id) {
            let placed = PlacedPrompt(prompt: prompt, theme: theme, question: question)
            out += ["", "From the workshop",
                    wrap(prompt.text + " [\(prompt.id)]", indent: "              ", firstIndent: "  Prompt      "),
                    wrap(question.text, indent: "              ", firstIndent: "  Question    "),
                    wrap(libraryText.askedBy(question), indent: "              ", firstIndent: "  Asked by    "),
                    wrap(theme.title, indent: "              ", firstIndent: "  Theme       ")]
            let cited = entry.sources.isEmpty ? library.citedNotes(of: placed) : entry.sources.compactMap { id -> Note? in
                if case .note(let note, _, _)? = library.item(withID: id) { return note }
                return nil
            }
            for note in cited { out.append(wrap("“\(note.text)” [\(note.id)]", indent: "    ", firstIndent: "  – ")) }
        } else if !entry.themes.isEmpty || entry.question != nil {
            out += ["", "From the workshop"]
            if let id = entry.question, case .question(let question)? = library.item(withID: id) {
                out.append(wrap(question.text, indent: "              ", firstIndent: "  Question    "))
                out.append(wrap(libraryText.askedBy(question), indent: "              ", firstIndent: "  Asked by    "))
            }
            for id in entry.themes { if case .theme(let theme, _)? = library.item(withID: id) { out.append(wrap(theme.title, indent: "              ", firstIndent: "  Theme       ")) } }
        }
        let links = Links.inBody(entry.body)
        if !links.isEmpty {
            out += ["", "Links"]
            for target in links { out.append(wrap(describeLink(target, resolveEntry: resolveEntry), indent: "      ", firstIndent: "  ")) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// What a `[[target]]` points to, in one line.
    public func describeLink(_ target: String, resolveEntry: (String) -> Entry?) -> String {
        if let item = library.item(withID: target) {
            switch item {
            case .question(let q): return "[[\(target)]] question: \(q.text)"
            case .theme(let t, let q): return "[[\(target)]] theme: \(t.title) (\(q.text))"
            case .note(let n, let t, _): return "[[\(target)]] note under \(t.title): “\(n.text)”"
            case .prompt(let p, _, _): return "[[\(target)]] prompt: \(p.text)"
            }
        }
        if let entry = resolveEntry(target) {
            return "[[\(target)]] entry of \(entry.created.shortDescription): \(entry.firstWords())"
        }
        return "[[\(target)]] (not found)"
    }

    /// Every entry as one Markdown document, oldest first: a level-2 heading
    /// per entry, the prompt quoted, and the entry's own headings nested
    /// under the entry's (`MarkdownOutline`). Blocks are separated by blank lines.
    public func markdown(_ entries: [StoredEntry]) -> String {
        let level = 2
        return entries.map { stored in
            let entry = stored.entry
            var heading = String(repeating: "#", count: level) + " \(entry.created.shortDescription)"
            if !entry.themes.isEmpty { heading += " · \(themeTitle(of: entry))" }
            var blocks = [heading, "<!-- id: \(entry.id) -->"]
            if let id = entry.prompt, case .prompt(let prompt, _, _)? = library.item(withID: id) {
                blocks.append(prompt.text.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n"))
            }
            let tags = entry.allTags
            if !tags.isEmpty { blocks.append("Tags: " + tags.map { "#\($0)" }.joined(separator: " ")) }
            let body = entry.body.trimmed
            if !body.isEmpty { blocks.append(MarkdownOutline.nest(body, under: level)) }
            return blocks.joined(separator: "\n\n") + "\n"
        }.joined(separator: "\n")
    }
}
