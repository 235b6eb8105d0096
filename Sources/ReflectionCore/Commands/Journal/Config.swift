/// `reflect config [KEY [VALUE]]`: the journal's settings (`settings.json`).
struct Config: Command {
    static let spec = CommandSpec("config", arguments: "[KEY [VALUE]]", positionals: 0...2, completes: [.words(JournalSettings.keys.map(\.name))],
                                  summary: "Show or change the journal's settings (settings.json in the journal).", formats: [.text, .json],
                                  discussion: "Keys:\n" + JournalSettings.keys.map { "  \($0.name)  \($0.help) (\($0.expected))" }.joined(separator: "\n")
                                      + "\n\nExamples:\n  reflect config\n  reflect config follow-up false")

    var key: String?
    var value: String?

    init(_ arguments: inout Arguments) throws(UsageError) {
        key = arguments.positionals.first
        value = arguments.positionals.dropFirst().first
    }

    func run(_ context: RunContext) throws -> Outcome {
        let keys = JournalSettings.keys
        let journal = try context.journalOrEmpty()
        func report(_ settings: JournalSettings, only: String?) -> Report {
            .settings(SettingsReport(values: keys.map { ($0.name, $0.get(settings), $0.help) }, only: only))
        }
        guard let key else { return Outcome(report(try journal.loadSettings(), only: nil)) }
        guard let setting = keys.first(where: { $0.name == key }) else {
            throw CommandFailure.unknown(key, kind: "setting", candidates: keys.map(\.name))
        }
        guard let value else { return Outcome(report(try journal.loadSettings(), only: key)) }
        let settings = try context.journal().updateSettings { (settings: inout JournalSettings) throws(JournalError) in
            guard setting.set(&settings, value) else { throw .invalidSetting(key: key, value: value, expected: setting.expected) }
        }
        return Outcome(.message("\(key) = \(setting.get(settings))\n"))
    }
}
