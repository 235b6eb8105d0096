/// Commitments in an entry's body: the list items under a "Now what?",
/// "Action plan" or "Actions" heading, and `- [ ]` task items anywhere.
///
/// `- [ ]` (or a plain list item under an actions heading) is open, `- [x]`
/// done, `- [~]` dropped. An action's id is its entry's id and a short hash
/// of its text (`20261126-093012-417kf-3fa9`), never its position, so it
/// stays the same when other items are added or removed.
public enum Actions {
    public enum State: String, Codable, Sendable {
        case open, done, dropped
    }

    public struct Item: Equatable, Sendable {
        /// The line of the body it is on, from 0.
        public var line: Int
        public var text: String
        public var state: State
        /// The id within its entry: a hash of the text (with a suffix when two items share it).
        public var key: String
    }

    /// The headings whose list items are actions (lower-case, without trailing punctuation).
    static let headings: Set<String> = ["now what", "action plan", "actions", "next steps"]

    /// The actions of a body.
    public static func items(in body: String) -> [Item] {
        // Fast exit: no list item and no task box, no action.
        guard body.contains("- ") || body.contains("* ") || body.contains("+ ") || body.contains(". ") else { return [] }
        var items: [Item] = []
        var inSection = false
        var inFence = false
        var seen: [String: Int] = [:]
        for (number, raw) in body.lineSlices.enumerated() {
            let line = raw.withoutCarriageReturn
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); continue }
            if inFence { continue }
            if let heading = headingText(trimmed) {
                inSection = headings.contains(heading)
                continue
            }
            guard let (box, text) = listItem(trimmed) else { continue }
            let state: State
            switch box {
            case " ": state = .open
            case "x", "X": state = .done
            case "~": state = .dropped
            case nil where inSection: state = .open
            default: continue
            }
            let clean = text.trimmed
            guard !clean.isEmpty else { continue }
            var key = hash(clean)
            if let count = seen[key] {
                seen[key] = count + 1
                key += "-\(count + 1)"
            } else {
                seen[key] = 1
            }
            items.append(Item(line: number, text: clean, state: state, key: key))
        }
        return items
    }

    /// The text of a Markdown heading, lower-cased, without its marks and trailing punctuation.
    static func headingText(_ line: Substring) -> String? {
        guard line.hasPrefix("#") else { return nil }
        let marks = line.prefix { $0 == "#" }
        guard marks.count <= 6, line.dropFirst(marks.count).first == " " else { return nil }
        var text = line.dropFirst(marks.count).trimmed.lowercased()
        while let last = text.last, last == "?" || last == ":" || last == "." || last == "!" { text.removeLast() }
        return text
    }

    /// A list item's task box (nil for none) and its text.
    static func listItem(_ line: Substring) -> (box: Character?, text: Substring)? {
        var rest: Substring
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") {
            rest = line.dropFirst(2)
        } else if let dot = line.firstIndex(where: { $0 == "." || $0 == ")" }), dot > line.startIndex, line[..<dot].allSatisfy(\.isNumber),
                  line[line.index(after: dot)...].first == " " {
            rest = line[line.index(dot, offsetBy: 2)...]
        } else {
            return nil
        }
        if rest.count >= 3, rest.first == "[", rest.dropFirst(2).first == "]", rest.dropFirst(3).first.map({ $0 == " " }) ?? true {
            let box = rest.dropFirst().first
            rest = rest.dropFirst(3)
            return (box, rest)
        }
        return (nil, rest)
    }

    /// Four hex digits of FNV-1a over the lower-cased text.
    static func hash(_ text: String) -> String {
        var hasher = FNV1a()
        hasher.combine(text.lowercased())
        let value = String(hasher.value & 0xFFFF, radix: 16)
        return String(repeating: "0", count: 4 - value.count) + value
    }

    /// The body with one action's line marked with a new state (`- [x]`,
    /// `- [~]`, `- [ ]`): the box is set or inserted after the list marker,
    /// and nothing else in the body changes.
    public static func mark(_ body: String, line number: Int, as state: State) -> String? {
        var lines = body.lineSlices.map(String.init)
        guard lines.indices.contains(number) else { return nil }
        // A `\r\n` line keeps its `\r`.
        let lineEnd = lines[number].utf8.last == 0x0D ? "\r" : ""
        let line = String(lines[number][...].withoutCarriageReturn)
        let indent = line.prefix { $0 == " " || $0 == "\t" }
        let trimmed = line.dropFirst(indent.count)
        guard let (box, text) = listItem(Substring(trimmed)) else { return nil }
        let marker = trimmed[..<text.startIndex].dropLast(box == nil ? 0 : 3)
        let symbol = state == .open ? " " : state == .done ? "x" : "~"
        lines[number] = indent + marker + "[\(symbol)]" + (text.first == " " ? "" : " ") + text + lineEnd
        return lines.joined(separator: "\n")
    }
}
