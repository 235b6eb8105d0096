/// Every command reflect knows, with its options and help: the one table that
/// the parser, `--help` and the completion of "did you mean" all read.
public enum CommandTable {
    static let json = OptionSpec("json", help: "Print JSON for scripts.")

    /// The filters `list` and `search` share.
    static let filters: [OptionSpec] = [
        OptionSpec("number", short: "n", value: "N", help: "At most N entries."),
        OptionSpec("since", value: "DATE", help: "Entries on or after DATE."),
        OptionSpec("until", value: "DATE", help: "Entries on or before DATE."),
        OptionSpec("prompt", value: "ID", help: "Entries answering this prompt."),
        OptionSpec("question", value: "ID", help: "Entries about this question."),
        OptionSpec("theme", value: "ID", help: "Entries about this theme."),
        OptionSpec("tag", value: "TAG", repeatable: true, help: "Entries with this tag (repeatable: all must match)."),
    ]

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
                    summary: "Show the workshop context of a question, theme, note or prompt id.",
                    options: [OptionSpec("entries", help: "List the journal entries that cite or link to ID instead."), json],
                    discussion: "Examples:\n  reflect source resilience-taking-time-to-think-p1\n  reflect source compassion-humanity --entries"),
        CommandSpec("write", summary: "Write a journal entry, in your editor or from -m, --file or standard input.",
                    options: [OptionSpec("prompt", value: "ID", help: "Answer this prompt."),
                              OptionSpec("today", help: "Answer today's prompt."),
                              OptionSpec("model", value: "MODEL", help: "Headings of a reflective model: driscoll, gibbs, kolb or free."),
                              OptionSpec("tag", value: "TAG", repeatable: true, help: "Tag the entry (repeatable); #tags in the text count too."),
                              OptionSpec("date", value: "DATE", help: "Date the entry (YYYY-MM-DD, today, yesterday, 3d)."),
                              OptionSpec("message", short: "m", value: "TEXT", help: "The entry's text."),
                              OptionSpec("file", value: "PATH", help: "Read the text from a file ('-' for standard input)."),
                              OptionSpec("resume", help: "Continue the newest draft an editor session left.")],
                    discussion: "Examples:\n  reflect write --today\n  reflect write --prompt compassion-humanity-p1 --model gibbs\n  reflect write -m 'Listened more than I spoke today. #feedback'\n  reflect write --resume"),
        CommandSpec("list", summary: "List entries, newest first: id, date, theme, first words.",
                    options: filters + [json],
                    discussion: "DATE is YYYY-MM-DD, today, yesterday, or 3d, 2w, 6m (that long ago).\n\nExamples:\n  reflect list -n 10\n  reflect list --since 2w --theme resilience-taking-time-to-think"),
        CommandSpec("show", arguments: "ID", positionals: 1...1,
                    summary: "Show an entry, then the prompt, question, theme and notes behind it.", options: [json]),
        CommandSpec("edit", arguments: "ID", positionals: 1...1, summary: "Edit an entry in your editor.", options: []),
        CommandSpec("search", arguments: "QUERY...", positionals: 1...64,
                    summary: "Find entries containing every word (a \"quoted phrase\" as a phrase).",
                    options: filters + [OptionSpec("ids-only", short: "l", help: "Print only the ids of matching entries."), json],
                    discussion: "Examples:\n  reflect search trust\n  reflect search '\"long term\" board' --since 6m"),
        CommandSpec("delete", arguments: "ID", positionals: 1...1, summary: "Move an entry to the journal's trash folder.",
                    options: [OptionSpec("force", short: "f", help: "Do not ask (needed when not on a terminal).")]),
        CommandSpec("check", summary: "Check every entry: front matter, links, ids and permissions.", options: []),
        CommandSpec("import", arguments: "FILE", positionals: 1...1, summary: "Import entries from jrnl's JSON export or reflect's own.",
                    options: [OptionSpec("from", value: "FORMAT", help: "jrnl (jrnl --format json) or reflect (reflect export).")],
                    discussion: "Examples:\n  jrnl --format json > old.json && reflect import --from jrnl old.json\n  reflect import --from reflect backup.json"),
        CommandSpec("export", summary: "Print every entry as versioned JSON or as Markdown.",
                    options: [OptionSpec("format", value: "FORMAT", help: "json (the default) or markdown."), json],
                    discussion: "Examples:\n  reflect export > backup.json\n  reflect export --format markdown > journal.md"),
        CommandSpec("help", arguments: "[COMMAND]", positionals: 0...1, summary: "Show help for reflect or one command.", options: []),
        CommandSpec("version", summary: "Print reflect's version.", options: []),
    ]

    /// The spec of a command by name.
    public static func spec(named name: String) -> CommandSpec? { all.first { $0.name == name } }
}
