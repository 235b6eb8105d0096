/// What changed in the journal, and since when: published by the journal on
/// every entry it adds, replaces or moves, read by the caches built on it
/// (the schedule's checkpoint), which decide for themselves what to redo.
///
/// The file (`.changes`, 0600) holds a counter and the dates of the last
/// changes:
/// ```
/// reflect-changes 1 <count>
/// <number> <YYYY-MM-DD of the entry changed>
/// ```
/// A reader remembers the count it has seen; every line after it says which
/// day's entries changed. Only the last `kept` lines are kept: a reader that
/// has fallen further behind must assume everything changed.
public struct ChangeStamp: Equatable, Sendable {
    public static let kept = 64
    static let header = "reflect-changes 1"

    /// How many changes have ever been published.
    public var count: Int
    /// The most recent changes: (number, date of the entry changed).
    public var changes: [(number: Int, date: CalendarDate)]

    public static func == (a: ChangeStamp, b: ChangeStamp) -> Bool {
        a.count == b.count && a.changes.elementsEqual(b.changes) { $0.number == $1.number && $0.date == $1.date }
    }

    public init(count: Int = 0, changes: [(number: Int, date: CalendarDate)] = []) {
        self.count = count
        self.changes = changes
    }

    /// The earliest entry date changed after change number `seen`; nil when
    /// nothing changed. `.distantPast` when changes were forgotten.
    public func earliestChange(after seen: Int) -> CalendarDate?? {
        guard count != seen else { return .some(nil) }
        guard seen < count, let first = changes.first, first.number <= seen + 1 else { return .none }
        return .some(changes.filter { $0.number > seen }.map(\.date).min())
    }

    var text: String {
        var out = "\(Self.header) \(count)\n"
        for change in changes { out += "\(change.number) \(change.date)\n" }
        return out
    }

    init?(text: String) {
        var lines = text.split(separator: "\n")
        guard let head = lines.first, head.hasPrefix(Self.header + " "), let count = Int(head.dropFirst(Self.header.count + 1)) else { return nil }
        lines.removeFirst()
        var changes: [(number: Int, date: CalendarDate)] = []
        for line in lines {
            let parts = line.split(separator: " ")
            guard parts.count == 2, let number = Int(parts[0]), let date = CalendarDate(iso: String(parts[1])) else { return nil }
            changes.append((number, date))
        }
        self.init(count: count, changes: changes)
    }
}

extension Journal {
    var changesPath: String { folder + "/.changes" }

    /// The journal's change stamp (empty when no change was ever published).
    public func changeStamp() -> ChangeStamp {
        guard let bytes = try? FileSystem.read(changesPath), let stamp = ChangeStamp(text: String(decoding: bytes, as: UTF8.self)) else {
            return ChangeStamp()
        }
        return stamp
    }

    /// Records that the entry of `date` changed. Called with the journal
    /// lock held; a stamp that cannot be written is replaced by one that
    /// forgets every earlier change, so readers redo their work.
    func publishChange(of date: CalendarDate) {
        var stamp = changeStamp()
        stamp.count += 1
        stamp.changes.append((stamp.count, date))
        if stamp.changes.count > ChangeStamp.kept { stamp.changes.removeFirst(stamp.changes.count - ChangeStamp.kept) }
        if (try? FileSystem.write(Array(stamp.text.utf8), to: changesPath, replace: .atomically)) == nil {
            FileSystem.remove(changesPath)
        }
    }
}
