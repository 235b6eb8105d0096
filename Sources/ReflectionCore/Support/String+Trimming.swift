extension StringProtocol {
    /// The text without leading and trailing whitespace and line breaks.
    public var trimmed: String {
        guard let start = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let end = lastIndex(where: { !$0.isWhitespace }) ?? start
        return String(self[start...end])
    }
}
