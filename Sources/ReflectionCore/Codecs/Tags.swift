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
        let bytes = Array(body.utf8)
        // Fast exit: most bodies have no '#' at all.
        guard bytes.contains(UInt8(ascii: "#")) else { return [] }
        var inFence = false
        var index = 0
        while index < bytes.count {
            let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let line = bytes[index..<end]
            let trimmed = line.drop { $0 == UInt8(ascii: " ") }
            if trimmed.starts(with: Array("```".utf8)) || trimmed.starts(with: Array("~~~".utf8)) {
                inFence.toggle()
            } else if !inFence, line.contains(UInt8(ascii: "#")) {
                tags += inLine(line)
            }
            index = end + 1
        }
        return tags
    }

    private static func inLine(_ line: ArraySlice<UInt8>) -> [String] {
        var tags: [String] = []
        var previous = UInt8(ascii: " ")
        var inCode = false
        var index = line.startIndex
        while index < line.endIndex {
            let byte = line[index]
            if byte == UInt8(ascii: "`") { inCode.toggle() }
            if byte == UInt8(ascii: "#"), !inCode,
               previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t") || previous == UInt8(ascii: "(") || index == line.startIndex {
                var end = index + 1
                // Letters (any UTF-8 letter byte), digits, _ - /.
                while end < line.endIndex {
                    let b = line[end]
                    let isWord = b >= 0x80 || (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
                        || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b == UInt8(ascii: "/")
                    guard isWord else { break }
                    end += 1
                }
                let tag = String(decoding: line[(index + 1)..<end], as: UTF8.self)
                // Trailing punctuation a UTF-8 scan lets through is not part of the tag.
                let cleaned = String(tag.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "/" })
                if !cleaned.isEmpty, !cleaned.allSatisfy(\.isNumber) { tags.append(cleaned) }
                previous = UInt8(ascii: "x")
                index = end
                continue
            }
            previous = byte
            index += 1
        }
        return tags
    }
}
