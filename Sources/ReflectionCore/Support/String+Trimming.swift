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
