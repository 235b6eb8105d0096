/// How files that belong to a layer above the journal merge (the plan, the
/// skips and the ledger of days shown, from the schedule): by path, a
/// three-way merge of their bytes, nil when it cannot be done.
public struct SyncRules: Sendable {
    public typealias FileMerge = @Sendable (_ base: [UInt8]?, _ ours: [UInt8], _ theirs: [UInt8]) -> [UInt8]?
    public var files: [String: FileMerge]

    public init(files: [String: FileMerge] = [:]) { self.files = files }
}

/// What a merge of two devices' histories did, beyond git's own merge.
public struct MergeReport: Sendable, Equatable {
    /// Entries and dilemmas edited on both devices and merged field by field.
    public var merged: [String] = []
    /// Conflict copies made: the new id and the id it is a copy of.
    public var conflictCopies: [ConflictCopy] = []
    /// Entries edited on one device while deleted on the other: kept.
    public var restored: [String] = []
    /// Entries created with the same id on both devices: this device's got a new one.
    public var renamed: [ConflictCopy] = []
    /// Other files changed on both devices: this device's text kept beside the other's.
    public var keptBeside: [String] = []
    public var warnings: [String] = []
}

/// A copy of an entry or dilemma under a new id.
public struct ConflictCopy: Sendable, Equatable, Encodable {
    public var id: String
    public var of: String
}

extension Journal {
    /// Merges two commits into a tree without touching the work tree or the
    /// journal's index: git's `merge-tree`, then every path both devices
    /// changed resolved by rules that never drop text (they read the two
    /// sides and their base path by path, so a move to the trash is a
    /// deletion to them), written through a temporary index.
    ///
    /// - Returns: the merged tree and what the rules did.
    /// - Throws: when git fails or a path cannot be merged by any rule (nothing changes then).
    func mergeTree(local: String, remote: String, git: Git, device: String, rules: SyncRules,
                   unrelated: Bool) throws(CommandFailure) -> (tree: String, report: MergeReport) {
        // merge-tree detects renames whatever merge.renames says (git 2.39); directory renames it
        // leaves off when told: a month's last entry moved to the trash on one device made git move
        // the month's new entries of the other into trash/ too, a conflict no rule could resolve.
        var arguments = ["-c", "merge.renames=false", "-c", "merge.directoryRenames=false", "merge-tree", "--write-tree", "-z", "--no-messages"]
        if unrelated { arguments.append("--allow-unrelated-histories") }
        let merged = git.run(arguments + [local, remote])
        guard merged.status == 0 || merged.status == 1, !merged.timedOut else {
            throw CommandFailure("git could not merge the two histories (\(Self.gitProblem(merged))); nothing was changed")
        }
        let records = merged.stdout.split(separator: 0, omittingEmptySubsequences: false)
        guard let first = records.first, !first.isEmpty else { throw CommandFailure("git merge-tree printed no tree; nothing was changed") }
        let gitTree = String(decoding: first, as: UTF8.self)
        // Conflicted files: "<mode> <object> <stage>\t<path>", until an empty record.
        var conflicted = Set<String>()
        for record in records.dropFirst() {
            if record.isEmpty { break }
            if let tab = record.firstIndex(of: 0x09) { conflicted.insert(String(decoding: record[(tab + 1)...], as: UTF8.self)) }
        }
        let base = unrelated ? nil : git.mergeBase(local, remote)
        guard let ours = git.files(of: local), let theirs = git.files(of: remote),
              let ancestor = base.map({ git.files(of: $0) }) ?? [:] else {
            throw CommandFailure("git could not list the journal's files; nothing was changed")
        }
        // Paths both sides changed, and differently: git's answer for the others is right.
        let both = Set(ours.keys).union(theirs.keys).filter { path in
            let o = ours[path]?.object, t = theirs[path]?.object, b = ancestor[path]?.object
            return o != t && o != b && t != b
        }
        // A conflict at a path only one side changed is git's rename detection at work (an entry
        // moved to the trash on one device and edited on the other: both texts meet in trash/);
        // it takes that side's file, as a merge that knows no renames would, and the rules below
        // settle the entry it came from. A file against a folder is left to the person.
        let strays = conflicted.subtracting(both)
        let paths = Set(ours.keys).union(theirs.keys)
        for stray in strays.sorted() where Self.isFileAgainstFolder(stray, among: paths) {
            throw CommandFailure("cannot merge \(stray) automatically (a file against a folder); nothing was changed; "
                                 + "merge it with git in \(folder), then run 'reflect sync' again")
        }
        var objects: [String] = []
        for path in both.union(strays) { objects += [ours[path]?.object, theirs[path]?.object, ancestor[path]?.object].compactMap { $0 } }
        guard let contents = git.blobs(objects) else { throw CommandFailure("git could not read the journal's files; nothing was changed") }
        var resolver = MergeResolver(journal: self, git: git, device: device, rules: rules, ours: ours, theirs: theirs, ancestor: ancestor,
                                     contents: contents, conflicted: conflicted)
        for path in strays { resolver.takeChangedSide(path) }
        for path in both.sorted() { try resolver.resolve(path) }
        guard !resolver.changes.isEmpty else { return (gitTree, resolver.report) }
        return (try writeTree(gitTree, changing: resolver.changes, git: git), resolver.report)
    }

    /// Whether a path is a folder of other paths, or lies under one of them.
    static func isFileAgainstFolder(_ path: String, among paths: Set<String>) -> Bool {
        let parts = path.split(separator: "/")
        let folders = parts.indices.dropLast().map { parts[...$0].joined(separator: "/") }
        return folders.contains(where: paths.contains) || paths.contains { $0.hasPrefix(path + "/") }
    }

    /// A tree with some paths changed (nil removes one), built in a temporary index.
    func writeTree(_ tree: String, changing changes: [String: (mode: String, bytes: [UInt8]?)], git: Git) throws(CommandFailure) -> String {
        let index = git.gitFolder + "/reflect-merge-index"
        FileSystem.remove(index)
        defer { FileSystem.remove(index) }
        guard git.run(["read-tree", tree], index: index).succeeded else { throw CommandFailure("git could not read the merged tree; nothing was changed") }
        let none = String(repeating: "0", count: tree.count)
        var lines = ""
        for (path, change) in changes.sorted(by: { $0.key < $1.key }) {
            if let bytes = change.bytes {
                guard let object = git.storeBlob(bytes) else { throw CommandFailure("git could not store \(path); nothing was changed") }
                lines += "\(change.mode) \(object)\t\(path)\n"
            } else {
                lines += "0 \(none)\t\(path)\n"
            }
        }
        let updated = git.run(["update-index", "--index-info"], input: Array(lines.utf8), index: index)
        guard updated.succeeded, let result = git.output(["write-tree"], index: index) else {
            throw CommandFailure("git could not write the merged tree (\(Self.gitProblem(updated))); nothing was changed")
        }
        return result
    }
}

/// The rules, applied one path at a time to what both devices changed.
struct MergeResolver {
    let journal: Journal
    let git: Git
    let device: String
    let rules: SyncRules
    let ours: [String: Git.TreeItem]
    let theirs: [String: Git.TreeItem]
    let ancestor: [String: Git.TreeItem]
    let contents: [String: [UInt8]]
    let conflicted: Set<String>
    /// New contents by path; nil bytes remove the path.
    var changes: [String: (mode: String, bytes: [UInt8]?)] = [:]
    var report = MergeReport()

    /// What kind of journal file a path is.
    enum Kind {
        case entry(id: String), dilemma(id: String), trash, settings, format, rule(SyncRules.FileMerge), other
    }

    func kind(of path: String) -> Kind {
        let parts = path.split(separator: "/").map(String.init)
        let name = parts.last ?? ""
        if path.hasSuffix(".md") {
            let id = String(name.dropLast(3))
            if parts.count == 4, parts[0] == "entries", EntryID.isEntryID(id) { return .entry(id: id) }
            if parts.count == 2, parts[0] == "dilemmas", DilemmaID.isDilemmaID(id) { return .dilemma(id: id) }
            if parts.count == 2, parts[0] == "trash" { return .trash }
        }
        if path == "settings.json" { return .settings }
        if path == JournalFormat.fileName { return .format }
        if let rule = rules.files[path] { return .rule(rule) }
        return .other
    }

    func bytes(_ item: Git.TreeItem?) -> [UInt8]? { item.flatMap { contents[$0.object] } }

    mutating func resolve(_ path: String) throws(CommandFailure) {
        let o = bytes(ours[path]), t = bytes(theirs[path]), b = bytes(ancestor[path])
        let mode = ours[path]?.mode ?? theirs[path]?.mode ?? "100644"
        let kind = kind(of: path)
        guard let o, let t else {
            // Deleted on one side and changed on the other: the change stays, whatever the file.
            changes[path] = (mode, o ?? t)
            switch kind {
            case .entry(let id), .dilemma(let id):
                report.restored.append(id)
                // An entry moved to the trash on the side that deleted it comes back out of it.
                let deleter = o == nil ? ours : theirs
                for trashed in deleter.keys where trashed.hasPrefix("trash/\(id)") && ancestor[trashed] == nil
                    && (o == nil ? theirs : ours)[trashed] == nil {
                    let rest = trashed.dropFirst("trash/\(id)".count)
                    if rest == ".md" || (rest.hasPrefix("-") && rest.hasSuffix(".md")) { changes[trashed] = ("100644", nil) }
                }
            default:
                break
            }
            return
        }
        switch kind {
        case .entry(let id), .dilemma(let id):
            let isEntry = if case .entry = kind { true } else { false }
            // Text that is not UTF-8 is never decoded (that would change its bytes): it is copied whole.
            if isValid(o), isValid(t), b.map(isValid) ?? true,
               let text = DocumentMerge.merge(base: b.map { String(decoding: $0, as: UTF8.self) }, ours: String(decoding: o, as: UTF8.self),
                                              theirs: String(decoding: t, as: UTF8.self), mergeBodies: b == nil ? { _, _, _ in nil } : mergeBodies) {
                changes[path] = (mode, Array(text.utf8))
                // Created on both sides with texts that agree is one entry, not a merge.
                if b != nil { report.merged.append(id) }
                return
            }
            // The other device's text keeps the path; this device's becomes a copy under a new id.
            changes[path] = (mode, t)
            let copy = try makeCopy(of: o, id: id, isEntry: isEntry, conflict: b != nil)
            changes[copy.path] = (mode, copy.bytes)
            if b != nil {
                report.conflictCopies.append(ConflictCopy(id: copy.id, of: id))
            } else {
                report.renamed.append(ConflictCopy(id: copy.id, of: id))
            }
        case .trash:
            // Trashed on both sides with different texts: both stay in the trash.
            changes[path] = (mode, t)
            let stem = String(path.dropLast(3))
            var counter = 2
            while taken("\(stem)-\(counter).md") { counter += 1 }
            changes["\(stem)-\(counter).md"] = (mode, o)
        case .settings:
            let (merged, warnings) = JournalSettings.merge(base: b, ours: o, theirs: t)
            if let merged {
                changes[path] = (mode, merged)
                report.warnings += warnings
            } else {
                keepBeside(path, mode: mode, ours: o, theirs: t)
            }
        case .format:
            // The newer format: a reflect that cannot write it says so.
            let newer = { (bytes: [UInt8]) -> Int in
                Int(String(decoding: bytes, as: UTF8.self).split(separator: "\n").first?.split(separator: ":").last.map { String($0).trimmed } ?? "") ?? 0
            }
            changes[path] = (mode, newer(o) > newer(t) ? o : t)
        case .rule(let merge):
            if let merged = merge(b, o, t) {
                changes[path] = (mode, merged)
            } else {
                keepBeside(path, mode: mode, ours: o, theirs: t)
            }
        case .other:
            // git merged it cleanly: its text stands.
            guard conflicted.contains(path) else { return }
            keepBeside(path, mode: mode, ours: o, theirs: t)
        }
    }

    /// A path only one side changed: that side's file (none, if it removed it).
    mutating func takeChangedSide(_ path: String) {
        let side = ours[path]?.object != ancestor[path]?.object ? ours[path] : theirs[path]
        changes[path] = (side?.mode ?? "100644", bytes(side))
    }

    func isValid(_ bytes: [UInt8]) -> Bool { String(validating: bytes, as: UTF8.self) != nil }

    /// Whether a path is in either tree or already written by the merge.
    func taken(_ path: String) -> Bool { ours[path] != nil || theirs[path] != nil || changes[path] != nil }

    /// The other device's file at the path; this device's beside it, with a warning.
    mutating func keepBeside(_ path: String, mode: String, ours o: [UInt8], theirs t: [UInt8]) {
        changes[path] = (mode, t)
        var beside = "\(path).\(device)"
        var counter = 2
        while taken(beside) {
            beside = "\(path).\(device)-\(counter)"
            counter += 1
        }
        changes[beside] = (mode, o)
        report.keptBeside.append(beside)
        report.warnings.append("\(path) changed on both devices: the other device's is at \(path), this device's at \(beside); keep what you want and delete the other")
    }

    /// This device's text under a new id, beside the other's.
    func makeCopy(of bytes: [UInt8], id: String, isEntry: Bool, conflict: Bool) throws(CommandFailure) -> (id: String, path: String, bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let matter = (try? FrontMatter.parse(text))?.0
        let created = matter?.string("created").flatMap(Timestamp.init(iso:)) ?? journal.clock.now()
        for millisecond in 0..<1000 {
            let newID = isEntry ? EntryID.make(for: created, millisecond: millisecond) : DilemmaID.make(for: created, millisecond: millisecond)
            guard newID != id else { continue }
            let path = isEntry ? "entries/\(EntryID.monthFolder(ofPrefix: newID) ?? "misc")/\(newID).md" : "dilemmas/\(newID).md"
            if taken(path) { continue }
            // A text whose front matter does not read is kept as it is, under the new name.
            let copied = isValid(bytes) ? DocumentMerge.copy(text, newID: newID, conflictOf: conflict ? id : nil, device: device).map { Array($0.utf8) } ?? bytes : bytes
            return (newID, path, copied)
        }
        throw CommandFailure("cannot find a free id for a copy of \(id); nothing was changed")
    }

    /// A three-way merge of two bodies with git's `merge-file`; nil on a conflict.
    func mergeBodies(_ base: String, _ ours: String, _ theirs: String) -> String? {
        let folder = git.gitFolder + "/reflect-merge"
        do { try FileSystem.makePrivateFolder(folder) } catch { return nil }
        let paths = ["ours", "base", "theirs"].map { "\(folder)/\($0)" }
        defer { paths.forEach(FileSystem.remove) }
        for (path, text) in zip(paths, [ours, base, theirs]) {
            guard (try? FileSystem.write(Array(text.utf8), to: path, replace: .atomically)) != nil else { return nil }
        }
        let result = git.run(["merge-file", "-p", "-q"] + paths)
        guard result.succeeded, let merged = String(validating: result.stdout, as: UTF8.self) else { return nil }
        return merged
    }
}

extension JournalSettings {
    /// `settings.json` changed on both devices, merged key by key: a key
    /// changed on one side takes that side; changed differently on both,
    /// this device's value wins, with a warning.
    /// - Returns: the merged file (nil when a side does not read as settings) and the warnings.
    static func merge(base: [UInt8]?, ours: [UInt8], theirs: [UInt8]) -> ([UInt8]?, [String]) {
        func decode(_ bytes: [UInt8]) -> JournalSettings? { try? JSONInput.decode(JournalSettings.self, from: Data(bytes)) }
        guard var merged = decode(ours), let other = decode(theirs) else { return (nil, []) }
        let ancestor = base.flatMap(decode) ?? JournalSettings()
        let mine = merged
        var warnings: [String] = []
        for key in keys {
            let b = key.get(ancestor), o = key.get(mine), t = key.get(other)
            if o == t || t == b { continue }
            if o == b {
                _ = key.set(&merged, t)
            } else {
                warnings.append("settings.json: \(key.name) was changed on both devices; this device's value (\(o)) was kept, not the other's (\(t))")
            }
        }
        merged.schemaVersion = max(mine.schemaVersion, other.schemaVersion)
        return (Array(JSONOutput.encode(merged).utf8), warnings)
    }
}
