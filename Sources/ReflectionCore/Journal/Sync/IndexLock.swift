#if canImport(Glibc)
import Glibc
#endif

/// git's lock on the journal's index (`.git/index.lock`), met by a sync.
///
/// reflect runs every git step that writes the index holding the journal
/// lock, and a sync holds it when it looks: an index lock there then is not
/// a step of a reflect still running. It is a git child of a reflect killed
/// a moment ago (in a session of its own, it outlives reflect and finishes
/// its step), the person's own git (a `git commit` waiting on its editor
/// holds it for minutes), or what a git killed with its reflect, or a power
/// cut, left behind. The first two end by themselves, and removing their
/// lock would let two gits write the index at once, so reflect waits a
/// moment, then refuses, changing nothing, with the path and how to remove
/// it once no git runs. It never removes the lock itself: nothing proves no
/// git holds it (a lock older than the machine's last boot is said to be
/// stale, but the boot time moves when the clock is set, and another
/// machine's git may hold it over a network file system).
extension Journal {
    /// How long a sync waits, holding the journal lock, for git's index lock to go.
    static let indexLockWait = 2.0

    /// Waits for git's index lock to go, before a step that writes the index;
    /// the caller holds the journal lock.
    /// - Throws: `JournalError.git` naming the lock and how to remove it, when it stays.
    func waitForIndexLock(_ git: Git) throws(JournalError) {
        let path = git.gitFolder + "/index.lock"
        let deadline = Clock.monotonicSeconds() + Self.indexLockWait
        while FileSystem.exists(path) {
            guard Clock.monotonicSeconds() < deadline else {
                let beforeBoot = FileSystem.modificationSeconds(of: path).flatMap { modified in Self.bootSeconds().map { modified < $0 } } ?? false
                let who = beforeBoot ? "it is older than this machine's last start, so a git stopped then left it"
                    : "another git is running in the journal (yours, or one a stopped reflect started), or one stopped while it ran left it"
                throw .git("git's index is locked by \(path): \(who); once no git is running ('pgrep -a git' lists them), remove it with 'rm \(path)'")
            }
            usleep(50_000)
        }
    }

    /// When this machine last started, in seconds since 1970 (`btime` in `/proc/stat`); nil where that cannot be read.
    static func bootSeconds() -> Int? {
        guard let bytes = try? FileSystem.read("/proc/stat") else { return nil }
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where line.hasPrefix("btime ") {
            return Int(line.dropFirst("btime ".count).trimmed)
        }
        return nil
    }
}
