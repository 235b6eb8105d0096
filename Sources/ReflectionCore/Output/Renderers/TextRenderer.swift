/// Reports as text for a person at a terminal.
public struct TextRenderer: Renderer {
    public let library: PromptLibrary

    public init(library: PromptLibrary) { self.library = library }

    public func render(_ report: Report) -> String? {
        switch report {
        case .nothing: return ""
        case .message(let text): return text
        case .questions: return LibraryText(library).questions()
        case .themes(let questions): return LibraryText(library).themes(of: questions)
        case .prompts(let prompts): return LibraryText(library).prompts(prompts)
        case .source(let item): return LibraryText(library).source(of: item)
        case .day(let day):
            return ScheduleText(library: library).day(day)
        case .forecast(let forecast): return ScheduleText(library: library).forecast(forecast.days.map { ($0.date, $0.pick) })
        case .reminder: return nil
        case .plan(let report): return ScheduleText(library: library).plan(report)
        case .status(let status): return ScheduleText(library: library).status(status)
        case .listing(.records(let records)):
            let text = EntryText(library)
            return records.map { text.line($0.record) + "\n" }.joined()
        case .listing(.entries(let entries)):
            let text = EntryText(library)
            return entries.map { text.line($0.entry) + "\n" }.joined()
        case .listing(.stream(let stream)):
            let text = EntryText(library)
            var out = ""
            stream.forEach { out += text.line($0.entry) + "\n" }
            return out
        case .saved(let saved): return "Saved \(saved.entry.id) (\(saved.path))\n"
        case .entry(let shown): return EntryText(library).show(shown.stored) { shown.linked[$0] }
        case .search(let stream, let query):
            let text = EntryText(library)
            var out = ""
            stream.forEach { out += text.match($0.entry, lines: query.matchingLines(in: $0.entry.body)) + "\n" }
            return out
        case .ids(let ids): return ids.map { $0 + "\n" }.joined()
        case .export(let entries): return EntryText(library).markdown(entries)
        case .trash(let items):
            return items.map { "\($0.name)  \($0.trashed?.shortDescription ?? "-")  \($0.firstWords)\n" }.joined()
        case .check(let report):
            var out = report.problems.map { "\($0.path): \($0.message)\n" }.joined()
            let count = report.problems.count
            out += "Checked \(report.checked) \(report.checked == 1 ? "entry" : "entries"): "
                + "\(count == 0 ? "no problems" : "\(count) \(count == 1 ? "problem" : "problems")").\n"
            return out
        }
    }
}
