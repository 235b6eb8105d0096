extension String {
    /// The text with each Unicode scalar that `replacement` names replaced by
    /// what it returns; other scalars are kept. The one loop behind YAML,
    /// Swift-literal and index-field escaping.
    func escaped(_ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if let text = replacement(scalar) { out += text } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// The text with control characters (escape sequences, NUL, line ends)
    /// shown as `\u{1b}` and the like: safe to print in a message.
    public var escapedForDisplay: String {
        escaped { scalar in scalar.value < 0x20 || scalar.value == 0x7F ? "\\u{\(String.hex(scalar, width: 2))}" : nil }
    }

    /// The text with control characters other than line ends and tabs
    /// (C0, DEL and C1: what a terminal acts on) shown as `\u{1b}`.
    public var withControlsShown: String {
        // Line ends (a CRLF file's too) and tabs are text; the rest is for the terminal to act on.
        func acts(_ scalar: Unicode.Scalar) -> Bool {
            (scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r") || (0x7F...0x9F).contains(scalar.value)
        }
        guard unicodeScalars.contains(where: acts) else { return self }
        return escaped { acts($0) ? "\\u{\(String.hex($0, width: 2))}" : nil }
    }

    /// `\u{hex}` with at least `width` hex digits, for escapes.
    static func hex(_ scalar: Unicode.Scalar, width: Int) -> String {
        let digits = String(scalar.value, radix: 16)
        return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
}
