/// A parsed command line: which command, with its parsed options, and the
/// format to print in. Parsing is pure, so every case is table-tested.
public struct Invocation: Sendable {
    /// The command, ready to run.
    public var command: any Command
    /// The output format chosen (or the command's default).
    public var format: OutputFormat
    /// `--library FILE`, if given.
    public var library: String?

    /// The command's spec.
    public var spec: CommandSpec { type(of: command).spec }

    /// Parses the arguments after the program name.
    ///
    /// - Throws: `UsageError` for anything reflect cannot act on: an unknown
    ///   command or option (with the nearest known one), a bad value, or an
    ///   option the command does not use.
    public static func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
        var words = arguments
        var library: String?
        // `--library FILE` may come before the command.
        while let first = words.first, first == "--library" || first.hasPrefix("--library=") {
            if first == "--library" {
                guard words.count > 1 else { throw .missingValue(option: "--library", placeholder: "FILE", command: "") }
                library = words[1]
                words.removeFirst(2)
            } else {
                library = String(first.dropFirst("--library=".count))
                words.removeFirst()
            }
        }
        guard let first = words.first else { return Invocation(command: Help(topic: nil), format: .text, library: library) }
        switch first {
        case "--help", "-h": return Invocation(command: Help(topic: nil), format: .text, library: library)
        case "--version", "-V": return Invocation(command: Version(), format: .text, library: library)
        default: break
        }
        guard var type = Commands.named(first) else {
            if first.hasPrefix("-") {
                throw .unknownOption(option: first, command: "", suggestions: NearestMatch.suggestions(for: first, in: ["--help", "--version", "--library"]))
            }
            throw .unknownCommand(command: first, suggestions: NearestMatch.suggestions(for: first, in: Commands.topLevelNames))
        }
        var rest = Array(words.dropFirst())
        // Subcommands are looked for only after a word that could be one: the
        // morning's `reflect today` does not build every command's spec.
        if let next = rest.first, !next.hasPrefix("-"), case let subcommands = Commands.subcommands(of: first), !subcommands.isEmpty {
            guard let sub = Commands.named("\(first) \(next)") else {
                throw .unknownCommand(command: "\(first) \(next)",
                                      suggestions: NearestMatch.suggestions(for: next, in: subcommands).map { "\(first) \($0)" })
            }
            type = sub
            rest.removeFirst()
        }
        var parsed = try Arguments(rest, spec: type.spec)
        if parsed.wantsHelp {
            return Invocation(command: Help(topic: type.spec.name), format: .text, library: parsed.library ?? library)
        }
        let command = try type.init(&parsed)
        if let option = parsed.unread.first { throw .inapplicableOption(option: option, command: type.spec.name) }
        return Invocation(command: command, format: parsed.format, library: parsed.library ?? library)
    }
}
