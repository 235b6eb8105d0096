/// The actions of a journal: listed from the index, marked done or dropped
/// by rewriting the one line, under the lock.
public struct JournalAction: Equatable, Sendable {
    /// The entry's id and the action's key: `20261126-093012-417kf-3fa9`.
    public var id: String
    public var entry: String
    public var path: String
    public var created: Timestamp
    public var text: String
    public var state: Actions.State

    /// The age in days on a date.
    public func age(on date: CalendarDate) -> Int { date.dayNumber - created.date.dayNumber }

    /// The actions of an index record whose state passes `keep`, in the order written.
    static func all(in record: IndexRecord, path: String, created: Timestamp, keep: (Actions.State) -> Bool) -> [JournalAction] {
        record.actions.filter { keep($0.state) }.map {
            JournalAction(id: "\(record.id)-\($0.key)", entry: record.id, path: path, created: created, text: $0.text, state: $0.state)
        }
    }

    /// The open actions of an entry read whole, in the order written.
    public static func open(in stored: StoredEntry) -> [JournalAction] {
        Actions.items(in: stored.entry.body).filter { $0.state == .open }.map {
            JournalAction(id: "\(stored.entry.id)-\($0.key)", entry: stored.entry.id, path: stored.path, created: stored.entry.created,
                          text: $0.text, state: $0.state)
        }
    }

    /// Oldest entry first; within an entry, in the order written (a stable sort keeps it).
    static func oldestFirst(_ actions: [JournalAction]) -> [JournalAction] {
        actions.enumerated().sorted { ($0.element.created.epochSeconds, $0.element.entry, $0.offset) < ($1.element.created.epochSeconds, $1.element.entry, $1.offset) }
            .map(\.element)
    }
}

/// An open action to follow up in the daily prompt: when it was written, its id and text.
public struct FollowUp: Equatable, Sendable {
    public var date: CalendarDate
    public var entry: String
    public var key: String
    /// Its place among its entry's actions.
    public var order: Int
    public var text: String

    /// The action's id: its entry's and its key.
    public var id: String { "\(entry)-\(key)" }

    public init(date: CalendarDate, entry: String, key: String, order: Int, text: String) {
        self.date = date
        self.entry = entry
        self.key = key
        self.order = order
        self.text = text
    }

    /// Which of two comes first: the older entry, then the earlier in it.
    public static func precedes(_ a: FollowUp, _ b: FollowUp) -> Bool { (a.date, a.entry, a.order) < (b.date, b.entry, b.order) }

    /// The open actions of an entry file's bytes (nil when there are none or it cannot be read).
    public static func open(in bytes: [UInt8], path: String) -> [FollowUp] {
        let offset = EntryHeader.bodyOffset(bytes)
        guard offset > 0, offset < bytes.count, let value = EntryHeader.rawValue(of: "created", in: bytes),
              let date = CalendarDate(iso: String(decoding: value.prefix(10), as: UTF8.self)) else { return [] }
        let entry = Journal.id(fromPath: path)
        return Actions.items(in: String(decoding: bytes[offset...], as: UTF8.self)).enumerated().filter { $0.element.state == .open }
            .map { FollowUp(date: date, entry: entry, key: $0.element.key, order: $0.offset, text: $0.element.text) }
    }
}

extension JournalIndex {
    /// The oldest open action in entries dated before a day, reading only
    /// the index lines that hold an open action.
    public func oldestOpenAction(before day: CalendarDate) -> FollowUp? {
        var best: FollowUp?
        for month in months.values {
            for line in month.lines.values where ByteSearch.containsIgnoringASCIICase(line.bytes, Array("o|".utf8)) {
                let record = line.record
                guard record.error == nil, let date = CalendarDate(iso: String(record.created.prefix(10))), date < day else { continue }
                for (order, action) in record.actions.enumerated() where action.state == .open {
                    let candidate = FollowUp(date: date, entry: record.id, key: action.key, order: order, text: action.text)
                    if best.map({ FollowUp.precedes(candidate, $0) }) ?? true { best = candidate }
                }
            }
        }
        return best
    }

    /// The open actions in entries dated on or after a day.
    public func openActions(from day: CalendarDate) -> [FollowUp] {
        var result: [FollowUp] = []
        for month in months.values {
            for line in month.lines.values where ByteSearch.containsIgnoringASCIICase(line.bytes, Array("o|".utf8)) {
                let record = line.record
                guard record.error == nil, let date = CalendarDate(iso: String(record.created.prefix(10))), date >= day else { continue }
                result += record.actions.enumerated().filter { $0.element.state == .open }
                    .map { FollowUp(date: date, entry: record.id, key: $0.element.key, order: $0.offset, text: $0.element.text) }
            }
        }
        return result
    }
}

extension Journal {
    /// Every action in the journal (open ones only unless `all`), oldest first.
    public func actions(all: Bool = false) -> [JournalAction] { actionsAndProblems(all: all).actions }

    /// Every action (open ones only unless `all`), oldest first, and the
    /// entries that could not be read (`path:line: message`): their actions
    /// are not known, which a list of actions must say.
    public func actionsAndProblems(all: Bool = false) -> (actions: [JournalAction], unreadable: [String]) {
        let index = JournalIndex.current(self, checkFiles: true)
        var result: [JournalAction] = []
        var unreadable: [String] = []
        // Only lines with an action (`o|`, `d|`, `x|`) are decoded; an unreadable entry's line always passes.
        for (record, path) in index.records(containing: [Array("|".utf8)], journal: self) {
            if let problem = record.problem(at: path) {
                unreadable.append(problem)
                continue
            }
            guard !record.actions.isEmpty, let created = Timestamp(iso: record.created) else { continue }
            result += JournalAction.all(in: record, path: path, created: created) { all || $0 == .open }
        }
        return (JournalAction.oldestFirst(result), unreadable)
    }

    /// The action with this id, or the one whose id ends with this key (`3fa9`) or starts with this prefix.
    public func resolveAction(_ id: String) throws(JournalError) -> JournalAction {
        guard !id.isEmpty, !id.contains("/"), !id.contains("\0") else { throw .unknownAction(id: id, suggestions: []) }
        let actions = actions(all: true)
        if let exact = actions.first(where: { $0.id == id }) { return exact }
        let matches = actions.filter { $0.id.hasPrefix(id) || $0.id.hasSuffix("-" + id) }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 { throw .ambiguousAction(id: id, matches: matches.map(\.id)) }
        throw .unknownAction(id: id, suggestions: NearestMatch.suggestions(for: id, in: actions.map(\.id)))
    }

    /// Marks an action done, dropped or open again: only its line changes,
    /// read, checked and rewritten under the journal lock.
    /// - Returns: the entry's id and whether anything changed (false: it already had that state).
    @discardableResult
    public func mark(_ action: JournalAction, as state: Actions.State) throws(JournalError) -> Bool {
        try locked { () throws(JournalError) -> Bool in
            let bytes: [UInt8]
            do throws(FileSystemError) { bytes = try FileSystem.read(action.path) } catch { throw .fileSystem(error) }
            var entry: Entry
            do throws(EntryFileError) { entry = try EntryFile.parse(bytes, path: action.path, fallbackID: action.entry) } catch { throw .unreadableEntry(error) }
            let key = String(action.id.dropFirst(action.entry.count + 1))
            guard let item = Actions.items(in: entry.body).first(where: { $0.key == key }) else { throw .changedMeanwhile(path: action.path) }
            if item.state == state { return false }
            guard let body = Actions.mark(entry.body, line: item.line, as: state) else { throw .changedMeanwhile(path: action.path) }
            entry.body = body
            entry.updated = clock.now()
            do throws(FileSystemError) {
                try FileSystem.write(Array(EntryFile.text(of: entry).utf8), to: action.path, replace: .atomically)
            } catch {
                throw .fileSystem(error)
            }
            recordChange(action.path)
            publishChange(of: entry.created.date)
            return true
        }
    }
}
