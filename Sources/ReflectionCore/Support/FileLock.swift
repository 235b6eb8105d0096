#if canImport(Glibc)
import Glibc
#endif

/// An exclusive advisory lock (`flock(2)`) on a lock file, released when the
/// process ends however it ends, so a crash never leaves it held.
public enum FileLock {
    /// Runs `body` holding the lock on `path` (created 0600 if missing).
    ///
    /// - Parameter wait: how long to wait for another holder, in seconds; 0
    ///   tries once.
    /// - Returns: nil when the lock could not be had in time (the caller
    ///   reports the journal as busy or, for a cache, skips its write).
    /// - Throws: what `body` throws, or a `FileSystemError` when the lock
    ///   file cannot be opened.
    public static func withLock<T, E: Error>(_ path: String, wait: Double,
                                             _ body: () throws(E) -> T) throws(LockError<E>) -> T {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, FileSystem.fileMode)
        guard fd >= 0 else { throw .cannotOpen(FileSystemError(path: path, operation: "lock", code: errno)) }
        defer { close(fd) }
        let deadline = Clock.monotonicSeconds() + wait
        var pause: UInt32 = 2_000
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw .cannotOpen(FileSystemError(path: path, operation: "lock", code: errno))
            }
            if Clock.monotonicSeconds() >= deadline { throw .busy }
            usleep(pause)
            pause = min(pause * 2, 50_000)
        }
        defer { flock(fd, LOCK_UN) }
        do { return try body() } catch { throw .failed(error) }
    }

    /// Why `withLock` did not return a value.
    public enum LockError<E: Error>: Error {
        /// Another process held the lock for longer than the wait.
        case busy
        case cannotOpen(FileSystemError)
        /// The body threw.
        case failed(E)
    }
}
