/// Reports as one self-contained HTML page (`review --format html`): no
/// script, no network, styles inline, the calendar an inline SVG; readable
/// on a phone and in print.
public struct HTMLRenderer: Renderer {
    public init() {}

    public func render(_ report: Report) -> String? {
        switch report {
        case .review(let review): return ReviewHTML(review: review).page()
        default: return nil
        }
    }
}

/// The review as an HTML page.
struct ReviewHTML {
    let review: Review

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    func e(_ text: String) -> String { Self.escape(text) }

    static let style = """
    :root{--ink:#1d2433;--muted:#5b6477;--line:#d9dee8;--accent:#1f6f5c;--soft:#eef5f2;--warn:#9a5b00}
    *{box-sizing:border-box}
    body{margin:0;font:16px/1.55 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fbfbfd}
    main{max-width:46rem;margin:0 auto;padding:1.5rem 1.1rem 3rem}
    h1{font-size:1.7rem;line-height:1.2;margin:.2rem 0 .3rem}
    h2{font-size:1.2rem;margin:2.2rem 0 .6rem;padding-bottom:.25rem;border-bottom:2px solid var(--line)}
    h3{font-size:1rem;margin:1.2rem 0 .4rem}
    .lead{color:var(--muted);margin:0 0 1rem}
    .figures{display:flex;flex-wrap:wrap;gap:.6rem;margin:1rem 0}
    .figure{flex:1 1 8rem;background:#fff;border:1px solid var(--line);border-radius:.6rem;padding:.6rem .8rem}
    .figure b{display:block;font-size:1.5rem;color:var(--accent)}
    .figure span{color:var(--muted);font-size:.85rem}
    ul{padding-left:1.2rem;margin:.3rem 0}
    li{margin:.25rem 0}
    .theme{background:#fff;border:1px solid var(--line);border-radius:.6rem;padding:.6rem .9rem;margin:.6rem 0}
    .theme h4{margin:0 0 .3rem;font-size:.98rem}
    .count{color:var(--muted);font-weight:normal;font-size:.88rem}
    .date{color:var(--muted);font-variant-numeric:tabular-nums;white-space:nowrap}
    .id{color:var(--muted);font-size:.8rem;white-space:nowrap}
    .suggested{color:var(--warn);font-size:.85rem}
    blockquote{margin:.4rem 0;padding:.3rem .8rem;border-left:3px solid var(--accent);background:var(--soft);border-radius:0 .4rem .4rem 0}
    .tags{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0}
    .tags li{background:var(--soft);border-radius:1rem;padding:.1rem .7rem}
    .state{display:inline-block;min-width:4.2rem;font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
    .open .state{color:var(--accent);font-weight:600}
    svg{max-width:100%;height:auto}
    code{font-size:.85em;background:var(--soft);padding:.05rem .3rem;border-radius:.3rem}
    footer{margin-top:2.5rem;color:var(--muted);font-size:.8rem}
    @media print{body{background:#fff}main{max-width:none;padding:0}.theme,.figure{break-inside:avoid}h2{break-after:avoid}}
    """

    func page() -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(e("Review of \(review.period.name)"))</title>\n<style>\n\(Self.style)\n</style>\n</head>\n<body>\n<main>\n"
        out += "<h1>Review of \(e(review.period.name))</h1>\n"
        out += "<p class=\"lead\">\(e(TextLayout.mediumDate(review.period.since))) to \(e(TextLayout.mediumDate(review.period.until)))</p>\n"
        out += figures()
        if let focus = review.focus { out += againstTheWorkshop(focus) } else { out += coverage() + blindSpots() }
        out += rhythm() + tags() + actions() + dilemmas()
        if !review.unreadable.isEmpty {
            out += "<h2>Left out</h2>\n<ul>\n"
            for (path, error) in review.unreadable { out += "<li><code>\(e(path))</code>: \(e(error))</li>\n" }
            out += "</ul>\n"
        }
        out += "<footer>Made by reflect from your journal on \(e(TextLayout.mediumDate(review.today))). Private: keep it where you keep your journal.</footer>\n"
        return out + "</main>\n</body>\n</html>\n"
    }

    func figures() -> String {
        let covered = review.themes.filter(\.isCovered).count
        let open = review.actions.filter { $0.state == .open }.count
        let items = [(String(review.entries), "entries"), ("\(review.daysReflected) of \(review.period.days)", "days reflected"),
                     ("\(covered) of \(review.themes.count)", "themes written about"), (String(open), "open actions")]
        return "<div class=\"figures\">\n" + items.map { "<div class=\"figure\"><b>\(e($0.0))</b><span>\(e($0.1))</span></div>\n" }.joined() + "</div>\n"
    }

    func entry(_ entry: Review.EntryRef) -> String {
        let score = entry.score.map { " <span class=\"suggested\">suggested, score \(TextLayout.oneDecimal($0))</span>" } ?? ""
        return "<li><span class=\"date\">\(entry.date)</span> \(e(entry.firstWords)) <span class=\"id\">\(e(entry.id))</span>\(score)</li>\n"
    }

    func coverage() -> String {
        var out = "<h2>Coverage</h2>\n"
        let covered = review.themes.filter(\.isCovered)
        if covered.isEmpty { return out + "<p>No entry in the period is linked to a theme or close enough to one to suggest it.</p>\n" + unplaced() }
        var question: String?
        for theme in covered {
            if theme.question.id != question {
                question = theme.question.id
                out += "<h3>\(e(theme.question.text))</h3>\n"
            }
            let counts = [theme.linked.isEmpty ? nil : "\(theme.linked.count) linked", theme.suggested.isEmpty ? nil : "\(theme.suggested.count) suggested"]
            out += "<section class=\"theme\"><h4>\(e(theme.theme.title)) <span class=\"count\">\(counts.compactMap { $0 }.joined(separator: ", "))</span></h4>\n<ul>\n"
            out += theme.entries.map(entry).joined() + "</ul></section>\n"
        }
        return out + unplaced()
    }

    /// Entries on nothing the workshop discussed, so that the figures add up.
    func unplaced() -> String {
        guard !review.unplaced.isEmpty else { return "" }
        return "<h3>Not on a workshop theme <span class=\"count\">\(review.unplaced.count)</span></h3>\n<ul>\n"
            + review.unplaced.map(entry).joined() + "</ul>\n"
    }

    func blindSpots() -> String {
        var out = "<h2>Blind spots</h2>\n"
        let spots = review.blindSpots
        if spots.isEmpty { return out + "<p>Every theme has an entry in the period.</p>\n" }
        out += "<p>\(spots.count) themes with no entry in the period. The longest untouched, each with a prompt to start on:</p>\n"
        for spot in spots.prefix(ReviewText.blindSpotsShown) {
            let last = spot.lastEntry.map { "last written about \($0)" } ?? "never written about"
            out += "<section class=\"theme\"><h4>\(e(spot.theme.title)) <span class=\"count\">\(e(last))</span></h4>\n"
            if let starter = spot.starter { out += "<p>\(e(starter.text))<br><code>reflect write --prompt \(e(starter.id))</code></p>\n" }
            out += "</section>\n"
        }
        let untouched = review.questionsUntouched
        if !untouched.isEmpty {
            out += "<p>Questions with no entry on any of their themes:</p>\n<ul>\n" + untouched.map { "<li>\(e($0.text))</li>\n" }.joined() + "</ul>\n"
        }
        return out
    }

    func againstTheWorkshop(_ focus: LibraryItem) -> String {
        let question = focus.question
        var out = "<h2>Against the workshop</h2>\n<p><b>\(e(question.text))</b><br>Asked by \(e(review.askedByDescription(question)))</p>\n"
        for theme in review.themes {
            out += "<section class=\"theme\"><h4>\(e(theme.theme.title))</h4>\n<h3>What the workshop said</h3>\n"
            out += theme.theme.notes.map { "<blockquote>\(e($0.text))</blockquote>\n" }.joined()
            out += "<h3>What you wrote</h3>\n"
            out += theme.entries.isEmpty ? "<p>Nothing in the period.</p>\n" : "<ul>\n" + theme.entries.map(entry).joined() + "</ul>\n"
            if !theme.unanswered.isEmpty {
                out += "<h3>Prompts not yet answered</h3>\n<ul>\n"
                out += theme.unanswered.map { "<li>\(e($0.text)) <span class=\"id\">\(e($0.id))</span></li>\n" }.joined() + "</ul>\n"
            }
            out += "</section>\n"
        }
        return out
    }

    func rhythm() -> String {
        var out = "<h2>Rhythm</h2>\n<p>\(e(review.rhythmSentence))</p>\n"
        out += heatMap()
        return out
    }

    /// The calendar as an SVG grid: a column a week, a row a weekday, darker for more entries.
    func heatMap() -> String {
        let weeks = review.weeks
        let cell = 14, gap = 3, left = 30, top = 16
        // Wide enough for the weeks, and for the legend under a short period.
        let width = max(left + weeks.count * (cell + gap) + 4, left + 5 * (cell + gap) + 120), height = top + 7 * (cell + gap) + 22
        let shades = ["#e6eaf0", "#b7dccf", "#6fb8a0", "#2f8f73", "#1f5f4d"]
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width * 2)\" role=\"img\" "
        out += "aria-label=\"Days reflected, a column a week\" font-family=\"sans-serif\" font-size=\"9\" fill=\"#5b6477\">\n"
        for (row, name) in ["Mon", "", "Wed", "", "Fri", "", "Sun"].enumerated() where !name.isEmpty {
            out += "<text x=\"0\" y=\"\(top + row * (cell + gap) + 10)\">\(name)</text>\n"
        }
        var lastMonth = 0
        for (column, week) in weeks.enumerated() {
            let x = left + column * (cell + gap)
            let month = max(week.monday, review.period.since).month
            if month != lastMonth {
                out += "<text x=\"\(x)\" y=\"10\">\(TextLayout.months[month - 1].prefix(3))</text>\n"
                lastMonth = month
            }
            for weekday in 0..<7 {
                let day = week.monday.adding(days: weekday)
                guard review.period.contains(day) else { continue }
                let count = review.days[day] ?? 0
                let y = top + weekday * (cell + gap)
                out += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cell)\" height=\"\(cell)\" rx=\"3\" fill=\"\(shades[min(count, 4)])\">"
                out += "<title>\(day): \(count) \(count == 1 ? "entry" : "entries")</title></rect>\n"
            }
        }
        let legendY = top + 7 * (cell + gap) + 8
        out += "<text x=\"0\" y=\"\(legendY + 9)\">none</text>\n"
        for (i, shade) in shades.enumerated() {
            out += "<rect x=\"\(left + i * (cell + gap))\" y=\"\(legendY)\" width=\"\(cell)\" height=\"\(cell)\" rx=\"3\" fill=\"\(shade)\"/>\n"
        }
        out += "<text x=\"\(left + 5 * (cell + gap) + 2)\" y=\"\(legendY + 9)\">4 or more entries a day</text>\n"
        return out + "</svg>\n"
    }

    func dilemmas() -> String {
        let open = review.dilemmas.filter { $0.dilemma.isOpen }.count
        var out = "<h2>Dilemmas <span class=\"count\">\(open) open</span></h2>\n"
        if review.dilemmas.isEmpty { return out + "<p>No open dilemma: <code>reflect dilemma new TITLE</code> names one you are living with.</p>\n" }
        for status in review.dilemmas {
            out += "<section class=\"theme\"><h4>\(e(status.dilemma.title)) <span class=\"count\">\(status.entries) entries, "
            out += "\(status.entriesInPeriod) in the period\(status.dilemma.isOpen ? "" : ", closed")</span></h4>\n<ul>\n"
            if let latest = status.latest { out += entry(latest) }
            for action in status.openActions { out += "<li class=\"open\"><span class=\"state\">open</span> \(e(action.text))</li>\n" }
            out += "</ul></section>\n"
        }
        return out
    }

    func tags() -> String {
        guard !review.tags.isEmpty else { return "<h2>Tags</h2>\n<p>No tags in the period.</p>\n" }
        return "<h2>Tags</h2>\n<ul class=\"tags\">\n" + review.tags.map { "<li>#\(e($0.tag)) <b>\($0.count)</b></li>\n" }.joined() + "</ul>\n"
    }

    func actions() -> String {
        let open = review.actions.filter { $0.state == .open }.count
        var out = "<h2>Actions <span class=\"count\">\(open) open</span></h2>\n"
        if review.actions.isEmpty { return out + "<p>No actions: items under a “Now what?” heading, or <code>- [ ]</code> tasks, are listed here.</p>\n" }
        out += "<ul>\n"
        for action in review.actions {
            let state = action.state == .open ? "open" : action.state == .done ? "done" : "dropped"
            out += "<li class=\"\(state)\"><span class=\"state\">\(state)</span> \(e(action.text)) "
            out += "<span class=\"date\">\(action.age(on: review.today)) days old</span> <span class=\"id\">\(e(action.id))</span></li>\n"
        }
        return out + "</ul>\n"
    }
}
