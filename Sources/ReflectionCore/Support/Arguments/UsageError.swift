/// A command line that reflect cannot act on. Always exits 64 (`EX_USAGE`).
public enum UsageError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownCommand(command: String, suggestions: [String])
    case unknownOption(option: String, command: String, suggestions: [String])
    case missingValue(option: String, placeholder: String, command: String)
    case unexpectedValue(option: String, command: String)
    case repeatedOption(option: String, command: String)
    case unexpectedArgument(argument: String, command: String)
    case missingArgument(argument: String, command: String)
    /// A value that does not have the right form (a date, a number).
    case invalidValue(option: String, value: String, expected: String)
    /// A value that is not one of a fixed set (`--format`, `--model`).
    /// The usage error for a value outside a fixed set, naming the set and the nearest.
    public static func invalidChoice(option: String, value: String, choices: [String]) -> UsageError {
        // A typo seldom changes the first letter: 'jsno' is json, but 'tcsh' is not bash.
        let nearest = NearestMatch.suggestions(for: value, in: choices, limit: 1).filter { $0.lowercased().first == value.lowercased().first }
        return .invalidValue(option: option, value: value,
                             expected: CommandSpec.list(choices) + (nearest.isEmpty ? "" : " (did you mean '\(nearest[0])'?)"))
    }
    /// Two options that cannot be used together.
    case conflictingOptions(String, String)
    /// An option this command (or subcommand) does not use.
    case inapplicableOption(option: String, command: String)

    public var description: String {
        func hint(_ suggestions: [String]) -> String {
            suggestions.isEmpty ? "" : " (did you mean '\(suggestions.joined(separator: "' or '"))'?)"
        }
        switch self {
        case .unknownCommand(let command, let suggestions):
            return "unknown command '\(command)'\(hint(suggestions)); see 'reflect --help'"
        case .unknownOption(let option, let command, let suggestions):
            return "unknown option '\(option)' for 'reflect \(command)'\(hint(suggestions))"
        case .missingValue(let option, let placeholder, _):
            return "option '\(option)' needs a value (\(placeholder))"
        case .unexpectedValue(let option, _):
            return "option '\(option)' takes no value"
        case .repeatedOption(let option, _):
            return "option '\(option)' was given more than once"
        case .unexpectedArgument(let argument, let command):
            return "unexpected argument '\(argument)' for 'reflect \(command)'; see 'reflect help \(command)'"
        case .missingArgument(let argument, let command):
            return "'reflect \(command)' needs \(argument); see 'reflect help \(command)'"
        case .invalidValue(let option, let value, let expected):
            return "invalid value '\(value)' for \(option): expected \(expected)"
        case .conflictingOptions(let a, let b):
            return "\(a) and \(b) cannot be used together"
        case .inapplicableOption(let option, let command):
            return "option '\(option)' does not apply to 'reflect \(command)'; see 'reflect help \(command)'"
        }
    }
}
