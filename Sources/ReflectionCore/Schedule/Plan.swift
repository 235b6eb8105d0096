/// The person's plan: which days have a prompt, and an optional focus. Kept
/// in the journal folder (`plan.json`), so it travels with the journal.
public struct Plan: Codable, Equatable, Sendable {
    public static let currentSchemaVersion = 1
    /// The day the schedule starts from when none is set: picks before it
    /// are not simulated.
    public static let defaultEpoch = CalendarDate(year: 2026, month: 1, day: 1)!

    public var schemaVersion: Int = Plan.currentSchemaVersion
    /// The journal's seed for breaking ties; change it to reshuffle.
    public var seed: UInt64 = 0
    /// Weekdays with a prompt, 0 = Monday ... 6 = Sunday; nil means every day.
    public var days: [Int]?
    public var focus: Focus?

    public init() {}

    enum CodingKeys: String, CodingKey { case schemaVersion, seed, days, focus }

    /// Missing keys take their defaults, so a hand-written plan may be short.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decodeIfPresent(Int.self, forKey: .schemaVersion) ?? Plan.currentSchemaVersion
        seed = try container.decodeIfPresent(UInt64.self, forKey: .seed) ?? 0
        days = try container.decodeIfPresent([Int].self, forKey: .days)
        focus = try container.decodeIfPresent(Focus.self, forKey: .focus)
    }

    /// A stretch of days that draws its prompts from one question or theme,
    /// walking a reflective model's stages.
    public struct Focus: Codable, Equatable, Sendable {
        /// A question or theme id.
        public var id: String
        /// gibbs or driscoll.
        public var model: String
        /// First day, YYYY-MM-DD.
        public var start: String
        public var days: Int

        public init(id: String, model: ReflectiveModel, start: CalendarDate, days: Int) {
            self.id = id
            self.model = model.rawValue
            self.start = start.description
            self.days = days
        }

        public var startDate: CalendarDate? { CalendarDate(iso: start) }
        public var reflectiveModel: ReflectiveModel { ReflectiveModel(rawValue: model) ?? .gibbs }

        /// The last day of the focus.
        public var endDate: CalendarDate? { startDate?.adding(days: days - 1) }
    }

    /// What is wrong with a plan a person edited by hand, if anything.
    public var problem: String? {
        if let days, days.isEmpty || days.contains(where: { !(0...6).contains($0) }) {
            return "days must list weekdays from 0 (Monday) to 6 (Sunday)"
        }
        if let focus {
            if focus.startDate == nil { return "focus.start must be a date as YYYY-MM-DD" }
            if !(1...3660).contains(focus.days) { return "focus.days must be from 1 to 3660" }
            if ReflectiveModel(rawValue: focus.model) == nil || focus.reflectiveModel.stages.isEmpty {
                return "focus.model must be gibbs, driscoll or kolb"
            }
        }
        return nil
    }

    /// Whether a date has a prompt under this plan.
    public func isActive(_ date: CalendarDate) -> Bool { days?.contains(date.weekday) ?? true }

    static let weekdayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// Parses `mon,tue,wed` (or `all`, `weekdays`, `weekends`) into weekday numbers.
    public static func parseDays(_ text: String) -> [Int]? {
        switch text.lowercased() {
        case "all", "every", "daily": return nil
        case "weekdays": return [0, 1, 2, 3, 4]
        case "weekends": return [5, 6]
        default: break
        }
        var days: [Int] = []
        for part in text.lowercased().split(separator: ",") {
            let name = part.trimmed
            guard let index = weekdayNames.firstIndex(where: { name == $0 || (name.count > 3 && $0.hasPrefix(String(name.prefix(3))) && longName($0).hasPrefix(name)) }) else {
                return []
            }
            if !days.contains(index) { days.append(index) }
        }
        return days.sorted()
    }

    static func longName(_ short: String) -> String {
        ["mon": "monday", "tue": "tuesday", "wed": "wednesday", "thu": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday"][short] ?? short
    }

    /// `mon,tue,wed,thu,fri` or `every day`.
    public var daysDescription: String {
        guard let days else { return "every day" }
        return days.map { Self.weekdayNames[$0] }.joined(separator: ",")
    }
}

/// A skipped day: the date and the prompt that was skipped.
public struct Skip: Codable, Equatable, Sendable {
    public var date: String
    public var prompt: String

    public init(date: CalendarDate, prompt: String) {
        self.date = date.description
        self.prompt = prompt
    }
}

/// `skips.json`: every skip, oldest first.
public struct SkipLog: Codable, Equatable, Sendable {
    public var schemaVersion: Int = 1
    public var skips: [Skip] = []

    public init() {}
}

extension Journal {
    public var planPath: String { folder + "/plan.json" }
    public var skipsPath: String { folder + "/skips.json" }

    /// The plan, or the default when there is no plan file.
    /// - Throws: `PlanFileError` for a file that is not a valid plan (never overwritten).
    public func loadPlan() throws(PlanFileError) -> Plan {
        let plan = try loadJSON(Plan.self, path: planPath, default: Plan())
        if let problem = plan.problem { throw PlanFileError(path: planPath, message: problem) }
        return plan
    }

    public func loadSkips() throws(PlanFileError) -> SkipLog {
        try loadJSON(SkipLog.self, path: skipsPath, default: SkipLog())
    }

    func loadJSON<T: Decodable & HasSchemaVersion>(_ type: T.Type, path: String, default value: T) throws(PlanFileError) -> T {
        let bytes: [UInt8]
        do { bytes = try FileSystem.read(path) } catch {
            if error.code == ENOENT { return value }
            throw PlanFileError(path: path, message: error.description)
        }
        let decoded: T
        do { decoded = try JSONInput.decode(T.self, from: Data(bytes)) } catch {
            switch error {
            case .malformed(let line, let column, let message): throw PlanFileError(path: "\(path):\(line):\(column)", message: "malformed JSON: \(message)")
            case .mismatch(let key, let message): throw PlanFileError(path: path, message: "\(key.isEmpty ? "top level" : key): \(message)")
            }
        }
        guard decoded.schemaVersion <= 1 else { throw PlanFileError(path: path, message: "schemaVersion \(decoded.schemaVersion) is newer than this reflect reads") }
        return decoded
    }

    /// Changes the plan under the journal lock: it is read again under the
    /// lock, changed, and written atomically, so two changes never lose one.
    /// - Returns: the plan as saved.
    public func updatePlan(_ change: (inout Plan) throws(JournalError) -> Void) throws(JournalError) -> Plan {
        try locked { () throws(JournalError) in
            var plan: Plan
            do throws(PlanFileError) { plan = try loadPlan() } catch { throw .plan(error) }
            try change(&plan)
            try saveJSON(plan, to: planPath)
            return plan
        }
    }

    /// Changes the skips under the journal lock, as `updatePlan` does.
    public func updateSkips<T>(_ change: (inout SkipLog) throws(JournalError) -> T) throws(JournalError) -> T {
        try locked { () throws(JournalError) in
            var log: SkipLog
            do throws(PlanFileError) { log = try loadSkips() } catch { throw .plan(error) }
            let result = try change(&log)
            try saveJSON(log, to: skipsPath)
            return result
        }
    }

    func saveJSON(_ value: some Encodable, to path: String) throws(JournalError) {
        try makeFolder(folder)
        do { try FileSystem.write(Array(JSONOutput.encode(value).utf8), to: path, replace: .atomically) } catch { throw .fileSystem(error) }
    }
}

/// Files with a schema version, checked when read.
protocol HasSchemaVersion { var schemaVersion: Int { get } }
extension Plan: HasSchemaVersion {}
extension SkipLog: HasSchemaVersion {}

#if canImport(Glibc)
import Glibc
#endif
