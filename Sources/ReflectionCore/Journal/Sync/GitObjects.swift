/// The few things `reflect sync` asks git about a repository, each one
/// git run (or a fixed few), parsed here.
extension Git {
    /// The commit a revision names, or nil.
    public func commit(_ revision: String) -> String? {
        output(["rev-parse", "--verify", "--quiet", revision + "^{commit}"])
    }

    /// The branch checked out (`main`), or nil on a detached HEAD.
    public func currentBranch() -> String? {
        output(["symbolic-ref", "--quiet", "--short", "HEAD"])
    }

    /// A configuration value of the repository, or nil.
    public func config(_ key: String) -> String? {
        output(["config", "--get", key]).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Several configuration values in one git run, by their names as given
    /// (not empty ones; for a name set more than once, the last, as `--get` gives).
    /// Names are matched without regard to case, as git matches a section and a key.
    public func configs(_ keys: [String]) -> [String: String] {
        let pattern = "^(" + keys.map { $0.lowercased().split(separator: ".", omittingEmptySubsequences: false).joined(separator: "\\.") }.joined(separator: "|") + ")$"
        let result = run(["config", "-z", "--get-regexp", pattern])
        var values: [String: String] = [:]
        guard result.status == 0 else { return values }
        // "name\nvalue\0" for each.
        for record in result.stdout.split(separator: 0) {
            let text = String(decoding: record, as: UTF8.self)
            let name = String(text.prefix { $0 != "\n" }), value = String(text.drop { $0 != "\n" }.dropFirst())
            guard let key = keys.first(where: { $0.lowercased() == name.lowercased() }) else { continue }
            values[key] = value.isEmpty ? nil : value
        }
        return values
    }

    /// Two commits in one git run (HEAD and the remote branch, at every sync);
    /// nil for each that is not there.
    public func commits(_ first: String, _ second: String) -> (String?, String?) {
        if let both = output(["rev-parse", first + "^{commit}", second + "^{commit}", "--"])?.split(separator: "\n"), both.count == 3 {
            return (String(both[0]), String(both[1]))
        }
        return (commit(first), commit(second))
    }

    /// The URL of the `origin` remote, or nil when there is none.
    public var originURL: String? { config("remote.origin.url") }

    /// The best common ancestor of two commits; nil for unrelated histories.
    public func mergeBase(_ a: String, _ b: String) -> String? {
        output(["merge-base", a, b]).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// An entry of a tree: its mode and object.
    public struct TreeItem: Equatable, Sendable {
        public var mode: String
        public var object: String
    }

    /// Every file of a commit's tree, by path (`ls-tree -r`); under `paths` only, when given.
    public func files(of revision: String, under paths: [String] = []) -> [String: TreeItem]? {
        let result = run(["ls-tree", "-r", "-z", "--full-tree", revision, "--"] + paths)
        guard result.succeeded else { return nil }
        var files: [String: TreeItem] = [:]
        for record in result.stdout.split(separator: 0) {
            // "<mode> <type> <object>\t<path>"
            guard let tab = record.firstIndex(of: 0x09) else { continue }
            let head = record[record.startIndex..<tab].split(separator: 0x20)
            guard head.count == 3 else { continue }
            let path = String(decoding: record[(tab + 1)...], as: UTF8.self)
            files[path] = TreeItem(mode: String(decoding: head[0], as: UTF8.self), object: String(decoding: head[2], as: UTF8.self))
        }
        return files
    }

    /// The contents of blobs, by object id (`cat-file --batch`, one run).
    public func blobs(_ objects: [String]) -> [String: [UInt8]]? {
        let unique = Array(Set(objects))
        guard !unique.isEmpty else { return [:] }
        let result = run(["cat-file", "--batch"], input: Array(unique.map { $0 + "\n" }.joined().utf8))
        guard result.succeeded else { return nil }
        var contents: [String: [UInt8]] = [:]
        let bytes = result.stdout
        var index = 0
        for object in unique {
            // "<object> blob <size>\n<contents>\n", or "<object> missing\n".
            guard let end = bytes[index...].firstIndex(of: 0x0A) else { return nil }
            let header = String(decoding: bytes[index..<end], as: UTF8.self).split(separator: " ")
            index = end + 1
            guard header.count == 3, let size = Int(header[2]), index + size <= bytes.count else { return nil }
            contents[object] = Array(bytes[index..<index + size])
            index += size + 1
        }
        return contents
    }

    /// Saves bytes as a blob; returns its object id.
    public func storeBlob(_ bytes: [UInt8]) -> String? {
        output(["hash-object", "-w", "--stdin"], input: bytes)
    }

    /// Paths that differ between two commits (no rename detection).
    public func changedFiles(from: String, to: String, under paths: [String] = []) -> [String]? {
        let result = run(["diff", "--name-only", "-z", "--no-renames", from, to, "--"] + paths)
        guard result.succeeded else { return nil }
        return result.stdout.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Commits ahead of and behind another (`rev-list --left-right --count`).
    public func aheadBehind(_ local: String, _ remote: String) -> (ahead: Int, behind: Int)? {
        guard let text = output(["rev-list", "--left-right", "--count", "\(local)...\(remote)"]) else { return nil }
        let numbers = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).compactMap { Int($0) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
    }

    /// Files changed in the work tree and not committed (`status --porcelain`), with untracked files.
    public func uncommittedFiles() -> [String]? {
        let result = run(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames"])
        guard result.succeeded else { return nil }
        return result.stdout.split(separator: 0).map { String(decoding: $0.dropFirst(3), as: UTF8.self) }
    }
}
