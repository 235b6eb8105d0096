/// Reports as JSON for scripts. The shapes are a contract (documented in
/// `docs/json-schema.json`): fields are added, never renamed or removed.
public struct JSONRenderer: Renderer {
    public let library: PromptLibrary

    public init(library: PromptLibrary) { self.library = library }

    public func render(_ report: Report) -> String? {
        switch report {
        case .nothing: return ""
        case .message, .reminder, .check, .ids: return nil
        case .questions(let questions): return JSONOutput.encode(questions.map { LibraryJSON.question($0, in: library) })
        case .themes(let questions): return JSONOutput.encode(questions.flatMap { q in q.themes.map { LibraryJSON.theme($0, in: q) } })
        case .prompts(let prompts): return JSONOutput.encode(prompts.map(LibraryJSON.PromptObject.init))
        case .source(let item): return JSONOutput.encode(LibraryJSON.source(item, in: library))
        case .day(let day):
            return JSONOutput.encode(ScheduleJSON.day(day.date, day.pick, answered: day.answered, skipped: day.skipped, onThisDay: day.onThisDay, library: library,
                                                      followUp: day.followUp))
        case .forecast(let forecast): return JSONOutput.encode(forecast.days.compactMap(\.pick).map { ScheduleJSON.pick($0) })
        case .plan(let report): return JSONOutput.encode(report.plan)
        case .status(let status): return JSONOutput.encode(ScheduleJSON.Status(status))
        case .listing(.records(let records)):
            // A listing is read whole for JSON (see `List`); records alone carry no body.
            return array(records.map { record in
                EntryObject(Entry(id: record.record.id, created: Timestamp(iso: record.record.created) ?? Timestamp(date: CalendarDate(dayNumber: 0), hour: 0, minute: 0, second: 0, offset: 0),
                                  body: ""), path: record.path)
            })
        case .listing(.entries(let entries)): return array(entries.map { EntryObject($0.entry, path: $0.path) })
        case .listing(.stream(let stream)): return array(stream) { EntryObject($0.entry, path: $0.path) }
        case .entry(let shown): return JSONOutput.encode(EntryObject(shown.stored.entry, path: shown.stored.path))
        case .saved(let saved): return JSONOutput.encode(EntryObject(saved.entry, path: saved.path))
        case .search(let stream, let query):
            return array(stream) { stored in
                var object = EntryObject(stored.entry, path: stored.path)
                object.matches = query.matchingLines(in: stored.entry.body).map { EntryObject.LineMatch(line: $0.line, text: $0.text) }
                return object
            }
        case .trash(let items): return JSONOutput.encode(items.map(TrashObject.init))
        case .actions(let report): return JSONOutput.encode(report.actions.map { ActionObject($0, today: report.today) })
        case .review(let review): return JSONOutput.encode(ReviewJSON(review))
        case .settings(let report):
            if let only = report.only { return JSONOutput.encode(report.values.first { $0.key == only }?.value ?? "") }
            return JSONOutput.encode(Dictionary(report.values.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a }))
        case .sync(let summary): return JSONOutput.encode(SyncObject(summary))
        case .syncState(let state): return JSONOutput.encode(state)
        case .dilemmas(let dilemmas): return JSONOutput.encode(dilemmas.map(DilemmaObject.init))
        case .dilemma(let thread): return JSONOutput.encode(DilemmaObject(thread, library: library))
        case .dilemmaChanged(let stored, _): return JSONOutput.encode(DilemmaObject(stored))
        case .suggestions(let matches): return matches.isEmpty ? "[]\n" : JSONOutput.encode(matches.map(SuggestionObject.init))
        case .export(let entries, let dilemmas):
            return JSONOutput.encode(JournalExport(entries: entries.map { stored in
                var object = EntryObject(stored.entry, path: nil)
                object.frontMatter = stored.entry.frontMatter.text
                return object
            }, dilemmas: dilemmas))
        }
    }

    /// A JSON array of entry objects, `[]` when empty.
    func array(_ objects: [EntryObject]) -> String {
        var out = ""
        for object in objects { append(object, to: &out) }
        return out.isEmpty ? "[]\n" : out + "\n]\n"
    }

    /// A JSON array of a stream's entries, encoded one at a time.
    func array(_ stream: EntryStream, _ object: (StoredEntry) -> EntryObject) -> String {
        var out = ""
        stream.forEach { append(object($0), to: &out) }
        return out.isEmpty ? "[]\n" : out + "\n]\n"
    }

    private func append(_ object: EntryObject, to out: inout String) {
        out += out.isEmpty ? "[\n" : ",\n"
        out += JSONOutput.encode(object).dropLast().split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }
}

/// `reflect trash --json`: one object per trashed file.
struct TrashObject: Encodable {
    /// The file name without `.md`, which `restore` and `purge` accept.
    var name: String
    /// The id the entry gets back on a restore.
    var id: String
    var path: String
    /// When it was trashed (the file's modification time).
    var trashed: String?
    var created: String?
    var firstWords: String

    init(_ item: TrashedEntry) {
        name = item.name
        id = item.id
        path = item.path
        trashed = item.trashed?.description
        created = item.created?.description
        firstWords = item.firstWords
    }
}

/// `reflect actions --json`: one object an action.
public struct ActionObject: Encodable, Equatable, Sendable {
    var id: String
    var entry: String
    var created: String
    var text: String
    var state: String
    /// Days since the entry was written.
    var age: Int

    init(_ action: JournalAction, today: CalendarDate) {
        id = action.id
        entry = action.entry
        created = action.created.description
        text = action.text
        state = action.state.rawValue
        age = action.age(on: today)
    }
}
