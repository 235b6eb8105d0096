/// An option a command accepts.
public struct OptionSpec: Sendable, Equatable {
    /// The long name, without the leading `--`.
    public var name: String
    /// The one-letter form, without the leading `-`.
    public var short: Character?
    /// The placeholder of the option's value (`DATE`), or nil for a flag.
    public var value: String?
    /// Whether the option may be given more than once (`--tag a --tag b`).
    public var repeatable: Bool
    /// One line for `--help`.
    public var help: String

    public init(_ name: String, short: Character? = nil, value: String? = nil, repeatable: Bool = false, help: String) {
        self.name = name
        self.short = short
        self.value = value
        self.repeatable = repeatable
        self.help = help
    }

    /// How the option is shown in a synopsis: `--date DATE` or `--json`.
    public var synopsis: String {
        var text = "--\(name)"
        if let short { text = "-\(short), " + text }
        if let value { text += " \(value)" }
        return text
    }
}

/// A command: its name, arguments, options and help.
public struct CommandSpec: Sendable {
    public var name: String
    /// The positional arguments as shown in the synopsis, e.g. `[QUESTION]`.
    public var arguments: String
    /// How many positional arguments it takes.
    public var positionals: ClosedRange<Int>
    public var summary: String
    public var options: [OptionSpec]
    /// Examples and details shown under `--help`.
    public var discussion: String

    public init(_ name: String, arguments: String = "", positionals: ClosedRange<Int> = 0...0,
                summary: String, options: [OptionSpec], discussion: String = "") {
        self.name = name
        self.arguments = arguments
        self.positionals = positionals
        self.summary = summary
        self.options = options + CommandSpec.globalOptions
        self.discussion = discussion
    }

    /// Options every command accepts.
    public static let globalOptions: [OptionSpec] = [
        OptionSpec("library", value: "FILE", help: "Use this prompt library instead of the built-in one."),
        OptionSpec("help", short: "h", help: "Show help for this command."),
    ]
}

/// The words of a command line sorted into options and positional arguments,
/// checked against a `CommandSpec`.
public struct ParsedArguments: Equatable, Sendable {
    /// Values given for each option with a value, in order.
    public var values: [String: [String]] = [:]
    /// Flags given.
    public var flags: Set<String> = []
    /// Positional arguments, in order.
    public var positionals: [String] = []

    /// The last value of an option, if given.
    public func value(_ name: String) -> String? { values[name]?.last }
    /// Whether a flag was given.
    public func flag(_ name: String) -> Bool { flags.contains(name) }

    /// Parses `words` (the arguments after the command name) against `spec`.
    ///
    /// Accepts `--name value`, `--name=value`, `-x value`, grouped short flags
    /// (`-lf`), and `--` to end options.
    /// - Throws: `UsageError` for an unknown option (with the nearest known
    ///   one), a missing value, or too many or too few arguments.
    public static func parse(_ words: [String], spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var result = ParsedArguments()
        var index = 0
        var optionsEnded = false

        func record(_ option: OptionSpec, value: String?, spelled: String) throws(UsageError) {
            if option.value == nil {
                guard value == nil else { throw .unexpectedValue(option: spelled, command: spec.name) }
                result.flags.insert(option.name)
                return
            }
            var given = value
            if given == nil {
                index += 1
                guard index < words.count else { throw .missingValue(option: spelled, placeholder: option.value ?? "", command: spec.name) }
                given = words[index]
            }
            guard let given else { return }
            if !option.repeatable, result.values[option.name] != nil {
                throw .repeatedOption(option: "--\(option.name)", command: spec.name)
            }
            result.values[option.name, default: []].append(given)
        }

        while index < words.count {
            let word = words[index]
            if optionsEnded || word == "-" || !word.hasPrefix("-") || Self.isNegativeNumber(word) {
                result.positionals.append(word)
            } else if word == "--" {
                optionsEnded = true
            } else if word.hasPrefix("--") {
                let body = word.dropFirst(2)
                let name: String
                var value: String?
                if let equals = body.firstIndex(of: "=") {
                    name = String(body[..<equals])
                    value = String(body[body.index(after: equals)...])
                } else {
                    name = String(body)
                }
                guard let option = spec.options.first(where: { $0.name == name }) else {
                    throw .unknownOption(option: "--\(name)", command: spec.name,
                                         suggestions: NearestMatch.suggestions(for: name, in: spec.options.map(\.name)).map { "--\($0)" })
                }
                try record(option, value: value, spelled: "--\(name)")
            } else {
                // One or more short options: `-n 5`, `-n5`, `-lf`.
                var letters = Array(word.dropFirst())
                while !letters.isEmpty {
                    let letter = letters.removeFirst()
                    guard let option = spec.options.first(where: { $0.short == letter }) else {
                        throw .unknownOption(option: "-\(letter)", command: spec.name,
                                             suggestions: spec.options.compactMap { $0.short.map { "-\($0)" } }.filter { $0.lowercased() == "-\(letter)".lowercased() })
                    }
                    if option.value != nil, !letters.isEmpty {
                        try record(option, value: String(letters), spelled: "-\(letter)")
                        letters = []
                    } else {
                        try record(option, value: nil, spelled: "-\(letter)")
                    }
                }
            }
            index += 1
        }
        if result.flags.contains("help") { return result }
        if result.positionals.count > spec.positionals.upperBound {
            throw .unexpectedArgument(argument: result.positionals[spec.positionals.upperBound], command: spec.name)
        }
        if result.positionals.count < spec.positionals.lowerBound {
            throw .missingArgument(argument: spec.arguments, command: spec.name)
        }
        return result
    }

    private static func isNegativeNumber(_ word: String) -> Bool {
        word.count > 1 && word.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }
}
