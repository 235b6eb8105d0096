/// Reports as a Markdown document (`export --format markdown`).
public struct MarkdownRenderer: Renderer {
    public let library: PromptLibrary

    public init(library: PromptLibrary) { self.library = library }

    public func render(_ report: Report) -> String? {
        switch report {
        case .export(let entries, _): return EntryText(library).markdown(entries)
        case .review(let review): return ReviewText(markdown: true).render(review)
        default: return nil
        }
    }
}
