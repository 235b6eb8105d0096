/// The journal's lock: every read-modify-write of a journal file (an edit, a
/// delete, a skip, a plan change, the change stamp, a cache rewrite) holds
/// it, and re-checks under it what it read before. It is never held while an
/// editor is open or the network is used.
extension Journal {
    /// The lock file (`.lock`, 0600).
    public var lockPath: String { folder + "/.lock" }

    /// Runs `body` holding the journal's lock, creating the journal folder if needed.
    ///
    /// - Throws: `JournalError.busy` (exit 75) when another reflect holds the
    ///   lock for longer than `lockWait` (5 s, or `REFLECT_LOCK_TIMEOUT`), or
    ///   what `body` throws.
    public func locked<T>(_ body: () throws(JournalError) -> T) throws(JournalError) -> T {
        try makeFolder(folder)
        do {
            return try FileLock.withLock(lockPath, wait: lockWait, body)
        } catch {
            switch error {
            case .busy: throw .busy(folder: folder)
            // A journal on a file system mounted read-only says so as a read-only folder does.
            case .cannotOpen(let failure) where failure.code == EROFS: throw .readOnly(folder: folder)
            case .cannotOpen(let failure): throw .fileSystem(failure)
            case .failed(let failure): throw failure
            }
        }
    }

    /// Runs a cache rewrite holding the lock if it is free now; skips it
    /// otherwise (a cache not saved costs only time). Nothing is created in a
    /// journal that does not exist or cannot be written.
    func lockedIfFree(_ body: () -> Void) {
        guard FileSystem.exists(folder), (try? checkWritable()) != nil else { return }
        _ = try? FileLock.withLock(lockPath, wait: 0) { () throws(Never) in body() }
    }
}

#if canImport(Glibc)
import Glibc
#endif
