/// `reflect sync`: one cycle with the remote, through the person's own git.
struct SyncRun: Command {
    static let noPush = OptionSpec("no-push", help: "Bring in the remote's changes, but send nothing.")
    static let allowDeletions = OptionSpec("allow-deletions", help: "Let the sync remove more than max(10, 10%) of the entries.")
    static let spec = CommandSpec("sync", summary: "Sync the journal with its git remote: commit, fetch, merge without losing a word, push.",
                                  options: [noPush, allowDeletions], formats: [.text, .json],
                                  discussion: """
                                  Commits what is not committed yet, fetches, then pushes, fast-forwards, or merges both devices' changes \
                                  (an entry edited on both merges field by field and paragraph by paragraph; what cannot be merged is kept \
                                  as a conflict copy, never dropped). git asks for nothing: use ssh-agent or a credential helper. \
                                  reflect stores no credentials. Exits 1 when the remote cannot be reached; what was committed stays committed.

                                  Examples:
                                    reflect sync init git@example.org:me/journal.git
                                    reflect sync
                                    reflect sync status
                                  """)

    var options = SyncOptions()

    init(_ arguments: inout Arguments) throws(UsageError) {
        options.push = !arguments.flag(Self.noPush)
        options.allowDeletions = arguments.flag(Self.allowDeletions)
    }

    func run(_ context: RunContext) throws -> Outcome {
        let journal = try context.journal()
        let git = try journal.checkSyncable(Git(folder: journal.folder, environment: context.childEnvironment))
        let outcome = try journal.sync(git: git, options: options, rules: .schedule)
        return Outcome(.sync(SyncSummary(folder: journal.folder, outcome: outcome)), warnings: outcome.warnings, status: ExitCode.success)
    }
}

/// `reflect sync init [URL]`: makes the journal a git repository, and with a URL adds the remote and pushes.
struct SyncInit: Command {
    static let device = OptionSpec("device", value: "NAME", help: "This device's name in commits and conflict copies (default: the host name).")
    static let adopt = OptionSpec("adopt", help: "Merge a remote that holds another journal's history with this one.")
    static let spec = CommandSpec("sync init", arguments: "[URL]", positionals: 0...1,
                                  summary: "Make the journal a git repository; with a URL, add the remote and push.",
                                  options: [device, adopt], formats: [.text, .json],
                                  discussion: """
                                  Writes .gitignore (the caches, drafts/, the lock, temporary files) and .gitattributes (* -text: \
                                  git never changes an entry's line ends), sets this repository's identity to "reflect (DEVICE)", and \
                                  commits. An existing repository is adopted. Before the first push it says what going to a remote \
                                  means (the text is not encrypted; deleted entries stay in the history) and, on a terminal, asks.

                                  Examples:
                                    reflect sync init
                                    reflect sync init git@example.org:me/journal.git --device laptop
                                  """)

    var url: String?
    var deviceName: String?
    var adopt: Bool

    init(_ arguments: inout Arguments) throws(UsageError) {
        url = arguments.positionals.first
        deviceName = try Self.deviceName(&arguments)
        adopt = arguments.flag(Self.adopt)
        if let url, url.isEmpty || url.hasPrefix("-") { throw .invalidValue(option: "URL", value: url, expected: "a git remote's URL") }
    }

    /// `--device NAME`: letters, digits, '.', '_' and '-', at most 64.
    static func deviceName(_ arguments: inout Arguments) throws(UsageError) -> String? {
        guard let name = arguments.value(device) else { return nil }
        let allowed = !name.isEmpty && name.utf8.count <= 64
            && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)) }
        guard allowed else { throw .invalidValue(option: "--device", value: name, expected: "a name of letters, digits, '.', '_' and '-' (at most 64)") }
        return name
    }

    func run(_ context: RunContext) throws -> Outcome {
        let journal = try context.journal()
        let git = try Journal.requireGit(Git(folder: journal.folder, environment: context.childEnvironment))
        if git.isRepository { _ = try journal.checkSyncable(git) }
        let setup = try journal.setUpRepository(git, device: deviceName ?? (git.isRepository ? journal.device(git) : Journal.hostName()))
        var summary = SyncSummary(folder: journal.folder, setup: setup)
        guard let url else { return Outcome(.sync(summary)) }
        try journal.addRemote(git, url: url)
        let remote = Journal.withoutCredentials(url)
        let notice = Journal.firstPushNotice(remote: remote)
        if context.stdinIsTerminal {
            let answer = context.ask(notice + "\nPush the journal to \(remote) now? [y/N] ")?.trimmed.lowercased() ?? ""
            guard answer == "y" || answer == "yes" else {
                summary.remoteAdded = remote
                return Outcome(.sync(summary))
            }
        }
        var options = SyncOptions()
        options.adopt = adopt
        let outcome = try journal.sync(git: git, options: options, rules: .schedule)
        summary.outcome = outcome
        summary.notice = notice
        return Outcome(.sync(summary), warnings: outcome.warnings, note: context.stdinIsTerminal ? "" : notice + "\n", status: ExitCode.success)
    }
}

/// `reflect sync clone URL`: sets up another device from the remote.
struct SyncClone: Command {
    static let spec = CommandSpec("sync clone", arguments: "URL", positionals: 1...1,
                                  summary: "Set up this device's journal from a remote another device pushed to.",
                                  options: [SyncInit.device], formats: [.text, .json],
                                  discussion: "Refuses a journal that already has entries ('reflect sync init URL --adopt' merges two journals).\n\nExamples:\n  reflect sync clone git@example.org:me/journal.git --device home")

    var url: String
    var deviceName: String?

    init(_ arguments: inout Arguments) throws(UsageError) {
        url = arguments.positionals[0]
        deviceName = try SyncInit.deviceName(&arguments)
        if url.isEmpty || url.hasPrefix("-") { throw .invalidValue(option: "URL", value: url, expected: "a git remote's URL") }
    }

    func run(_ context: RunContext) throws -> Outcome {
        let journal = try context.journal()
        let git = try Journal.requireGit(Git(folder: journal.folder, environment: context.childEnvironment))
        // A repository with no commit is a clone that stopped part way: it may start again.
        guard !git.isRepository || git.commit("HEAD") == nil else {
            throw CommandFailure("the journal \(journal.folder) is a git repository already: 'reflect sync' syncs it")
        }
        guard !journal.hasEntries else {
            throw CommandFailure("the journal \(journal.folder) already has entries: clone sets up an empty journal; "
                                 + "'reflect sync init \(url) --adopt' merges this journal with the remote's")
        }
        let device = deviceName ?? Journal.hostName()
        // An empty journal takes the remote's history as it is; one with files (a ledger, a plan) merges with it.
        if !journal.hasTrackedFiles {
            let outcome = try journal.clone(git, url: url, device: device)
            return Outcome(.sync(SyncSummary(folder: journal.folder, setup: Journal.SyncSetup(created: true, committed: false, device: device), outcome: outcome)))
        }
        let setup = try journal.setUpRepository(git, device: device)
        try journal.addRemote(git, url: url)
        var options = SyncOptions()
        options.adopt = true
        let outcome = try journal.sync(git: git, options: options, rules: .schedule)
        return Outcome(.sync(SyncSummary(folder: journal.folder, setup: setup, outcome: outcome)), warnings: outcome.warnings, status: ExitCode.success)
    }
}

/// `reflect sync status`: where the journal stands with its remote, without the network.
struct SyncStatusCommand: Command {
    static let spec = CommandSpec("sync status", summary: "Show the remote, commits to push and pull, uncommitted files, the last sync and conflict copies (no network).",
                                  formats: [.text, .json],
                                  discussion: "Ahead and behind are as of the last fetch: 'reflect sync' fetches.\n\nExamples:\n  reflect sync status\n  reflect sync status --json")

    init(_ arguments: inout Arguments) throws(UsageError) {}

    func run(_ context: RunContext) throws -> Outcome {
        let journal = try context.journal()
        let git = Git(folder: journal.folder, environment: context.childEnvironment)
        var warnings: [String] = []
        if git == nil, Git.isRepository(journal.folder) { warnings.append("git is not on PATH: the state of the repository cannot be read") }
        return Outcome(.syncState(journal.syncState(git)), warnings: warnings)
    }
}
