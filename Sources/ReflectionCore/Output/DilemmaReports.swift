/// `dilemma list`: a dilemma, with how much has been written on it.
public struct DilemmaSummary: Sendable {
    public var stored: StoredDilemma
    /// The entries filed under it.
    public var entryCount: Int
    /// When the newest of them was written.
    public var lastEntry: Timestamp?

    public init(stored: StoredDilemma, entryCount: Int, lastEntry: Timestamp?) {
        self.stored = stored
        self.entryCount = entryCount
        self.lastEntry = lastEntry
    }
}

/// `dilemma show`: the thread of a dilemma: what it is, every entry filed
/// under it in date order, and what the workshop said on its themes.
public struct DilemmaThread: Sendable {
    public var stored: StoredDilemma
    /// Oldest first.
    public var entries: [StoredEntry]
    /// The best-matching themes (`WorkshopThemes.bestMatching`), best first.
    public var workshop: [WorkshopTheme]
    /// Whole entries (`--full`), not their first words.
    public var full: Bool
    /// The open actions in its entries, oldest first.
    public var actions: [JournalAction]
    /// The day the thread is shown (for the actions' age).
    public var today: CalendarDate?

    public init(stored: StoredDilemma, entries: [StoredEntry], workshop: [WorkshopTheme], full: Bool, today: CalendarDate? = nil) {
        self.stored = stored
        self.today = today
        actions = JournalAction.oldestFirst(entries.flatMap(JournalAction.open(in:)))
        self.entries = entries
        self.workshop = workshop
        self.full = full
    }
}

/// What `dilemma new`, `close` and `reopen` did to a dilemma.
public enum DilemmaChange: String, Sendable {
    case created, closed, reopened
}
