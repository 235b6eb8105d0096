/// The words of one command's line, sorted into options and positional
/// arguments against its `CommandSpec`, with typed accessors for the
/// command's parser.
///
/// Every read is recorded: after a command has parsed, an option that was
/// given but never read is refused (`plan rotate --days 5`), and a test
/// checks that every declared option is read, so an option cannot be
/// declared for a command that ignores it.
public struct Arguments: Sendable {
    public let spec: CommandSpec
    /// Values given for each option with a value, in order.
    var values: [String: [String]] = [:]
    /// Flags given.
    var flags: Set<String> = []
    /// How each given option was spelled first, for messages.
    var spelling: [String: String] = [:]
    /// Positional arguments, in order.
    public private(set) var positionals: [String] = []
    /// The options the command has read.
    public private(set) var read: Set<String> = []
    /// The chosen output format (`--format`, `--json`), or the command's default.
    public var format: OutputFormat
    /// Whether `--help` was given.
    public let wantsHelp: Bool
    /// `--library FILE`, if given.
    public let library: String?
    /// `--color WHEN`, if given.
    public let color: Screen.ColorChoice?
    /// `--no-pager`.
    public let noPager: Bool

    /// Parses `words` (the arguments after the command's name) against `spec`.
    ///
    /// Accepts `--name value`, `--name=value`, `-x value`, `-xVALUE`, grouped
    /// short flags (`-lf`), and `--` to end options.
    /// - Throws: `UsageError` for an unknown option (with the nearest known
    ///   one), a missing value, a repeated option, or too many or too few arguments.
    public init(_ words: [String], spec: CommandSpec) throws(UsageError) {
        self.spec = spec
        let options = spec.allOptions
        var values: [String: [String]] = [:]
        var flags: Set<String> = []
        var spelling: [String: String] = [:]
        var positionals: [String] = []
        var index = 0
        var optionsEnded = false

        func record(_ option: OptionSpec, value: String?, spelled: String) throws(UsageError) {
            if spelling[option.name] == nil { spelling[option.name] = spelled }
            if option.value == nil {
                guard value == nil else { throw .unexpectedValue(option: spelled, command: spec.name) }
                flags.insert(option.name)
                return
            }
            var given = value
            if given == nil, option.valueIsOptional {
                // The next word is the value only when it is not an option.
                if index + 1 < words.count, !words[index + 1].hasPrefix("-") {
                    index += 1
                    given = words[index]
                } else {
                    given = ""
                }
            }
            if given == nil {
                index += 1
                guard index < words.count else { throw .missingValue(option: spelled, placeholder: option.value ?? "", command: spec.name) }
                given = words[index]
            }
            guard let given else { return }
            if !option.repeatable, values[option.name] != nil { throw .repeatedOption(option: "--\(option.name)", command: spec.name) }
            values[option.name, default: []].append(given)
        }

        while index < words.count {
            let word = words[index]
            if optionsEnded || word == "-" || !word.hasPrefix("-") || Self.isNegativeNumber(word) {
                positionals.append(word)
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
                guard let option = options.first(where: { $0.name == name }) else {
                    throw .unknownOption(option: "--\(name)", command: spec.name,
                                         suggestions: NearestMatch.suggestions(for: name, in: options.map(\.name)).map { "--\($0)" })
                }
                try record(option, value: value, spelled: "--\(name)")
            } else {
                // One or more short options: `-n 5`, `-n5`, `-lf`.
                var letters = Array(word.dropFirst())
                while !letters.isEmpty {
                    let letter = letters.removeFirst()
                    guard let option = options.first(where: { $0.short == letter }) else {
                        throw .unknownOption(option: "-\(letter)", command: spec.name,
                                             suggestions: options.compactMap { $0.short.map { "-\($0)" } }
                                                .filter { $0.lowercased() == "-\(letter)".lowercased() })
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
        self.values = values
        self.flags = flags
        self.spelling = spelling
        self.positionals = positionals
        wantsHelp = flags.contains("help")
        library = values["library"]?.last
        noPager = flags.contains("no-pager")
        format = spec.formats.first ?? .text
        color = try Self.colorChoice(values["color"]?.last, spelled: spelling["color"] ?? "--color")
        if wantsHelp { return }
        if positionals.count > spec.positionals.upperBound {
            throw .unexpectedArgument(argument: positionals[spec.positionals.upperBound], command: spec.name)
        }
        if positionals.count < spec.positionals.lowerBound {
            throw .missingArgument(argument: spec.arguments, command: spec.name)
        }
        format = try chosenFormat()
    }

    /// The value of `--color`, checked.
    static func colorChoice(_ value: String?, spelled: String) throws(UsageError) -> Screen.ColorChoice? {
        guard let value else { return nil }
        guard let choice = Screen.ColorChoice(rawValue: value.lowercased()) else {
            throw .invalidChoice(option: spelled, value: value, choices: Screen.ColorChoice.allCases.map(\.rawValue))
        }
        return choice
    }

    /// `--format NAME`, or `--json`; the two must agree.
    private mutating func chosenFormat() throws(UsageError) -> OutputFormat {
        read.insert("format")
        read.insert("json")
        var chosen: OutputFormat?
        if let name = values["format"]?.last {
            guard let format = OutputFormat(rawValue: name.lowercased()), spec.formats.contains(format) else {
                throw .invalidChoice(option: "--format", value: name, choices: spec.formats.map(\.rawValue))
            }
            chosen = format
        }
        if flags.contains("json") {
            if let chosen, chosen != .json { throw .conflictingOptions("--json", "--format \(chosen.rawValue)") }
            chosen = .json
        }
        return chosen ?? spec.formats.first ?? .text
    }

    private static func isNegativeNumber(_ word: String) -> Bool {
        word.count > 1 && word.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }

    // MARK: - What a command's parser reads

    /// Whether a flag was given.
    public mutating func flag(_ option: OptionSpec) -> Bool {
        read.insert(option.name)
        return flags.contains(option.name)
    }

    /// The value of an option, if given.
    public mutating func value(_ option: OptionSpec) -> String? {
        read.insert(option.name)
        return values[option.name]?.last
    }

    /// Every value of a repeatable option, in order.
    public mutating func values(_ option: OptionSpec) -> [String] {
        read.insert(option.name)
        return values[option.name] ?? []
    }

    /// Whether the person gave an option (without reading it).
    public func given(_ option: OptionSpec) -> Bool { values[option.name] != nil || flags.contains(option.name) }

    /// How the person spelled an option (`-m` or `--message`).
    public func spelled(_ option: OptionSpec) -> String { spelling[option.name] ?? "--\(option.name)" }

    /// A date option: `YYYY-MM-DD`, `today`, `yesterday`, `tomorrow`, a
    /// weekday, `3d`, `2w`, `6m`. A weekday is the most recent such day for
    /// an option that looks back (`--since`, the default) and the next one
    /// for an option that looks forward (`schedule --from`); today itself
    /// when today is that weekday, either way.
    public mutating func date(_ option: OptionSpec, direction: DateArgument.Direction = .back) throws(UsageError) -> DateArgument? {
        guard let text = value(option) else { return nil }
        guard let date = DateArgument(text, direction: direction) else {
            throw .invalidValue(option: spelled(option), value: text, expected: Self.dateForms)
        }
        return date
    }

    /// What a date option accepts, for messages.
    static let dateForms = "a date as YYYY-MM-DD, today, yesterday, tomorrow, a weekday, or 3d, 2w, 6m"

    /// A whole-number option within a range.
    public mutating func number(_ option: OptionSpec, in range: ClosedRange<Int>) throws(UsageError) -> Int? {
        guard let text = value(option) else { return nil }
        guard let n = Int(text), range.contains(n) else {
            throw .invalidValue(option: spelled(option), value: text, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return n
    }

    /// An option whose value is one of a fixed set (its `choices`).
    public mutating func choice(_ option: OptionSpec) throws(UsageError) -> String? {
        guard let text = value(option) else { return nil }
        guard option.choices.contains(text.lowercased()) else {
            throw .invalidChoice(option: spelled(option), value: text, choices: option.choices)
        }
        return text.lowercased()
    }

    /// Refuses an option given to a command (or in a combination) that does not use it.
    public func refuse(_ option: OptionSpec, unless condition: Bool, _ reason: String) throws(UsageError) {
        if given(option), !condition { throw .conflictingOptions(spelled(option), reason) }
    }

    /// Options that were given but that the command's parser never read.
    public var unread: [String] {
        (Array(values.keys) + Array(flags)).filter { name in !read.contains(name) && !CommandSpec.globalOptions.contains { $0.name == name } }
            .map { spelling[$0] ?? "--\($0)" }.sorted()
    }

    /// Marks every declared option read, for a test that replays a parser.
    mutating func markRead(_ name: String) { read.insert(name) }
}
