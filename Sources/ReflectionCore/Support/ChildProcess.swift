#if canImport(Glibc)
import Glibc
#endif

/// A program run to its end, its output captured, within a time limit: how
/// reflect runs the person's git. Started with `posix_spawn` (Foundation's
/// `Process` would cost the whole command its start-up time), in a session
/// of its own so that it has no terminal to prompt on, with standard input
/// from `/dev/null` unless input is given.
public enum ChildProcess {
    /// How a run ended and what it printed.
    public struct Result: Sendable {
        /// The exit status; -1 when it was killed or could not start.
        public var status: Int32
        public var stdout: [UInt8]
        public var stderr: [UInt8]
        /// Killed after the time limit.
        public var timedOut = false
        /// Why it could not be started, if it could not.
        public var startFailure: String?

        public var succeeded: Bool { status == 0 && !timedOut && startFailure == nil }
        public var output: String { String(decoding: stdout, as: UTF8.self) }
        public var errors: String { String(decoding: stderr, as: UTF8.self) }
    }

    /// The signal-number flag glibc spells `POSIX_SPAWN_SETSID` (not exported to Swift).
    static let spawnSetSID: Int16 = 0x80

    /// Runs `program` (an absolute path) with `arguments` and waits for it,
    /// killing it and everything it started after `timeout` seconds.
    ///
    /// - Parameters:
    ///   - environment: the child's whole environment.
    ///   - input: bytes for its standard input (else `/dev/null`).
    ///   - privateFiles: run it with umask 077, so that files and folders it
    ///     makes are the owner's alone (through `sh -c 'umask 077; exec ...'`).
    public static func run(_ program: String, _ arguments: [String], environment: [String: String], input: [UInt8]? = nil,
                           timeout: Double, privateFiles: Bool = false) -> Result {
        var argv = [program] + arguments
        var path = program
        if privateFiles {
            argv = ["sh", "-c", "umask 077 && exec \"$0\" \"$@\""] + argv
            path = "/bin/sh"
        }
        var out: [Int32] = [0, 0], err: [Int32] = [0, 0], inn: [Int32] = [-1, -1]
        // Close-on-exec: a child another thread starts meanwhile must not inherit
        // these pipes (the copy of an input's end it held kept this child from ever
        // reading the end of its input; two such children waited on each other
        // until the time limit). Only the ends dup2'd onto 0, 1 and 2 reach the child.
        guard privatePipe(&out) == 0 else { return failure(errno) }
        guard privatePipe(&err) == 0 else { closeAll(out); return failure(errno) }
        if input != nil, privatePipe(&inn) != 0 { closeAll(out + err); return failure(errno) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if input != nil {
            posix_spawn_file_actions_adddup2(&actions, inn[0], 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, out[1], 1)
        posix_spawn_file_actions_adddup2(&actions, err[1], 2)
        for fd in out + err + inn where fd >= 0 { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Signals reflect ignores (SIGXFSZ) or a test runner blocks are the child's own again.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGXFSZ, SIGINT, SIGQUIT, SIGTERM] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        // A new session: no controlling terminal (ssh and git cannot ask for a
        // password), and a process group of its own to kill at the time limit.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF) | Int16(POSIX_SPAWN_SETSIGMASK) | spawnSetSID)
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        var cEnvironment: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var pid = pid_t()
        let started = posix_spawn(&pid, path, &actions, &attributes, &cArguments, &cEnvironment)
        close(out[1])
        close(err[1])
        if inn[0] >= 0 { close(inn[0]) }
        guard started == 0 else {
            closeAll([out[0], err[0], inn[1]].filter { $0 >= 0 })
            return failure(started)
        }
        return collect(pid: pid, stdout: out[0], stderr: err[0], stdin: inn[1], input: input ?? [], timeout: timeout)
    }

    /// Reads both outputs and feeds the input until the child ends or time runs out.
    private static func collect(pid: pid_t, stdout: Int32, stderr: Int32, stdin: Int32, input: [UInt8], timeout: Double) -> Result {
        var result = Result(status: -1, stdout: [], stderr: [])
        // A child that stops reading its input must not kill reflect with SIGPIPE.
        let oldPipe = stdin >= 0 ? signal(SIGPIPE, SIG_IGN) : nil
        defer { if let oldPipe { signal(SIGPIPE, oldPipe) } }
        var open: [Int32: Bool] = [stdout: true, stderr: true]
        var writer = stdin
        var written = 0
        if writer >= 0 {
            _ = fcntl(writer, F_SETFL, fcntl(writer, F_GETFL) | O_NONBLOCK)
            if input.isEmpty { close(writer); writer = -1 }
        }
        let deadline = Clock.monotonicSeconds() + timeout
        var chunk = [UInt8](repeating: 0, count: 65_536)
        var exited = false
        var waitStatus: Int32 = 0
        // After the child ends, a process it left behind (an ssh master) may hold
        // the pipes open: its output is read for a moment, then no longer waited for.
        var grace: Double?
        while open.values.contains(true) || writer >= 0 {
            let now = Clock.monotonicSeconds()
            if now >= deadline {
                kill(-pid, SIGKILL)
                kill(pid, SIGKILL)
                result.timedOut = true
                break
            }
            if let end = grace, now >= end {
                // What the child wrote before it ended is all in the pipes: read it
                // now, however late this thread ran, before giving up on the end of them.
                drain(open.filter(\.value).map(\.key), into: &result, stdout: stdout)
                break
            }
            var fds = open.filter(\.value).map { pollfd(fd: $0.key, events: Int16(POLLIN), revents: 0) }
            if writer >= 0 { fds.append(pollfd(fd: writer, events: Int16(POLLOUT), revents: 0)) }
            let slice = Int32(max(1, min(100, (min(deadline, grace ?? deadline) - now) * 1000)))
            let ready = poll(&fds, nfds_t(fds.count), slice)
            if ready < 0, errno != EINTR { break }
            for item in fds where item.revents != 0 {
                if item.fd == writer {
                    let n = input.withUnsafeBytes { write(writer, $0.baseAddress! + written, input.count - written) }
                    if n > 0 { written += n }
                    // All written, or the child stopped reading (EPIPE: SIGPIPE is ignored meanwhile).
                    if written == input.count || (n < 0 && errno != EAGAIN && errno != EINTR) {
                        close(writer)
                        writer = -1
                    }
                    continue
                }
                let n = chunk.withUnsafeMutableBytes { read(item.fd, $0.baseAddress!, $0.count) }
                if n > 0 {
                    if item.fd == stdout { result.stdout += chunk[0..<n] } else { result.stderr += chunk[0..<n] }
                } else if n == 0 || (errno != EINTR && errno != EAGAIN) {
                    open[item.fd] = false
                }
            }
            if !exited, waitpid(pid, &waitStatus, WNOHANG) == pid {
                exited = true
                grace = Clock.monotonicSeconds() + 0.2
            }
        }
        if writer >= 0 { close(writer) }
        close(stdout)
        close(stderr)
        if !exited {
            while waitpid(pid, &waitStatus, 0) < 0, errno == EINTR {}
        }
        if result.timedOut { return result }
        // Killed by a signal: -1; else the exit status.
        result.status = waitStatus & 0x7f != 0 ? -1 : (waitStatus >> 8) & 0xff
        return result
    }

    /// A pipe whose two ends close on exec: `pipe2(O_CLOEXEC)`, in one step, so no
    /// child started meanwhile by another thread gets them; `pipe` then `fcntl` where
    /// there is no `pipe2`.
    private static func privatePipe(_ ends: inout [Int32]) -> Int32 {
        if let pipe2 = pipeCloseOnExec { return ends.withUnsafeMutableBufferPointer { pipe2($0.baseAddress!, O_CLOEXEC) } }
        guard pipe(&ends) == 0 else { return -1 }
        for fd in ends { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return 0
    }

    /// pipe2(2), found at run time: glibc declares it only for _GNU_SOURCE, which Swift's Glibc module leaves out.
    private static let pipeCloseOnExec: (@convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32)? = {
        guard let program = dlopen(nil, RTLD_NOW), let symbol = dlsym(program, "pipe2") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32).self)
    }()

    /// Reads what is in the pipes now, without waiting for more.
    private static func drain(_ descriptors: [Int32], into result: inout Result, stdout: Int32) {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        for fd in descriptors {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            while true {
                let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { break }
                if fd == stdout { result.stdout += chunk[0..<n] } else { result.stderr += chunk[0..<n] }
            }
        }
    }

    private static func failure(_ code: Int32) -> Result {
        Result(status: -1, stdout: [], stderr: [], startFailure: String(cString: strerror(code)))
    }

    private static func closeAll(_ descriptors: [Int32]) {
        for fd in descriptors { close(fd) }
    }

    /// The first executable file named `name` in the folders of `PATH`.
    public static func find(_ name: String, path: String?) -> String? {
        for folder in (path ?? "/usr/bin:/bin").split(separator: ":") where folder.hasPrefix("/") {
            let candidate = "\(folder)/\(name)"
            var info = stat()
            if stat(candidate, &info) == 0, info.st_mode & S_IFMT == S_IFREG, access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}
