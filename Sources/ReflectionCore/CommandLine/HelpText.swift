/// `--help` text, generated from the list of commands so it never disagrees
/// with what the parser accepts. The man page is the full reference.
public enum HelpText {
    /// reflect's version.
    public static let version = "0.1.0"

    /// The overview: what reflect is and its commands.
    public static func overview() -> String {
        let specs = Commands.documented
        let width = specs.map(\.name.count).max() ?? 0
        var lines = [
            "reflect: a reflective-practice journal for leaders in health and care",
            "",
            "usage: reflect [--library FILE] COMMAND [OPTIONS]",
            "",
            "Commands:",
        ]
        for spec in specs {
            lines.append("  \(spec.name)\(String(repeating: " ", count: width - spec.name.count))  \(spec.summary)")
        }
        lines += [
            "",
            "Options:",
            "  --library FILE  Use another prompt library of the same schema (also REFLECT_LIBRARY).",
            "  -h, --help      Show help; 'reflect help COMMAND' for one command.",
            "  -V, --version   Print the version.",
            "",
            "See 'man reflect' for the full reference.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The usage line of a command: `usage: reflect plan focus [--days N] ... ID`.
    public static func usage(_ spec: CommandSpec) -> String {
        var synopsis = "usage: reflect \(spec.name)"
        for option in spec.options + spec.formatOptions {
            synopsis += " [--\(option.name)\(option.value.map { " \($0)" } ?? "")]\(option.repeatable ? "..." : "")"
        }
        if !spec.arguments.isEmpty { synopsis += " \(spec.arguments)" }
        return TextLayout.wrap(synopsis, indent: "         ", firstIndent: "")
    }

    /// Help for one command.
    public static func command(_ spec: CommandSpec) -> String {
        var lines = [spec.summary, "", usage(spec), "", "Options:"]
        let options = spec.allOptions
        let width = options.map(\.synopsis.count).max() ?? 0
        for option in options {
            lines.append("  \(option.synopsis)\(String(repeating: " ", count: width - option.synopsis.count))  \(option.help)")
        }
        let subcommands = Commands.subcommands(of: spec.name).compactMap { Commands.named("\(spec.name) \($0)")?.spec }
        if !subcommands.isEmpty {
            lines += ["", "Subcommands:"]
            let width = subcommands.map(\.name.count).max() ?? 0
            for sub in subcommands {
                lines.append("  \(sub.name)\(String(repeating: " ", count: width - sub.name.count))  \(sub.summary)")
            }
        }
        if !spec.discussion.isEmpty { lines += ["", spec.discussion] }
        return lines.joined(separator: "\n") + "\n"
    }
}
