/// The commands that read and change the journal.
struct JournalCommands {
    let library: PromptLibrary
    let journal: Journal
    let context: RunContext

    func run(_ command: Command) -> CommandResult {
        switch command {
        case .write(let options): return write(options)
        case .edit(let id): return edit(id)
        case .list(let query, let json): return list(query, json: json)
        case .show(let id, let json): return show(id, json: json)
        case .search(let terms, let query, let idsOnly, let json): return search(terms, query, idsOnly: idsOnly, json: json)
        case .source(let id, let json, _): return backlinks(id, json: json)
        case .delete(let id, let force): return delete(id, force: force)
        case .check: return JournalCheck(library: library, journal: journal).run()
        case .importEntries(let format, let file): return importEntries(format, file: file)
        case .export(let format): return export(format)
        default: return CommandResult()
        }
    }

    /// Scans with the query, collecting unreadable files as warnings.
    func scan(_ query: EntryQuery, search: SearchQuery? = nil, mentioning: [String] = []) -> ([StoredEntry], warnings: String) {
        var warnings = ""
        let entries = EntryScan(journal: journal, query: query, today: context.today)
            .entries(search: search, mentioning: mentioning) { warnings += "reflect: warning: \($0.description)\n" }
        return (entries, warnings)
    }

    /// Renders each matching entry as it is read, so that memory stays flat
    /// however large the journal.
    func render(_ query: EntryQuery, search: SearchQuery? = nil, mentioning: [String] = [],
                _ line: (StoredEntry) -> String) -> (String, warnings: String) {
        var warnings = ""
        var out = ""
        EntryScan(journal: journal, query: query, today: context.today)
            .forEach(search: search, mentioning: mentioning, problems: { warnings += "reflect: warning: \($0.description)\n" }) {
                out += line($0)
            }
        return (out, warnings)
    }

    /// Renders entries as a JSON array, one object at a time.
    func renderJSON(_ query: EntryQuery, search: SearchQuery? = nil, mentioning: [String] = [],
                    _ object: (StoredEntry) -> EntryObject = { EntryObject($0) }) -> (String, warnings: String) {
        var first = true
        let (body, warnings) = render(query, search: search, mentioning: mentioning) { stored in
            let encoded = LibraryJSON.encode(object(stored)).dropLast().split(separator: "\n", omittingEmptySubsequences: false)
                .map { "  " + $0 }.joined(separator: "\n")
            defer { first = false }
            return (first ? "\n" : ",\n") + encoded
        }
        return (body.isEmpty ? "[]\n" : "[" + body + "\n]\n", warnings)
    }

    /// Checks that a filter's ids exist in the library, suggesting the nearest.
    func validate(_ query: EntryQuery) -> CommandResult? {
        let checks: [(String?, String, (LibraryItem) -> Bool)] = [
            (query.prompt, "prompt", { if case .prompt = $0 { return true }; return false }),
            (query.question, "question", { if case .question = $0 { return true }; return false }),
            (query.theme, "theme", { if case .theme = $0 { return true }; return false }),
        ]
        for (id, kind, isKind) in checks {
            guard let id else { continue }
            if let item = library.item(withID: id), isKind(item) { continue }
            return LibraryCommands(library: library, context: context).unknown(id, kind: kind, candidates: library.allIDs)
        }
        return nil
    }

    /// Output with any warnings on stderr; a run that skipped an unreadable
    /// file exits 1, as grep and ls do, after printing what it could.
    func result(_ stdout: String, warnings: String) -> CommandResult {
        CommandResult(stdout: stdout, stderr: warnings, status: warnings.isEmpty ? ExitCode.success : ExitCode.failure)
    }

    func list(_ query: EntryQuery, json: Bool) -> CommandResult {
        if let error = validate(query) { return error }
        let scan = EntryScan(journal: journal, query: query, today: context.today)
        // Filters read the index; the newest entries alone are read directly.
        if scan.filters { return listed(json: json, scan: scan) }
        if json {
            let (out, warnings) = renderJSON(query)
            return result(out, warnings: warnings)
        }
        let text = EntryText(library)
        let (out, warnings) = render(query) { text.line($0.entry) + "\n" }
        return result(out, warnings: warnings)
    }

    /// Prints index records as list lines, or their entries as JSON.
    func listed(json: Bool, scan: EntryScan, mentioning: [String] = []) -> CommandResult {
        var warnings = ""
        let records = scan.records(mentioning: mentioning) { warnings += "reflect: warning: \($0)\n" }
        if json {
            var objects: [EntryObject] = []
            for (_, path) in records {
                do { objects.append(EntryObject(StoredEntry(entry: try journal.read(path: path), path: path))) } catch {
                    warnings += "reflect: warning: \(error.description)\n"
                }
            }
            return result(LibraryJSON.encode(objects), warnings: warnings)
        }
        let text = EntryText(library)
        return result(records.map { text.line($0.record) + "\n" }.joined(), warnings: warnings)
    }

    func search(_ terms: String, _ query: EntryQuery, idsOnly: Bool, json: Bool) -> CommandResult {
        if let error = validate(query) { return error }
        let search = SearchQuery(terms)
        guard !search.terms.isEmpty else { return .failure("the search is empty", status: ExitCode.usage) }
        if idsOnly {
            var warnings = ""
            let ids = EntryScan(journal: journal, query: query, today: context.today)
                .ids(search: search) { warnings += "reflect: warning: \($0.description)\n" }
            return result(ids.map { $0 + "\n" }.joined(), warnings: warnings)
        }
        if json {
            let (out, warnings) = renderJSON(query, search: search) { stored in
                var object = EntryObject(stored)
                object.matches = search.matchingLines(in: stored.entry.body).map { EntryObject.LineMatch(line: $0.line, text: $0.text) }
                return object
            }
            return result(out, warnings: warnings)
        }
        let text = EntryText(library)
        let (out, warnings) = render(query, search: search) { text.match($0.entry, lines: search.matchingLines(in: $0.entry.body)) + "\n" }
        return result(out, warnings: warnings)
    }

    func show(_ id: String, json: Bool) -> CommandResult {
        let stored: StoredEntry
        do {
            let path = try journal.resolve(id)
            stored = StoredEntry(entry: try journal.read(path: path), path: path)
        } catch {
            return .failure(error.description)
        }
        if json { return CommandResult(stdout: LibraryJSON.encode(EntryObject(stored))) }
        let text = EntryText(library).show(stored) { target in
            guard EntryID.isEntryID(target), let path = try? journal.resolve(target) else { return nil }
            return try? journal.read(path: path)
        }
        return CommandResult(stdout: text)
    }

    /// `reflect source ID --entries`: entries that cite or link to ID.
    func backlinks(_ id: String, json: Bool) -> CommandResult {
        guard library.item(withID: id) != nil || EntryID.isEntryID(id) else {
            return LibraryCommands(library: library, context: context).unknown(id, kind: "id", candidates: library.allIDs)
        }
        let scan = EntryScan(journal: journal, query: EntryQuery(), today: context.today)
        return listed(json: json, scan: scan, mentioning: [id])
    }

    func delete(_ id: String, force: Bool) -> CommandResult {
        let path: String
        let entry: Entry?
        do {
            path = try journal.resolve(id)
            entry = try? journal.read(path: path)
        } catch {
            return .failure(error.description)
        }
        let name = Journal.id(fromPath: path)
        if !force {
            guard context.stdinIsTerminal else {
                return .failure("not deleting \(name) without --force when standard input is not a terminal")
            }
            StandardStreams.write("Move entry \(name) (\(entry?.firstWords(40) ?? "unreadable")) to the trash? [y/N] ", to: 2)
            let answer = context.readAnswer()?.trimmed.lowercased() ?? ""
            guard answer == "y" || answer == "yes" else { return CommandResult(stderr: "Nothing deleted.\n") }
        }
        do {
            let destination = try journal.trash(path: path)
            return CommandResult(stdout: "Moved \(name) to the trash: \(destination)\n")
        } catch {
            return .failure(error.description)
        }
    }

    func export(_ format: ExportFormat) -> CommandResult {
        let (newestFirst, warnings) = scan(EntryQuery())
        let entries = Array(newestFirst.reversed())
        switch format {
        case .json:
            let objects = entries.map { stored -> EntryObject in
                var object = EntryObject(stored, includePath: false)
                object.frontMatter = stored.entry.frontMatter.text
                return object
            }
            return result(LibraryJSON.encode(JournalExport(entries: objects)), warnings: warnings)
        case .markdown:
            return result(EntryText(library).markdown(entries), warnings: warnings)
        }
    }
}
