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

    /// Records by day number: the earliest recorded line of each day.
    public private(set) var days: [Int: Record] = [:]
    /// Lines that could not be read (kept in the file, ignored here), by line number.
    public private(set) var unreadable: [Int] = []

    public init() {}

    /// Reads a ledger's bytes; lines that cannot be read are skipped and counted.
    public init(bytes: [UInt8]) {
        var number = 0
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            number += 1
            let line = bytes[start..<end]
            start = end + 1
            if line.isEmpty { continue }
            guard let record = Self.record(line) else { unreadable.append(number); continue }
            add(record)
        }
    }

    static func record(_ line: ArraySlice<UInt8>) -> Record? {
        let fields = line.split(separator: 0x20)
        guard fields.count == 4, fields[0].count == 10, let date = CalendarDate(iso: String(decoding: fields[0], as: UTF8.self)),
              let recorded = Int(String(decoding: fields[3], as: UTF8.self)) else { return nil }
        let prompt = String(decoding: fields[1], as: UTF8.self)
        return Record(date: date, prompt: prompt == "-" ? nil : prompt, reason: String(decoding: fields[2], as: UTF8.self), recorded: recorded)
    }

    /// Adds a record unless its day has one recorded earlier.
    mutating func add(_ record: Record) {
        let day = record.date.dayNumber
        if let existing = days[day], (existing.recorded, existing.line) <= (record.recorded, record.line) { return }
        days[day] = record
    }

    /// The record of a day, if it was recorded.
    public subscript(date: CalendarDate) -> Record? { days[date.dayNumber] }

    /// The first day from `first` through `last` with no record.
    func firstMissing(from first: Int, through last: Int) -> Int? {
        guard first <= last else { return nil }
        if days.count >= last - first + 1, (first...last).allSatisfy({ days[$0] != nil }) { return nil }
        return (first...last).first { days[$0] == nil }
    }

    /// A hash of the records before a day: what a checkpoint made then depends on.
    func hash(before day: Int) -> UInt64 {
        var hasher = FNV1a()
        for key in days.keys.sorted() where key < day {
            guard let record = days[key] else { continue }
            hasher.combine(record.line)
        }
        return hasher.value
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
            return ledger
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
