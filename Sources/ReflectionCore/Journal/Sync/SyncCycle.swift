#if canImport(Glibc)
import Glibc
#endif

/// What `reflect sync` may do.
public struct SyncOptions: Sendable {
    /// Push what this device has that the remote lacks.
    public var push = true
    /// Let a sync remove more than max(10, 10%) of the entries.
    public var allowDeletions = false
    /// Merge a remote history unrelated to this journal's (`sync init --adopt`, `sync clone`).
    public var adopt = false

    public init() {}
}

/// What one sync did.
public struct SyncOutcome: Sendable, Equatable {
    /// The remote, without credentials.
    public var remote: String
    public var branch: String
    /// Changes not committed before (written by another tool, or a commit that failed) were committed first.
    public var committedPending = false
    /// Commits brought in from the remote.
    public var pulled = 0
    /// Commits sent to the remote.
    public var pushed = 0
    /// Commits this device has that the remote lacks, not pushed (`--no-push`).
    public var notPushed = 0
    /// The two histories had diverged and were merged.
    public var mergedHistories = false
    /// What the merge's rules did.
    public var merge = MergeReport()
    /// Entries the incoming changes removed (deleted or moved to the trash on the other device).
    public var deleted: [String] = []
    public var warnings: [String] = []

    public var upToDate: Bool { pulled == 0 && pushed == 0 && notPushed == 0 && !mergedHistories }
}

extension Journal {
    /// Where the time of the last successful sync is kept (in the git folder: this device's alone).
    func lastSyncPath(_ git: Git) -> String { git.gitFolder + "/reflect-last-sync" }

    /// When this device last synced successfully, if it has.
    public func lastSync(_ git: Git) -> String? {
        (try? FileSystem.read(lastSyncPath(git))).map { String(decoding: $0, as: UTF8.self).trimmed }
    }

    /// The git setting that holds the device name `sync init` recorded.
    static let deviceKey = "reflect.device"

    /// The device name recorded at `sync init` (`reflect.device`), else the host name.
    public func device(_ git: Git) -> String { Self.device(recorded: git.config(Self.deviceKey)) }

    /// The device name: the one recorded, else the host name.
    static func device(recorded: String?) -> String { recorded ?? hostName() }

    /// This machine's name, as a device name (letters, digits, `.`, `_` and `-`).
    public static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        gethostname(&buffer, buffer.count - 1)
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let kept = String(name.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)) })
        return kept.isEmpty ? "device" : String(kept.prefix(64))
    }

    /// A URL without a password or token in it: `https://user:secret@host/x` is shown as `https://host/x`.
    public static func withoutCredentials(_ url: String) -> String {
        guard let scheme = url.firstRange(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        let hostEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        guard let at = rest[..<hostEnd].lastIndex(of: "@") else { return url }
        return String(url[..<scheme.upperBound]) + rest[rest.index(after: at)...]
    }

    /// Refuses a git that is missing or older than `Git.minimumVersion`.
    public static func requireGit(_ git: Git?) throws(CommandFailure) -> Git {
        guard let git else {
            throw CommandFailure("git is not installed (or not on PATH): reflect sync drives your own git; install git \(Git.minimumVersion.map(String.init).joined(separator: ".")) or later")
        }
        guard let version = git.version() else { throw CommandFailure("\(git.program) does not run (git --version failed)") }
        guard Git.isRecentEnough(version) else {
            throw CommandFailure("git \(version.map(String.init).joined(separator: ".")) is too old: reflect sync needs git "
                                 + "\(Git.minimumVersion.map(String.init).joined(separator: ".")) or later (for merge-tree --write-tree); update git")
        }
        return git
    }

    /// Refuses what a sync cannot start on: no git or one too old, no
    /// repository, a merge or rebase someone started by hand, a newer format.
    public func checkSyncable(_ git: Git?) throws(CommandFailure) -> Git {
        let git = try Self.requireGit(git)
        guard git.isRepository else {
            throw CommandFailure("the journal \(folder) is not a git repository yet: 'reflect sync init URL' makes it one and adds the remote")
        }
        if let operation = git.operationInProgress() {
            throw CommandFailure("\(operation) is in progress in \(folder) (started outside reflect): finish it with git "
                                 + "('git -C \(folder) status' says how; or 'git -C \(folder) merge --abort' / 'rebase --abort' to give it up), then run 'reflect sync' again; nothing was changed")
        }
        do { try checkFormat() } catch { throw error.failure }
        return git
    }

    /// Commits every change not committed yet (what another tool wrote, or a
    /// commit that failed), under the journal lock.
    /// - Returns: whether there was anything to commit.
    func commitPending(_ git: Git) throws(CommandFailure) -> Bool {
        do {
            return try locked { () throws(JournalError) -> Bool in try commitAll(git, message: "reflect: sync (changes not committed before)") }
        } catch {
            throw CommandFailure("cannot commit the journal's changes: \(error.description); nothing was synced")
        }
    }

    /// Commits every change in the work tree (and a first commit, even
    /// empty, when there is none yet). The caller holds the journal lock.
    /// - Returns: whether a commit was made.
    func commitAll(_ git: Git, message: String) throws(JournalError) -> Bool {
        try waitForIndexLock(git)
        let added = git.run(["add", "--all"])
        guard added.succeeded else { throw .git("git add failed: \(Self.gitProblem(added))") }
        // The index's tree against HEAD's: when nothing was added, git has the index's tree
        // cached and `write-tree` only prints it (a `diff --cached` compared them file by file).
        if let head = git.output(["rev-parse", "--verify", "--quiet", "HEAD^{tree}"]), git.output(["write-tree"]) == head { return false }
        let committed = git.run(["commit", "--quiet", "--no-verify", "--allow-empty", "-m", message])
        guard committed.succeeded else { throw .git("git commit failed: \(Self.gitProblem(committed))") }
        return true
    }

    /// One sync: commit what is pending, fetch, then nothing, push,
    /// fast-forward, or merge and push. The journal lock is held only for
    /// the local steps, never across the network.
    ///
    /// - Throws: `CommandFailure` (exit 1) when git is missing, the remote
    ///   cannot be reached, or a merge would remove many entries; what was
    ///   committed here stays committed.
    public func sync(git: Git, options: SyncOptions, rules: SyncRules) throws(CommandFailure) -> SyncOutcome {
        // The settings a sync reads, in one git run.
        let settings = git.configs(["remote.origin.url", Self.deviceKey, "core.sshCommand"])
        let git = git.withNetworkSettings(sshCommand: settings["core.sshCommand"])
        guard let url = settings["remote.origin.url"] else {
            throw CommandFailure("the journal has no remote to sync with: 'reflect sync init URL' adds one")
        }
        guard let branch = git.currentBranch() else {
            throw CommandFailure("the journal's repository is not on a branch (a detached HEAD): 'git -C \(folder) switch main', then run 'reflect sync' again")
        }
        var outcome = SyncOutcome(remote: Self.withoutCredentials(url), branch: branch)
        let device = Self.device(recorded: settings[Self.deviceKey])
        let tracking = "refs/remotes/origin/\(branch)"
        var finished = false
        attempts: for _ in 0..<4 {
            if try commitPending(git) { outcome.committedPending = true }
            // The network: no lock held, a time limit, and nothing that can ask.
            let fetched = git.run(["fetch", "--quiet", "--no-tags", "--prune", "origin"], network: true)
            guard fetched.succeeded else {
                throw CommandFailure("cannot fetch from \(outcome.remote): \(Self.gitProblem(fetched)); "
                                     + "your changes are committed here and go with the next 'reflect sync'")
            }
            let (head, tracked) = git.commits("HEAD", tracking)
            guard let local = head else { throw CommandFailure("the journal's repository has no commit yet: run 'reflect sync init'") }
            guard let remote = tracked else {
                // An empty remote: all of this journal goes.
                if !options.push {
                    outcome.notPushed = count(git, "HEAD")
                } else {
                    guard try push(git, branch: branch, outcome: outcome) else { continue attempts }
                    outcome.pushed += count(git, "HEAD")
                }
                finished = true
                break attempts
            }
            if local == remote {
                finished = true
                break attempts
            }
            let base = git.mergeBase(local, remote)
            if base == nil, !options.adopt {
                throw CommandFailure("\(outcome.remote) holds a history unrelated to this journal's (another journal?): nothing was merged; "
                                     + "'reflect sync init URL --adopt' merges both journals, or 'reflect sync clone URL' sets up an empty journal from it")
            }
            var target = local
            if base == local {
                target = remote
            } else if base != remote {
                let (tree, report) = try mergeTree(local: local, remote: remote, git: git, device: device, rules: rules, unrelated: base == nil)
                guard let commit = git.output(["commit-tree", tree, "-p", local, "-p", remote, "-m", "reflect: sync merge"]) else {
                    throw CommandFailure("git could not commit the merge; nothing was changed")
                }
                target = commit
                outcome.merge = report
                outcome.warnings += report.warnings
            }
            if target != local {
                let incoming = count(git, "\(local)..\(remote)")
                let removed = try checkDeletions(git, from: local, to: target, allowed: options.allowDeletions)
                // The work tree and HEAD move together, under the lock, if HEAD has not moved meanwhile (else start again).
                guard try fastForward(git, from: local, to: target) else { continue attempts }
                outcome.pulled += incoming
                outcome.deleted += removed
                outcome.mergedHistories = outcome.mergedHistories || target != remote
            }
            if target != remote {
                let outgoing = count(git, "\(remote)..HEAD")
                if !options.push {
                    outcome.notPushed = outgoing
                } else {
                    // Rejected because the remote moved meanwhile: fetch and merge again.
                    guard try push(git, branch: branch, outcome: outcome) else { continue attempts }
                    outcome.pushed += outgoing
                }
            }
            finished = true
            break attempts
        }
        guard finished else { throw CommandFailure("the remote kept changing while reflect synced with it: run 'reflect sync' again") }
        try? FileSystem.write(Array((clock.now().description + "\n").utf8), to: lastSyncPath(git), replace: .atomically)
        // git's own clean-up, which every other git run here turns off; not after a sync that
        // committed, brought and sent nothing: no object came, and the sync after the last one that did ran it.
        guard !outcome.upToDate || outcome.committedPending else { return outcome }
        _ = ChildProcess.run(git.program, ["-C", folder, "gc", "--auto", "--quiet"], environment: git.environment, timeout: Git.localTimeout,
                             privateFiles: true)
        return outcome
    }

    /// A fast-forward-only pull: what the remote has that this journal
    /// lacks, brought in only when it is a fast-forward (the files and HEAD
    /// move together under the lock, as in a sync). Anything else (nothing
    /// new, histories that diverged) changes nothing: the sync after the
    /// write merges.
    /// - Returns: whether the journal moved.
    @discardableResult
    public func pullFastForward(git: Git) throws(CommandFailure) -> Bool {
        guard git.originURL != nil, let branch = git.currentBranch() else { return false }
        let fetched = git.run(["fetch", "--quiet", "--no-tags", "origin"], network: true)
        guard fetched.succeeded else { throw CommandFailure("cannot fetch: \(Self.gitProblem(fetched))") }
        guard let local = git.commit("HEAD"), let remote = git.commit("refs/remotes/origin/\(branch)"), local != remote,
              git.mergeBase(local, remote) == local else { return false }
        return try fastForward(git, from: local, to: remote)
    }

    /// Commits in a range (`rev-list --count`).
    func count(_ git: Git, _ range: String) -> Int { git.output(["rev-list", "--count", range]).flatMap { Int($0) } ?? 0 }

    /// Pushes HEAD to the remote branch, never forced.
    /// - Returns: false when the remote moved meanwhile (rejected as not a fast-forward).
    func push(_ git: Git, branch: String, outcome: SyncOutcome) throws(CommandFailure) -> Bool {
        let pushed = git.run(["push", "--porcelain", "origin", "HEAD:refs/heads/\(branch)"], network: true)
        if pushed.succeeded {
            // Plain `git status` then shows ahead and behind too.
            _ = git.run(["branch", "--quiet", "--set-upstream-to=origin/\(branch)"])
            return true
        }
        let said = pushed.output + pushed.errors
        if !pushed.timedOut, said.contains("[rejected]") || said.contains("non-fast-forward") || said.contains("fetch first") { return false }
        throw CommandFailure("cannot push to \(outcome.remote): \(Self.gitProblem(pushed)); "
                             + "your changes are committed here and go with the next 'reflect sync'")
    }

    /// Refuses a change that would remove more than max(10, 10%) of the entries, unless allowed.
    /// - Returns: the ids of entries it removes.
    func checkDeletions(_ git: Git, from: String, to: String, allowed: Bool) throws(CommandFailure) -> [String] {
        let result = git.run(["diff", "--name-only", "-z", "--no-renames", "--diff-filter=D", from, to, "--", "entries"])
        let removed = result.stdout.split(separator: 0).map { Self.id(fromPath: String(decoding: $0, as: UTF8.self)) }
        let total = git.files(of: from, under: ["entries"])?.count ?? 0
        let limit = max(10, total / 10)
        if removed.count > limit, !allowed {
            throw CommandFailure("this sync would remove \(removed.count) of the \(total) entries here (more than \(limit)): nothing was changed; "
                                 + "if the other device meant to delete them, run 'reflect sync --allow-deletions'")
        }
        return removed
    }

    /// Moves the work tree, the index and HEAD from one commit to another,
    /// under the journal lock, if HEAD is still `from`. A file changed here
    /// and not committed is never overwritten (git refuses, and so does this).
    /// - Returns: false when HEAD moved meanwhile (a write committed): the caller starts again.
    func fastForward(_ git: Git, from: String, to: String) throws(CommandFailure) -> Bool {
        do {
            return try locked { () throws(JournalError) -> Bool in
                guard git.commit("HEAD") == from else { return false }
                try waitForIndexLock(git)
                _ = git.run(["update-index", "-q", "--refresh"])
                // The files first, then HEAD: a crash between leaves HEAD behind files that are newer, never the reverse.
                let moved = git.run(["read-tree", "-m", "-u", from, to])
                // A file changed since the sync committed (`today` recording a day): committed now, and the sync starts again.
                if !moved.succeeded, try commitAll(git, message: "reflect: sync (changes not committed before)") { return false }
                guard moved.succeeded else {
                    throw .git("git could not update the files: \(Self.gitProblem(moved))")
                }
                let head = git.run(["update-ref", "-m", "reflect: sync", "HEAD", to, from])
                guard head.succeeded else {
                    throw .git("git could not move HEAD: \(Self.gitProblem(head))")
                }
                // The caches built on the entries learn which days changed.
                let changed = git.changedFiles(from: from, to: to, under: ["entries", "trash"]) ?? []
                for date in Set(changed.compactMap { EntryID.date(of: Self.id(fromPath: $0)) }).sorted() { publishChange(of: date) }
                return true
            }
        } catch {
            throw CommandFailure("cannot bring in the remote's changes: \(error.description); nothing here was lost; run 'reflect sync' again")
        }
    }
}
