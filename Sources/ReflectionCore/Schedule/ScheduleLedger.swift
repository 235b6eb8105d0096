/// What each day showed, kept so that the past never changes (`shown.log` in
/// the journal folder, 0600, one line a day):
///
/// ```
/// 2026-11-26 compassion-humanity-p1 new 1795685400
/// 2026-11-27 - none 1795771800
/// 2026-11-28 resilience-redefining-success-p2 focus:gibbs:2/6 1795858200
/// ```
///
/// The date, the prompt shown (`-` for none), why it was chosen (`new`,
/// `resurfaced`, `skipped`, `rotation`, `focus:MODEL:STAGE/STAGES`, `none`),
/// and when the line was recorded (seconds since 1970). A day is recorded
/// the first time reflect runs after it has passed, or as soon as its prompt
/// is answered or skipped; from then on that day shows what the line says,
/// whatever changes later (the library, the plan, an import, a sync). Only
/// the days after the ledger are computed from the state as it is.
///
/// Lines are only ever added. Two devices' ledgers merge by taking every
/// line of both (git's `union` merge); where both recorded a day, the line
/// recorded first wins, and any order of lines reads the same.
public struct ScheduleLedger: Equatable, Sendable {
    public struct Record: Equatable, Sendable {
        public var date: CalendarDate
        /// The prompt shown; nil for a day without one.
        public var prompt: String?
        public var reason: String
        /// When the line was recorded, in seconds since 1970.
        public var recorded: Int

        public init(date: CalendarDate, prompt: String?, reason: String, recorded: Int) {
            self.date = date
            self.prompt = prompt
            self.reason = reason
            self.recorded = recorded
        }

        /// The record of a day's pick (nil: no prompt that day).
        public init(_ pick: SchedulePick?, date: CalendarDate, recorded: Int) {
            self.init(date: date, prompt: pick?.prompt.prompt.id, reason: pick.map { Self.name(of: $0.reason) } ?? "none", recorded: recorded)
        }

        var line: String { "\(date) \(prompt ?? "-") \(reason) \(recorded)\n" }

        static func name(of reason: PickReason) -> String {
            switch reason {
            case .new: return "new"
            case .resurfaced: return "resurfaced"
            case .skippedBefore: return "skipped"
            case .rotation: return "rotation"
            case .focus(_, let number, let count, let model): return "focus:\(model.rawValue):\(number)/\(count)"
            }
        }

        /// The reason a record names (a focus stage with its model's stage).
        var pickReason: PickReason {
            switch reason {
            case "new": return .new
            case "resurfaced": return .resurfaced
            case "skipped": return .skippedBefore
            case "rotation": return .rotation
            default:
                let parts = reason.split(separator: ":")
                guard parts.count == 3, parts[0] == "focus", let model = ReflectiveModel(rawValue: String(parts[1])) else { return .rotation }
                let numbers = parts[2].split(separator: "/").compactMap { Int($0) }
                let stages = model.stages
                guard numbers.count == 2, (1...stages.count).contains(numbers[0]) else { return .rotation }
                return .focus(stage: stages[numbers[0] - 1], number: numbers[0], of: stages.count, model: model)
            }
        }
    }

    /// The ledger's text; lines are decoded only when their day is asked for
    /// (the morning command reads a year of lines and uses a month).
    private var bytes: [UInt8] = []
    /// For each day number, the line that wins (the earliest recorded) and when it was recorded.
    private var lines: [Int: LineRef] = [:]

    /// Where a day's line is in `bytes`, and when it was recorded. A struct,
    /// not a tuple: a dictionary of labelled tuples costs the morning command
    /// a run-time type instantiation far dearer than reading the lines.
    struct LineRef {
        var start: Int
        var end: Int
        var recorded: Int
        var range: Range<Int> { start..<end }
    }

    /// A line as the parse finds it.
    struct ParsedLine {
        var day: Int
        var line: LineRef
    }
    /// Records added since the ledger was read.
    private var added: [Int: Record] = [:]
    /// Lines that could not be read (kept in the file, ignored here), by line number.
    public private(set) var unreadable: [Int] = []

    public init() {}

    public static func == (a: ScheduleLedger, b: ScheduleLedger) -> Bool {
        a.days.keys.sorted() == b.days.keys.sorted() && a.days.keys.allSatisfy { a.days[$0] == b.days[$0] }
    }

    /// Reads a ledger's bytes; lines that cannot be read are skipped and counted.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        // One pass over the bytes, every morning: each line's end, its spaces
        // and its digits found together, no slice or string made.
        var parsed: [ParsedLine] = []
        var bad: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            parsed.reserveCapacity(buffer.count / 40)
            var number = 0, start = 0
            while start < buffer.count {
                var end = start, spaces = 0, lastSpace = start
                while end < buffer.count, buffer[end] != 0x0A {
                    if buffer[end] == 0x20 { spaces += 1; lastSpace = end }
                    end += 1
                }
                number += 1
                defer { start = end + 1 }
                if end == start { continue }
                guard spaces == 3, let line = Self.dayAndTime(buffer, start, end, lastSpace) else { bad.append(number); continue }
                parsed.append(ParsedLine(day: line.day, line: LineRef(start: start, end: end, recorded: line.recorded)))
            }
        }
        unreadable = bad
        lines.reserveCapacity(parsed.count)
        for parsedLine in parsed {
            let line = parsedLine.line
            if let existing = lines[parsedLine.day] {
                let old = (existing.recorded, Array(bytes[existing.range])), new = (line.recorded, Array(bytes[line.range]))
                if old.0 < new.0 || (old.0 == new.0 && old.1.lexicographicallyPrecedes(new.1)) { continue }
            }
            lines[parsedLine.day] = line
        }
    }

    /// The day number and recording time of a line, checked on bytes:
    /// `YYYY-MM-DD ID REASON SECONDS` (three spaces, the last before the time).
    static func dayAndTime(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ lastSpace: Int) -> (day: Int, recorded: Int)? {
        guard end - start >= 18, bytes[start + 4] == 0x2D, bytes[start + 7] == 0x2D, bytes[start + 10] == 0x20 else { return nil }
        func number(_ from: Int, _ to: Int) -> Int? {
            guard from < to else { return nil }
            var value = 0
            for i in from..<to {
                let b = bytes[i]
                guard b >= 0x30, b <= 0x39, value < Int.max / 20 else { return nil }
                value = value * 10 + Int(b - 0x30)
            }
            return value
        }
        guard let year = number(start, start + 4), let month = number(start + 5, start + 7), let day = number(start + 8, start + 10),
              let date = CalendarDate(year: year, month: month, day: day), let recorded = number(lastSpace + 1, end) else { return nil }
        return (date.dayNumber, recorded)
    }

    /// Records by day number: the earliest recorded line of each day.
    public var days: [Int: Record] {
        var all = added
        for day in lines.keys where all[day] == nil { all[day] = record(day) }
        return all
    }

    /// Adds a record unless its day has one recorded earlier.
    mutating func add(_ record: Record) {
        let day = record.date.dayNumber
        if let existing = self.record(day), (existing.recorded, existing.line) <= (record.recorded, record.line) { return }
        lines[day] = nil
        added[day] = record
    }

    /// The record of a day number, if it was recorded.
    func record(_ day: Int) -> Record? {
        if let record = added[day] { return record }
        guard let line = lines[day] else { return nil }
        return Self.decode(bytes[line.range])
    }

    /// A line's record, decoded in full.
    static func decode(_ line: ArraySlice<UInt8>) -> Record? {
        let fields = line.split(separator: 0x20)
        guard fields.count == 4, fields[0].count == 10, let date = CalendarDate(iso: String(decoding: fields[0], as: UTF8.self)),
              let recorded = Int(String(decoding: fields[3], as: UTF8.self)) else { return nil }
        let prompt = String(decoding: fields[1], as: UTF8.self)
        return Record(date: date, prompt: prompt == "-" ? nil : prompt, reason: String(decoding: fields[2], as: UTF8.self), recorded: recorded)
    }

    /// Whether a day number was recorded.
    func has(_ day: Int) -> Bool { added[day] != nil || lines[day] != nil }

    /// The record of a day, if it was recorded.
    public subscript(date: CalendarDate) -> Record? { record(date.dayNumber) }

    /// The first day from `first` through `last` with no record.
    func firstMissing(from first: Int, through last: Int) -> Int? {
        guard first <= last else { return nil }
        return (first...last).first { !has($0) }
    }

    /// A hash of the records before a day: what a checkpoint made then
    /// depends on. Each record counts by its day, when it was recorded and
    /// its length, mixed and summed, so that no order of lines matters and
    /// the year of lines a morning reads is not sorted or hashed byte by byte.
    func hash(before day: Int) -> UInt64 {
        var total: UInt64 = 0
        func mix(_ day: Int, _ recorded: Int, _ length: Int) -> UInt64 {
            var hasher = FNV1a()
            hasher.combine(UInt64(bitPattern: Int64(day)))
            hasher.combine(UInt64(bitPattern: Int64(recorded)))
            hasher.combine(UInt64(length))
            return hasher.value
        }
        for (key, line) in lines where key < day && added[key] == nil { total &+= mix(key, line.recorded, line.range.count + 1) }
        for (key, record) in added where key < day { total &+= mix(key, record.recorded, record.line.utf8.count) }
        return total
    }

}

extension Journal {
    /// The ledger of what each day showed.
    public var ledgerPath: String { folder + "/shown.log" }

    /// The ledger (empty when there is none yet, or it cannot be read).
    public func loadLedger() -> ScheduleLedger {
        guard let bytes = try? FileSystem.read(ledgerPath) else { return ScheduleLedger() }
        return ScheduleLedger(bytes: bytes)
    }

    /// Records days not recorded yet, under the journal lock: the ledger is
    /// read again under the lock, and only days still missing are added (the
    /// file is rewritten whole, atomically, so a crash leaves the old one).
    ///
    /// - Returns: the ledger as saved.
    @discardableResult
    public func record(_ records: [ScheduleLedger.Record]) throws(JournalError) -> ScheduleLedger {
        try locked { () throws(JournalError) -> ScheduleLedger in
            var bytes: [UInt8] = []
            do throws(FileSystemError) { bytes = try FileSystem.read(ledgerPath) } catch { if error.code != ENOENT { throw .fileSystem(error) } }
            var ledger = ScheduleLedger(bytes: bytes)
            let new = records.filter { ledger[$0.date] == nil }
            guard !new.isEmpty else { return ledger }
            if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
            for record in new.sorted(by: { $0.date < $1.date }) {
                bytes += Array(record.line.utf8)
                ledger.add(record)
            }
            do throws(FileSystemError) { try FileSystem.write(bytes, to: ledgerPath, replace: .atomically) } catch { throw .fileSystem(error) }
            recordChange(ledgerPath)
            return ledger
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
