import Synchronization

/// The journal files one command changed, in the order it changed them:
/// recorded by the journal as it writes, read once the command is done to
/// commit exactly those paths when the journal is a git repository.
public final class ChangedPaths: Sendable {
    private let paths = Mutex<[String]>([])

    public init() {}

    /// Records a path the command wrote, moved or deleted.
    public func record(_ path: String) {
        paths.withLock { if !$0.contains(path) { $0.append(path) } }
    }

    /// Every path recorded, in order.
    public var all: [String] { paths.withLock { $0 } }
}

extension Journal {
    /// Records that a tracked file of the journal changed (written, moved
    /// here or from here, deleted), for the command's commit.
    func recordChange(_ path: String) {
        changedPaths?.record(path)
    }
}
