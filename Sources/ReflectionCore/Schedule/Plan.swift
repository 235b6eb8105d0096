/// The person's plan: which days have a prompt, and an optional focus, with
/// the day each setting took effect. Kept in the journal folder
/// (`plan.json`), so it travels with the journal.
///
/// `days` and `focus` are the settings in effect from `from` (the start when
/// absent); `history` keeps the earlier settings, each with the day it took
/// effect, so that a change never reaches back before the day it was made.
public struct Plan: Codable, Equatable, Sendable {
    public static let currentSchemaVersion = 2
    /// The day the schedule starts from when none is set: picks before it
    /// are not simulated.
    public static let defaultEpoch = CalendarDate(year: 2026, month: 1, day: 1)!

    public var schemaVersion: Int = Plan.currentSchemaVersion
    /// The journal's seed for breaking ties. 0 for everyone, so that people
    /// who start together meet the same prompts while their histories agree;
    /// change it by hand to reshuffle the days to come.
    public var seed: UInt64 = 0
    /// Random letters made for this journal, from which calendar UIDs come
    /// (never from the seed, which many journals share).
    public var salt: String?
    /// Weekdays with a prompt, 0 = Monday ... 6 = Sunday; nil means every day.
    public var days: [Int]?
    public var focus: Focus?
    /// The day `days` and `focus` took effect, YYYY-MM-DD; nil is the start.
    public var from: String?
    /// Earlier settings, oldest first.
    public var history: [Period] = []

    public init() {}

    enum CodingKeys: String, CodingKey { case schemaVersion, seed, salt, days, focus, from, history }

    /// Missing keys take their defaults, so a hand-written plan may be short.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decodeIfPresent(Int.self, forKey: .schemaVersion) ?? Plan.currentSchemaVersion
        seed = try container.decodeIfPresent(UInt64.self, forKey: .seed) ?? 0
        salt = try container.decodeIfPresent(String.self, forKey: .salt)
        days = try container.decodeIfPresent([Int].self, forKey: .days)
        focus = try container.decodeIfPresent(Focus.self, forKey: .focus)
        from = try container.decodeIfPresent(String.self, forKey: .from)
        history = try container.decodeIfPresent([Period].self, forKey: .history) ?? []
    }

    /// The settings from one day on: which days have a prompt, and a focus.
    public struct Period: Codable, Equatable, Sendable {
        /// The day it took effect, YYYY-MM-DD.
        public var from: String
        public var days: [Int]?
        public var focus: Focus?

        public init(from: CalendarDate, days: [Int]?, focus: Focus?) {
            self.from = from.description
            self.days = days
            self.focus = focus
        }

        public var fromDate: CalendarDate? { CalendarDate(iso: from) }

        /// Whether a date has a prompt under this setting.
        public func isActive(_ date: CalendarDate) -> Bool { days?.contains(date.weekday) ?? true }

        /// `mon,tue,wed,thu,fri` or `every day`.
        public var daysDescription: String { Plan.describe(days) }
    }

    /// Every setting, oldest first: the history, then the current one.
    public var periods: [Period] {
        history + [Period(from: currentFrom ?? Self.defaultEpoch, days: days, focus: focus)]
    }

    /// The setting in effect on a date.
    public func setting(on date: CalendarDate) -> Period {
        let all = periods
        return all.last { ($0.fromDate ?? Self.defaultEpoch) <= date } ?? all[0]
    }

    /// Changes the setting from `start` on, leaving every earlier day as it
    /// was: the setting in effect on `start` is copied, changed, and takes
    /// effect that day; later settings (changes planned ahead) get the same change.
    public mutating func change(from start: CalendarDate, _ apply: (inout Period) -> Void) {
        var all = periods
        var new = setting(on: start)
        new.from = start.description
        apply(&new)
        all = all.filter { $0.fromDate.map { $0 != start } ?? true }.map { period in
            guard let date = period.fromDate, date > start else { return period }
            var later = period
            apply(&later)
            later.from = date.description
            return later
        }
        all.append(new)
        all.sort { ($0.fromDate ?? Self.defaultEpoch) < ($1.fromDate ?? Self.defaultEpoch) }
        // A setting the same as the one before it is no change.
        var merged: [Period] = []
        for period in all {
            if let last = merged.last, last.days == period.days, last.focus == period.focus { continue }
            merged.append(period)
        }
        guard let current = merged.last else { return }
        history = Array(merged.dropLast())
        days = current.days
        focus = current.focus
        from = history.isEmpty && current.fromDate == Self.defaultEpoch ? nil : current.from
    }

    /// Sixteen random letters and digits, for calendar UIDs.
    static func makeSalt() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<16).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
    }

    /// The first day of the current setting, when it is a change.
    public var currentFrom: CalendarDate? { from.flatMap(CalendarDate.init(iso:)) }

    /// A stretch of days that draws its prompts from one question or theme,
    /// walking a reflective model's stages.
    public struct Focus: Codable, Equatable, Sendable {
        /// A question or theme id, or a dilemma's.
        public var id: String
        /// gibbs or driscoll.
        public var model: String
        /// First day, YYYY-MM-DD.
        public var start: String
        public var days: Int
        /// For a focus on a dilemma: the themes that best matched it when the
        /// focus began, best first (kept, so that the days ahead do not change
        /// as more is written), and its title as it was then.
        public var themes: [String]?
        public var title: String?

        /// How a line names the focus: a dilemma by its title in quotes, else by its id.
        public var name: String { title.map { "“\($0)”" } ?? id }

        /// What the focus is on: the dilemma's title, else the library's words for the id.
        public func label(in library: PromptLibrary) -> String {
            if let title { return title }
            switch library.item(withID: id) {
            case .question(let q)?: return q.text
            case .theme(let t, _)?: return t.title
            default: return id
            }
        }

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
        if from != nil, currentFrom == nil { return "from must be a date as YYYY-MM-DD" }
        if !history.isEmpty, from == nil { return "from (the day days and focus took effect) is needed with a history" }
        for (number, period) in periods.enumerated() {
            let name = number == history.count ? "" : "history[\(number)]."
            guard let start = period.fromDate else { return "\(name)from must be a date as YYYY-MM-DD" }
            if number > 0, let before = periods[number - 1].fromDate, before >= start {
                return "\(name.isEmpty ? "" : name)from must come after the setting before it (\(before))"
            }
            if let days = period.days, days.isEmpty || days.contains(where: { !(0...6).contains($0) }) {
                return "\(name)days must list weekdays from 0 (Monday) to 6 (Sunday)"
            }
            if let focus = period.focus {
                if focus.startDate == nil { return "\(name)focus.start must be a date as YYYY-MM-DD" }
                if !(1...3660).contains(focus.days) { return "\(name)focus.days must be from 1 to 3660" }
                if ReflectiveModel(rawValue: focus.model) == nil || focus.reflectiveModel.stages.isEmpty {
                    return "\(name)focus.model must be gibbs, driscoll or kolb"
                }
            }
        }
        return nil
    }

    /// Whether a date has a prompt under the setting in effect that day.
    public func isActive(_ date: CalendarDate) -> Bool { setting(on: date).isActive(date) }

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
        // Every item must name a day: "mon,,fri" or "mon," is a typo, not Monday and Friday.
        for part in text.lowercased().split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.trimmed
            guard !name.isEmpty else { return [] }
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

    /// `mon,tue,wed,thu,fri` or `every day`: the current setting.
    public var daysDescription: String { Self.describe(days) }

    static func describe(_ days: [Int]?) -> String {
        guard let days else { return "every day" }
        return days.map { Self.weekdayNames[$0] }.joined(separator: ",")
    }
}

/// A skipped day: the date and the prompt that was skipped.
public struct Skip: Codable, Equatable, Sendable {
    public var date: String
    public var prompt: String
    /// On a focus day: the focus and the stage skipped (the next stage follows).
    public var focus: String?
    public var stage: Int?

    public init(date: CalendarDate, prompt: String, focus: String? = nil, stage: Int? = nil) {
        self.date = date.description
        self.prompt = prompt
        self.focus = focus
        self.stage = stage
    }
}

/// `skips.json`: every skip, oldest first.
public struct SkipLog: Codable, Equatable, Sendable {
    public static let currentSchemaVersion = 1
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

    /// Changes the plan under the journal lock: it is read again under the
    /// lock, changed, and written atomically, so two changes never lose one.
    /// - Returns: the plan as saved.
    public func updatePlan(_ change: (inout Plan) throws(JournalError) -> Void) throws(JournalError) -> Plan {
        try locked { () throws(JournalError) in
            var plan: Plan
            do throws(PlanFileError) { plan = try loadPlan() } catch { throw .plan(error) }
            try change(&plan)
            plan.schemaVersion = Plan.currentSchemaVersion
            if plan.salt == nil { plan.salt = Plan.makeSalt() }
            try saveJSON(plan, to: planPath)
            return plan
        }
    }

    /// The plan with its salt for calendar UIDs, made and saved the first
    /// time one is needed.
    /// - Throws: when the plan cannot be read or the salt cannot be saved.
    public func planWithSalt() throws(JournalError) -> Plan {
        var plan: Plan
        do throws(PlanFileError) { plan = try loadPlan() } catch { throw .plan(error) }
        if plan.salt != nil { return plan }
        return try updatePlan { _ in }
    }

    /// Changes the skips under the journal lock, as `updatePlan` does.
    public func updateSkips<T>(_ change: (inout SkipLog) throws(JournalError) -> T) throws(JournalError) -> T {
        try locked { () throws(JournalError) in
            var log: SkipLog
            do throws(PlanFileError) { log = try loadSkips() } catch { throw .plan(error) }
            let before = log
            let result = try change(&log)
            // A change that changes nothing writes nothing.
            if log != before { try saveJSON(log, to: skipsPath) }
            return result
        }
    }

    func saveJSON(_ value: some Encodable, to path: String) throws(JournalError) {
        try makeFolder(folder)
        do { try FileSystem.write(Array(JSONOutput.encode(value).utf8), to: path, replace: .atomically) } catch { throw .fileSystem(error) }
        recordChange(path)
    }
}

extension Plan: HasSchemaVersion {}
extension SkipLog: HasSchemaVersion {}

#if canImport(Glibc)
import Glibc
#endif
