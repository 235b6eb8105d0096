/// `reflect suggest --json`: one object per theme, best first.
struct SuggestionObject: Encodable {
    /// The theme's id.
    var theme: String
    var title: String
    /// The id of the theme's question.
    var question: String
    var questionText: String
    /// The BM25 score, to three decimals: only comparable within one text.
    var score: Double
    /// The words of the text that counted, most telling first.
    var matched: [String]

    init(_ match: ThemeMatcher.Match) {
        theme = match.theme.id
        title = match.theme.title
        question = match.question.id
        questionText = match.question.text
        score = (match.score * 1000).rounded() / 1000
        matched = Self.distinct(match.matched)
    }

    /// The matched words without those a matched phrase already shows
    /// ("waiting list", not "waiting list, waiting, list").
    static func distinct(_ matched: [String]) -> [String] {
        let phraseWords = Set(matched.filter { $0.contains(" ") }.flatMap { $0.lowercased().split(separator: " ").map(String.init) })
        return matched.filter { $0.contains(" ") || !phraseWords.contains($0.lowercased()) }
    }
}

extension LibraryText {
    /// `reflect suggest`: each theme with its score, its question, and the words that matched.
    public func suggestions(_ matches: [ThemeMatcher.Match]) -> String {
        matches.enumerated().map { index, match in
            let tenths = Int((match.score * 10).rounded())
            return [
                "\(index + 1). \(match.theme.title) (\(match.theme.id))  score \(tenths / 10).\(tenths % 10)",
                wrap("\(match.question.id): \(match.question.text)", indent: "   ", firstIndent: "   "),
                wrap("matched: " + SuggestionObject.distinct(match.matched).joined(separator: ", "), indent: "     ", firstIndent: "   "),
            ].joined(separator: "\n")
        }.joined(separator: "\n\n") + (matches.isEmpty ? "" : "\n")
    }
}
