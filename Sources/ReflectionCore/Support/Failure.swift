/// The exit statuses reflect uses, as swift-argument-parser and sysexits(3) do.
public enum ExitCode {
    public static let success: Int32 = 0
    public static let failure: Int32 = 1
    /// `EX_USAGE`: the command line was wrong.
    public static let usage: Int32 = 64
    /// `EX_TEMPFAIL`: the journal is busy (another reflect holds its lock); try again.
    public static let busy: Int32 = 75
    /// After SIGINT.
    public static let interrupted: Int32 = 130
}

/// A command that could not do what was asked: a message for the person and
/// an exit status. Printed as `reflect: error: MESSAGE`.
public struct CommandFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var status: Int32

    public init(_ message: String, status: Int32 = ExitCode.failure) {
        self.message = message
        self.status = status
    }

    public var description: String { message }

    /// "unknown question 'resiliance' (did you mean 'resilience'?)".
    public static func unknown(_ id: String, kind: String, candidates: some Sequence<String>) -> CommandFailure {
        let suggestions = NearestMatch.suggestions(for: id, in: candidates)
        var hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?)"
        // Nothing near: a short list is named whole, so the person sees what there is.
        let all = Array(candidates)
        if suggestions.isEmpty, (1...8).contains(all.count) { hint = "; expected \(all.map { "'\($0)'" }.joined(separator: ", "))" }
        return CommandFailure("unknown \(kind) '\(id)'\(hint)")
    }
}
