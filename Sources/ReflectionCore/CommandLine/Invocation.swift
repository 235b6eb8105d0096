/// A parsed command line: which command, with its parsed options, and the
/// format to print in. Parsing is pure, so every case is table-tested.
public struct Invocation: Sendable {
    /// The command, ready to run.
    public var command: any Command
    /// The output format chosen (or the command's default).
    public var format: OutputFormat
    /// `--library FILE`, if given.
    public var library: String?
    /// `--color WHEN`, if given.
    public var color: Screen.ColorChoice?
    /// `--no-pager`: long output is printed directly, even on a terminal.
    public var noPager = false

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
        var color: Screen.ColorChoice?
        var noPager = false
        // `--library FILE`, `--color WHEN` and `--no-pager` may come before the command, as in git.
        while let first = words.first, first.hasPrefix("--") {
            let name = String(first.dropFirst(2).prefix { $0 != "=" })
            guard name == "library" || name == "color" || name == "no-pager" else { break }
            if name == "no-pager" {
                guard first == "--no-pager" else { throw .unexpectedValue(option: "--no-pager", command: "") }
                noPager = true
                words.removeFirst()
                continue
            }
            let value: String
            if let equals = first.firstIndex(of: "=") {
                value = String(first[first.index(after: equals)...])
                words.removeFirst()
            } else {
                guard words.count > 1 else { throw .missingValue(option: first, placeholder: name == "library" ? "FILE" : "WHEN", command: "") }
                value = words[1]
                words.removeFirst(2)
            }
            if name == "library" { library = value } else { color = try Arguments.colorChoice(value, spelled: "--color") }
        }
        func invocation(_ command: any Command) -> Invocation {
            Invocation(command: command, format: .text, library: library, color: color, noPager: noPager)
        }
        guard let first = words.first else { return invocation(Help(topic: nil)) }
        switch first {
        case "--help", "-h": return invocation(Help(topic: nil))
        case "--version", "-V": return invocation(Version())
        default: break
        }
        guard var type = Commands.named(first) else {
            if first.hasPrefix("-") {
                throw .unknownOption(option: first, command: "", suggestions: NearestMatch.suggestions(for: first, in: ["--help", "--version", "--library", "--color", "--no-pager"]))
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
            return Invocation(command: Help(topic: type.spec.name), format: .text, library: parsed.library ?? library,
                              color: parsed.color ?? color, noPager: parsed.noPager || noPager)
        }
        let command = try type.init(&parsed)
        if let option = parsed.unread.first { throw .inapplicableOption(option: option, command: type.spec.name) }
        return Invocation(command: command, format: parsed.format, library: parsed.library ?? library, color: parsed.color ?? color,
                          noPager: parsed.noPager || noPager)
    }
}
