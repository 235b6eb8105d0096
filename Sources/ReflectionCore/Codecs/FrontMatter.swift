/// YAML front matter as reflect reads and writes it: a mapping between `---`
/// lines at the top of a Markdown file.
///
/// Reading is tolerant of what people write by hand (block or flow lists,
/// quoted or plain strings, comments). Each top-level key keeps its original
/// lines, so keys reflect does not know, and keys it does not change, are
/// written back exactly as they were.
public struct FrontMatter: Equatable, Sendable {
    /// A top-level key, its value, and the lines it was written as.
    public struct Field: Equatable, Sendable {
        public var key: String
        public var value: Value
        /// The field's lines as written (the key line, then any continuation
        /// and comment lines below it), without line ends.
        public var lines: [String]
    }

    /// What reflect understood of a value.
    public enum Value: Equatable, Sendable {
        case null
        case string(String)
        case list([String])
        /// Anything else (a nested mapping, a block scalar): kept, not read.
        case other
    }

    /// Comment and blank lines before the first key.
    public var leadingLines: [String] = []
    public var fields: [Field] = []
    /// How the file wrote its front matter, so that a rewrite keeps its bytes:
    /// the line end of its first line (`\r\n` in a file from Windows), the
    /// opening and closing marker lines (YAML also ends a document with
    /// `...`), and whether a line end follows the closing marker.
    public var lineEnd = "\n"
    public var opening = "---"
    public var closing = "---"
    public var closingHasLineEnd = true

    public init() {}

    /// The value of a key, if present.
    public subscript(key: String) -> Value? {
        fields.first { $0.key == key }?.value
    }

    /// A string value (a one-item list also counts).
    public func string(_ key: String) -> String? {
        switch self[key] {
        case .string(let s): return s.isEmpty ? nil : s
        case .list(let items) where items.count == 1: return items[0]
        default: return nil
        }
    }

    /// A list value; a single string counts as a one-item list, and for
    /// `tags` a comma- or space-separated string is split, as Obsidian does.
    public func list(_ key: String) -> [String] {
        switch self[key] {
        case .list(let items): return items
        case .string(let s) where !s.isEmpty:
            return s.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        default: return []
        }
    }

    /// Sets a key to a value, replacing its lines in place, or adding it at the end.
    public mutating func set(_ key: String, _ value: Value) {
        let lines = Self.emit(key, value)
        if let index = fields.firstIndex(where: { $0.key == key }) {
            if fields[index].value == value { return }
            fields[index] = Field(key: key, value: value, lines: lines)
        } else {
            fields.append(Field(key: key, value: value, lines: lines))
        }
    }

    /// Removes a key.
    public mutating func remove(_ key: String) { fields.removeAll { $0.key == key } }

    /// The front matter as text, from the opening `---` to the closing
    /// marker and its line end, with the line ends and markers it was read with.
    public var text: String {
        var out = opening + lineEnd
        for line in leadingLines { out += line + lineEnd }
        for field in fields { for line in field.lines { out += line + lineEnd } }
        return out + closing + (closingHasLineEnd ? lineEnd : "")
    }
}

/// A front-matter error, with the 1-based line of the file it is on.
public struct FrontMatterError: Error, Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public var description: String { "line \(line): \(message)" }
}

extension FrontMatter {
    /// Splits a file into its front matter and body.
    ///
    /// - Returns: the front matter (empty when the file has none) and the body.
    /// - Throws: `FrontMatterError` for a missing closing `---`, a line that is
    ///   not `key: value`, a duplicate key, or a malformed quoted string.
    /// The most keys a front matter may have (an entry has about ten).
    public static let maximumKeys = 1000

    public static func parse(_ text: String) throws(FrontMatterError) -> (FrontMatter, body: String) {
        // Lines are found on bytes, and only the front matter is split; the
        // body is taken whole. (Character-by-Character scanning cost more than
        // reading the file.)
        var lines: [Substring] = []
        let all = Substring(text)
        var position = all.startIndex
        var bodyStart: String.Index?
        var written = FrontMatter()
        while position < all.endIndex {
            let newline = all.utf8[position...].firstIndex(of: 0x0A) ?? all.endIndex
            let raw = all[position..<newline]
            let line = raw.withoutCarriageReturn
            position = newline == all.endIndex ? newline : all.utf8.index(after: newline)
            // The one marker rule every reader of entry files shares.
            let marker = EntryHeader.marker(raw.utf8)
            if lines.isEmpty, marker != .dashes { return (FrontMatter(), text) }
            if lines.isEmpty {
                written.opening = String(line)
                if raw.utf8.last == 0x0D { written.lineEnd = "\r\n" }
            }
            if !lines.isEmpty, marker != nil {
                written.closing = String(line)
                written.closingHasLineEnd = newline != all.endIndex
                bodyStart = position
                break
            }
            lines.append(line)
        }
        guard !lines.isEmpty else { return (FrontMatter(), text) }
        lines.removeFirst()
        guard let bodyStart else {
            throw FrontMatterError(line: 1, message: "front matter opened with '---' is never closed")
        }
        let close = lines.count
        /// A line's first byte that is not a space or tab (nil for a blank line).
        func lead(_ line: Substring) -> UInt8? { line.utf8.first { $0 != 0x20 && $0 != 0x09 } }
        func isBlankOrComment(_ line: Substring) -> Bool { lead(line).map { $0 == UInt8(ascii: "#") } ?? true }
        func isIndentedOrItem(_ line: Substring) -> Bool {
            guard let first = line.utf8.first else { return false }
            return first == 0x20 || first == 0x09 || (first == UInt8(ascii: "-") && (line.utf8.count == 1 || line.utf8.dropFirst().first == 0x20))
        }
        var matter = written
        var keys = Set<String>()
        var index = 0
        while index < close {
            let line = lines[index]
            let lineNumber = index + 2
            if isBlankOrComment(line) {
                if matter.fields.isEmpty { matter.leadingLines.append(String(line)) } else { matter.fields[matter.fields.count - 1].lines.append(String(line)) }
                index += 1
                continue
            }
            guard let first = line.utf8.first, first != 0x20, first != 0x09 else {
                throw FrontMatterError(line: lineNumber, message: "unexpected indentation")
            }
            let (key, rest) = try splitKey(line, line: lineNumber)
            // A set, not a scan of the keys so far: 200,000 keys took 41 s to read.
            guard keys.insert(key).inserted else { throw FrontMatterError(line: lineNumber, message: "duplicate key '\(key)'") }
            guard keys.count <= Self.maximumKeys else {
                throw FrontMatterError(line: lineNumber, message: "more than \(Self.maximumKeys) keys: this is not an entry's front matter")
            }
            // Continuation lines: indented, or block-list items at the key's own indentation.
            var fieldLines = [String(line)]
            var continuation: [(String, Int)] = []
            var next = index + 1
            while next < close {
                let candidate = lines[next]
                if isBlankOrComment(candidate) {
                    // A blank or comment line belongs to this field only if more of it follows.
                    var ahead = next + 1
                    while ahead < close, isBlankOrComment(lines[ahead]) { ahead += 1 }
                    guard ahead < close, isIndentedOrItem(lines[ahead]) else { break }
                } else if isIndentedOrItem(candidate) {
                    continuation.append((String(candidate), next + 2))
                } else {
                    break
                }
                fieldLines.append(String(candidate))
                next += 1
            }
            let value = try parseValue(rest, continuation: continuation, line: lineNumber)
            matter.fields.append(Field(key: key, value: value, lines: fieldLines))
            index = next
        }
        return (matter, String(all[bodyStart...]))
    }

    private static func splitKey(_ text: Substring, line lineNumber: Int) throws(FrontMatterError) -> (String, Substring) {
        let utf8 = text.utf8
        if let quote = utf8.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let open = utf8.index(after: utf8.startIndex)
            guard let end = utf8[open...].firstIndex(of: quote) else {
                throw FrontMatterError(line: lineNumber, message: "unterminated quoted key")
            }
            let after = utf8.index(after: end)
            guard after < utf8.endIndex, utf8[after] == UInt8(ascii: ":") else {
                throw FrontMatterError(line: lineNumber, message: "expected ':' after the key")
            }
            return (String(text[open..<end]), text[utf8.index(after: after)...])
        }
        var search = utf8.startIndex
        while let colon = utf8[search...].firstIndex(of: UInt8(ascii: ":")) {
            let after = utf8.index(after: colon)
            if after == utf8.endIndex || utf8[after] == 0x20 || utf8[after] == 0x09 {
                let key = text[..<colon].trimmed
                guard !key.isEmpty else { break }
                return (key, text[after...])
            }
            search = after
        }
        throw FrontMatterError(line: lineNumber, message: "expected 'key: value'")
    }

    private static func parseValue(_ rest: Substring, continuation: [(String, Int)], line: Int) throws(FrontMatterError) -> Value {
        let inline = stripComment(rest).trimmed
        if inline.isEmpty {
            if continuation.isEmpty { return .null }
            var items: [String] = []
            for (text, lineNumber) in continuation {
                let item = text.trimmed
                guard item.utf8.first == UInt8(ascii: "-"), item.utf8.count == 1 || item.utf8.dropFirst().first == 0x20 else { return .other }
                let value = stripComment(Substring(item.utf8.dropFirst())).trimmed
                let (first, last) = (value.utf8.first, value.utf8.last)
                if first == UInt8(ascii: "[") || first == UInt8(ascii: "{") || (last == UInt8(ascii: ":") && first != UInt8(ascii: "\"")) { return .other }
                items.append(try scalar(value, line: lineNumber))
            }
            return .list(items)
        }
        // A block scalar, or a scalar folded over several lines: kept, not read.
        if !continuation.isEmpty { return .other }
        // Indicators are looked for on bytes, as everything in this reader:
        // a `[` or a quote followed by a combining mark is one Character.
        let utf8 = inline.utf8
        if let first = utf8.first, Array("|>{&*!".utf8).contains(first) { return .other }
        if utf8.first == UInt8(ascii: "[") {
            guard utf8.last == UInt8(ascii: "]") else { throw FrontMatterError(line: line, message: "unterminated list '['") }
            return .list(try flowItems(Substring(utf8.dropFirst().dropLast()), line: line))
        }
        let value = try scalar(inline, line: line)
        if ["null", "Null", "NULL", "~"].contains(inline) { return .null }
        return .string(value)
    }

    /// Removes a ` # comment` that is outside quotes (scanning bytes: this
    /// runs for every line of every front matter read). Inside quotes, `\"`
    /// (double) and `''` (single) do not close the string.
    static func stripComment(_ text: Substring) -> Substring {
        let utf8 = text.utf8
        guard utf8.contains(UInt8(ascii: "#")) else { return text }
        var quote: UInt8?
        var escaped = false
        var previous = UInt8(ascii: " ")
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let c = utf8[index]
            if let q = quote {
                if escaped {
                    escaped = false
                } else if q == UInt8(ascii: "\""), c == UInt8(ascii: "\\") {
                    escaped = true
                } else if c == q {
                    let next = utf8.index(after: index)
                    if q == UInt8(ascii: "'"), next != utf8.endIndex, utf8[next] == q { escaped = true } else { quote = nil }
                }
            } else if c == UInt8(ascii: "\""), previous == UInt8(ascii: " ") || previous == UInt8(ascii: "[") || previous == UInt8(ascii: ",") || index == utf8.startIndex {
                quote = c
            } else if c == UInt8(ascii: "'"), previous == UInt8(ascii: " ") || previous == UInt8(ascii: "[") || previous == UInt8(ascii: ",") || index == utf8.startIndex {
                quote = c
            } else if c == UInt8(ascii: "#"), previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t") {
                return text[..<index]
            }
            previous = c
            index = utf8.index(after: index)
        }
        return text
    }

    /// A plain, single- or double-quoted scalar.
    static func scalar(_ text: String, line: Int) throws(FrontMatterError) -> String {
        let utf8 = text.utf8
        guard let quote = utf8.first, quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"") else { return text }
        guard utf8.count >= 2, utf8.last == quote else { throw FrontMatterError(line: line, message: "unterminated quoted string") }
        let inside = Substring(utf8.dropFirst().dropLast())
        if quote == UInt8(ascii: "\"") { return try unescape(inside, line: line) }
        // `''` is a quote.
        var out = String.UnicodeScalarView()
        var afterQuote = false
        for scalar in inside.unicodeScalars {
            if scalar == "'", afterQuote { afterQuote = false; continue }
            afterQuote = scalar == "'"
            out.append(scalar)
        }
        return String(out)
    }

    static func unescape(_ text: Substring, line: Int) throws(FrontMatterError) -> String {
        var out = String.UnicodeScalarView()
        var iterator = text.unicodeScalars.makeIterator()
        while let c = iterator.next() {
            guard c == "\\" else { out.append(c); continue }
            guard let e = iterator.next() else { throw FrontMatterError(line: line, message: "bad escape at the end of a string") }
            switch e {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "r": out.append("\r")
            case "0": out.append("\0")
            case "\\", "\"", "/", " ": out.append(e)
            case "u", "x", "U":
                let count = e == "x" ? 2 : e == "u" ? 4 : 8
                var hex = String.UnicodeScalarView()
                for _ in 0..<count { if let h = iterator.next() { hex.append(h) } }
                guard hex.count == count, let value = UInt32(String(hex), radix: 16), let scalar = Unicode.Scalar(value) else {
                    throw FrontMatterError(line: line, message: "bad \\\(e) escape")
                }
                out.append(scalar)
            default:
                throw FrontMatterError(line: line, message: "unknown escape '\\\(e)'")
            }
        }
        return String(out)
    }

    static func flowItems(_ text: Substring, line: Int) throws(FrontMatterError) -> [String] {
        var items: [String] = []
        var current = String.UnicodeScalarView()
        var quote: Unicode.Scalar?
        var escaped = false
        for c in text.unicodeScalars {
            if let q = quote {
                current.append(c)
                if escaped { escaped = false } else if q == "\"", c == "\\" { escaped = true } else if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
                current.append(c)
            } else if c == "," {
                items.append(String(current).trimmed)
                current = String.UnicodeScalarView()
            } else if c == "[" || c == "{" {
                throw FrontMatterError(line: line, message: "nested lists are not supported here")
            } else {
                current.append(c)
            }
        }
        if quote != nil { throw FrontMatterError(line: line, message: "unterminated quoted string") }
        let last = String(current).trimmed
        if !last.isEmpty { items.append(last) }
        var values: [String] = []
        for item in items { values.append(try scalar(item, line: line)) }
        return values
    }
}

extension FrontMatter {
    /// The lines reflect writes for a key: block lists (as Obsidian writes
    /// them), plain scalars where YAML reads them back as the same string,
    /// double-quoted otherwise.
    public static func emit(_ key: String, _ value: Value) -> [String] {
        switch value {
        case .null, .other: return ["\(key):"]
        case .string(let s): return ["\(key): \(yamlScalar(s))"]
        case .list(let items) where items.isEmpty: return ["\(key): []"]
        case .list(let items): return ["\(key):"] + items.map { "  - \(yamlScalar($0))" }
        }
    }

    /// A string as a YAML scalar that PyYAML and Obsidian read back unchanged.
    public static func yamlScalar(_ text: String) -> String {
        if isSafePlain(text) { return text }
        let body = text.escaped { scalar in
            switch scalar {
            case "\\": return "\\\\"
            case "\"": return "\\\""
            case "\n": return "\\n"
            case "\t": return "\\t"
            case "\r": return "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF:
                return "\\u" + String.hex(scalar, width: 4)
            default: return nil
            }
        }
        return "\"" + body + "\""
    }

    /// Plain only for text that neither YAML 1.1 (PyYAML) nor the YAML 1.2
    /// core schema (Obsidian) reads as anything but a string: letters, digits
    /// and `-_./`, starting with a letter or digit, with a letter in it, and
    /// not a boolean, null, infinity or NaN word, nor a number that has
    /// letters in it (`0x1f`, `0o17`, `0b101`, `1e3`).
    ///
    /// Everything else is quoted, which covers every other look-alike: null
    /// (`~`, empty), numbers without letters (`-12`, `017`, `1_000`, `1.5`,
    /// `.5`, `190:20:30`), `.inf`, `.nan`, dates and times, `=`, `<<`, an
    /// indicator character first, `: `, ` #`, and leading or trailing spaces.
    static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic || ("0"..."9").contains(first) else { return false }
        var hasLetter = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic { hasLetter = true; continue }
            if ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" || scalar == "." || scalar == "/" { continue }
            return false
        }
        let reserved: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf"]
        return hasLetter && !reserved.contains(text.lowercased()) && !text.hasPrefix(".") && !text.contains("e+") && !isScientific(text)
            && !isBasePrefixedInteger(text)
    }

    /// `0x1f`, `0b101`, `0o17` (any case, `_` allowed): integers in YAML 1.1
    /// (hexadecimal, binary) or the YAML 1.2 core schema (hexadecimal, octal).
    /// `0x` alone, or `0bad`, is a word.
    private static func isBasePrefixedInteger(_ text: String) -> Bool {
        let utf8 = Array(text.utf8)
        guard utf8.count > 2, utf8[0] == UInt8(ascii: "0") else { return false }
        let digits = utf8[2...]
        func all(_ allowed: (UInt8) -> Bool) -> Bool { digits.allSatisfy { $0 == UInt8(ascii: "_") || allowed($0) } }
        switch utf8[1] | 0x20 {
        case UInt8(ascii: "x"): return all { ($0 >= 0x30 && $0 <= 0x39) || (($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x66) }
        case UInt8(ascii: "o"): return all { $0 >= 0x30 && $0 <= 0x37 }
        case UInt8(ascii: "b"): return all { $0 == 0x30 || $0 == 0x31 }
        default: return false
        }
    }

    private static func isScientific(_ text: String) -> Bool {
        // `1e5`, `2E-3`: read as floats by YAML 1.2 parsers (and `1_000e5`
        // by js-yaml, which allows `_` in numbers).
        let lower = text.lowercased()
        guard let e = lower.firstIndex(of: "e") else { return false }
        let mantissa = lower[..<e], exponent = lower[lower.index(after: e)...].drop { $0 == "-" || $0 == "+" }
        return !mantissa.isEmpty && mantissa.allSatisfy { $0.isNumber || $0 == "." || $0 == "_" } && !exponent.isEmpty && exponent.allSatisfy(\.isNumber)
    }
}
