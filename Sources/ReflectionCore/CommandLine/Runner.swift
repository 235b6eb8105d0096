/// What running a command produced: its output streams and exit status.
public struct CommandResult: Equatable, Sendable {
    public var stdout: String = ""
    public var stderr: String = ""
    public var status: Int32 = 0

    public init(stdout: String = "", stderr: String = "", status: Int32 = 0) {
        self.stdout = stdout
        self.stderr = stderr
        self.status = status
    }

    /// A failure: `reflect: error: ...` on stderr and the given status.
    public static func failure(_ message: String, status: Int32 = ExitCode.failure) -> CommandResult {
        CommandResult(stderr: "reflect: error: \(message)\n", status: status)
    }
}

/// The exit statuses reflect uses, as swift-argument-parser does.
public enum ExitCode {
    public static let success: Int32 = 0
    public static let failure: Int32 = 1
    /// `EX_USAGE`: the command line was wrong.
    public static let usage: Int32 = 64
    /// After SIGINT.
    public static let interrupted: Int32 = 130
}

/// The world a command runs in, passed in so that tests can set it.
public struct RunContext: Sendable {
    /// Environment variables.
    public var environment: [String: String]
    /// Today's local date.
    public var today: CalendarDate
    /// The current local time, for new entries.
    public var now: @Sendable () -> Timestamp = { Timestamp.now() }
    /// Whether standard input is a terminal (then `write` opens the editor,
    /// and `delete` may ask).
    public var stdinIsTerminal = false
    /// All of standard input.
    public var readStandardInput: @Sendable () -> [UInt8] = { [] }
    /// One line typed at the terminal, for confirmations.
    public var readAnswer: @Sendable () -> String? = { nil }

    public init(environment: [String: String], today: CalendarDate) {
        self.environment = environment
        self.today = today
    }

    /// The context of this process: its environment, clock and standard input.
    public static func current() -> RunContext {
        var context = RunContext(environment: ProcessEnvironment.current(), today: CalendarDate.today())
        context.stdinIsTerminal = StandardStreams.isTerminal(0)
        context.readStandardInput = { FileSystem.readAll(descriptor: 0) }
        context.readAnswer = { Swift.readLine() }
        return context
    }
}

/// Runs a parsed command: loads what it needs, acts, and renders the result.
/// The `reflect` executable is only this plus printing.
public enum Runner {
    /// Parses and runs a command line (the arguments after the program name).
    public static func run(_ arguments: [String], context: RunContext) -> CommandResult {
        let invocation: Invocation
        do {
            invocation = try Invocation.parse(arguments)
        } catch {
            return .failure(error.description, status: ExitCode.usage)
        }
        return run(invocation, context: context)
    }

    /// Runs an already parsed command.
    public static func run(_ invocation: Invocation, context: RunContext) -> CommandResult {
        switch invocation.command {
        case .help(let name):
            guard let name, let spec = CommandTable.spec(named: name) else { return CommandResult(stdout: HelpText.overview()) }
            return CommandResult(stdout: HelpText.command(spec))
        case .version:
            return CommandResult(stdout: "reflect \(HelpText.version)\n")
        default:
            break
        }
        let library: PromptLibrary
        do {
            library = try loadLibrary(invocation.library, context: context)
        } catch {
            return .failure(error.description)
        }
        switch invocation.command {
        case .questions, .themes, .prompts, .source(_, _, false):
            return LibraryCommands(library: library, context: context).run(invocation.command)
        case .today, .skip, .schedule, .plan, .status:
            // Without HOME the schedule still works, on an empty history.
            let folder = JournalLocation.folder(environment: context.environment) ?? "/nonexistent/reflect"
            return ScheduleCommands(library: library, journal: Journal(folder: folder), context: context).run(invocation.command)
        default:
            guard let folder = JournalLocation.folder(environment: context.environment) else {
                return .failure(JournalError.noLocation.description)
            }
            return JournalCommands(library: library, journal: Journal(folder: folder), context: context).run(invocation.command)
        }
    }

    /// The library named by `--library`, else `REFLECT_LIBRARY`, else the built-in one.
    public static func loadLibrary(_ path: String?, context: RunContext) throws(LibraryError) -> PromptLibrary {
        if let path = path ?? context.environment["REFLECT_LIBRARY"].flatMap({ $0.isEmpty ? nil : $0 }) {
            return try PromptLibrary.load(path: path)
        }
        return PromptLibrary.builtIn()
    }
}
