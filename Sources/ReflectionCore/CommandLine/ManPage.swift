/// The man page's SYNOPSIS, generated in mdoc(7) from the list of commands:
/// a test compares it with `man/reflect.1`, so the manual, `--help` and the
/// parser cannot disagree (`scripts/man-synopsis` prints it to paste in).
public enum ManPage {
    /// The SYNOPSIS section's body, one `.Nm` block per command.
    public static func synopsis() -> String {
        var lines: [String] = []
        for spec in Commands.documented {
            lines.append(".Nm")
            lines.append(".Cm \(spec.name)")
            for option in spec.options + spec.formatOptions {
                var line = ".Op Fl \(option.short.map { String($0) } ?? "-\(option.name)")"
                if let value = option.value { line += option.valueIsOptional ? " Op Ar \(value)" : " Ar \(value)" }
                if option.repeatable { line += " ..." }
                lines.append(line)
            }
            if !spec.arguments.isEmpty { lines.append(arguments(spec.arguments)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `[COMMAND [SUBCOMMAND]]` as `.Op Ar COMMAND Op Ar SUBCOMMAND`, `QUERY...` as `.Ar QUERY ...`.
    static func arguments(_ text: String) -> String {
        var out = ""
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            out += word.hasSuffix("...") ? " Ar \(word.dropLast(3)) ..." : " Ar \(word)"
            word = ""
        }
        for character in text {
            switch character {
            case "[": flush(); out += " Op"
            case "]", " ": flush()
            default: word.append(character)
            }
        }
        flush()
        return "." + out.dropFirst()
    }
}
