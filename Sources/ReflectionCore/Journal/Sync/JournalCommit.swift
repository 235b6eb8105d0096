/// Committing what a command changed, when the journal is a git repository.
extension Journal {
    /// The ledger of days shown: `today` and `status` record past days in it
    /// as they read, which is no change the person made; it is committed with
    /// the next change, or by `reflect sync`.
    static let ledgerName = "shown.log"

    /// Commits the files this command changed (`changedPaths`), exactly
    /// those, under the journal lock, with a message of the command and the
    /// ids it touched, never any text the person wrote
    /// (`reflect: edit 20261126-093012-417kf`).
    ///
    /// Nothing starts when the journal is no repository or nothing but the
    /// ledger changed: `today`, `list`, `show` and the other readers never
    /// start git.
    ///
    /// - Returns: a warning when the commit failed (the command still
    ///   succeeded, and the next `reflect sync` commits what is pending);
    ///   `committed`, whether git was asked to commit (a change, not the ledger alone).
    public func commitChanges(command: String, environment: [String: String]) -> (committed: Bool, warning: String?) {
        guard let changed = changedPaths?.all, !changed.isEmpty else { return (false, nil) }
        let relative = changed.compactMap(relativePath)
        guard relative.contains(where: { $0 != Self.ledgerName }), Git.isRepository(folder) else { return (false, nil) }
        return (true, commit(relative, command: command, environment: environment))
    }

    /// Commits these paths (relative to the journal); a warning when that failed.
    func commit(_ relative: [String], command: String, environment: [String: String]) -> String? {
        let failed = "the change was saved but not committed to git"
        guard let git = Git(folder: folder, environment: environment) else {
            return "\(failed): git is not on PATH ('reflect sync' commits it once git is there)"
        }
        let message = Self.commitMessage(command: command, paths: relative)
        do {
            return try locked { () throws(JournalError) -> String? in
                // Plumbing, not `git commit`: a commit refreshes the whole index
                // (a stat of every entry), which at 10,000 entries doubled the cost.
                // The paths on standard input: an import of thousands of entries is no command line.
                let staged = git.run(["update-index", "--add", "--remove", "-z", "--stdin"], input: Array(relative.map { $0 + "\u{0}" }.joined().utf8))
                guard staged.succeeded else { return "\(failed) (\(Self.gitProblem(staged))); 'reflect sync' commits it" }
                // HEAD and its tree in one run; neither when there is no commit yet.
                let head = git.output(["rev-parse", "HEAD", "HEAD^{tree}"])?.split(separator: "\n").map(String.init)
                let parent = head?.first
                guard let tree = git.output(["write-tree"]) else { return "\(failed) (git write-tree failed); 'reflect sync' commits it" }
                // Nothing to commit (the file was written with what it held) is no failure.
                if head?.last == tree { return nil }
                let made = git.run(["commit-tree", tree] + (parent.map { ["-p", $0] } ?? []) + ["-m", message])
                guard made.succeeded else { return "\(failed) (\(Self.gitProblem(made))); 'reflect sync' commits it" }
                let commit = made.output.trimmed
                let moved = git.run(["update-ref", "-m", "commit: \(message)", "HEAD", commit] + (parent.map { [$0] } ?? []))
                guard moved.succeeded else { return "\(failed) (\(Self.gitProblem(moved))); 'reflect sync' commits it" }
                return nil
            }
        } catch {
            return "\(failed) (\(error.description)); 'reflect sync' commits it"
        }
    }

    /// A path inside the journal, relative to its folder; nil for one outside.
    func relativePath(_ path: String) -> String? {
        guard path.hasPrefix(folder + "/") else { return nil }
        return String(path.dropFirst(folder.count + 1))
    }

    /// `reflect: COMMAND ID...`: the ids of the entries and dilemmas changed
    /// (file names, which are ids), or their count when there are many.
    static func commitMessage(command: String, paths: [String]) -> String {
        var ids: [String] = []
        for path in paths where path.hasSuffix(".md") && (path.hasPrefix("entries/") || path.hasPrefix("trash/") || path.hasPrefix("dilemmas/")) {
            let name = String(path.split(separator: "/").last?.dropLast(3) ?? "")
            if !name.isEmpty, !ids.contains(name) { ids.append(name) }
        }
        let subject = "reflect: \(command)"
        if ids.isEmpty { return subject }
        if ids.count > 5 { return "\(subject) (\(ids.count) files)" }
        return "\(subject) \(ids.joined(separator: " "))"
    }

    /// The last line git wrote on its standard error (or why it did not run).
    static func gitProblem(_ result: ChildProcess.Result) -> String {
        if let failure = result.startFailure { return "git could not start: \(failure)" }
        if result.timedOut { return "git did not finish in time" }
        let line = result.errors.split(separator: "\n").last.map { String($0).trimmed } ?? ""
        return line.isEmpty ? "git exited with status \(result.status)" : line
    }
}
