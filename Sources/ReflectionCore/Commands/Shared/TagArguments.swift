/// Reading `--tag`, the same for every command that takes it (`write` and
/// the filters of `list` and `search`).
extension Arguments {
    /// Every value of a tag option, as stored: without a leading `#` or `@`.
    ///
    /// - Throws: `UsageError.invalidValue` for a tag that is empty (`""`,
    ///   `"#"`) or holds whitespace, which no `#tag` in a text can match;
    ///   the message suggests the tag with hyphens (`two-words`).
    mutating func tags(_ option: OptionSpec) throws(UsageError) -> [String] {
        var tags: [String] = []
        for given in values(option) {
            let tag = Tags.normalise(given)
            if tag.isEmpty {
                throw .invalidValue(option: spelled(option), value: given, expected: "a tag, such as 'feedback'")
            }
            if tag.contains(where: \.isWhitespace) {
                let hyphenated = tag.split(whereSeparator: \.isWhitespace).joined(separator: "-")
                throw .invalidValue(option: spelled(option), value: given, expected: "a tag without spaces, such as '\(hyphenated)'")
            }
            tags.append(tag)
        }
        return tags
    }
}
