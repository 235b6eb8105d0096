/// Why a prompt library could not be loaded. Each case names what a person
/// needs to find and fix the problem: the file, the line, the id.
public enum LibraryError: Error, Equatable, Sendable {
    /// The file could not be read at all.
    case unreadable(origin: String, reason: String)
    /// The file is not UTF-8.
    case invalidUTF8(origin: String)
    /// The file is not JSON; the position of the first syntax error.
    case malformedJSON(origin: String, line: Int, column: Int, message: String)
    /// The JSON is well formed but does not fit the schema (a missing key, a wrong type).
    case schemaMismatch(origin: String, path: String, message: String)
    /// A schema version this build does not read.
    case unsupportedSchemaVersion(origin: String, version: Int)
    /// Two items share an id.
    case duplicateID(origin: String, id: String)
    /// An id with characters other than lower-case letters, digits and hyphens.
    case invalidID(origin: String, id: String)
    /// A question, theme, note or prompt with an empty text.
    case emptyText(origin: String, id: String, field: String)
    /// A prompt cites a note that is not a note of the same question.
    case unresolvedSource(origin: String, prompt: String, source: String, suggestions: [String])
    /// A question's `askedBy` names no host.
    case unknownHost(origin: String, question: String, host: String)
    /// A theme with no prompt, or a question with no theme.
    case emptyList(origin: String, id: String, field: String)
    /// A prompt's `angle` is not one of `PromptLibrary.angles`.
    case unknownAngle(origin: String, prompt: String, angle: String)
}

extension LibraryError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .unreadable(let origin, let reason):
            return "\(origin): cannot read the prompt library: \(reason)"
        case .invalidUTF8(let origin):
            return "\(origin): the prompt library is not valid UTF-8"
        case .malformedJSON(let origin, let line, let column, let message):
            return "\(origin):\(line):\(column): malformed JSON: \(message)"
        case .schemaMismatch(let origin, let path, let message):
            return "\(origin): \(path.isEmpty ? "top level" : path): \(message)"
        case .unsupportedSchemaVersion(let origin, let version):
            let supported = PromptLibrary.supportedSchemaVersions
            return "\(origin): schemaVersion \(version) is not supported (this reflect reads \(supported.lowerBound)...\(supported.upperBound))"
        case .duplicateID(let origin, let id):
            return "\(origin): duplicate id '\(id)'"
        case .invalidID(let origin, let id):
            return "\(origin): id '\(id)' must be lower-case letters, digits and hyphens"
        case .emptyText(let origin, let id, let field):
            return "\(origin): '\(id)' has an empty \(field)"
        case .unresolvedSource(let origin, let prompt, let source, let suggestions):
            let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?)"
            return "\(origin): prompt '\(prompt)' cites '\(source)', which is not a note of its question\(hint)"
        case .unknownHost(let origin, let question, let host):
            return "\(origin): question '\(question)' is askedBy '\(host)', which is not a host"
        case .emptyList(let origin, let id, let field):
            return "\(origin): '\(id)' has no \(field)"
        case .unknownAngle(let origin, let prompt, let angle):
            let known = PromptLibrary.angles.map { "'\($0)'" }.joined(separator: " or ")
            return "\(origin): prompt '\(prompt)' has angle '\(angle)', which is not \(known)"
        }
    }
}
