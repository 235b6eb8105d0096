/// The person's own git, run on the journal's folder. reflect opens no
/// network connection itself: git does, and only inside `reflect sync`.
///
/// Every run gets `-c commit.gpgsign=false -c gc.auto=0` (a signing prompt
/// or an automatic clean-up must never stall a write), umask 077 (files it
/// writes into the journal are private), no terminal (a new session, stdin
/// from `/dev/null`, `GIT_TERMINAL_PROMPT=0`) and a time limit.
public struct Git: Sendable {
    /// The oldest git reflect drives: `merge-tree --write-tree` came in 2.38.
    public static let minimumVersion = [2, 38]
    /// Seconds a local step (a commit, a fast-forward) may take.
    public static let localTimeout = 30.0

    /// The git executable, found on `PATH`.
    public let program: String
    /// The journal's folder: the repository's work tree.
    public let folder: String
    /// The whole environment git runs with.
    public let environment: [String: String]
    /// Seconds a step that may use the network (fetch, push, clone) may take.
    public var networkTimeout = 60.0
    /// What network steps add to the environment (ssh in batch mode), when
    /// read once for many steps (`withNetworkSettings`); nil reads it at each.
    var networkEnvironment: [String: String]?

    /// Variables that would point git at another repository or index than the journal's.
    static let redirecting = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES",
                              "GIT_COMMON_DIR", "GIT_NAMESPACE", "GIT_PREFIX", "GIT_CEILING_DIRECTORIES"]

    /// Git for a journal folder, or nil when there is no git on `PATH`.
    /// - Parameter environment: the environment reflect runs in (git inherits it).
    public init?(folder: String, environment: [String: String]) {
        guard let program = ChildProcess.find("git", path: environment["PATH"]) else { return nil }
        self.program = program
        self.folder = folder
        var environment = environment
        for name in Self.redirecting { environment[name] = nil }
        environment["GIT_TERMINAL_PROMPT"] = "0"
        // Messages parsed (none are) stay in the person's language; dates in output are ISO.
        self.environment = environment
        if let seconds = environment["REFLECT_SYNC_TIMEOUT"].flatMap(Double.init), seconds > 0 { networkTimeout = min(seconds, 3600) }
    }

    /// Options every git run gets before its subcommand.
    static let fixedOptions = ["-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", "-c", "gc.auto=0", "-c", "maintenance.auto=false",
                               "-c", "core.quotePath=false", "-c", "core.autocrlf=false", "-c", "core.safecrlf=false"]

    /// Runs `git -C FOLDER <fixed options> ARGUMENTS`.
    ///
    /// - Parameters:
    ///   - input: bytes for git's standard input.
    ///   - index: a temporary index file (`GIT_INDEX_FILE`), for a merge
    ///     computed without touching the journal's own index.
    ///   - network: the step may use the network: the network time limit,
    ///     and ssh in batch mode (it never asks).
    public func run(_ arguments: [String], input: [UInt8]? = nil, index: String? = nil, network: Bool = false,
                    timeout: Double? = nil) -> ChildProcess.Result {
        var environment = environment
        if let index { environment["GIT_INDEX_FILE"] = index }
        if network { environment.merge(networkEnvironment ?? sshBatchMode(configured: config("core.sshCommand"))) { $1 } }
        return ChildProcess.run(program, ["-C", folder] + Self.fixedOptions + arguments, environment: environment, input: input,
                                timeout: timeout ?? (network ? networkTimeout : Self.localTimeout), privateFiles: true)
    }

    /// `run`, its standard output as text with the final line end removed;
    /// nil when git failed.
    public func output(_ arguments: [String], input: [UInt8]? = nil, index: String? = nil) -> String? {
        let result = run(arguments, input: input, index: index)
        guard result.succeeded else { return nil }
        var text = result.output
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// ssh never asks for a password or a host key (`BatchMode=yes`), added
    /// to the person's own ssh command (`core.sshCommand`) when they set no
    /// `GIT_SSH_COMMAND` or `GIT_SSH` of their own.
    /// - Parameter configured: the repository's `core.sshCommand`, if set.
    func sshBatchMode(configured: String?) -> [String: String] {
        guard environment["GIT_SSH_COMMAND"] == nil, environment["GIT_SSH"] == nil else { return [:] }
        return ["GIT_SSH_COMMAND": (configured ?? "ssh") + " -o BatchMode=yes"]
    }

    /// This git, its network steps set up from a `core.sshCommand` already read.
    func withNetworkSettings(sshCommand: String?) -> Git {
        var git = self
        git.networkEnvironment = sshBatchMode(configured: sshCommand)
        return git
    }

    /// git's version, as numbers (`[2, 39, 5]`); nil when it cannot be run.
    public func version() -> [Int]? {
        // Not in the journal's folder: it may not be there yet.
        let result = ChildProcess.run(program, ["--version"], environment: environment, timeout: Self.localTimeout)
        guard result.succeeded else { return nil }
        let text = result.output.trimmed
        // "git version 2.39.5" or "git version 2.39.3 (Apple Git-145)".
        guard let word = text.split(separator: " ").dropFirst(2).first else { return nil }
        let numbers = word.split(separator: ".").prefix(3).map { Int($0.prefix { $0.isNumber }) ?? 0 }
        return numbers.isEmpty ? nil : numbers
    }

    /// Whether a version is at least `minimumVersion`.
    public static func isRecentEnough(_ version: [Int]) -> Bool {
        version.lexicographicallyPrecedes(minimumVersion) == false
    }

    /// Whether the journal folder is a repository of its own (not a folder
    /// inside someone's larger repository).
    public var isRepository: Bool { Self.isRepository(folder) }

    /// Whether a folder holds `.git` (a folder, or a file naming one).
    public static func isRepository(_ folder: String) -> Bool { FileSystem.exists(folder + "/.git") }

    /// The repository's git folder: `.git`, or where a `.git` file points.
    public var gitFolder: String {
        let dotGit = folder + "/.git"
        if FileSystem.kind(dotGit) == .regularFile, let bytes = try? FileSystem.read(dotGit) {
            let text = String(decoding: bytes, as: UTF8.self).trimmed
            if text.hasPrefix("gitdir: ") {
                let path = String(text.dropFirst("gitdir: ".count))
                return path.hasPrefix("/") ? path : folder + "/" + path
            }
        }
        return dotGit
    }

    /// A merge, rebase, cherry-pick or revert someone started by hand and
    /// has not finished, in words; nil when there is none.
    public func operationInProgress() -> String? {
        let git = gitFolder
        for (name, what) in [("MERGE_HEAD", "a merge"), ("rebase-merge", "a rebase"), ("rebase-apply", "a rebase or git am"),
                             ("CHERRY_PICK_HEAD", "a cherry-pick"), ("REVERT_HEAD", "a revert")] where FileSystem.exists("\(git)/\(name)") {
            return what
        }
        return nil
    }
}
