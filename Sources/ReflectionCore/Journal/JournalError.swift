/// Why a journal operation failed. Each case names what a person needs.
public enum JournalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No `REFLECT_HOME` or `HOME` to put the journal in.
    case noLocation
    /// The journal folder or its entries folder is there but cannot be read
    /// (a file, a broken symbolic link, no permission): nothing can be trusted,
    /// not even "no entries", so every command that reads the journal stops.
    case unreadableFolder(path: String, isEntries: Bool, problem: FileSystem.FolderState)
    /// The journal folder is marked read-only (no owner write permission).
    case readOnly(folder: String)
    case fileSystem(FileSystemError)
    case unreadableEntry(EntryFileError)
    /// No entry has this id or prefix.
    case unknownEntry(id: String, suggestions: [String])
    /// A folder inside the journal is a symbolic link: not written through.
    case linkedFolder(path: String, target: String)
    /// The folder that should hold a new journal is not there.
    case missingParent(path: String, journal: String)
    /// Text that cannot be an entry's id or the start of one (empty, a path,
    /// a control character): refused before it becomes a path.
    case invalidEntryID(id: String)
    /// More than one entry starts with this prefix.
    case ambiguousEntry(prefix: String, matches: [String])
    /// A setting given a value it cannot take.
    case invalidSetting(key: String, value: String, expected: String)
    /// No action has this id.
    case unknownAction(id: String, suggestions: [String])
    /// More than one action matches.
    case ambiguousAction(id: String, matches: [String])
    /// The text is empty: nothing was written.
    case emptyText
    /// The text is not UTF-8: nothing was written.
    case invalidUTF8(source: String)
    /// Another reflect held the journal's lock for longer than we waited.
    case busy(folder: String)
    /// A journal settings file (the plan, the skips) that cannot be read.
    case plan(PlanFileError)
    /// An import failed part way: what went wrong and how far it got.
    case importStopped(String, imported: Int, of: Int)
    /// An edit found its entry changed (or gone) since the editor opened it.
    case changedMeanwhile(path: String)
    /// Nothing in the trash has this id or prefix.
    case notInTrash(id: String, suggestions: [String])
    /// A restore found an entry with the same id in the journal: nothing was moved.
    case alreadyInJournal(id: String, path: String)
    /// No draft has this id or prefix.
    case unknownDraft(id: String, suggestions: [String])
    /// More than one draft starts with this prefix.
    case ambiguousDraft(prefix: String, matches: [String])
    /// No dilemma has this id or prefix (or it is not shaped like one).
    case unknownDilemma(id: String, suggestions: [String])
    /// More than one dilemma starts with this prefix.
    case ambiguousDilemma(prefix: String, matches: [String])
    /// A dilemma file that cannot be read: never rewritten.
    case unreadableDilemma(EntryFileError)
    /// An entry cannot be filed under a closed dilemma.
    case dilemmaClosed(id: String)
    /// A close of a closed dilemma, or a reopen of an open one: nothing changed.
    case dilemmaAlready(id: String, status: Dilemma.Status)
    /// The journal was written in a newer format (its `format` file) by a newer reflect: nothing is written.
    case newerFormat(format: Int, reflect: String)
    /// A git step of a sync failed: what git said.
    case git(String)

    public var description: String {
        switch self {
        case .noLocation:
            return "cannot tell where the journal is: set REFLECT_HOME or HOME"
        case .unreadableFolder(let path, let isEntries, let problem):
            let what = isEntries ? "the journal's entries folder \(path)" : "the journal \(path)"
            switch problem {
            case .notAFolder:
                return isEntries
                    ? "\(what) is not a folder; move it aside and put the entries folder back in its place"
                    : "\(what) is not a folder; set REFLECT_HOME to the journal's folder, or move \(path) aside"
            case .brokenLink(let target):
                return "\(what) is a symbolic link to \(target), which does not exist; restore \(target) (or mount its disk), or remove the link"
            case .unreadable(let code) where code == EACCES || code == EPERM:
                return "cannot read \(what): permission denied; give yourself access with 'chmod 700 \(path)'"
            case .unreadable(let code):
                return "cannot read \(what): \(FileSystemError(path: path, operation: "read", code: code).reason)"
            case .missing, .readable:
                return "cannot read \(what)"
            }
        case .readOnly(let folder):
            return "the journal folder \(folder) is read-only; nothing was written"
        case .fileSystem(let error):
            return error.description
        case .unreadableEntry(let error):
            return error.description
        case .linkedFolder(let path, let target):
            return "\(path) is a symbolic link (to \(target)): reflect does not write through a link inside the journal; "
                + "put the folder itself in its place"
        case .missingParent(let path, let journal):
            return "cannot make the journal \(journal): the folder \(path) does not exist; create it first, or set REFLECT_HOME to a folder whose parent exists"
        case .invalidEntryID(let id):
            let shown = id.isEmpty ? "an empty id" : "'\(id.escapedForDisplay)'"
            return "\(shown) is not an entry id: ids are letters, digits and '-' (such as 20261126-093012-417kf, or its start)"
        case .unknownEntry(let id, let suggestions):
            let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?)"
            return "no entry '\(id)'\(hint)"
        case .invalidSetting(let key, let value, let expected):
            return "'\(value)' is not a value for \(key): expected \(expected); nothing was changed"
        case .unknownAction(let id, let suggestions):
            let hint = suggestions.isEmpty ? "; 'reflect actions --all' lists them" : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?)"
            return "no action '\(id)'\(hint)"
        case .ambiguousAction(let id, let matches):
            return "'\(id)' matches \(matches.count) actions (\(matches.prefix(5).joined(separator: ", "))); give the whole id"
        case .ambiguousEntry(let prefix, let matches):
            let shown = matches.prefix(5).joined(separator: ", ")
            return "'\(prefix)' matches \(matches.count) entries (\(shown)\(matches.count > 5 ? ", ..." : "")); give more of the id"
        case .emptyText:
            return "the entry is empty; nothing was saved"
        case .invalidUTF8(let source):
            return "\(source) is not valid UTF-8 text; nothing was saved"
        case .busy(let folder):
            return "the journal is busy: another reflect is changing \(folder); try again in a moment"
        case .plan(let error):
            return error.description
        case .importStopped(let message, let imported, let total):
            return "\(message); \(imported) of \(total) entries were imported before this"
        case .changedMeanwhile(let path):
            return "\(path) changed while you were editing it; it was not overwritten"
        case .notInTrash(let id, let suggestions):
            let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?)"
            return "nothing in the trash is called '\(id)'\(hint); see 'reflect trash'"
        case .alreadyInJournal(let id, let path):
            return "an entry with id \(id) is already in the journal (\(path)); nothing was restored"
        case .unknownDraft(let id, let suggestions):
            let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?)"
            return "no draft '\(id)'\(hint); 'reflect write --resume' on a terminal lists them"
        case .ambiguousDraft(let prefix, let matches):
            return "'\(prefix)' matches \(matches.count) drafts (\(matches.prefix(5).joined(separator: ", "))\(matches.count > 5 ? ", ..." : "")); give more of the id"
        case .unknownDilemma(let id, let suggestions):
            let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?)"
            return "no dilemma '\(id)'\(hint); 'reflect dilemma list' shows them"
        case .ambiguousDilemma(let prefix, let matches):
            return "'\(prefix)' matches \(matches.count) dilemmas (\(matches.prefix(5).joined(separator: ", "))\(matches.count > 5 ? ", ..." : "")); give more of the id"
        case .unreadableDilemma(let error):
            return "\(error.description); fix the dilemma's file (it was not changed)"
        case .dilemmaClosed(let id):
            return "dilemma \(id) is closed: nothing can be filed under it; reopen it with 'reflect dilemma reopen \(id)'"
        case .dilemmaAlready(let id, let status):
            return "dilemma \(id) is already \(status.rawValue); nothing was changed"
        case .newerFormat(let format, let reflect):
            return "the journal is in format \(format), newer than this reflect writes (\(JournalFormat.current)): "
                + "install reflect \(reflect) or later on this device; nothing was written"
        case .git(let message):
            return message
        }
    }

    /// The exit status for this error: 75 when the journal is busy, else 1.
    public var status: Int32 {
        switch self {
        case .busy: return ExitCode.busy
        case .invalidEntryID: return ExitCode.usage
        default: return ExitCode.failure
        }
    }
}

/// A journal settings file (the plan, the skips) that cannot be read: never overwritten.
public struct PlanFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public var description: String { "\(path): \(message); fix or remove it (it was not changed)" }
}

#if canImport(Glibc)
import Glibc
#endif
