/// Why a JSON file a person gave could not be decoded: where, and what.
public enum JSONInputError: Error, Equatable, Sendable {
    /// Not JSON: the line and column of the first syntax error.
    case malformed(line: Int, column: Int, message: String)
    /// JSON of the wrong shape: the key path and what was expected.
    case mismatch(path: String, message: String)
}

/// Decodes JSON that a person supplied, with errors that say where.
public enum JSONInput {
    /// Decodes `T`, naming the line and column of a syntax error or the key
    /// path of a schema mismatch.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws(JSONInputError) -> T {
        // JSONDecoder accepts some invalid JSON (a trailing comma); hold
        // files to RFC 8259, so that other tools read them too.
        if let syntax = JSONSyntax.firstError(in: Array(data)) {
            throw .malformed(line: syntax.line, column: syntax.column, message: syntax.message)
        }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw describe(error, data: data)
        } catch {
            throw .mismatch(path: "", message: String(describing: error))
        }
    }

    static func describe(_ error: DecodingError, data: Data) -> JSONInputError {
        func path(_ codingPath: [any CodingKey]) -> String {
            var text = ""
            for key in codingPath {
                if let index = key.intValue { text += "[\(index)]" } else { text += text.isEmpty ? key.stringValue : ".\(key.stringValue)" }
            }
            return text
        }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            if let syntax = JSONSyntax.firstError(in: Array(data)) {
                return .malformed(line: syntax.line, column: syntax.column, message: syntax.message)
            }
            return .malformed(line: 1, column: 1, message: context.debugDescription)
        case .dataCorrupted(let context):
            return .mismatch(path: path(context.codingPath), message: context.debugDescription)
        case .keyNotFound(let key, let context):
            return .mismatch(path: path(context.codingPath), message: "missing key '\(key.stringValue)'")
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return .mismatch(path: path(context.codingPath), message: "expected \(describe(type))")
        @unknown default:
            return .mismatch(path: "", message: String(describing: error))
        }
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type, is String?.Type: return "a string"
        case is Int.Type: return "a whole number"
        case is Bool.Type: return "true or false"
        case is [Any].Type: return "a list"
        default: return "an object"
        }
    }
}

extension JSONInputError {
    /// "FILE:LINE:COL: malformed JSON: ..." or "FILE: PATH: ...".
    public func description(origin: String) -> String {
        switch self {
        case .malformed(let line, let column, let message): return "\(origin):\(line):\(column): malformed JSON: \(message)"
        case .mismatch(let path, let message): return "\(origin): \(path.isEmpty ? "top level" : path): \(message)"
        }
    }
}
