/// What a command line asks reflect to do: the result of parsing, before any
/// file is read. Parsing is pure, so every case is table-tested.
public enum Command: Equatable, Sendable {
    case today(date: DateArgument?, json: Bool, ifUnanswered: Bool = false)
    case skip(date: DateArgument?)
    case schedule(ScheduleOptions)
    case plan(PlanAction, json: Bool)
    case status(json: Bool)
    case questions(json: Bool)
    case themes(question: String?, json: Bool)
    case prompts(question: String?, theme: String?, json: Bool)
    case source(id: String, json: Bool, entries: Bool)
    case write(WriteOptions)
    case list(EntryQuery, json: Bool)
    case show(id: String, json: Bool)
    case edit(id: String)
    case search(terms: String, EntryQuery, idsOnly: Bool, json: Bool)
    case delete(id: String, force: Bool)
    case check
    case importEntries(format: ImportFormat, file: String)
    case export(format: ExportFormat)
    /// Help for reflect (nil) or one command.
    case help(command: String?)
    case version
}

/// A day given on the command line: a date, or one relative to today.
public enum DateArgument: Equatable, Sendable {
    case date(CalendarDate)
    case today
    case yesterday
    /// `3d`, `2w`, `6m`, `1y`: that long before today.
    case daysAgo(Int)
    case monthsAgo(Int)

    /// Parses `YYYY-MM-DD`, `today`, `yesterday`, or a count of days, weeks,
    /// months or years ago (`3d`, `2w`, `6m`, `1y`).
    public init?(_ text: String) {
        switch text.lowercased() {
        case "today": self = .today
        case "yesterday": self = .yesterday
        default:
            if let date = CalendarDate(iso: text) {
                self = .date(date)
                return
            }
            guard let unit = text.last, let count = Int(text.dropLast()), count >= 0, count <= 100_000,
                  text.dropLast().allSatisfy(\.isNumber) else { return nil }
            switch unit {
            case "d": self = .daysAgo(count)
            case "w": self = .daysAgo(count * 7)
            case "m": self = .monthsAgo(count)
            case "y": self = .monthsAgo(count * 12)
            default: return nil
            }
        }
    }

    /// The calendar date, given today's.
    public func resolve(today: CalendarDate) -> CalendarDate {
        switch self {
        case .date(let date): return date
        case .today: return today
        case .yesterday: return today.adding(days: -1)
        case .daysAgo(let days): return today.adding(days: -days)
        case .monthsAgo(let months):
            let index = today.year * 12 + (today.month - 1) - months
            let year = index / 12, month = index % 12 + 1
            let day = min(today.day, CalendarDate.daysInMonth(year: year, month: month))
            return CalendarDate(year: year, month: month, day: day) ?? today
        }
    }
}

/// Which entries a command is about: `list`'s and `search`'s filters.
public struct EntryQuery: Equatable, Sendable {
    public var limit: Int?
    public var since: DateArgument?
    public var until: DateArgument?
    public var prompt: String?
    public var question: String?
    public var theme: String?
    /// Every tag given must be present.
    public var tags: [String] = []

    public init(limit: Int? = nil, since: DateArgument? = nil, until: DateArgument? = nil, prompt: String? = nil,
                question: String? = nil, theme: String? = nil, tags: [String] = []) {
        self.limit = limit
        self.since = since
        self.until = until
        self.prompt = prompt
        self.question = question
        self.theme = theme
        self.tags = tags
    }
}

/// `reflect write`'s options.
public struct WriteOptions: Equatable, Sendable {
    public var prompt: String?
    public var today = false
    public var model: ReflectiveModel?
    public var tags: [String] = []
    public var date: DateArgument?
    /// `-m TEXT`.
    public var message: String?
    /// `--file PATH`; `-` is standard input.
    public var file: String?
    /// `--resume`: continue the newest draft.
    public var resume = false

    public init() {}
}

/// `reflect schedule`'s options.
public struct ScheduleOptions: Equatable, Sendable {
    public var from: DateArgument?
    public var days = 14
    public var json = false
    /// An iCalendar file instead of text.
    public var ics = false
    /// One repeating event that says to run `reflect today`.
    public var reminder = false
    /// Events at this local time instead of all day.
    public var hour: Int?
    public var minute: Int?
    /// Minutes before the event for its alarm.
    public var alarm = 0

    public init() {}
}

/// What `reflect plan` does.
public enum PlanAction: Equatable, Sendable {
    case show
    /// Back to the normal rotation: ends any focus.
    case rotate
    case focus(id: String, days: Int, model: ReflectiveModel, from: DateArgument?)
    case days(String)
}

/// What `reflect import` reads.
public enum ImportFormat: String, Equatable, Sendable, CaseIterable {
    case jrnl, reflect
}

/// What `reflect export` writes.
public enum ExportFormat: String, Equatable, Sendable, CaseIterable {
    case json, markdown
}

/// A parsed command line: the options every command takes, and the command.
public struct Invocation: Equatable, Sendable {
    /// `--library FILE`, if given.
    public var library: String?
    public var command: Command

    public init(library: String? = nil, command: Command) {
        self.library = library
        self.command = command
    }

    /// Parses the arguments after the program name.
    ///
    /// - Throws: `UsageError` for anything reflect cannot act on.
    public static func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
        guard let first = arguments.first else { return Invocation(command: .help(command: nil)) }
        switch first {
        case "--help", "-h": return Invocation(command: .help(command: nil))
        case "--version", "-V": return Invocation(command: .version)
        default: break
        }
        // `--library FILE` may come before the command.
        if first == "--library" || first.hasPrefix("--library=") {
            let rest: [String]
            let value: String
            if first == "--library" {
                guard arguments.count > 1 else { throw .missingValue(option: "--library", placeholder: "FILE", command: "") }
                value = arguments[1]
                rest = Array(arguments.dropFirst(2))
            } else {
                value = String(first.dropFirst("--library=".count))
                rest = Array(arguments.dropFirst())
            }
            var invocation = try parse(rest)
            if invocation.library == nil { invocation.library = value }
            return invocation
        }
        guard let spec = CommandTable.spec(named: first) else {
            if first.hasPrefix("-") {
                let globals = ["--help", "--version", "--library"]
                throw .unknownOption(option: first, command: "", suggestions: NearestMatch.suggestions(for: first, in: globals))
            }
            throw .unknownCommand(command: first, suggestions: NearestMatch.suggestions(for: first, in: CommandTable.all.map(\.name)))
        }
        let parsed = try ParsedArguments.parse(Array(arguments.dropFirst()), spec: spec)
        let library = parsed.value("library")
        if parsed.flag("help") { return Invocation(library: library, command: .help(command: spec.name)) }
        return Invocation(library: library, command: try command(named: spec.name, parsed))
    }

    private static func command(named name: String, _ parsed: ParsedArguments) throws(UsageError) -> Command {
        let json = parsed.flag("json")
        switch name {
        case "today":
            return .today(date: try parsed.value("date").map { text throws(UsageError) in try dateArgument(text, option: "--date") }, json: json,
                          ifUnanswered: parsed.flag("if-unanswered"))
        case "skip":
            return .skip(date: try parsed.value("date").map { text throws(UsageError) in try dateArgument(text, option: "--date") })
        case "status":
            return .status(json: json)
        case "schedule":
            var options = ScheduleOptions()
            options.from = try parsed.value("from").map { text throws(UsageError) in try dateArgument(text, option: "--from") }
            if let days = parsed.value("days") { options.days = try positiveNumber(days, option: "--days", maximum: 3660) }
            options.json = json
            options.ics = parsed.flag("ics")
            options.reminder = parsed.flag("reminder")
            if let time = parsed.value("time") {
                let parts = time.split(separator: ":")
                guard parts.count == 2, parts[0].count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
                      (0..<24).contains(h), (0..<60).contains(m) else {
                    throw .invalidValue(option: "--time", value: time, expected: "a time as HH:MM")
                }
                options.hour = h
                options.minute = m
            }
            if let alarm = parsed.value("alarm") {
                guard let minutes = Int(alarm), (0...1440).contains(minutes) else {
                    throw .invalidValue(option: "--alarm", value: alarm, expected: "minutes before the event, 0 to 1440")
                }
                options.alarm = minutes
            }
            if options.json, options.ics || options.reminder { throw .conflictingOptions("--json", options.ics ? "--ics" : "--reminder") }
            if !options.ics, !options.reminder, parsed.value("time") != nil || parsed.value("alarm") != nil {
                throw .conflictingOptions(parsed.value("time") != nil ? "--time" : "--alarm", "a schedule without --ics or --reminder")
            }
            return .schedule(options)
        case "plan":
            let words = parsed.positionals
            guard let action = words.first else { return .plan(.show, json: json) }
            switch action {
            case "rotate":
                guard words.count == 1 else { throw .unexpectedArgument(argument: words[1], command: "plan rotate") }
                return .plan(.rotate, json: json)
            case "focus":
                guard words.count == 2 else {
                    if words.count < 2 { throw .missingArgument(argument: "a question or theme id", command: "plan focus") }
                    throw .unexpectedArgument(argument: words[2], command: "plan focus")
                }
                let days = try parsed.value("days").map { text throws(UsageError) in try positiveNumber(text, option: "--days", maximum: 366) } ?? 14
                let modelName = parsed.value("model") ?? "gibbs"
                guard let model = ReflectiveModel(rawValue: modelName.lowercased()), model == .gibbs || model == .driscoll else {
                    throw .invalidValue(option: "--model", value: modelName, expected: "gibbs or driscoll")
                }
                let from = try parsed.value("from").map { text throws(UsageError) in try dateArgument(text, option: "--from") }
                return .plan(.focus(id: words[1], days: days, model: model, from: from), json: json)
            case "days":
                guard words.count == 2 else {
                    if words.count < 2 { throw .missingArgument(argument: "days such as mon,tue,wed,thu,fri (or all)", command: "plan days") }
                    throw .unexpectedArgument(argument: words[2], command: "plan days")
                }
                guard Plan.parseDays(words[1]).map({ !$0.isEmpty }) ?? true else {
                    throw .invalidValue(option: "plan days", value: words[1], expected: "days such as mon,tue,wed,thu,fri, or all, weekdays, weekends")
                }
                return .plan(.days(words[1]), json: json)
            default:
                throw .unknownCommand(command: "plan \(action)", suggestions: NearestMatch.suggestions(for: action, in: ["rotate", "focus", "days"]).map { "plan \($0)" })
            }
        case "questions":
            return .questions(json: json)
        case "themes":
            return .themes(question: parsed.positionals.first, json: json)
        case "prompts":
            return .prompts(question: parsed.value("question"), theme: parsed.value("theme"), json: json)
        case "source":
            return .source(id: parsed.positionals[0], json: json, entries: parsed.flag("entries"))
        case "write":
            var options = WriteOptions()
            options.prompt = parsed.value("prompt")
            options.today = parsed.flag("today")
            options.tags = (parsed.values["tag"] ?? []).map(Tags.normalise)
            options.message = parsed.value("message")
            options.file = parsed.value("file")
            options.resume = parsed.flag("resume")
            if let model = parsed.value("model") {
                guard let value = ReflectiveModel(rawValue: model.lowercased()) else {
                    throw .invalidValue(option: "--model", value: model, expected: ReflectiveModel.allCases.map(\.rawValue).joined(separator: ", "))
                }
                options.model = value
            }
            options.date = try parsed.value("date").map { text throws(UsageError) in try dateArgument(text, option: "--date") }
            if options.prompt != nil, options.today { throw .conflictingOptions("--prompt", "--today") }
            if options.message != nil, options.file != nil { throw .conflictingOptions("-m", "--file") }
            if options.resume, options.message != nil || options.file != nil || options.prompt != nil || options.today {
                throw .conflictingOptions("--resume", "a new entry's options")
            }
            return .write(options)
        case "list":
            return .list(try query(parsed), json: json)
        case "show":
            return .show(id: parsed.positionals[0], json: json)
        case "edit":
            return .edit(id: parsed.positionals[0])
        case "search":
            return .search(terms: parsed.positionals.joined(separator: " "), try query(parsed), idsOnly: parsed.flag("ids-only"), json: json)
        case "delete":
            return .delete(id: parsed.positionals[0], force: parsed.flag("force"))
        case "check":
            return .check
        case "import":
            let from = parsed.value("from") ?? ""
            guard let format = ImportFormat(rawValue: from) else {
                if from.isEmpty { throw .missingArgument(argument: "--from jrnl|reflect", command: "import") }
                throw .invalidValue(option: "--from", value: from, expected: "jrnl or reflect")
            }
            return .importEntries(format: format, file: parsed.positionals[0])
        case "export":
            let name = parsed.value("format") ?? (json ? "json" : "json")
            guard let format = ExportFormat(rawValue: name) else {
                throw .invalidValue(option: "--format", value: name, expected: "json or markdown")
            }
            return .export(format: format)
        case "help":
            if let topic = parsed.positionals.first, CommandTable.spec(named: topic) == nil {
                throw .unknownCommand(command: topic, suggestions: NearestMatch.suggestions(for: topic, in: CommandTable.all.map(\.name)))
            }
            return .help(command: parsed.positionals.first)
        default:
            return .version
        }
    }

    static func positiveNumber(_ text: String, option: String, maximum: Int) throws(UsageError) -> Int {
        guard let n = Int(text), n > 0, n <= maximum else {
            throw .invalidValue(option: option, value: text, expected: "a whole number from 1 to \(maximum)")
        }
        return n
    }

    static func query(_ parsed: ParsedArguments) throws(UsageError) -> EntryQuery {
        var query = EntryQuery()
        if let limit = parsed.value("number") {
            guard let n = Int(limit), n > 0 else { throw .invalidValue(option: "-n", value: limit, expected: "a whole number above 0") }
            query.limit = n
        }
        query.since = try parsed.value("since").map { text throws(UsageError) in try dateArgument(text, option: "--since") }
        query.until = try parsed.value("until").map { text throws(UsageError) in try dateArgument(text, option: "--until") }
        query.prompt = parsed.value("prompt")
        query.question = parsed.value("question")
        query.theme = parsed.value("theme")
        query.tags = (parsed.values["tag"] ?? []).map(Tags.normalise)
        return query
    }

    static func dateArgument(_ text: String, option: String) throws(UsageError) -> DateArgument {
        guard let date = DateArgument(text) else {
            throw .invalidValue(option: option, value: text, expected: "a date as YYYY-MM-DD, today, yesterday, or 3d, 2w, 6m")
        }
        return date
    }
}
