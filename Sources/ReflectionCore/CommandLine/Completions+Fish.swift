extension Completions {
    /// The fish script: `__reflect_complete` prints the candidates, each
    /// with its summary after a tab, for `complete -c reflect -a`.
    static func fish() -> String {
        var lines = [header(.fish), "", fishHelpers, ""]
        lines.append("# The commands, then a command's subcommands.")
        lines.append("function __reflect_commands")
        lines.append("    printf '%s\\t%s\\n' \\")
        lines.append(topLevel.map { "        \(fishQuoted($0.name)) \(fishQuoted($0.summary))" }.joined(separator: " \\\n"))
        lines.append("end")
        lines.append("function __reflect_subcommands --argument-names command")
        lines.append("    switch $command")
        for (command, subs) in subcommands {
            lines.append("        case \(fishQuoted(command))")
            lines.append("            printf '%s\\t%s\\n' \(subs.map { "\(fishQuoted($0.name)) \(fishQuoted($0.summary))" }.joined(separator: " "))")
        }
        lines.append("    end")
        lines.append("end")
        lines.append("")
        lines.append("# A command's options with their help, and the spellings that take a value.")
        lines.append("function __reflect_options --argument-names command")
        lines.append("    switch $command")
        for entry in entries {
            lines.append("        case \(fishQuoted(entry.name))")
            lines.append("            printf '%s\\t%s\\n' \\")
            lines.append(entry.options.map { "                --\($0.name) \(fishQuoted($0.help))" }.joined(separator: " \\\n"))
        }
        lines.append("    end")
        lines.append("end")
        lines.append("function __reflect_valued --argument-names command")
        lines.append("    switch $command")
        for entry in entries where !entry.valued.isEmpty {
            lines.append("        case \(fishQuoted(entry.name))")
            lines.append("            printf '%s\\n' \(entry.valued.joined(separator: " "))")
        }
        lines.append("    end")
        lines.append("end")
        lines.append("")
        lines += valueAndArgumentFunctions(.fish)
        lines.append(fishMain)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A word in single quotes for fish, where only `\` and `'` are escaped.
    static func fishQuoted(_ text: String) -> String {
        "'" + text.replacing("\\", with: "\\\\").replacing("'", with: "\\'") + "'"
    }

    static let fishHelpers = #"""
    # The ids of the kinds $argv[1] (question,theme,...) that start with $argv[2], asked of reflect.
    function __reflect_ids
        command reflect __complete $argv[1] -- "$argv[2]" 2>/dev/null
    end
    """#

    static let fishMain = #"""
    function __reflect_complete
        set -l words (commandline -opc)
        set -l cur (commandline -ct)
        set -e words[1]
        set -l command ''
        set -l expect ''
        set -l ended ''
        set -l last ''
        set -l n 0
        for word in $words
            if test -n "$expect"
                set expect ''
            else if test -z "$ended"; and test "$word" = --
                set ended 1
            else if test -z "$ended"; and string match -q -- '-?*' "$word"
                contains -- "$word" (__reflect_valued "$command"); and set expect "$word"
            else if test -z "$command"
                set command "$word"
            else if test $n -eq 0; and not string match -q -- '* *' "$command"; and contains -- "$word" (__reflect_subcommands "$command" | string replace -r '\t.*' '')
                set command "$command $word"
            else
                set last "$word"
                set n (math $n + 1)
            end
        end
        if test -z "$expect"; and test -z "$ended"; and string match -q -- '--?*=*' "$cur"
            # --name=value: the values, each after --name=.
            set -l option (string replace -r '=.*' '' -- "$cur")
            __reflect_value "$command" "$option" (string replace -r '^[^=]*=' '' -- "$cur") | string replace -r '^' -- "$option="
        else if test -n "$expect"
            __reflect_value "$command" "$expect" "$cur"
        else if test -z "$ended"; and string match -q -- '-*' "$cur"
            __reflect_options "$command"
        else if test -z "$command"
            __reflect_commands
        else
            __reflect_argument "$command" $n "$last" "$cur"
            if test $n -eq 0; and not string match -q -- '* *' "$command"
                __reflect_subcommands "$command"
            end
        end
    end

    complete -c reflect -f -a '(__reflect_complete)'
    """#
}
