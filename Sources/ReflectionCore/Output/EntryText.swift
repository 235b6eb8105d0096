/// Plain-text renderings of journal entries.
public struct EntryText {
    public let library: PromptLibrary
    /// Theme titles by id, looked up once per entry listed.
    let themeTitles: [String: String]

    public init(_ library: PromptLibrary) {
        self.library = library
        var titles: [String: String] = [:]
        for theme in library.questions.flatMap(\.themes) { titles[theme.id] = theme.title }
        themeTitles = titles
    }

    /// The title of an entry's first theme, or its id, or "-".
    public func themeTitle(of entry: Entry) -> String {
        entry.themes.lazy.compactMap { themeTitles[$0] }.first ?? entry.themes.first ?? "-"
    }

    /// One line: id, date and time, theme, first words.
    public func line(_ entry: Entry) -> String {
        line(id: entry.id, created: entry.created.shortDescription, themes: entry.themes, firstWords: entry.firstWords())
    }

    /// One line for an index record.
    public func line(_ record: IndexRecord) -> String {
        let created = Timestamp(iso: record.created)?.shortDescription ?? record.created
        return line(id: record.id, created: created, themes: record.themes, firstWords: record.firstWords)
    }

    func line(id: String, created: String, themes: [String], firstWords: String) -> String {
        let theme = themes.lazy.compactMap { themeTitles[$0] }.first ?? themes.first ?? "-"
        return "\(id)  \(created)  \(theme)  \(firstWords)"
    }

    /// A search result: the entry's line, then each matching line with its number.
    public func match(_ entry: Entry, lines: [(line: Int, text: String)]) -> String {
        ([line(entry)] + lines.map { "  \($0.line): \($0.text.trimmed)" }).joined(separator: "\n")
    }

    /// The entry, then "From the workshop" and what its `[[links]]` point to.
    public func show(_ stored: StoredEntry, resolveEntry: (String) -> Entry?) -> String {
        let entry = stored.entry
        var header = "\(entry.id)  \(TextLayout.longDate(entry.created.date)), \(Timestamp.two(entry.created.hour)):\(Timestamp.two(entry.created.minute))"
        if let model = entry.model { header += "  (\(model))" }
        var out = [header]
        let tags = entry.allTags
        if !tags.isEmpty { out.append("Tags: " + tags.map { "#\($0)" }.joined(separator: " ")) }
        out.append("")
        out.append(entry.body.trimmed)
        let libraryText = LibraryText(library)
        if let id = entry.prompt, case .prompt(let prompt, let theme, let question)? = library.item(withID: id) {
            let placed = PlacedPrompt(prompt: prompt, theme: theme, question: question)
            out += ["", "From the workshop",
                    TextLayout.wrap(prompt.text + " [\(prompt.id)]", indent: "              ", firstIndent: "  Prompt      "),
                    TextLayout.wrap(question.text, indent: "              ", firstIndent: "  Question    "),
                    TextLayout.wrap(libraryText.askedBy(question), indent: "              ", firstIndent: "  Asked by    "),
                    "  Theme       \(theme.title)"]
            let cited = entry.sources.isEmpty ? library.citedNotes(of: placed) : entry.sources.compactMap { id -> Note? in
                if case .note(let note, _, _)? = library.item(withID: id) { return note }
                return nil
            }
            for note in cited { out.append(TextLayout.wrap("“\(note.text)” [\(note.id)]", indent: "    ", firstIndent: "  – ")) }
        } else if !entry.themes.isEmpty || entry.question != nil {
            out += ["", "From the workshop"]
            if let id = entry.question, case .question(let question)? = library.item(withID: id) {
                out.append(TextLayout.wrap(question.text, indent: "              ", firstIndent: "  Question    "))
                out.append(TextLayout.wrap(libraryText.askedBy(question), indent: "              ", firstIndent: "  Asked by    "))
            }
            for id in entry.themes { if case .theme(let theme, _)? = library.item(withID: id) { out.append("  Theme       \(theme.title)") } }
        }
        let links = Links.inBody(entry.body)
        if !links.isEmpty {
            out += ["", "Links"]
            for target in links { out.append(TextLayout.wrap(describeLink(target, resolveEntry: resolveEntry), indent: "      ", firstIndent: "  ")) }
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
