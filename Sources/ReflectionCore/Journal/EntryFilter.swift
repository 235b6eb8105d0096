/// Which entries a scan is about: the filters of `list`, `search`,
/// `export`, `source --entries` and `dilemma show`, with dates already resolved.
public struct EntryFilter: Equatable, Sendable {
    /// At most this many entries, newest first.
    public var limit: Int?
    public var since: CalendarDate?
    public var until: CalendarDate?
    public var prompt: String?
    public var question: String?
    public var theme: String?
    /// Every tag given must be present.
    public var tags: [String] = []
    /// Entries filed under this dilemma (a whole id).
    public var dilemma: String?

    public init(limit: Int? = nil, since: CalendarDate? = nil, until: CalendarDate? = nil, prompt: String? = nil,
                question: String? = nil, theme: String? = nil, tags: [String] = [], dilemma: String? = nil) {
        self.limit = limit
        self.since = since
        self.until = until
        self.prompt = prompt
        self.question = question
        self.theme = theme
        self.tags = tags
        self.dilemma = dilemma
    }
}
