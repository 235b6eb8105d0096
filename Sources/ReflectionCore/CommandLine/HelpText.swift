/// `--help` text, generated from the command table so it never disagrees
/// with what the parser accepts. The man page is the full reference.
public enum HelpText {
    /// reflect's version.
    public static let version = "0.1.0"

    /// The overview: what reflect is and its commands.
    public static func overview() -> String {
        let width = CommandTable.all.map(\.name.count).max() ?? 0
        var lines = [
            "reflect: a reflective-practice journal for leaders in health and care",
            "",
            "usage: reflect [--library FILE] COMMAND [OPTIONS]",
            "",
            "Commands:",
        ]
        for spec in CommandTable.all {
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

    /// Help for one command.
    public static func command(_ spec: CommandSpec) -> String {
        let ownOptions = spec.options.filter { option in !CommandSpec.globalOptions.contains(option) }
        var synopsis = "usage: reflect \(spec.name)"
        for option in ownOptions {
            synopsis += " [--\(option.name)\(option.value.map { " \($0)" } ?? "")]\(option.repeatable ? "..." : "")"
        }
        if !spec.arguments.isEmpty { synopsis += " \(spec.arguments)" }
        var lines = [spec.summary, "", TextLayout.wrap(synopsis, indent: "         ", firstIndent: ""), "", "Options:"]
        let width = spec.options.map(\.synopsis.count).max() ?? 0
        for option in spec.options {
            lines.append("  \(option.synopsis)\(String(repeating: " ", count: width - option.synopsis.count))  \(option.help)")
        }
        if !spec.discussion.isEmpty { lines += ["", spec.discussion] }
        return lines.joined(separator: "\n") + "\n"
    }
}
