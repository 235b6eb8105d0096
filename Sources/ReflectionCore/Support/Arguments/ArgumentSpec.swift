/// An option a command accepts.
public struct OptionSpec: Sendable, Equatable, Hashable {
    /// The long name, without the leading `--`.
    public var name: String
    /// The one-letter form, without the leading `-`.
    public var short: Character?
    /// The placeholder of the option's value (`DATE`), or nil for a flag.
    public var value: String?
    /// Whether the option may be given more than once (`--tag a --tag b`).
    public var repeatable: Bool
    /// The values it accepts, when they are a fixed set (`--model`), for
    /// help and shell completion.
    public var choices: [String]
    /// One line for `--help`.
    public var help: String
    /// Whether the value may be left out (`--month` or `--month 2026-11`):
    /// the next word is its value only when it is not an option; left out, the value is "".
    public var valueIsOptional: Bool
    /// What a shell offers for its value: its `choices` when it has them, else
    /// what `completes` said (ids, a file), else nothing.
    public var completion: ValueCompletion?

    public init(_ name: String, short: Character? = nil, value: String? = nil, repeatable: Bool = false,
                choices: [String] = [], completes: ValueCompletion? = nil, help: String, valueIsOptional: Bool = false) {
        self.valueIsOptional = valueIsOptional
        self.completion = choices.isEmpty ? completes : .words(choices)
        self.name = name
        self.short = short
        self.value = value
        self.repeatable = repeatable
        self.choices = choices
        self.help = help
    }

    /// How the option is shown in a synopsis: `--date DATE` or `-m, --message TEXT`.
    public var synopsis: String {
        var text = "--\(name)"
        if let short { text = "-\(short), " + text }
        if let value { text += valueIsOptional ? " [\(value)]" : " \(value)" }
        return text
    }
}

/// How a command's result is printed: chosen once with `--format` (or
/// `--json`), then rendered by that format's renderer.
public enum OutputFormat: String, Sendable, CaseIterable, Equatable {
    case text, json, markdown, html, ics
}

/// A command: its name (with its parent's, for a subcommand: `plan focus`),
/// arguments, options, output formats and help.
public struct CommandSpec: Sendable {
    /// The words that name it: `today`, `plan focus`.
    public var name: String
    /// The positional arguments as shown in the synopsis, e.g. `[QUESTION]`.
    public var arguments: String
    /// How many positional arguments it takes.
    public var positionals: ClosedRange<Int>
    public var summary: String
    /// The command's own options (not `--format`, `--json` or the global ones).
    public var options: [OptionSpec]
    /// The formats it prints; the first is the default. Empty for a command
    /// that prints only messages.
    public var formats: [OutputFormat]
    /// Examples and details shown under `--help`.
    public var discussion: String
    /// What a shell offers for each positional argument, in order; when
    /// `arguments` ends with `...` (`ID THEME...`), the last is offered for
    /// every argument after it too.
    public var argumentCompletions: [ValueCompletion]
    /// A command for reflect's own scripts (`__complete`): left out of
    /// `--help`, the man page and the completion scripts.
    public var hidden: Bool

    public init(_ name: String, arguments: String = "", positionals: ClosedRange<Int> = 0...0, completes: [ValueCompletion] = [],
                summary: String, options: [OptionSpec] = [], formats: [OutputFormat] = [], hidden: Bool = false,
                discussion: String = "") {
        self.argumentCompletions = completes
        self.hidden = hidden
        self.name = name
        self.arguments = arguments
        self.positionals = positionals
        self.summary = summary
        self.options = options
        self.formats = formats
        self.discussion = discussion
    }

    /// `--format` and `--json`, for a command that prints in more than one format.
    public var formatOptions: [OptionSpec] {
        guard formats.count > 1 else { return [] }
        var options = [OptionSpec("format", value: "FORMAT", choices: formats.map(\.rawValue),
                                  help: "Print as \(Self.list(formats.map(\.rawValue))) (default \(formats[0].rawValue)).")]
        if formats.contains(.json) { options.append(OptionSpec("json", help: "The same as --format json.")) }
        return options
    }

    /// Every option the command accepts, in the order help shows them.
    public var allOptions: [OptionSpec] { options + formatOptions + CommandSpec.globalOptions }

    /// Options every command accepts.
    public static let globalOptions: [OptionSpec] = [
        OptionSpec("library", value: "FILE", completes: .file, help: "Use this prompt library instead of the built-in one."),
        OptionSpec("color", value: "WHEN", choices: Screen.ColorChoice.allCases.map(\.rawValue),
                   help: "Style the output: auto (on a terminal, unless NO_COLOR is set or TERM is dumb), always or never."),
        OptionSpec("no-pager", help: "Print long output directly instead of through $PAGER."),
        OptionSpec("help", short: "h", help: "Show help for this command."),
    ]

    /// What a shell offers for the positional argument at `index` (from 0), if anything.
    public func completion(ofArgument index: Int) -> ValueCompletion? {
        guard index < positionals.upperBound, let last = argumentCompletions.last else { return nil }
        if index < argumentCompletions.count { return argumentCompletions[index] }
        return arguments.hasSuffix("...") ? last : nil
    }

    /// "a, b or c".
    static func list(_ words: [String]) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " or " + (words.last ?? "")
    }
}
