/// Reports as text for a person at a terminal.
public struct TextRenderer: Renderer {
    public let library: PromptLibrary
    /// Where the text goes: its width, and whether it is a terminal.
    public let screen: Screen

    public init(library: PromptLibrary, screen: Screen = Screen()) {
        self.library = library
        self.screen = screen
    }

    /// The report as text; on a terminal, control characters in it (an
    /// escape sequence written into an entry, a bell) are shown escaped, so
    /// that an entry cannot move the cursor, recolour or retitle the terminal.
    public func render(_ report: Report) -> String? {
        guard let text = renderPlain(report) else { return nil }
        return Style.realize(screen.isTerminal ? text.withControlsShown : text)
    }

    func renderPlain(_ report: Report) -> String? {
        switch report {
        case .nothing: return ""
        case .message(let text): return text
        case .questions: return libraryText.questions()
        case .themes(let questions): return libraryText.themes(of: questions)
        case .prompts(let prompts): return libraryText.prompts(prompts)
        case .source(let item): return libraryText.source(of: item)
        case .suggestions(let matches): return libraryText.suggestions(matches)
        case .day(let day):
            return scheduleText.day(day)
        case .forecast(let forecast): return scheduleText.forecast(forecast.days.map { ($0.date, $0.pick) })
        case .reminder: return nil
        case .plan(let report): return scheduleText.plan(report)
        case .status(let status): return scheduleText.status(status)
        case .review(let review): return ReviewText(width: screen.width).render(review)
        // A listing is measured whole, so that its columns line up.
        case .listing(.records(let records)):
            let text = entryText
            return text.listing(records.map { text.fields($0.record) })
        case .listing(.entries(let entries)):
            let text = entryText
            return text.listing(entries.map { text.fields($0.entry) })
        case .listing(.stream(let stream)):
            let text = entryText
            var rows: [[String]] = []
            stream.forEach { rows.append(text.fields($0.entry)) }
            return text.listing(rows)
        case .saved(let saved): return "Saved \(saved.entry.id) (\(saved.path))\n"
        case .entry(let shown): return entryText.show(shown.stored) { shown.linked[$0] }
        case .search(let stream, let query):
            let text = entryText
            var results: [(fields: [String], lines: [(line: Int, text: String)])] = []
            stream.forEach { results.append((text.fields($0.entry), query.matchingLines(in: $0.entry.body))) }
            return text.matches(results)
        case .ids(let ids): return ids.map { $0 + "\n" }.joined()
        case .export(let entries, _): return entryText.markdown(entries)
        case .trash(let items):
            return entryText.listing(items.map { [$0.name, $0.trashed?.shortDescription ?? "-", $0.firstWords] })
        case .actions(let report):
            // Open actions carry no mark; done and dropped ones (with --all) say so.
            return entryText.listing(report.actions.map { action in
                let age = action.age(on: report.today)
                let mark = action.state == .open ? "" : action.state == .done ? "[x] " : "[~] "
                return [action.id, action.created.date.description, age == 1 ? "1 day" : "\(age) days", mark + action.text]
            })
        case .settings(let report):
            if let only = report.only { return (report.values.first { $0.key == only }?.value ?? "") + "\n" }
            let width = report.values.map(\.key.count).max() ?? 0
            return report.values.map { $0.key + String(repeating: " ", count: width - $0.key.count + 2) + $0.value + "  # " + $0.help + "\n" }.joined()
        case .sync(let summary): return SyncText.summary(summary)
        case .syncState(let state): return SyncText.state(state)
        case .dilemmas(let dilemmas): return dilemmaText.list(dilemmas)
        case .dilemma(let thread): return dilemmaText.thread(thread)
        case .dilemmaChanged(let stored, let change): return dilemmaText.changed(stored, change)
        case .check(let report):
            var out = report.problems.map { "\($0.path): \($0.message)\n" }.joined()
            let count = report.problems.count
            out += "Checked \(report.checked) \(report.checked == 1 ? "entry" : "entries"): "
                + "\(count == 0 ? "no problems" : "\(count) \(count == 1 ? "problem" : "problems")").\n"
            return out
        }
    }

    var libraryText: LibraryText { LibraryText(library, width: screen.width, color: screen.color) }
    var scheduleText: ScheduleText { ScheduleText(library: library, width: screen.width, color: screen.color) }
    var entryText: EntryText { EntryText(library, screen: screen) }
    var dilemmaText: DilemmaText { DilemmaText(library, screen: screen) }
}
