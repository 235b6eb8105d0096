/// What a command line asks reflect to do: the result of parsing, before any
/// file is read. Parsing is pure, so every case is table-tested.
public enum Command: Equatable, Sendable {
    case today(date: DateArgument?, json: Bool)
    case questions(json: Bool)
    case themes(question: String?, json: Bool)
    case prompts(question: String?, theme: String?, json: Bool)
    case source(id: String, json: Bool)
    /// Help for reflect (nil) or one command.
    case help(command: String?)
    case version
}

/// A day given on the command line: a date, or one relative to today.
public enum DateArgument: Equatable, Sendable {
    case date(CalendarDate)
    case today
    case yesterday

    /// Parses `YYYY-MM-DD`, `today` or `yesterday`.
    public init?(_ text: String) {
        switch text.lowercased() {
        case "today": self = .today
        case "yesterday": self = .yesterday
        default:
            guard let date = CalendarDate(iso: text) else { return nil }
            self = .date(date)
        }
    }

    /// The calendar date, given today's.
    public func resolve(today: CalendarDate) -> CalendarDate {
        switch self {
        case .date(let date): return date
        case .today: return today
        case .yesterday: return today.adding(days: -1)
        }
    }
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
            return .today(date: try parsed.value("date").map { text throws(UsageError) in try dateArgument(text, option: "--date") }, json: json)
        case "questions":
            return .questions(json: json)
        case "themes":
            return .themes(question: parsed.positionals.first, json: json)
        case "prompts":
            return .prompts(question: parsed.value("question"), theme: parsed.value("theme"), json: json)
        case "source":
            return .source(id: parsed.positionals[0], json: json)
        case "help":
            if let topic = parsed.positionals.first, CommandTable.spec(named: topic) == nil {
                throw .unknownCommand(command: topic, suggestions: NearestMatch.suggestions(for: topic, in: CommandTable.all.map(\.name)))
            }
            return .help(command: parsed.positionals.first)
        default:
            return .version
        }
    }

    static func dateArgument(_ text: String, option: String) throws(UsageError) -> DateArgument {
        guard let date = DateArgument(text) else {
            throw .invalidValue(option: option, value: text, expected: "a date as YYYY-MM-DD, 'today' or 'yesterday'")
        }
        return date
    }
}
