extension Completions {
    /// The zsh script: an autoloadable `_reflect` for a folder on `fpath`,
    /// that also registers itself with `compdef` when sourced. Commands and
    /// options are offered with their summaries (`_describe`).
    static func zsh() -> String {
        var lines = ["#compdef reflect", header(.zsh), "", zshHelpers, ""]
        lines.append("# The commands, then a command's subcommands (in $subs, as name:summary).")
        lines.append("_reflect_commands() {")
        lines.append("    local -a commands")
        lines.append("    commands=(")
        for command in topLevel { lines.append("        " + quoted(zshDescribed(command.name, command.summary))) }
        lines.append("    )")
        lines.append("    _describe -t commands command commands")
        lines.append("}")
        lines += shFunction("_reflect_subcommands", subcommands.map { command, subs in
            (command, "subs=(\(subs.map { quoted(zshDescribed($0.name, $0.summary)) }.joined(separator: " ")))")
        }, otherwise: "subs=()")
        lines.append("")
        lines.append("# A command's options (in $opts, as name:help) and, between spaces, the spellings that take a value (in $valued).")
        lines += shFunction("_reflect_options", entries.map { entry in
            (entry.name, "opts=(\(entry.options.map { quoted(zshDescribed("--\($0.name)", $0.help)) }.joined(separator: " "))); "
                + "valued=\(quoted(" " + entry.valued.joined(separator: " ") + " "))")
        }, otherwise: "opts=(); valued=''")
        lines.append("")
        lines += valueAndArgumentFunctions(.zsh)
        lines.append(zshMain)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `name:summary` for `_describe`, whose names escape a colon.
    static func zshDescribed(_ name: String, _ summary: String) -> String {
        name.replacing(":", with: "\\:") + ":" + summary
    }

    static let zshHelpers = #"""
    # The ids of the kinds $1 (question,theme,...) that start with what is typed, asked of reflect.
    _reflect_ids() {
        local -a ids
        ids=(${(f)"$(command reflect __complete $1 -- "$PREFIX" 2>/dev/null)"})
        compadd -a ids
    }
    """#

    static let zshMain = #"""
    _reflect() {
        local cur=${words[CURRENT]} word command='' expect='' ended='' last='' valued
        local -a opts subs
        local -i i n=0
        for ((i = 2; i < CURRENT; i++)); do
            word=${words[i]}
            if [[ -n $expect ]]; then
                expect=''
            elif [[ -z $ended && $word == -- ]]; then
                ended=1
            elif [[ -z $ended && $word == -?* ]]; then
                _reflect_options "$command"
                [[ $valued == *" $word "* ]] && expect=$word
            elif [[ -z $command ]]; then
                command=$word
            elif ((n == 0)) && [[ $command != *' '* ]] && _reflect_subcommands "$command" && ((${subs[(I)${(b)word}:*]})); then
                command="$command $word"
            else
                last=$word
                n+=1
            fi
        done
        if [[ -z $expect && -z $ended && $cur == --?*=* ]]; then
            expect=${cur%%=*}
            compset -P '*='
        fi
        if [[ -n $expect ]]; then
            _reflect_value "$command" "$expect"
        elif [[ -z $ended && $cur == -* ]]; then
            _reflect_options "$command"
            _describe -t options option opts
        elif [[ -z $command ]]; then
            _reflect_commands
        else
            _reflect_argument "$command" "$n" "$last"
            if ((n == 0)) && [[ $command != *' '* ]]; then
                _reflect_subcommands "$command"
                (( $#subs )) && _describe -t subcommands subcommand subs
            fi
        fi
        return 0
    }

    # Autoloaded from a folder on $fpath, the file is _reflect's body: run it.
    # Sourced, register it.
    if [[ $funcstack[1] == _reflect ]]; then
        _reflect "$@"
    else
        compdef _reflect reflect
    fi
    """#
}
