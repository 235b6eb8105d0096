/// The shell completion scripts (`reflect completions bash|zsh|fish`),
/// generated from the list of commands, so that they offer exactly what
/// the parser accepts: commands, subcommands, each command's options, the
/// values of options with a fixed set, and files.
///
/// The ids a person types (entries, dilemmas, themes...) are never written
/// into a script: it asks `reflect __complete KINDS PREFIX` for them as the
/// person types. The three scripts walk the words typed the same way: the
/// first word that is not an option is the command, the next one a
/// subcommand if the command has it, and the rest its arguments; an option
/// that takes a value takes the next word (or the text after `=`).
public enum Completions {
    /// The shells reflect writes a script for.
    public enum Shell: String, CaseIterable, Sendable {
        case bash, zsh, fish
    }

    /// The completion script for a shell.
    public static func script(for shell: Shell) -> String {
        switch shell {
        case .bash: return bash()
        case .zsh: return zsh()
        case .fish: return fish()
        }
    }

    /// A command as the scripts see it; the empty name is reflect itself,
    /// before a command (`reflect --library FILE`).
    struct Entry {
        var name: String
        var options: [OptionSpec]

        /// Every spelling of the options that take a value (`--number`, `-n`).
        var valued: [String] { options.filter { $0.value != nil }.flatMap(Completions.spellings) }
    }

    /// reflect itself, then every command a person is told of.
    static var entries: [Entry] {
        let root = CommandSpec.globalOptions + [OptionSpec("version", short: "V", help: "Print the version.")]
        return [Entry(name: "", options: root)] + Commands.documented.map { Entry(name: $0.name, options: $0.allOptions) }
    }

    /// The top-level commands, with their summaries.
    static var topLevel: [(name: String, summary: String)] {
        Commands.topLevelNames.map { name in (name, Commands.named(name)?.spec.summary ?? "") }
    }

    /// The commands that have subcommands, each with its subcommands' last words and summaries.
    static var subcommands: [(command: String, subcommands: [(name: String, summary: String)])] {
        Commands.topLevelNames.compactMap { name in
            let words = Commands.subcommands(of: name)
            guard !words.isEmpty else { return nil }
            return (name, words.map { ($0, Commands.named("\(name) \($0)")?.spec.summary ?? "") })
        }
    }

    /// `--name`, and `-n` when the option has a short form.
    static func spellings(_ option: OptionSpec) -> [String] {
        ["--\(option.name)"] + (option.short.map { ["-\($0)"] } ?? [])
    }

    /// A `case` pattern on "COMMAND WORD": an option's spelling or an
    /// argument's index; with `andLater`, any word (every later argument);
    /// with `anyCommand`, any command (`--library`).
    struct Pattern {
        var command: String
        var word: String
        var andLater = false
        var anyCommand = false

        /// The pattern for `case` in bash and zsh: quoted words, bare wildcards.
        var shell: String {
            if anyCommand { return "*" + Completions.quoted(" " + word) }
            return andLater ? Completions.quoted(command + " ") + "*" : Completions.quoted(command + " " + word)
        }

        /// The pattern for fish's `case`, which matches a quoted pattern's wildcards too.
        var fish: String {
            Completions.fishQuoted(anyCommand ? "* " + word : andLater ? command + " *" : command + " " + word)
        }
    }

    /// The two functions of every script, after which comes its main one:
    /// what an option's value, and what an argument, of a command completes to.
    static func valueAndArgumentFunctions(_ shell: Shell) -> [String] {
        let prefix = shell == .fish ? "__reflect" : "_reflect"
        return [
            "# The values of an option (the second word) of a command (the first).",
            dispatch("\(prefix)_value", valueArms, shell: shell),
            "",
            "# An argument (the second word: its index, from 0) of a command; the third word is the argument before it.",
            dispatch("\(prefix)_argument", argumentArms, shell: shell),
            "",
        ]
    }

    /// A bash or zsh function that is one `case` on its first argument: an
    /// arm for each (word, what it runs), then what it runs otherwise.
    static func shFunction(_ name: String, _ arms: [(String, String)], otherwise: String) -> [String] {
        ["\(name)() {", "    case $1 in"] + arms.map { "        \(quoted($0))) \($1) ;;" } + ["        *) \(otherwise) ;;", "    esac", "}"]
    }

    /// A function that is one `case` (bash, zsh) or `switch` (fish) on
    /// "COMMAND WORD", an arm per completion.
    static func dispatch(_ function: String, _ arms: [(ValueCompletion, [Pattern])], shell: Shell) -> String {
        let fish = shell == .fish
        var lines = fish ? ["function \(function)", "    switch \"$argv[1] $argv[2]\""] : ["\(function)() {", "    case \"$1 $2\" in"]
        for (completion, patterns) in arms {
            if fish {
                lines.append("        case " + wrap(patterns.map(\.fish), separator: " ", indent: "            "))
                lines.append("            " + action(completion, shell))
            } else {
                lines.append("        " + wrap(patterns.map(\.shell), separator: "|", indent: "        ") + ")")
                lines.append("            " + action(completion, shell) + " ;;")
            }
        }
        lines += fish ? ["    end", "end"] : ["    esac", "}"]
        return lines.joined(separator: "\n")
    }

    /// What each option's value completes to, one arm per completion with
    /// every (command, option) that has it. An option every command takes
    /// alike (`--library`) is one pattern for any command.
    static var valueArms: [(ValueCompletion, [Pattern])] {
        let entries = entries
        let pairs = entries.flatMap { entry in
            entry.options.flatMap { option in
                option.completion.map { completion in spellings(option).map { (completion, Pattern(command: entry.name, word: $0)) } } ?? []
            }
        }
        let everywhere = Set(pairs.map(\.1.word).filter { word in
            let completions = pairs.filter { $0.1.word == word }
            return completions.count == entries.count && completions.allSatisfy { $0.0 == completions[0].0 }
        })
        return arms(pairs.compactMap { pair in
            guard everywhere.contains(pair.1.word) else { return pair }
            return pair.1.command.isEmpty ? (pair.0, Pattern(command: "", word: pair.1.word, anyCommand: true)) : nil
        })
    }

    /// What each positional argument completes to. The arms for one
    /// argument come first, then those for an argument and every one after
    /// it (`link ID THEME...`), since a shell takes the first arm that matches.
    static var argumentArms: [(ValueCompletion, [Pattern])] {
        var exact: [(ValueCompletion, Pattern)] = [], later: [(ValueCompletion, Pattern)] = []
        for spec in Commands.documented {
            for index in spec.argumentCompletions.indices {
                guard let completion = spec.completion(ofArgument: index) else { continue }
                if index == spec.argumentCompletions.count - 1, spec.completion(ofArgument: index + 1) != nil {
                    later.append((completion, Pattern(command: spec.name, word: "", andLater: true)))
                } else {
                    exact.append((completion, Pattern(command: spec.name, word: String(index))))
                }
            }
        }
        return arms(exact) + arms(later)
    }

    /// Groups patterns by completion, in the order each completion first appears.
    static func arms(_ pairs: [(ValueCompletion, Pattern)]) -> [(ValueCompletion, [Pattern])] {
        var result: [(ValueCompletion, [Pattern])] = []
        for (completion, pattern) in pairs {
            if let index = result.firstIndex(where: { $0.0 == completion }) {
                result[index].1.append(pattern)
            } else {
                result.append((completion, [pattern]))
            }
        }
        return result
    }

    /// What a script runs to offer a completion, in each shell: its own
    /// helpers (`_reflect_ids`), or the shell's (`_files`, `__fish_complete_path`).
    /// What is typed is `$cur` in bash, `$PREFIX` in zsh and the last argument in fish.
    static func action(_ completion: ValueCompletion, _ shell: Shell) -> String {
        switch (completion, shell) {
        case (.ids(let idKinds), .fish): return "__reflect_ids \(kinds(idKinds)) \"$argv[-1]\""
        case (.ids(let idKinds), _): return "_reflect_ids \(kinds(idKinds))"
        case (.words(let words), .bash): return "_reflect_words \(quoted(words.joined(separator: " ")))"
        case (.words(let words), .zsh): return "compadd -- \(words.map(quoted).joined(separator: " "))"
        case (.words(let words), .fish): return "printf '%s\\n' \(words.map(fishQuoted).joined(separator: " "))"
        case (.file, .bash): return "_reflect_files"
        case (.file, .zsh): return "_files"
        case (.file, .fish): return "__fish_complete_path \"$argv[-1]\""
        case (.command, .fish): return "__reflect_commands"
        case (.command, _): return "_reflect_commands"
        case (.subcommand, .bash): return "_reflect_subcommands \"$3\"; _reflect_words \"$subcommands\""
        case (.subcommand, .zsh): return "_reflect_subcommands \"$3\"; (( $#subs )) && _describe -t subcommands subcommand subs"
        case (.subcommand, .fish): return "__reflect_subcommands \"$argv[3]\""
        }
    }

    /// The kinds of id, as `reflect __complete` takes them: `question,theme`.
    static func kinds(_ kinds: [IDKind]) -> String { kinds.map(\.rawValue).joined(separator: ",") }

    /// A word in single quotes for bash and zsh.
    static func quoted(_ text: String) -> String { "'" + text.replacing("'", with: #"'\''"#) + "'" }

    /// Lines of a script, each indented, with a `case` arm's patterns wrapped
    /// a few to a line.
    static func wrap(_ patterns: [String], separator: String, indent: String) -> String {
        stride(from: 0, to: patterns.count, by: 4).map { start in
            patterns[start..<min(start + 4, patterns.count)].joined(separator: separator)
        }.joined(separator: (separator == " " ? "" : separator) + " \\\n" + indent)
    }

    /// The header every script starts with.
    static func header(_ shell: Shell) -> String {
        """
        # \(shell.rawValue) completion for reflect, generated by 'reflect completions \(shell.rawValue)' from the
        # commands it knows: do not edit, generate it again after an upgrade ('make install' does).
        # The ids you type (entries, dilemmas, themes...) are asked of reflect as you type,
        # with the hidden command 'reflect __complete KINDS PREFIX', which lists them from file names.
        """
    }
}
