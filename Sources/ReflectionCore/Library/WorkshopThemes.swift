/// A theme of the workshop with the question it was discussed under: what
/// "What the workshop said" shows for a dilemma (the theme's notes, verbatim,
/// and who asked the question).
public struct WorkshopTheme: Equatable, Sendable {
    public var theme: Theme
    public var question: Question

    public init(theme: Theme, question: Question) {
        self.theme = theme
        self.question = question
    }
}

/// The workshop's themes that best match a dilemma: its title and
/// description and what was written under it, for `dilemma show` ("What the
/// workshop said") and the prompt `write --dilemma` offers.
public enum WorkshopThemes {
    /// The themes that best match `text` and the entries filed under the
    /// dilemma, best first, at most `limit`; none when nothing matches.
    ///
    /// The `ThemeMatcher` ranks the library's themes for `text` together with
    /// the entries' text (their headings left out: a model's "Now what?" says
    /// nothing of what an entry is about). Should it find fewer than `limit`,
    /// the rest are the themes the entries themselves carry (written with a
    /// prompt, or `link`ed), the most used first, ties going to the one used
    /// most recently.
    public static func bestMatching(_ text: String, filed: [Entry], in library: PromptLibrary, limit: Int = 3) -> [WorkshopTheme] {
        guard limit > 0 else { return [] }
        let words = ([text] + filed.map { ThemeMatcher.prose(of: $0.body) }).joined(separator: "\n\n")
        var themes = ThemeMatcher.shared(for: library).rank(words, limit: limit).map { WorkshopTheme(theme: $0.theme, question: $0.question) }
        for id in linkedThemes(of: filed) where themes.count < limit && !themes.contains(where: { $0.theme.id == id }) {
            if case .theme(let theme, let question)? = library.item(withID: id) { themes.append(WorkshopTheme(theme: theme, question: question)) }
        }
        return themes
    }

    /// The prompt to offer for writing on a dilemma: the first prompt of the
    /// best-matching themes (in their order) that no entry filed under it
    /// answers yet; nil when nothing matches or every one is answered.
    public static func offeredPrompt(_ text: String, filed: [Entry], in library: PromptLibrary) -> PlacedPrompt? {
        let answered = Set(filed.compactMap(\.prompt))
        for match in bestMatching(text, filed: filed, in: library) {
            if let prompt = match.theme.prompts.first(where: { !answered.contains($0.id) }) {
                return PlacedPrompt(prompt: prompt, theme: match.theme, question: match.question)
            }
        }
        return nil
    }

    /// The theme ids the entries carry, the most used first, ties going to
    /// the one used most recently, then by id.
    static func linkedThemes(of filed: [Entry]) -> [String] {
        var uses: [String: (count: Int, latest: Int)] = [:]
        for (order, entry) in filed.sorted(by: { $0.created < $1.created }).enumerated() {
            for id in Set(entry.themes) {
                let previous = uses[id]?.count ?? 0
                uses[id] = (previous + 1, order)
            }
        }
        return uses.sorted { a, b in
            a.value.count != b.value.count ? a.value.count > b.value.count : a.value.latest != b.value.latest ? a.value.latest > b.value.latest : a.key < b.key
        }.map(\.key)
    }
}
