/// Turns a command's report into the text of one output format.
///
/// There is one renderer per format; a command declares which formats it
/// prints (`CommandSpec.formats`) and never formats its own output. To add a
/// format, add a case to `OutputFormat`, a renderer file here, and a line in
/// `renderer(library:)`.
public protocol Renderer {
    /// The report as this format's text; nil for a report the format has no
    /// rendering of (then the text renderer's is used).
    func render(_ report: Report) -> String?
}

extension OutputFormat {
    /// The renderer of this format; text is laid out for `screen`.
    public func renderer(library: PromptLibrary, screen: Screen = Screen()) -> any Renderer {
        switch self {
        case .text: return TextRenderer(library: library, screen: screen)
        case .json: return JSONRenderer(library: library)
        case .markdown: return MarkdownRenderer(library: library)
        case .ics: return CalendarRenderer(library: library)
        case .html: return HTMLRenderer()
        }
    }

    /// Renders a report in this format (falling back to text), text laid out for `screen`.
    public func render(_ report: Report, library: PromptLibrary, screen: Screen = Screen()) -> String {
        renderer(library: library, screen: screen).render(report) ?? TextRenderer(library: library, screen: screen).render(report) ?? ""
    }
}
