/// Making the journal a git repository (`reflect sync init`, `sync clone`).
extension Journal {
    /// What git never tracks: the caches (rebuilt from the entries), drafts,
    /// the lock and the temporary files of a write in progress.
    public static let gitIgnored = ["/.index", "/.schedule", "/.changes", "/.lock", "/drafts/", ".*.tmp-*"]

    /// `* -text`: git never converts line ends, so an entry's bytes stay as
    /// written (and it still merges as text); encrypted files are binary.
    public static let gitAttributes = ["* -text", "*.age binary"]

    /// What setting up did.
    public struct SyncSetup: Sendable, Equatable {
        /// A new repository (false: an existing one was adopted).
        public var created: Bool
        /// Files were committed (the first commit, or what was not committed yet).
        public var committed: Bool
        public var device: String
    }

    /// Makes the journal a repository, or adopts the one it is: writes
    /// `.gitignore`, `.gitattributes` and `format` (adding lines missing
    /// from files already there), sets the repository's own identity
    /// (`reflect (DEVICE)`), and commits everything not committed yet.
    /// All under the journal lock.
    public func setUpRepository(_ git: Git, device: String) throws(CommandFailure) -> SyncSetup {
        do {
            return try locked { () throws(JournalError) -> SyncSetup in
                let created = !git.isRepository
                if created {
                    let made = git.run(["init", "--quiet", "--initial-branch=main"])
                    guard made.succeeded else { throw .git("git init failed: \(Self.gitProblem(made))") }
                }
                try addLines(Self.gitIgnored, to: folder + "/.gitignore", heading: "# reflect: caches, drafts, the lock and temporary files stay on this device")
                try addLines(Self.gitAttributes, to: folder + "/.gitattributes", heading: nil)
                if !FileSystem.exists(folder + "/" + JournalFormat.fileName) {
                    do throws(FileSystemError) { try FileSystem.write(Array(JournalFormat.text.utf8), to: folder + "/" + JournalFormat.fileName, replace: .never) } catch {
                        throw .fileSystem(error)
                    }
                }
                try setIdentity(git, device: device)
                let hasHead = git.commit("HEAD") != nil
                let committed = try commitAll(git, message: hasHead ? "reflect: sync init (changes not committed before)" : "reflect: sync init")
                return SyncSetup(created: created, committed: committed, device: device)
            }
        } catch {
            throw CommandFailure("cannot make the journal a git repository: \(error.description)")
        }
    }

    /// Adds the lines a file lacks (a person's own lines stay), written atomically.
    func addLines(_ lines: [String], to path: String, heading: String?) throws(JournalError) {
        var text = ""
        do throws(FileSystemError) { text = String(decoding: try FileSystem.read(path), as: UTF8.self) } catch where error.code == ENOENT {
        } catch {
            throw .fileSystem(error)
        }
        let present = Set(text.split(separator: "\n").map { String($0).trimmed })
        let missing = lines.filter { !present.contains($0) }
        guard !missing.isEmpty else { return }
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        if let heading, !present.contains(heading) { text += heading + "\n" }
        text += missing.joined(separator: "\n") + "\n"
        do throws(FileSystemError) { try FileSystem.write(Array(text.utf8), to: path, replace: .atomically) } catch { throw .fileSystem(error) }
    }

    /// Adds the remote `origin`, or checks that it is already this URL.
    public func addRemote(_ git: Git, url: String) throws(CommandFailure) {
        if let existing = git.originURL {
            guard existing == url else {
                throw CommandFailure("the journal's remote origin is already \(Self.withoutCredentials(existing)): to change it, "
                                     + "'git -C \(folder) remote set-url origin URL', then 'reflect sync'")
            }
            return
        }
        let added = git.run(["remote", "add", "origin", url])
        guard added.succeeded else { throw CommandFailure("cannot add the remote: \(Self.gitProblem(added))") }
    }

    /// Whether any entry file is in the journal (`sync clone` sets up only an empty one).
    public var hasEntries: Bool { paths().contains { _ in true } }

    /// Whether the journal holds a file git would track: anything but the
    /// caches, drafts, the lock and temporary files (`today` leaves a ledger).
    public var hasTrackedFiles: Bool {
        FileSystem.names(in: folder).contains { name in
            ![".git", ".index", ".schedule", ".changes", ".lock", "drafts"].contains(name) && !(name.hasPrefix(".") && name.contains(".tmp-"))
        }
    }

    /// Sets up a journal with nothing in it from a remote: the remote's
    /// files as they are there, its history as this device's, no commit of
    /// its own. The fetch runs without the lock; the files are written
    /// under it, if the journal is still empty.
    public func clone(_ git: Git, url: String, device: String) throws(CommandFailure) -> SyncOutcome {
        var outcome = SyncOutcome(remote: Self.withoutCredentials(url), branch: "main")
        do {
            try locked { () throws(JournalError) in
                let made = git.run(["init", "--quiet", "--initial-branch=main"])
                guard made.succeeded else { throw .git("git init failed: \(Self.gitProblem(made))") }
                try setIdentity(git, device: device)
            }
        } catch {
            throw CommandFailure("cannot make the journal a git repository: \(error.description)")
        }
        try addRemote(git, url: url)
        let fetched = git.run(["fetch", "--quiet", "--no-tags", "origin"], network: true)
        guard fetched.succeeded else { throw CommandFailure("cannot fetch from \(outcome.remote): \(Self.gitProblem(fetched)); run 'reflect sync clone' again") }
        let branches = git.output(["for-each-ref", "--format=%(refname:lstrip=3)", "refs/remotes/origin/"])?.split(separator: "\n").map(String.init) ?? []
        guard let branch = branches.contains("main") ? "main" : branches.count == 1 ? branches[0] : nil, let commit = git.commit("refs/remotes/origin/\(branch)") else {
            throw CommandFailure(branches.isEmpty ? "\(outcome.remote) has no journal yet: run 'reflect sync init \(url)' on the device that has one"
                                 : "\(outcome.remote) has several branches (\(branches.joined(separator: ", "))) and none is main: 'git -C \(folder) switch BRANCH', then 'reflect sync'")
        }
        outcome.branch = branch
        do {
            try locked { () throws(JournalError) in
                guard !hasTrackedFiles else { throw .git("files were written to the journal meanwhile; run 'reflect sync clone' again") }
                let files = git.run(["read-tree", "-m", "-u", commit])
                guard files.succeeded else { throw .git("git could not write the journal's files: \(Self.gitProblem(files))") }
                for arguments in [["update-ref", "refs/heads/\(branch)", commit], ["symbolic-ref", "HEAD", "refs/heads/\(branch)"],
                                  ["branch", "--quiet", "--set-upstream-to=origin/\(branch)"]] {
                    let done = git.run(arguments)
                    guard done.succeeded else { throw .git("git \(arguments[0]) failed: \(Self.gitProblem(done))") }
                }
            }
        } catch {
            throw CommandFailure("cannot set up the journal from \(outcome.remote): \(error.description)")
        }
        outcome.pulled = count(git, "HEAD")
        try? FileSystem.write(Array((clock.now().description + "\n").utf8), to: lastSyncPath(git), replace: .atomically)
        return outcome
    }

    /// The repository's own identity, `reflect (DEVICE)`, and the device name.
    func setIdentity(_ git: Git, device: String) throws(JournalError) {
        // The untracked cache spares `reflect sync` a walk of every folder when it looks for changes not committed.
        for (key, value) in [("user.name", "reflect (\(device))"), ("user.email", "reflect@localhost"), (Self.deviceKey, device),
                             ("core.untrackedCache", "true")] {
            let set = git.run(["config", key, value])
            guard set.succeeded else { throw .git("git config failed: \(Self.gitProblem(set))") }
        }
    }

    /// What a person must know before the journal first leaves this device.
    public static func firstPushNotice(remote: String) -> String {
        """
        Before the journal goes to \(remote):
          - git sends your entries as they are, unencrypted: anyone who can read that repository can read them;
            use a private repository on a server you trust.
          - Deleted and purged entries stay in git's history, here and on the remote. To remove one for good,
            rewrite the history on every device and force the remote (git filter-repo --invert-paths --path PATH,
            then git push --force), or start a new remote.
        """
    }
}

#if canImport(Glibc)
import Glibc
#endif
