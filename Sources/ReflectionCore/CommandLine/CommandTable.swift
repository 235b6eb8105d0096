/// Every command reflect knows, with its options and help: the one table that
/// the parser, `--help` and the completion of "did you mean" all read.
public enum CommandTable {
    static let json = OptionSpec("json", help: "Print JSON for scripts.")

    public static let all: [CommandSpec] = [
        CommandSpec("today", summary: "Show the prompt for today (or another day) with its workshop notes.",
                    options: [OptionSpec("date", value: "DATE", help: "The day to show (YYYY-MM-DD, today, yesterday)."), json],
                    discussion: "Examples:\n  reflect today\n  reflect today --date 2026-12-01 --json"),
        CommandSpec("questions", summary: "List the workshop's questions and who asked them.", options: [json]),
        CommandSpec("themes", arguments: "[QUESTION]", positionals: 0...1,
                    summary: "List the themes, of every question or of one.", options: [json],
                    discussion: "Examples:\n  reflect themes\n  reflect themes resilience"),
        CommandSpec("prompts", summary: "List reflection prompts, optionally of one question or theme.",
                    options: [OptionSpec("question", value: "ID", help: "Only prompts of this question."),
                              OptionSpec("theme", value: "ID", help: "Only prompts of this theme."), json],
                    discussion: "Examples:\n  reflect prompts --theme compassion-humanity\n  reflect prompts --json"),
        CommandSpec("source", arguments: "ID", positionals: 1...1,
                    summary: "Show the workshop context of a question, theme, note or prompt id.", options: [json],
                    discussion: "Examples:\n  reflect source resilience-taking-time-to-think-p1"),
        CommandSpec("help", arguments: "[COMMAND]", positionals: 0...1, summary: "Show help for reflect or one command.", options: []),
        CommandSpec("version", summary: "Print reflect's version.", options: []),
    ]

    /// The spec of a command by name.
    public static func spec(named name: String) -> CommandSpec? { all.first { $0.name == name } }
}
