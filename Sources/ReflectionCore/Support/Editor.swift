#if canImport(Glibc)
import Glibc
#endif

/// The person's editor, run as git runs it: `$VISUAL`, then `$EDITOR`, then
/// `vi`, through `sh -c` so that `code --wait` or an editor with flags works.
public enum Editor {
    /// How an editor run ended.
    public enum Outcome: Equatable, Sendable {
        case exited(status: Int32, seconds: Double)
        /// Killed by a signal (Ctrl-C reaches the editor too).
        case signalled(Int32)
        case couldNotStart(String)

        public var succeeded: Bool {
            if case .exited(0, _) = self { return true }
            return false
        }
    }

    /// The editor command for an environment.
    public static func command(environment: [String: String]) -> String {
        for key in ["VISUAL", "EDITOR"] {
            if let value = environment[key], !value.trimmed.isEmpty { return value }
        }
        return "vi"
    }

    /// Runs the editor on a file and waits for it, with reflect itself
    /// ignoring SIGINT and SIGQUIT meanwhile so that Ctrl-C reaches the
    /// editor, not the process that must clean up after it.
    /// The editor inherits this process's whole environment (PATH, DISPLAY...).
    public static func run(_ command: String, file: String) -> Outcome {
        let arguments = ["sh", "-c", command + " \"$@\"", command, file]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGQUIT)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))

        let oldInterrupt = signal(SIGINT, SIG_IGN)
        let oldQuit = signal(SIGQUIT, SIG_IGN)
        defer {
            signal(SIGINT, oldInterrupt)
            signal(SIGQUIT, oldQuit)
        }
        let start = Clock.monotonicSeconds()
        var pid = pid_t()
        let status = posix_spawn(&pid, "/bin/sh", nil, &attributes, &argv, environ)
        guard status == 0 else { return .couldNotStart(String(cString: strerror(status))) }
        var waitStatus: Int32 = 0
        while waitpid(pid, &waitStatus, 0) < 0 {
            if errno != EINTR { return .couldNotStart(String(cString: strerror(errno))) }
        }
        let seconds = Clock.monotonicSeconds() - start
        let signalNumber = waitStatus & 0x7f
        if signalNumber != 0 { return .signalled(signalNumber) }
        let code = (waitStatus >> 8) & 0xff
        // sh reports a command killed by a signal as 128 + the signal.
        if code == 128 + SIGINT { return .signalled(SIGINT) }
        return .exited(status: code, seconds: seconds)
    }
}
