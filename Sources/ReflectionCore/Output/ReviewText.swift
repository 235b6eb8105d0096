/// A review as text for a terminal, or as a Markdown document: the same
/// sections in the same order, only the marks differ.
public struct ReviewText {
    public var width = Screen.defaultWidth
    /// Markdown: headings with `#`, lists with `-`, the calendar in a code block.
    public var markdown = false

    public init(width: Int = Screen.defaultWidth, markdown: Bool = false) {
        self.width = width
        self.markdown = markdown
    }

    /// How many blind spots are shown with a prompt to start on.
    static let blindSpotsShown = 5
    /// How many entries a theme lists in the whole review (all with --theme).
    static let entriesShown = 3

    func wrap(_ text: String, indent: String = "", firstIndent: String? = nil) -> String {
        markdown ? (firstIndent ?? indent) + text : TextLayout.wrap(text, width: width, indent: indent, firstIndent: firstIndent)
    }

    func heading(_ text: String, level: Int = 2) -> String {
        markdown ? String(repeating: "#", count: level) + " " + text + "\n\n" : wrap(text) + "\n"
    }

    /// A list item, one level deep or two.
    func item(_ text: String, level: Int = 1) -> String {
        if markdown { return wrap(text, indent: String(repeating: "  ", count: level), firstIndent: String(repeating: "  ", count: level - 1) + "- ") + "\n" }
        let pad = String(repeating: "  ", count: level)
        return wrap(text, indent: pad + "  ", firstIndent: pad) + "\n"
    }

    func code(_ text: String) -> String { markdown ? "`\(text)`" : text }

    /// A command on its own line under an item, never wrapped: it is copied whole.
    func command(_ text: String, level: Int) -> String {
        String(repeating: "  ", count: markdown ? level : level + 1) + code(text) + "\n"
    }

    public func render(_ review: Review) -> String {
        var out = heading("Review of \(review.period.name)", level: 1)
        out += wrap(summary(review)) + "\n"
        if let id = review.dilemmaFilter {
            let title = review.dilemmas.first?.dilemma.title ?? id
            out += wrap("Only the entries filed under the dilemma “\(title)” [\(code(id))].") + "\n"
        }
        out += "\n"
        if let focus = review.focus {
            out += againstTheWorkshop(review, focus: focus)
        } else {
            out += coverage(review)
            out += blindSpots(review)
        }
        out += rhythm(review)
        out += tags(review)
        out += actions(review)
        out += dilemmas(review)
        if !review.unreadable.isEmpty {
            out += "\n" + heading("Left out")
            for (path, error) in review.unreadable { out += item("\(code(path)): \(error)") }
        }
        return out
    }

    func summary(_ review: Review) -> String {
        let period = "\(TextLayout.mediumDate(review.period.since)) to \(TextLayout.mediumDate(review.period.until))"
        let covered = review.themes.filter(\.isCovered).count
        let questions = Set(review.themes.map(\.question.id)).count
        let touched = questions - review.questionsUntouched.count
        return "\(period): \(plural(review.entries, "entry", "entries")) on \(plural(review.daysReflected, "day")); "
            + "\(covered) of \(plural(review.themes.count, "theme")) and \(touched) of \(plural(questions, "question")) written about."
    }

    func plural(_ n: Int, _ one: String, _ many: String? = nil) -> String { "\(n) \(n == 1 ? one : many ?? one + "s")" }

    func entryLine(_ entry: Review.EntryRef) -> String {
        let suggested = entry.score.map { " (suggested, score \(TextLayout.oneDecimal($0)))" } ?? ""
        return "\(entry.date)  \(entry.firstWords) [\(code(entry.id))]\(suggested)"
    }

    // MARK: - Sections

    func coverage(_ review: Review) -> String {
        var out = heading("Coverage")
        let covered = review.themes.filter(\.isCovered)
        if covered.isEmpty {
            return out + wrap("No entry in the period is linked to a theme or close enough to one to suggest it.") + "\n" + unplaced(review) + "\n"
        }
        var question: String?
        for theme in covered {
            if theme.question.id != question {
                out += (markdown && question != nil ? "\n" : "") + heading("\(theme.question.text) [\(code(theme.question.id))]", level: 3)
                question = theme.question.id
            }
            let linked = theme.linked.count, suggested = theme.suggested.count
            var counts = linked > 0 ? "\(linked) linked" : ""
            if suggested > 0 { counts += (counts.isEmpty ? "" : ", ") + "\(suggested) suggested" }
            out += item("\(theme.theme.title) [\(code(theme.theme.id))]: \(counts)")
            // The latest few; the whole list is one command away.
            let entries = theme.entries
            for entry in entries.suffix(Self.entriesShown) { out += item(entryLine(entry), level: 2) }
            if entries.count > Self.entriesShown {
                let all = "reflect review --theme \(theme.theme.id) --since \(review.period.since) --until \(review.period.until)"
                out += item("and \(entries.count - Self.entriesShown) earlier:", level: 2) + command(all, level: 2)
            }
        }
        return out + unplaced(review) + "\n"
    }

    /// Entries on something the workshop did not discuss: counted, so the figures add up.
    func unplaced(_ review: Review) -> String {
        let entries = review.unplaced
        guard !entries.isEmpty else { return "" }
        var out = (markdown ? "\n" : "") + heading("Not on a workshop theme (\(plural(entries.count, "entry", "entries")))", level: 3)
        for entry in entries.suffix(Self.entriesShown) { out += item(entryLine(entry)) }
        if entries.count > Self.entriesShown { out += item("and \(entries.count - Self.entriesShown) earlier") }
        out += item("'reflect suggest ID' ranks the themes for one; 'reflect link ID THEME' places it.")
        return out
    }

    func blindSpots(_ review: Review) -> String {
        var out = heading("Blind spots")
        let spots = review.blindSpots
        if spots.isEmpty { return out + wrap("Every theme has an entry in the period.") + "\n\n" }
        let untouched = review.questionsUntouched
        var lead = "\(plural(spots.count, "theme")) with no entry in the period"
        if !untouched.isEmpty {
            lead += "; \(untouched.count) of the workshop's questions have none: " + untouched.map { code($0.id) }.joined(separator: ", ")
        }
        out += wrap(lead + ".") + "\n"
        out += wrap("The longest untouched, each with a prompt to start on:") + (markdown ? "\n\n" : "\n")
        for spot in spots.prefix(Self.blindSpotsShown) {
            let last = spot.lastEntry.map { "last written about \($0)" } ?? "never written about"
            out += item("\(spot.theme.title) [\(code(spot.theme.id))], \(last)")
            if let starter = spot.starter {
                out += item(starter.text, level: 2) + command("reflect write --prompt \(starter.id)", level: 2)
            }
        }
        return out + "\n"
    }

    /// What the workshop said on a question or theme beside what was written on it.
    func againstTheWorkshop(_ review: Review, focus: LibraryItem) -> String {
        var out = ""
        let question = focus.question
        out += heading("Against the workshop")
        out += wrap("\(question.text) [\(code(question.id))]") + "\n"
        out += wrap("Asked by \(review.askedByDescription(question)).") + "\n\n"
        for theme in review.themes {
            out += heading("\(theme.theme.title) [\(code(theme.theme.id))]", level: 3)
            out += (markdown ? "" : "  ") + "What the workshop said\n" + (markdown ? "\n" : "")
            for note in theme.theme.notes { out += item(markdown ? "> \(note.text)" : "“\(note.text)”", level: markdown ? 1 : 2) }
            out += (markdown ? "\n" : "") + (markdown ? "" : "  ") + "What you wrote\n" + (markdown ? "\n" : "")
            if theme.entries.isEmpty { out += item("Nothing in the period.", level: markdown ? 1 : 2) }
            for entry in theme.entries { out += item(entryLine(entry), level: markdown ? 1 : 2) }
            if !theme.unanswered.isEmpty {
                out += (markdown ? "\n" : "") + (markdown ? "" : "  ") + "Prompts not yet answered\n" + (markdown ? "\n" : "")
                for prompt in theme.unanswered { out += item("\(prompt.text) [\(code(prompt.id))]", level: markdown ? 1 : 2) }
            }
            out += "\n"
        }
        return out
    }

    func rhythm(_ review: Review) -> String {
        var out = heading("Rhythm")
        let weeks = review.weeks
        out += wrap(review.rhythmSentence) + "\n"
        out += (markdown ? "\n```\n" : "\n") + calendar(review) + (markdown ? "```\n" : "")
        if weeks.count <= 8 {
            let counts = weeks.map { "\($0.monday.day) \(TextLayout.months[$0.monday.month - 1].prefix(3)): \($0.days)" }
            out += (markdown ? "\n" : "") + wrap("Days a week, by the week's Monday: " + counts.joined(separator: ", ") + ".") + "\n\n"
        } else {
            // A long period counts by the month.
            var months: [(key: Int, count: Int)] = []
            var day = review.period.since
            while day <= review.period.until {
                let key = day.year * 100 + day.month
                if months.last?.key != key { months.append((key, 0)) }
                if review.days[day] != nil { months[months.count - 1].count += 1 }
                day = day.adding(days: 1)
            }
            let counts = months.map { "\(TextLayout.months[$0.key % 100 - 1].prefix(3)) \($0.key / 100): \($0.count)" }
            out += (markdown ? "\n" : "") + wrap("Days a month: " + counts.joined(separator: ", ") + ".") + "\n\n"
        }
        return out
    }

    /// A grid of the period's weeks: a column a week, a row a weekday; the
    /// more entries a day, the darker its mark. No streak: a gap is a gap.
    func calendar(_ review: Review) -> String {
        let weeks = review.weeks
        let marks: [Character] = ["·", "░", "▒", "▓", "█"]
        // A column a week, two characters wide while they fit the width (markdown: 80).
        let cell = 6 + weeks.count * 2 <= (markdown ? 80 : width) ? 2 : 1
        var rows = [String]()
        // A month's short name above the week its first day falls in (and
        // the first week's month, when the next name leaves room for it).
        var labels: [(column: Int, name: String)] = []
        for (column, week) in weeks.enumerated() {
            var month = column == 0 ? max(week.monday, review.period.since).month : nil
            if let first = (0..<7).map({ week.monday.adding(days: $0) }).first(where: { $0.day == 1 && review.period.contains($0) }) {
                month = first.month
            }
            guard let month else { continue }
            if let last = labels.last, (column - last.column) * cell < 4 { labels.removeLast() }
            labels.append((column, String(TextLayout.months[month - 1].prefix(3))))
        }
        var header = "      "
        for label in labels {
            header += String(repeating: " ", count: max(0, 6 + label.column * cell - header.count)) + label.name
        }
        rows.append(header)
        for weekday in 0..<7 {
            var row = TextLayout.weekdays[weekday].prefix(3) + "   "
            for week in weeks {
                let day = week.monday.adding(days: weekday)
                guard review.period.contains(day) else { row += String(repeating: " ", count: cell); continue }
                row += String(marks[min(review.days[day] ?? 0, marks.count - 1)]) + (cell == 2 ? " " : "")
            }
            rows.append(String(row).trimmingTrailingSpaces)
        }
        rows.append("      · none  ░ 1  ▒ 2  ▓ 3  █ 4 or more entries")
        return rows.joined(separator: "\n") + "\n"
    }

    func dilemmas(_ review: Review) -> String {
        let open = review.dilemmas.filter { $0.dilemma.isOpen }.count
        var out = "\n" + heading("Dilemmas (\(open) open)")
        if review.dilemmas.isEmpty { return out + wrap("No open dilemma: 'reflect dilemma new TITLE' names one you are living with.") + "\n" }
        for status in review.dilemmas {
            let closed = status.dilemma.isOpen ? "" : ", closed"
            out += item("\(status.dilemma.title) [\(code(status.dilemma.id))]\(closed): \(plural(status.entries, "entry", "entries")), "
                        + "\(status.entriesInPeriod) in the period")
            if let latest = status.latest { out += item("latest: " + entryLine(latest), level: 2) }
            for action in status.openActions { out += item("open action: \(action.text) [\(code(action.id))]", level: 2) }
        }
        return out
    }

    func tags(_ review: Review) -> String {
        var out = heading("Tags")
        if review.tags.isEmpty { return out + wrap("No tags in the period.") + "\n\n" }
        out += wrap(review.tags.map { "#\($0.tag) \($0.count)" }.joined(separator: ", ")) + "\n\n"
        return out
    }

    func actions(_ review: Review) -> String {
        let open = review.actions.filter { $0.state == .open }
        var out = heading("Actions (\(open.count) open)")
        if review.actions.isEmpty { return out + wrap("No actions: items under a 'Now what?' heading, or '- [ ]' tasks, are listed here.") + "\n" }
        for action in review.actions {
            let state = action.state == .open ? "open" : action.state == .done ? "done" : "dropped"
            let age = action.age(on: review.today)
            out += item("\(state), \(plural(age, "day")) old: \(action.text) [\(code(action.id))]")
        }
        if !open.isEmpty { out += (markdown ? "\n" : "") + wrap("Tick one with \(code("reflect actions done ID")).") + "\n" }
        return out
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
