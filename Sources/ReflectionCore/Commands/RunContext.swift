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
    /// Where the journal records the files this run changes, for its git commit (set by the runner).
    public var changedPaths: ChangedPaths?
    /// Whether programs reflect starts (git) get this process's whole
    /// environment (`RunContext.current()`), rather than `environment` alone (tests).
    public var inheritsProcessEnvironment = false

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
        journal.changedPaths = changedPaths
        journal.makesParents = (environment["REFLECT_HOME"] ?? "").isEmpty
        try journal.checkReadable()
        return journal
    }

    /// The environment of a program reflect starts: the process's own, whole
    /// (git needs `PATH`, `SSH_AUTH_SOCK`, its own variables), with
    /// `environment` over it; only `environment` in a test.
    public var childEnvironment: [String: String] {
        inheritsProcessEnvironment ? ProcessEnvironment.all().merging(environment) { $1 } : environment
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

extension RunContext {
    /// With `sync.auto` on, before the editor opens for `write` or `edit`: a
    /// fast-forward-only pull, so that the person writes on what the other
    /// devices saved (5 s a network step, never asking).
    /// - Returns: a warning when it could not be done; the command goes on.
    func pullBeforeEditing(_ journal: Journal) -> [String] {
        guard (try? journal.loadSettings())?.syncAuto == "after-write",
              FileSystem.exists(journal.folder + "/.git"), var git = Git(folder: journal.folder, environment: childEnvironment) else { return [] }
        git.networkTimeout = 5
        do {
            try journal.pullFastForward(git: try journal.checkSyncable(git))
            return []
        } catch {
            return ["could not bring in the other devices' changes before editing (\(error)); the sync after saving merges them"]
        }
    }

    /// Commits the files a command changed, when the journal is a git
    /// repository (`Journal.commitChanges`), then syncs when `sync.auto` is
    /// `after-write`.
    /// - Returns: warnings when either failed; the command's result stands.
    func commit(_ changes: ChangedPaths, command: String) -> [String] {
        guard !changes.all.isEmpty, let folder = JournalLocation.folder(environment: environment) else { return [] }
        var journal = Journal(folder: folder, clock: clock, lockWait: lockWait)
        journal.changedPaths = changes
        let (committed, warning) = journal.commitChanges(command: command, environment: childEnvironment)
        var warnings = warning.map { [$0] } ?? []
        guard committed, !command.hasPrefix("sync"), (try? journal.loadSettings())?.syncAuto == "after-write" else { return warnings }
        // Automatic sync: never asks, never fails the command, and gives up soon (5 s a network step).
        do {
            var git = try journal.checkSyncable(Git(folder: folder, environment: childEnvironment))
            git.networkTimeout = 5
            warnings += try journal.sync(git: git, options: SyncOptions(), rules: .schedule).warnings
        } catch {
            warnings.append("the automatic sync (sync.auto) did not finish: \(error); 'reflect sync' tries again")
        }
        return warnings
    }
}
