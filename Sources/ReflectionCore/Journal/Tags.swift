/// Tags: from `--tag`, from front matter, and `#tags` in the body, as Obsidian reads them.
public enum Tags {
    /// A tag as stored: without a leading `#` or `@` (jrnl's marker).
    public static func normalise(_ tag: String) -> String {
        var text = tag.trimmed
        while let first = text.first, first == "#" || first == "@" { text.removeFirst() }
        return text
    }

    /// The `#tags` in a body: `#` after a space or line start, then letters,
    /// digits, `_`, `-` or `/`, with at least one non-digit (`#1` is not a
    /// tag). Headings (`# Title`), code spans and fenced code are ignored.
    public static func inBody(_ body: String) -> [String] {
        var tags: [String] = []
        var inFence = false
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); continue }
            if inFence { continue }
            var previous: Character = " "
            var inCode = false
            var index = line.startIndex
            while index < line.endIndex {
                let c = line[index]
                if c == "`" { inCode.toggle() }
                if c == "#", !inCode, previous == " " || previous == "\t" || previous == "(" || index == line.startIndex {
                    let start = line.index(after: index)
                    let end = line[start...].firstIndex { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "/") } ?? line.endIndex
                    let tag = String(line[start..<end])
                    if !tag.isEmpty, !tag.allSatisfy(\.isNumber) { tags.append(tag) }
                    index = end
                    previous = "x"
                    continue
                }
                previous = c
                index = line.index(after: index)
            }
        }
        return tags
    }
}
