/// `reflect help [COMMAND [SUBCOMMAND]]`: help for reflect or one command.
struct Help: Command {
    static let spec = CommandSpec("help", arguments: "[COMMAND [SUBCOMMAND]]", positionals: 0...2, completes: [.command, .subcommand],
                                  summary: "Show help for reflect or one command.",
                                  discussion: "Examples:\n  reflect help\n  reflect help plan focus")
    static var usesLibrary: Bool { false }

    /// The full name of the command to explain, or nil for the overview.
    var topic: String?

    init(topic: String?) { self.topic = topic }

    init(_ arguments: inout Arguments) throws(UsageError) {
        guard !arguments.positionals.isEmpty else { return }
        let name = arguments.positionals.joined(separator: " ")
        guard Commands.named(name) != nil else {
            let first = arguments.positionals[0]
            if arguments.positionals.count == 2, Commands.named(first) != nil {
                let subcommands = Commands.subcommands(of: first)
                throw .unknownCommand(command: name, suggestions: NearestMatch.suggestions(for: arguments.positionals[1], in: subcommands)
                                        .map { "\(first) \($0)" })
            }
            throw .unknownCommand(command: name, suggestions: NearestMatch.suggestions(for: first, in: Commands.topLevelNames))
        }
        topic = name
    }

    func run(_ context: RunContext) throws -> Outcome {
        guard let topic, let type = Commands.named(topic) else { return Outcome(.message(HelpText.overview())) }
        return Outcome(.message(HelpText.command(type.spec)))
    }
}

/// `reflect version`: the version.
struct Version: Command {
    static let spec = CommandSpec("version", summary: "Print reflect's version.")
    static var usesLibrary: Bool { false }

    init() {}
    init(_ arguments: inout Arguments) throws(UsageError) {}

    func run(_ context: RunContext) throws -> Outcome { Outcome(.message("reflect \(HelpText.version)\n")) }
}
