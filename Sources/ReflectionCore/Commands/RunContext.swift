/// The world a command runs in, passed in so that tests can set all of it:
/// the environment, the clock, standard input, the terminal, and the prompt
/// library the run uses.
public struct RunContext: Sendable {
    /// Environment variables.
    public var environment: [String: String]
    /// The one clock: today's date and the time of new entries.
    public var clock: Clock
    /// Whether standard input is a terminal (then `write` opens the editor,
    /// and `delete` may ask).
    public var stdinIsTerminal = false
    /// Standard output's width and whether it is a terminal: from `COLUMNS`
    /// here (tests set it), and from the terminal too in `RunContext.current()`.
    public var screen: Screen
    /// Whether messages on standard error are styled (it is a terminal, and colour is wanted).
    public var errorColor = false
    /// All of standard input.
    public var readStandardInput: @Sendable () -> [UInt8] = { [] }
    /// Asks a question at the terminal (on standard error) and reads one line.
    public var ask: @Sendable (String) -> String? = { _ in nil }
    /// The prompt library (set by the runner from `--library`, `REFLECT_LIBRARY` or the built-in one).
    public var library: PromptLibrary = PromptLibrary.builtIn()

    public init(environment: [String: String], clock: Clock) {
        self.environment = environment
        self.clock = clock
        screen = Screen(width: Screen.width(environment: environment, window: nil))
    }

    /// Today's local date.
    public var today: CalendarDate { clock.today }

    /// The journal, wherever `REFLECT_HOME` or the XDG folders put it.
    /// Every command that reads or changes the journal opens it here, so a
    /// journal that is there but cannot be read stops all of them alike.
    /// - Throws: `JournalError.noLocation` when neither is set, and
    ///   `.unreadableFolder` for a journal that cannot be read.
    public func journal() throws(JournalError) -> Journal {
        guard let folder = JournalLocation.folder(environment: environment) else { throw .noLocation }
        var journal = Journal(folder: folder, clock: clock, lockWait: lockWait)
        journal.makesParents = (environment["REFLECT_HOME"] ?? "").isEmpty
        try journal.checkReadable()
        return journal
    }

    /// How long to wait for the journal's lock: `REFLECT_LOCK_TIMEOUT` seconds (0 to 600), else 5.
    var lockWait: Double {
        environment["REFLECT_LOCK_TIMEOUT"].flatMap(Double.init).map { min(max($0, 0), 600) } ?? 5
    }

    /// The journal for commands that work without one (the schedule on an
    /// empty history when there is no HOME).
    /// - Throws: `JournalError.unreadableFolder` for a journal that is there but cannot be read.
    public func journalOrEmpty() throws(JournalError) -> Journal {
        do {
            return try journal()
        } catch .noLocation {
            return Journal(folder: "/nonexistent/reflect", clock: clock)
        }
    }
}
