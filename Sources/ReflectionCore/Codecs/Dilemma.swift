/// A leadership dilemma the person is living with, named in their own words:
/// entries are filed under it (`write --dilemma ID`), and `dilemma show`
/// reads them back as one thread.
///
/// Stored as a Markdown file with YAML front matter, like an entry: the
/// description is the body, and `frontMatter` keeps the file's own lines, so
/// keys a person added survive a rewrite.
public struct Dilemma: Equatable, Sendable {
    /// Whether the person is still working on it.
    public enum Status: String, Equatable, Sendable, CaseIterable {
        case open, closed
    }

    /// Opaque, like an entry id: `d20261126-kfqm`, never derived from the title.
    public var id: String
    public var title: String
    public var created: Timestamp
    public var status: Status
    /// When it was last closed; nil while open.
    public var closed: Timestamp?
    /// What came of it, in the person's words (`dilemma close -m`). Kept when
    /// it is reopened: nothing the person wrote is thrown away.
    public var outcome: String?
    /// What the dilemma is, in the person's words.
    public var description: String
    /// The front matter as read, with any keys reflect does not know.
    public var frontMatter: FrontMatter

    /// The keys reflect reads and writes; any other key belongs to the person.
    public static let knownKeys = ["id", "title", "created", "status", "closed", "outcome"]

    public init(id: String, title: String, created: Timestamp, status: Status = .open, closed: Timestamp? = nil,
                outcome: String? = nil, description: String = "") {
        self.id = id
        self.title = title
        self.created = created
        self.status = status
        self.closed = closed
        self.outcome = outcome
        self.description = description
        self.frontMatter = FrontMatter()
    }

    public var isOpen: Bool { status == .open }

    /// The title and description, the dilemma's own words: what the themes
    /// are matched against (with its entries' text).
    public var titleAndDescription: String { title + "\n\n" + description }
}
