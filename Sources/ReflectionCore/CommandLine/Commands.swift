/// Every command reflect has, in the order `--help` lists them: the one list
/// the parser, `--help`, `reflect help`, the man-page test and shell
/// completion read. Adding a command is a new file in `Commands/` and a line here.
public enum Commands {
    public static let all: [any Command.Type] = [
        Today.self,
        SkipDay.self,
        ScheduleForecast.self,
        PlanShow.self,
        PlanRotate.self,
        PlanFocus.self,
        PlanDays.self,
        Status.self,
        Questions.self,
        Themes.self,
        Prompts.self,
        SourceCommand.self,
        Suggest.self,
        Write.self,
        List.self,
        Show.self,
        Link.self,
        Unlink.self,
        Edit.self,
        Search.self,
        Dilemmas.self,
        DilemmaNew.self,
        DilemmaList.self,
        DilemmaShow.self,
        DilemmaEdit.self,
        DilemmaClose.self,
        DilemmaReopen.self,
        Delete.self,
        Trash.self,
        TrashEmpty.self,
        Restore.self,
        Purge.self,
        ActionsList.self,
        ActionsMark.self,
        ActionsDrop.self,
        ReviewCommand.self,
        Check.self,
        Config.self,
        Import.self,
        Export.self,
        SyncRun.self,
        SyncInit.self,
        SyncClone.self,
        SyncStatusCommand.self,
        CompletionsCommand.self,
        Help.self,
        Version.self,
        // Hidden: what the completion scripts ask as a person types.
        CompleteIDs.self,
    ]

    /// Every command's spec.
    public static var specs: [CommandSpec] { all.map { $0.spec } }

    /// The specs of the commands a person is told of: all but the hidden ones
    /// (`__complete`), in `--help`, the man page and the completion scripts.
    public static var documented: [CommandSpec] { specs.filter { !$0.hidden } }

    /// The command with this full name (`plan focus`).
    public static func named(_ name: String) -> (any Command.Type)? { all.first { $0.spec.name == name } }

    /// The top-level names (`plan`, not `plan focus`).
    public static var topLevelNames: [String] {
        var names: [String] = []
        for spec in documented {
            let first = String(spec.name.split(separator: " ").first ?? "")
            if !names.contains(first) { names.append(first) }
        }
        return names
    }

    /// The subcommand words under a top-level name (`rotate`, `focus`, `days` under `plan`).
    public static func subcommands(of name: String) -> [String] {
        specs.compactMap { spec in
            let words = spec.name.split(separator: " ")
            return words.count == 2 && words[0] == name ? String(words[1]) : nil
        }
    }
}
