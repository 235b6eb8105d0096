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

/// The workshop's themes that best match a text: a dilemma's title and
/// description, for `dilemma show` (and later a prompt for `write --dilemma`
/// and a focus on one's own dilemma).
public enum WorkshopThemes {
    /// The themes that best match `text`, best first, at most `limit`.
    ///
    /// SEAM (issue 9, "Theme matching"): the matcher replaces this body with
    /// its ranking of the library's themes for `text`. Until it lands, no
    /// theme is ranked from the text itself; the themes offered are those of
    /// the entries already filed under the dilemma (`filed`), the most used
    /// first, ties going to the one used most recently. Callers rely only on
    /// "up to `limit` themes, best first; none when nothing matches".
    public static func bestMatching(_ text: String, filed: [Entry], in library: PromptLibrary, limit: Int = 3) -> [WorkshopTheme] {
        var uses: [String: (count: Int, latest: Int)] = [:]
        for (order, entry) in filed.sorted(by: { $0.created < $1.created }).enumerated() {
            for id in Set(entry.themes) {
                let previous = uses[id]?.count ?? 0
                uses[id] = (previous + 1, order)
            }
        }
        let ranked = uses.sorted { a, b in
            a.value.count != b.value.count ? a.value.count > b.value.count : a.value.latest != b.value.latest ? a.value.latest > b.value.latest : a.key < b.key
        }
        var themes: [WorkshopTheme] = []
        for (id, _) in ranked where themes.count < limit {
            if case .theme(let theme, let question)? = library.item(withID: id) { themes.append(WorkshopTheme(theme: theme, question: question)) }
        }
        return themes
    }
}
