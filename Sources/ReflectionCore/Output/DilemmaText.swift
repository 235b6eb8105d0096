/// Plain-text renderings of dilemmas: the list, the thread, and what a
/// change did.
public struct DilemmaText {
    public let library: PromptLibrary
    public var screen: Screen

    public init(_ library: PromptLibrary, screen: Screen = Screen()) {
        self.library = library
        self.screen = screen
    }

    func wrap(_ text: String, indent: String = "", firstIndent: String? = nil) -> String {
        TextLayout.wrap(text, width: screen.width, indent: indent, firstIndent: firstIndent)
    }

    /// One line per dilemma: id, status, the day it was named, how many entries, title.
    public func list(_ dilemmas: [DilemmaSummary]) -> String {
        let rows = dilemmas.map { summary in
            let dilemma = summary.stored.dilemma
            let count = summary.entryCount == 0 ? "no entries" : summary.entryCount == 1 ? "1 entry" : "\(summary.entryCount) entries"
            return [dilemma.id, dilemma.status.rawValue, dilemma.created.date.description, count, dilemma.title]
        }
        return TextLayout.columns(rows, cutTo: screen.isTerminal ? screen.width : nil, whole: 3).map { $0 + "\n" }.joined()
    }

    /// "Created ID (PATH)", "Closed ID: TITLE", "Reopened ID: TITLE".
    public func changed(_ stored: StoredDilemma, _ change: DilemmaChange) -> String {
        let dilemma = stored.dilemma
        switch change {
        case .created: return "Created \(dilemma.id) (\(stored.path))\n"
        case .closed: return "Closed \(dilemma.id): \(dilemma.title)\n"
        case .reopened: return "Reopened \(dilemma.id): \(dilemma.title)\n"
        }
    }

    /// The thread: title, status, description, outcome, the entries in date
    /// order (a line each, or whole), and what the workshop said.
    public func thread(_ thread: DilemmaThread) -> String {
        let dilemma = thread.stored.dilemma
        var out = [wrap(dilemma.title)]
        let since = TextLayout.longDate(dilemma.created.date)
        if dilemma.isOpen {
            out.append("\(dilemma.id) · open since \(since)")
        } else {
            let closed = dilemma.closed.map { " on \(TextLayout.longDate($0.date))" } ?? ""
            out.append("\(dilemma.id) · closed\(closed) (opened \(since))")
        }
        let description = dilemma.description.trimmed
        if !description.isEmpty { out += ["", description] }
        if let outcome = dilemma.outcome?.trimmed, !outcome.isEmpty {
            // Reopened, its outcome is what came of it when it was closed before, not now.
            out += ["", dilemma.isOpen ? "Outcome when it was closed before" : "Outcome", wrap(outcome, indent: "  ")]
        }
        out.append("")
        let entries = thread.entries
        if entries.isEmpty {
            out.append(dilemma.isOpen ? "No entries yet: 'reflect write --dilemma \(dilemma.id)' writes the first." : "No entries.")
        } else {
            out.append("Entries (\(entries.count), oldest first)")
            // Indented two columns, so fitted to two fewer.
            let text = EntryText(library, screen: Screen(width: max(screen.width - 2, 1), isTerminal: screen.isTerminal, color: screen.color))
            if thread.full {
                for stored in entries {
                    let entry = stored.entry
                    out += ["", "\(entry.id)  \(TextLayout.longDate(entry.created.date)), \(Timestamp.two(entry.created.hour)):\(Timestamp.two(entry.created.minute))",
                            "", entry.body.trimmed]
                }
            } else {
                out += text.lines(entries.map { text.fields($0.entry) }).map { "  " + $0 }
            }
        }
        if !thread.actions.isEmpty {
            out += ["", "Open actions (\(thread.actions.count))"]
            for action in thread.actions {
                let age = thread.today.map { today in action.age(on: today) }.map { ", \($0) \($0 == 1 ? "day" : "days") old" } ?? ""
                out.append(wrap("\(action.text) [\(action.id)]\(age)", indent: "    ", firstIndent: "  – "))
            }
            out.append("Tick one with: reflect actions done ID")
        }
        if !thread.workshop.isEmpty {
            out += ["", "What the workshop said"]
            let libraryText = LibraryText(library, width: screen.width)
            for (index, item) in thread.workshop.enumerated() {
                if index > 0 { out.append("") }
                out.append(wrap(item.theme.title + " [\(item.theme.id)]", indent: "              ", firstIndent: "  Theme       "))
                out.append(wrap(item.question.text, indent: "              ", firstIndent: "  Question    "))
                out.append(wrap(libraryText.askedBy(item.question), indent: "              ", firstIndent: "  Asked by    "))
                for note in item.theme.notes { out.append(wrap("“\(note.text)” [\(note.id)]", indent: "    ", firstIndent: "  – ")) }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
