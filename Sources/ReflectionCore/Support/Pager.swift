#if canImport(Glibc)
import Glibc
#endif

/// Long output on a terminal goes through the person's pager, as git's
/// does: `$PAGER`, else `less -FRX` (quit at once when the text fits one
/// screen, keep colour, leave the text on the screen afterwards). An empty
/// `PAGER` or `cat` means none; a pager that is not installed means none.
public enum Pager {
    /// The pager command for an environment, or nil for none.
    public static func command(environment: [String: String]) -> String? {
        guard let pager = environment["PAGER"] else { return "less -FRX" }
        let command = pager.trimmed
        return command.isEmpty || command == "cat" ? nil : command
    }

    /// Whether the command's program can be found: its first word, as a
    /// path or on `PATH` (a pager that is not there would swallow the output).
    static func canRun(_ command: String, path: String?) -> Bool {
        guard let program = command.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) else { return false }
        if program.contains("/") { return access(program, X_OK) == 0 }
        // A shell word (a variable, quotes, a builtin): let the shell find it.
        if program.contains(where: { "$'\"`=".contains($0) }) { return true }
        return (path ?? "/usr/bin:/bin").split(separator: ":").contains { access("\($0)/\(program)", X_OK) == 0 }
    }

    /// Writes `text` through the pager and waits for it to end.
    /// - Returns: false when no pager could be started (then nothing was
    ///   written and the caller prints the text itself).
    public static func page(_ text: String, command: String) -> Bool {
        guard canRun(command, path: getenv("PATH").map { String(cString: $0) }) else { return false }
        var descriptors: [Int32] = [0, 0]
        guard pipe(&descriptors) == 0 else { return false }
        let (readEnd, writeEnd) = (descriptors[0], descriptors[1])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, 0)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        // less reads LESS for its options when the pager is plain `less`, as git sets it.
        if getenv("LESS") == nil { setenv("LESS", "FRX", 0) }
        let arguments = ["sh", "-c", command]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let started = posix_spawn(&pid, "/bin/sh", &actions, nil, &argv, environ)
        close(readEnd)
        guard started == 0 else {
            close(writeEnd)
            return false
        }
        // The person may quit the pager before reading it all: that is not an error.
        let oldPipe = signal(SIGPIPE, SIG_IGN)
        let oldInterrupt = signal(SIGINT, SIG_IGN)
        StandardStreams.write(text, to: writeEnd)
        close(writeEnd)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        signal(SIGPIPE, oldPipe)
        signal(SIGINT, oldInterrupt)
        return true
    }
}
