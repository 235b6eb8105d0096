/// An entry from an earlier day, shown under today's prompt.
public struct PastEntry: Sendable {
    /// "A year ago", "Six months ago", "Three months ago".
    public var label: String
    public var entry: IndexRecord
}

extension Journal {
    /// Entries written one year, six months and three months before `date`,
    /// read from their month folders (no index needed).
    public func onThisDay(_ date: CalendarDate) -> [PastEntry] {
        var found: [PastEntry] = []
        for (label, months) in [("A year ago", 12), ("Six months ago", 6), ("Three months ago", 3)] {
            for record in JournalIndex.records(on: date.adding(months: -months), in: self) { found.append(PastEntry(label: label, entry: record)) }
        }
        return found
    }
}
