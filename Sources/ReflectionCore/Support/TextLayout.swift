/// Small helpers for laying out plain-text output.
public enum TextLayout {
    /// Wraps `text` at `width` columns, indenting every line by `indent`
    /// (the first by `firstIndent` when given). Words longer than a line are kept whole.
    public static func wrap(_ text: String, width: Int = 80, indent: String = "", firstIndent: String? = nil) -> String {
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

    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// "Thursday 26 November 2026".
    public static func longDate(_ date: CalendarDate) -> String {
        "\(weekdays[date.weekday]) \(date.day) \(months[date.month - 1]) \(date.year)"
    }
}
