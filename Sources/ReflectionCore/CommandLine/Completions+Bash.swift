extension Completions {
    /// The bash script: `_reflect`, registered with `complete -F`, fills
    /// `COMPREPLY` from `COMP_WORDS` and `COMP_CWORD`.
    static func bash() -> String {
        var lines = [header(.bash), "", bashHelpers, ""]
        lines.append("# The commands, then a command's subcommands (in $subcommands).")
        lines.append("_reflect_commands() {")
        lines.append("    _reflect_words \(quoted(topLevel.map(\.name).joined(separator: " ")))")
        lines.append("}")
        lines += shFunction("_reflect_subcommands", subcommands.map { ($0.command, "subcommands=" + quoted($0.subcommands.map(\.name).joined(separator: " "))) },
                            otherwise: "subcommands=''")
        lines.append("")
        lines.append("# A command's options (in $options) and, between spaces, the spellings that take a value (in $valued).")
        lines += shFunction("_reflect_options", entries.map { entry in
            let options = entry.options.map { "--\($0.name)" }.joined(separator: " ")
            return (entry.name, "options=\(quoted(options)); valued=\(quoted(" " + entry.valued.joined(separator: " ") + " "))")
        }, otherwise: "options=''; valued=''")
        lines.append("")
        lines += valueAndArgumentFunctions(.bash)
        lines.append(bashMain)
        return lines.joined(separator: "\n") + "\n"
    }

    static let bashHelpers = #"""
    # The words of $1 that start with $cur.
    _reflect_words() {
        local IFS=$' \t\n'
        COMPREPLY+=($(compgen -W "$1" -- "$cur"))
    }

    # The ids of the kinds $1 (question,theme,...) that start with $cur, asked of reflect.
    _reflect_ids() {
        local id
        while IFS= read -r id; do
            COMPREPLY+=("$id")
        done < <(command reflect __complete "$1" -- "$cur" 2>/dev/null)
    }

    # Paths that start with $cur.
    _reflect_files() {
        compopt -o filenames 2>/dev/null
        local IFS=$'\n'
        COMPREPLY+=($(compgen -f -- "$cur"))
    }
    """#

    static let bashMain = #"""
    _reflect() {
        local cur=${COMP_WORDS[COMP_CWORD]} word command='' expect='' ended='' last='' options valued subcommands
        local -i i n=0
        COMPREPLY=()
        for ((i = 1; i < COMP_CWORD; i++)); do
            word=${COMP_WORDS[i]}
            if [[ -n $expect ]]; then
                # The option's value (bash splits --name=value into --name, = and value).
                [[ $word == = ]] || expect=''
            elif [[ -z $ended && $word == -- ]]; then
                ended=1
            elif [[ -z $ended && $word == -?* ]]; then
                _reflect_options "$command"
                [[ $valued == *" $word "* ]] && expect=$word
            elif [[ -z $command ]]; then
                command=$word
            elif ((n == 0)) && [[ $command != *' '* ]] && _reflect_subcommands "$command" && [[ " $subcommands " == *" $word "* ]]; then
                command="$command $word"
            else
                last=$word
                n+=1
            fi
        done
        [[ -n $expect && $cur == = ]] && cur=''
        if [[ -n $expect ]]; then
            _reflect_value "$command" "$expect"
        elif [[ -z $ended && $cur == --?*=* ]]; then
            # COMP_WORDBREAKS without '=': the value is in the word.
            local option=${cur%%=*}
            cur=${cur#*=}
            _reflect_value "$command" "$option"
            COMPREPLY=("${COMPREPLY[@]/#/$option=}")
        elif [[ -z $ended && $cur == -* ]]; then
            _reflect_options "$command"
            _reflect_words "$options"
        elif [[ -z $command ]]; then
            _reflect_commands
        else
            _reflect_argument "$command" "$n" "$last"
            if ((n == 0)) && [[ $command != *' '* ]]; then
                _reflect_subcommands "$command"
                _reflect_words "$subcommands"
            fi
        fi
        return 0
    }

    complete -F _reflect reflect
    """#
}
