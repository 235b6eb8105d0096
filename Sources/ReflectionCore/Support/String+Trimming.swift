extension Substring {
    /// The text without leading and trailing ASCII whitespace (space, tab,
    /// line breaks). Scans bytes, not Characters: it runs for every line of
    /// every front matter read.
    public var trimmed: String {
        let utf8 = self.utf8
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        guard let start = utf8.firstIndex(where: { !isSpace($0) }) else { return "" }
        var end = utf8.endIndex
        while end > start, isSpace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        return String(self[start..<end])
    }
}

extension String {
    /// The text without leading and trailing ASCII whitespace and line breaks.
    public var trimmed: String { self[...].trimmed }
}

extension String {
    /// The text's lines, as `Substring.lineSlices`.
    public var lineSlices: [Substring] { self[...].lineSlices }
}

extension Substring {
    /// The text's lines, split at each `\n` byte, empty ones kept; a line
    /// ended by `\r\n` keeps its `\r`, so joining with `\n` gives the text
    /// back byte for byte. (Splitting on the Character `"\n"` does not split
    /// a file written on Windows at all: Swift reads `\r\n` as one Character.)
    public var lineSlices: [Substring] {
        utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
    }
}

extension Substring {
    /// The line without the carriage returns that end it: one ends a CRLF
    /// line, and more are line breaks of nothing (YAML reads a lone CR as
    /// one), so a line written back without them reads the same.
    public var withoutCarriageReturn: Substring {
        var utf8 = self.utf8
        while utf8.last == 0x0D { utf8 = utf8.dropLast() }
        return Substring(utf8)
    }
}
