/// Nests the headings of a Markdown text under a heading of the document it
/// is placed in, so that an entry's own `## Description` (a Gibbs or
/// Driscoll template) sits under the entry's heading instead of beside it.
///
/// Headings are read as CommonMark reads them: ATX (`## Title`) and setext
/// (a paragraph underlined with `===` or `---`), never inside fenced code.
/// Each heading becomes one level below the heading it belongs to (the
/// nearest shallower one before it, or the entry's), at most `######`, so
/// levels never jump by more than one; a setext heading becomes ATX, since
/// setext has only two levels. Every other line is kept as it was.
enum MarkdownOutline {
    /// `text` with its headings nested under a heading of level `level`.
    static func nest(_ text: String, under level: Int) -> String {
        var out: [String] = []
        var fence: (marker: Character, length: Int)?
        var paragraph: [String] = []
        var otherBlock = false
        // The headings still open: their level in the text and the level given them.
        var open: [(original: Int, nested: Int)] = []

        func heading(_ original: Int, _ title: String) -> String {
            while let last = open.last, last.original >= original { open.removeLast() }
            let nested = min(6, (open.last?.nested ?? level) + 1)
            open.append((original, nested))
            return String(repeating: "#", count: nested) + (title.isEmpty ? "" : " " + title)
        }

        for line in text.lineSlices.map({ String($0.withoutCarriageReturn) }) {
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            if let open = fence {
                let run = rest.prefix { $0 == open.marker }.count
                if indent <= 3, run >= open.length, rest.dropFirst(run).allSatisfy({ $0 == " " || $0 == "\t" }) { fence = nil }
                out.append(line)
                continue
            }
            if indent <= 3, let marker = rest.first, marker == "`" || marker == "~" {
                let run = rest.prefix { $0 == marker }.count
                if run >= 3, !(marker == "`" && rest.dropFirst(run).contains("`")) {
                    fence = (marker, run)
                    paragraph = []
                    otherBlock = false
                    out.append(line)
                    continue
                }
            }
            if indent <= 3, let (hashes, title) = atxHeading(rest) {
                paragraph = []
                otherBlock = false
                out.append(heading(hashes, title))
                continue
            }
            if indent <= 3, !paragraph.isEmpty, let underline = rest.first, underline == "=" || underline == "-",
               rest.trimmingTrailingSpace.allSatisfy({ $0 == underline }) {
                // The paragraph above is the heading's text.
                out.removeLast(paragraph.count)
                let title = paragraph.map { $0.trimmingSpace }.joined(separator: " ")
                out.append(heading(underline == "=" ? 1 : 2, title))
                paragraph = []
                continue
            }
            if line.trimmingSpace.isEmpty {
                paragraph = []
                otherBlock = false
            } else if indent <= 3, isThematicBreak(rest) {
                paragraph = []
            } else if paragraph.isEmpty, indent >= 4 || startsBlock(rest) {
                // Code, a quote, a list or HTML, up to the next blank line: no setext heading in it.
                otherBlock = true
            } else if !otherBlock {
                paragraph.append(line)
            }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }

    /// The level and title of an ATX heading line (without its indent), or nil.
    static func atxHeading(_ line: Substring) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let after = line.dropFirst(hashes)
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        return (hashes, String(after.trimmingSpace))
    }

    /// Whether a line is a thematic break: three or more `-`, `*` or `_`, spaces between allowed.
    static func isThematicBreak(_ line: Substring) -> Bool {
        let marks = line.filter { $0 != " " && $0 != "\t" }
        guard let mark = marks.first, "-*_".contains(mark) else { return false }
        return marks.count >= 3 && marks.allSatisfy { $0 == mark }
    }

    /// Whether a line starts a block other than a paragraph (a quote, a list
    /// item, HTML, a thematic break), which a setext underline cannot follow.
    static func startsBlock(_ line: Substring) -> Bool {
        guard let first = line.first else { return false }
        if first == ">" || first == "<" { return true }
        if "-*+".contains(first), line.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? true { return true }
        let digits = line.prefix { $0.isASCII && $0.isNumber }.count
        if (1...9).contains(digits), let mark = line.dropFirst(digits).first, mark == "." || mark == ")" {
            return line.dropFirst(digits + 1).first.map { $0 == " " || $0 == "\t" } ?? true
        }
        return false
    }
}

private extension StringProtocol {
    var trimmingTrailingSpace: SubSequence {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" { end = index(before: end) }
        return self[startIndex..<end]
    }

    var trimmingSpace: String {
        String(trimmingTrailingSpace.drop { $0 == " " || $0 == "\t" })
    }
}
