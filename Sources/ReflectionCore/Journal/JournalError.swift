/// Why a journal operation failed. Each case names what a person needs.
public enum JournalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No `REFLECT_HOME` or `HOME` to put the journal in.
    case noLocation
    /// The journal folder is marked read-only (no owner write permission).
    case readOnly(folder: String)
    case fileSystem(FileSystemError)
    case unreadableEntry(EntryFileError)
    /// No entry has this id or prefix.
    case unknownEntry(id: String, suggestions: [String])
    /// More than one entry starts with this prefix.
    case ambiguousEntry(prefix: String, matches: [String])
    /// The text is empty: nothing was written.
    case emptyText
    /// The text is not UTF-8: nothing was written.
    case invalidUTF8(source: String)

    public var description: String {
        switch self {
        case .noLocation:
            return "cannot tell where the journal is: set REFLECT_HOME or HOME"
        case .readOnly(let folder):
            return "the journal folder \(folder) is read-only; nothing was written"
        case .fileSystem(let error):
            return error.description
        case .unreadableEntry(let error):
            return error.description
        case .unknownEntry(let id, let suggestions):
            let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?)"
            return "no entry '\(id)'\(hint)"
        case .ambiguousEntry(let prefix, let matches):
            let shown = matches.prefix(5).joined(separator: ", ")
            return "'\(prefix)' matches \(matches.count) entries (\(shown)\(matches.count > 5 ? ", ..." : "")); give more of the id"
        case .emptyText:
            return "the entry is empty; nothing was saved"
        case .invalidUTF8(let source):
            return "\(source) is not valid UTF-8 text; nothing was saved"
        }
    }
}
