#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to the process's standard streams without buffering surprises.
public enum StandardStreams {
    /// Writes all of `text` to a file descriptor, retrying after EINTR and short writes.
    /// - Returns: false when the stream is closed or failing (e.g. a full disk).
    @discardableResult
    public static func write(_ text: String, to descriptor: Int32) -> Bool {
        var bytes = Array(text.utf8)
        var offset = 0
        return bytes.withUnsafeMutableBytes { buffer in
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }

    /// Prints a command's result: its output on standard output, its
    /// messages on standard error. Output that cannot be written (a full
    /// disk, a closed stream) is an error, never a silent success.
    /// - Returns: the status to exit with.
    ///
    /// - Parameter pager: a pager command to show standard output through
    ///   (long output on a terminal); messages follow when it ends.
    public static func deliver(stdout: String, stderr: String, status: Int32, pager: String? = nil) -> Int32 {
        if let pager, !stdout.isEmpty, Pager.page(stdout, command: pager) {
            write(stderr, to: 2)
            return status
        }
        guard write(stdout, to: 1) else {
            let reason = String(cString: strerror(errno))
            write(stderr, to: 2)
            // The command itself ran: a person told only "incomplete" would run a
            // `write -m` again and save the entry twice.
            write("reflect: error: cannot write to standard output: \(reason); the output is incomplete, "
                  + "but the command ran: anything it saved is kept\n", to: 2)
            return status == ExitCode.success ? ExitCode.failure : status
        }
        write(stderr, to: 2)
        return status
    }

    /// Whether a descriptor is a terminal.
    public static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif

/// What the process does before any command runs: a file-size limit
/// (`ulimit -f`) makes a write fail with EFBIG, reported like a full disk,
/// instead of killing the process silently with SIGXFSZ mid-write.
public func prepareProcess() {
    signal(SIGXFSZ, SIG_IGN)
}

/// Ends the process with a status, as `exit(3)` does.
public func exitProcess(_ status: Int32) -> Never {
    exit(status)
}
