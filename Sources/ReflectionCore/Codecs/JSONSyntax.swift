/// Locates the first syntax error in a JSON text, by line and column.
///
/// `JSONDecoder` says only that data "was not valid JSON"; a person editing
/// `questions.json` by hand needs to know where. This is a small validating
/// scanner (RFC 8259), run only after decoding has failed.
public struct JSONSyntaxError: Error, Equatable, Sendable {
    /// 1-based line of the offending character.
    public var line: Int
    /// 1-based column, counted in characters.
    public var column: Int
    /// What was wrong there.
    public var message: String
}

public enum JSONSyntax {
    /// The first syntax error in `bytes`, or nil when the text is valid JSON.
    public static func firstError(in bytes: [UInt8]) -> JSONSyntaxError? {
        var scanner = Scanner(bytes: bytes)
        do throws(JSONSyntaxError) {
            scanner.skipWhitespace()
            try scanner.value(depth: 0)
            scanner.skipWhitespace()
            if scanner.index < bytes.count { throw scanner.error("unexpected text after the end of the JSON value") }
            return nil
        } catch {
            return error
        }
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        func error(_ message: String) -> JSONSyntaxError {
            var line = 1
            var column = 1
            for byte in bytes[0..<min(index, bytes.count)] {
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            return JSONSyntaxError(line: line, column: column, message: message)
        }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipWhitespace() {
            while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
        }

        mutating func expect(_ byte: UInt8, _ what: String) throws(JSONSyntaxError) {
            skipWhitespace()
            guard current == byte else { throw error(current == nil ? "unexpected end of file, expected \(what)" : "expected \(what)") }
            index += 1
        }

        mutating func value(depth: Int) throws(JSONSyntaxError) {
            guard depth < 512 else { throw error("nesting too deep") }
            skipWhitespace()
            guard let byte = current else { throw error("unexpected end of file, expected a value") }
            switch byte {
            case UInt8(ascii: "{"):
                index += 1
                skipWhitespace()
                if current == UInt8(ascii: "}") { index += 1; return }
                while true {
                    skipWhitespace()
                    guard current == UInt8(ascii: "\"") else { throw error("expected a quoted key") }
                    try string()
                    try expect(UInt8(ascii: ":"), "':' after the key")
                    try value(depth: depth + 1)
                    skipWhitespace()
                    if current == UInt8(ascii: ",") { index += 1; continue }
                    try expect(UInt8(ascii: "}"), "',' or '}'")
                    return
                }
            case UInt8(ascii: "["):
                index += 1
                skipWhitespace()
                if current == UInt8(ascii: "]") { index += 1; return }
                while true {
                    try value(depth: depth + 1)
                    skipWhitespace()
                    if current == UInt8(ascii: ",") { index += 1; continue }
                    try expect(UInt8(ascii: "]"), "',' or ']'")
                    return
                }
            case UInt8(ascii: "\""):
                try string()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try number()
            default:
                for literal in ["true", "false", "null"] where bytes[index...].starts(with: literal.utf8) {
                    index += literal.utf8.count
                    return
                }
                throw error("unexpected character '\(String(decoding: [byte], as: UTF8.self))'")
            }
        }

        mutating func string() throws(JSONSyntaxError) {
            index += 1
            while let byte = current {
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    return
                case UInt8(ascii: "\\"):
                    index += 1
                    guard let escaped = current else { break }
                    if escaped == UInt8(ascii: "u") {
                        let hex = bytes[(index + 1)..<min(index + 5, bytes.count)]
                        guard hex.count == 4, hex.allSatisfy({ isHexDigit($0) }) else { throw error("bad \\u escape") }
                        index += 5
                    } else if Array("\"\\/bfnrt".utf8).contains(escaped) {
                        index += 1
                    } else {
                        throw error("bad escape '\\\(String(decoding: [escaped], as: UTF8.self))'")
                    }
                case 0x00..<0x20:
                    throw error("control character in a string (a line break must be written \\n)")
                default:
                    index += 1
                }
            }
            throw error("unterminated string")
        }

        mutating func number() throws(JSONSyntaxError) {
            if current == UInt8(ascii: "-") { index += 1 }
            guard let first = current, isDigit(first) else { throw error("bad number") }
            index += 1
            if first != UInt8(ascii: "0") { while let d = current, isDigit(d) { index += 1 } }
            if current == UInt8(ascii: ".") {
                index += 1
                guard let d = current, isDigit(d) else { throw error("bad number") }
                while let d = current, isDigit(d) { index += 1 }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                guard let d = current, isDigit(d) else { throw error("bad number") }
                while let d = current, isDigit(d) { index += 1 }
            }
        }

        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        func isHexDigit(_ byte: UInt8) -> Bool {
            isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
        }
    }
}
