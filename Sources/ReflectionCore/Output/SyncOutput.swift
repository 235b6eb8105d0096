/// What `reflect sync`, `sync init` and `sync clone` did.
public struct SyncSummary: Sendable, Equatable {
    public var folder: String
    /// Setting the repository up (`sync init`, `sync clone`).
    public var setup: Journal.SyncSetup?
    /// The sync that ran; nil when none did (no URL, or the person said not yet).
    public var outcome: SyncOutcome?
    /// Said before the first push: what going to a remote means.
    public var notice: String?
    /// The remote added, when nothing was pushed yet.
    public var remoteAdded: String?
}

/// Sync results as text.
enum SyncText {
    static func summary(_ summary: SyncSummary) -> String {
        var out = ""
        if let setup = summary.setup {
            out += setup.created ? "Made \(summary.folder) a git repository" : "Set up the git repository in \(summary.folder)"
            out += " for device \(setup.device)\(setup.committed ? ", and committed the journal" : "").\n"
        }
        if let remote = summary.remoteAdded, summary.outcome == nil {
            out += "Added the remote \(remote); nothing was pushed yet: 'reflect sync' pushes the journal.\n"
        }
        guard let outcome = summary.outcome else { return out }
        if outcome.committedPending { out += "Committed changes that were not committed yet.\n" }
        if outcome.upToDate {
            out += "Up to date with \(outcome.remote).\n"
        } else {
            var done: [String] = []
            if outcome.pulled > 0 { done.append("pulled \(commits(outcome.pulled))") }
            if outcome.mergedHistories { done.append("merged both devices' changes") }
            if outcome.pushed > 0 { done.append("pushed \(commits(outcome.pushed))") }
            if outcome.notPushed > 0 { done.append("kept \(commits(outcome.notPushed)) to push (--no-push)") }
            let sentence = done.joined(separator: ", ")
            out += "Synced with \(outcome.remote): \(sentence).\n"
        }
        let merge = outcome.merge
        if !merge.merged.isEmpty { out += "Merged entries edited on both devices: \(merge.merged.joined(separator: " ")).\n" }
        if !merge.conflictCopies.isEmpty {
            out += "Conflict copies (both texts kept: the other device's under its id, this device's as a copy; compare them and delete one):\n"
            out += merge.conflictCopies.map { "  \($0.id)  copy of \($0.of)\n" }.joined()
        }
        if !merge.restored.isEmpty { out += "Kept, edited on one device while deleted on the other: \(merge.restored.joined(separator: " ")).\n" }
        if !merge.renamed.isEmpty {
            out += "Given a new id (the same id was created on both devices): "
                + merge.renamed.map { "\($0.id) (was \($0.of))" }.joined(separator: ", ") + ".\n"
        }
        if !outcome.deleted.isEmpty {
            out += "Removed by the other device (deleted or moved to its trash): \(outcome.deleted.count) \(outcome.deleted.count == 1 ? "entry" : "entries").\n"
        }
        return out
    }

    static func commits(_ count: Int) -> String { count == 1 ? "1 commit" : "\(count) commits" }

    static func state(_ state: SyncState) -> String {
        guard state.isRepository else {
            return "\(state.folder) is not a git repository: 'reflect sync init URL' sets up syncing.\n"
        }
        var rows: [(String, String)] = [("device", state.device ?? "-"), ("remote", state.remote ?? "none ('reflect sync init URL' adds one)")]
        if let branch = state.branch { rows.append(("branch", branch)) }
        if let ahead = state.ahead, let behind = state.behind {
            rows.append(("ahead", "\(commits(ahead)) to push"))
            rows.append(("behind", "\(commits(behind)) to pull (as of the last fetch)"))
        }
        rows.append(("last fetch", state.lastFetch ?? "never"))
        rows.append(("last sync", state.lastSync ?? "never"))
        rows.append(("uncommitted", state.uncommitted.isEmpty ? "nothing" : "\(state.uncommitted.count) \(state.uncommitted.count == 1 ? "file" : "files")"))
        rows.append(("conflict copies", state.conflictCopies.isEmpty ? "none" : "\(state.conflictCopies.count)"))
        let width = rows.map(\.0.count).max() ?? 0
        var out = rows.map { $0.0 + ":" + String(repeating: " ", count: width - $0.0.count + 2) + $0.1 + "\n" }.joined()
        out += state.uncommitted.prefix(20).map { "  \($0)\n" }.joined()
        if state.uncommitted.count > 20 { out += "  ...\n" }
        out += state.conflictCopies.map { "  \($0.id)  copy of \($0.of)\n" }.joined()
        return out
    }
}

/// `reflect sync --json` and `sync init --json`.
struct SyncObject: Encodable {
    struct Repository: Encodable {
        var created: Bool
        var committed: Bool
        var device: String
    }
    var repository: Repository?
    var remote: String?
    var branch: String?
    var upToDate: Bool
    var committedPending: Bool
    var pulled: Int
    var pushed: Int
    var notPushed: Int
    var merged: Bool
    var mergedEntries: [String]
    var conflictCopies: [ConflictCopy]
    var renamed: [ConflictCopy]
    var restored: [String]
    var deleted: [String]
    var keptBeside: [String]
    var warnings: [String]

    init(_ summary: SyncSummary) {
        repository = summary.setup.map { Repository(created: $0.created, committed: $0.committed, device: $0.device) }
        let outcome = summary.outcome
        remote = outcome?.remote ?? summary.remoteAdded
        branch = outcome?.branch
        upToDate = outcome?.upToDate ?? false
        committedPending = outcome?.committedPending ?? false
        pulled = outcome?.pulled ?? 0
        pushed = outcome?.pushed ?? 0
        notPushed = outcome?.notPushed ?? 0
        merged = outcome?.mergedHistories ?? false
        let merge = outcome?.merge ?? MergeReport()
        mergedEntries = merge.merged
        conflictCopies = merge.conflictCopies
        renamed = merge.renamed
        restored = merge.restored
        deleted = outcome?.deleted ?? []
        keptBeside = merge.keptBeside
        warnings = outcome?.warnings ?? []
    }
}
