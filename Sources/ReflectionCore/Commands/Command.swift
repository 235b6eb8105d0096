/// One reflect command: its spec (name, options, formats, help), a parser
/// from its arguments to typed options, and what it does.
///
/// A command lives in one file and is listed once, in `Commands.all`
/// (CommandLine/Commands.swift); the parser, `--help`, `reflect help`, the
/// man-page test and shell completion all read that list.
public protocol Command: Sendable {
    /// Name, arguments, options, formats and help.
    static var spec: CommandSpec { get }
    /// Reads the options and arguments it needs. Pure: no file is read.
    /// - Throws: `UsageError` for anything it cannot act on.
    init(_ arguments: inout Arguments) throws(UsageError)
    /// Does the work and returns what to print, as a value.
    /// - Throws: `CommandFailure`, or a domain error whose description is the message.
    func run(_ context: RunContext) throws -> Outcome
    /// Whether the run needs the prompt library loaded (all but help and version).
    static var usesLibrary: Bool { get }
    /// Whether its output can be long enough to page on a terminal.
    static var pagesOutput: Bool { get }
}

extension Command {
    public static var usesLibrary: Bool { true }
    public static var pagesOutput: Bool { false }
}

extension JournalError {
    /// The error as a failure with its exit status (75 when the journal is busy).
    public var failure: CommandFailure { CommandFailure(description, status: status) }
}
