/// Small helpers for laying out plain-text output.
public enum TextLayout {
    /// Wraps `text` at `width` columns, indenting every line by `indent`
    /// (the first by `firstIndent` when given). Words longer than a line are kept whole.
    public static func wrap(_ text: String, width: Int = Screen.defaultWidth, indent: String = "", firstIndent: String? = nil) -> String {
        // Widths are counted in Unicode scalars: a column each for the text
        // reflect shows, and far cheaper than counting Characters.
        var out = firstIndent ?? indent
        var column = out.unicodeScalars.count
        let indentWidth = indent.unicodeScalars.count
        var lineHasWord = false
        for word in text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }) {
            let wordText = Substring(word)
            let wordWidth = wordText.unicodeScalars.count
            if lineHasWord, column + 1 + wordWidth > width {
                out += "\n" + indent
                column = indentWidth
                lineHasWord = false
            }
            if lineHasWord {
                out += " "
                column += 1
            }
            out += wordText
            column += wordWidth
            lineHasWord = true
        }
        return out
    }

    /// Rows laid out in columns: each column but the last padded to its
    /// widest value, two spaces between.
    ///
    /// With `cutTo`, rows are fitted to that many columns: the first `whole`
    /// columns (ids, dates) are never cut, and the others share what is left
    /// equally, a column narrower than its share giving the rest to the
    /// last; a value longer than its column is cut with an ellipsis. Each
    /// column keeps at least 10, so a very narrow screen gets longer lines.
    public static func columns(_ rows: [[String]], cutTo width: Int? = nil, whole: Int = 0) -> [String] {
        let count = rows.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: count)
        for row in rows {
            for (index, field) in row.enumerated() { widths[index] = max(widths[index], field.unicodeScalars.count) }
        }
        if let width, count > whole {
            let fixed = widths.prefix(whole).reduce(0) { $0 + $1 + 2 }
            let flexible = count - whole
            var room = width - fixed - 2 * (flexible - 1)
            let share = max(10, room / flexible)
            for index in whole..<(count - 1) {
                widths[index] = min(widths[index], share)
                room -= widths[index]
            }
            widths[count - 1] = max(room, 10)
        }
        return rows.map { row in
            var line = ""
            for (index, field) in row.enumerated() {
                let shown = width == nil || index < whole ? field : cut(field, to: widths[index])
                if index == row.count - 1 { line += shown; break }
                line += shown + String(repeating: " ", count: widths[index] - shown.unicodeScalars.count + 2)
            }
            return line
        }
    }

    /// `text` in at most `width` columns: cut, with an ellipsis, if longer.
    public static func cut(_ text: String, to width: Int) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > width else { return text }
        var kept = String.UnicodeScalarView(scalars.prefix(max(width - 1, 0)))
        while let last = kept.last, last == " " { kept.removeLast() }
        return String(kept) + "…"
    }

    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// A number with one decimal: "2.6" (no Foundation formatter on the morning path).
    public static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths < 0 ? "-" : "")\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// "26 November 2026".
    public static func mediumDate(_ date: CalendarDate) -> String { "\(date.day) \(months[date.month - 1]) \(date.year)" }

    /// "Thursday 26 November 2026".
    public static func longDate(_ date: CalendarDate) -> String {
        "\(weekdays[date.weekday]) \(date.day) \(months[date.month - 1]) \(date.year)"
    }
}
