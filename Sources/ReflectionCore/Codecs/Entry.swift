/// One journal entry: what the person wrote, and how it links to the workshop.
///
/// Stored as a Markdown file with YAML front matter; `frontMatter` keeps the
/// file's own lines, so keys a person added survive a rewrite.
public struct Entry: Equatable, Sendable {
    public var id: String
    public var created: Timestamp
    public var updated: Timestamp?
    /// The prompt answered, if any.
    public var prompt: String?
    public var question: String?
    public var themes: [String]
    /// The note ids behind the prompt.
    public var sources: [String]
    public var dilemma: String?
    /// The focus (a question or theme id) whose stage the entry writes, and
    /// that stage's number, from 1.
    public var focus: String?
    public var stage: Int?
    /// Tags from the front matter (without `#`).
    public var tags: [String]
    /// The reflective model: driscoll, gibbs, kolb or free.
    public var model: String?
    /// What the person wrote.
    public var body: String
    /// The front matter as read, with any keys reflect does not know.
    public var frontMatter: FrontMatter

    /// The keys reflect reads and writes; any other key belongs to the person.
    public static let knownKeys = ["id", "created", "updated", "prompt", "question", "themes", "sources", "dilemma", "focus", "stage", "tags", "model"]

    public init(id: String, created: Timestamp, prompt: String? = nil, question: String? = nil, themes: [String] = [],
                sources: [String] = [], dilemma: String? = nil, tags: [String] = [], model: String? = nil, body: String) {
        self.id = id
        self.created = created
        self.prompt = prompt
        self.question = question
        self.themes = themes
        self.sources = sources
        self.dilemma = dilemma
        self.tags = tags
        self.model = model
        self.body = body
        self.frontMatter = FrontMatter()
    }

    /// Front-matter tags and `#tags` in the body, without duplicates, in order.
    public var allTags: [String] {
        var seen = Set<String>()
        return (tags + Tags.inBody(body)).filter { seen.insert($0.lowercased()).inserted }
    }

    /// The first words of the body, for one-line listings: model headings
    /// and blank lines skipped, list and task markers dropped, lines joined,
    /// cut at `limit` characters.
    public func firstWords(_ limit: Int = 60) -> String {
        var text = ""
        let bytes = body.utf8
        var start = bytes.startIndex
        while start != bytes.endIndex, text.utf8.count <= limit * 4 {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
            // A list marker or task box says nothing either: "call the chair", not "- [ ] call the chair".
            let trimmed = Substring(bytes[start..<end]).trimmed
            let line = trimmed.count == 1 && "-*+".contains(trimmed) ? "" : Actions.listItem(trimmed[...]).map { $0.text.trimmed } ?? trimmed
            // Headings of a reflective model say nothing about the entry.
            if !line.isEmpty, !line.hasPrefix("#") { text += (text.isEmpty ? "" : " ") + line }
            start = end == bytes.endIndex ? end : bytes.index(after: end)
        }
        guard text.utf8.count > limit else { return text }
        // Counted in Unicode scalars, as TextLayout counts columns (grapheme
        // breaking is the dearest part of a listing); cut at a word's end
        // when one is near, so the last word shown is whole.
        let scalars = text.unicodeScalars
        guard scalars.count > limit else { return text }
        var cut = scalars.index(scalars.startIndex, offsetBy: limit - 1)
        var back = cut, steps = 0
        while back > scalars.startIndex, steps < 15, scalars[back] != " " {
            back = scalars.index(before: back)
            steps += 1
        }
        if scalars[back] == " ", back > scalars.startIndex { cut = back }
        var shown = String(scalars[..<cut])
        while shown.last == " " || shown.last == "," || shown.last == ";" { shown.removeLast() }
        return shown + "…"
    }
}
