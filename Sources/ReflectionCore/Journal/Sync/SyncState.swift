/// `reflect sync status`: where the journal stands, without the network.
public struct SyncState: Sendable, Equatable, Encodable {
    public var folder: String
    public var isRepository = false
    public var device: String?
    /// The remote, without credentials.
    public var remote: String?
    public var branch: String?
    /// Commits this device has that the remote had not, and the reverse, as of the last fetch.
    public var ahead: Int?
    public var behind: Int?
    /// When this device last fetched, and last synced successfully.
    public var lastFetch: String?
    public var lastSync: String?
    /// Files changed and not committed.
    public var uncommitted: [String] = []
    /// Conflict copies whose original is still there: compare, then delete one.
    public var conflictCopies: [ConflictCopy] = []

    /// `sync status --json`: these names, `repository` for whether it is one.
    enum CodingKeys: String, CodingKey {
        case folder, isRepository = "repository", device, remote, branch, ahead, behind, lastFetch, lastSync, uncommitted, conflictCopies
    }
}

extension Journal {
    /// The journal's sync state, from git alone (no fetch).
    public func syncState(_ git: Git?) -> SyncState {
        var state = SyncState(folder: folder)
        guard let git, git.isRepository else { return state }
        state.isRepository = true
        state.device = device(git)
        state.remote = git.originURL.map(Self.withoutCredentials)
        state.branch = git.currentBranch()
        if let branch = state.branch, git.commit("refs/remotes/origin/\(branch)") != nil,
           let counts = git.aheadBehind("HEAD", "refs/remotes/origin/\(branch)") {
            (state.ahead, state.behind) = counts
        }
        if let seconds = FileSystem.modificationSeconds(of: git.gitFolder + "/FETCH_HEAD") {
            state.lastFetch = Timestamp.local(epochSeconds: seconds).description
        }
        state.lastSync = lastSync(git)
        state.uncommitted = git.uncommittedFiles() ?? []
        state.conflictCopies = conflictCopies(git)
        return state
    }

    /// Entries and dilemmas with `conflict-of:` whose original is still in the journal.
    func conflictCopies(_ git: Git) -> [ConflictCopy] {
        let found = git.run(["grep", "-z", "-l", "-e", "^conflict-of:", "--", "entries", "dilemmas"])
        var copies: [ConflictCopy] = []
        for name in found.stdout.split(separator: 0) {
            let path = folder + "/" + String(decoding: name, as: UTF8.self)
            guard let bytes = try? FileSystem.read(path), let (matter, _) = try? FrontMatter.parse(String(decoding: bytes, as: UTF8.self)),
                  let original = matter.string("conflict-of") else { continue }
            let originalPath = path.contains("/dilemmas/") ? self.path(forDilemma: original) : self.path(forID: original)
            guard let originalPath, FileSystem.exists(originalPath) else { continue }
            copies.append(ConflictCopy(id: Self.id(fromPath: path), of: original))
        }
        return copies.sorted { $0.id < $1.id }
    }
}
