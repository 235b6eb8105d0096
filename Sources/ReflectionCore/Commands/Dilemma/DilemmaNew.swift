/// `reflect dilemma new "TITLE"`: names a dilemma to write on over days or weeks.
struct DilemmaNew: Command {
    static let message = OptionSpec("message", short: "m", value: "TEXT", help: "What the dilemma is: its description.")
    static let spec = CommandSpec("dilemma new", arguments: "TITLE", positionals: 1...1,
                                  summary: "Name a dilemma you are living with, to write on over days or weeks.",
                                  options: [message], formats: [.text, .json],
                                  discussion: "Its id (d, the date, four letters) is what other commands take, or a unique start of it; the title is never part of it.\n\nExamples:\n  reflect dilemma new \"Two trusts merging their community services\" -m \"My team distrusts the other side.\"\n  id=$(reflect dilemma new \"Rota gaps\" --json | jq -r .id)")

    var title: String
    var description: String?

    init(_ arguments: inout Arguments) throws(UsageError) {
        // A title is one line: line breaks a shell let through become spaces.
        title = arguments.positionals[0].split(whereSeparator: \.isNewline).map { $0.trimmed }.filter { !$0.isEmpty }.joined(separator: " ")
        guard !title.isEmpty else { throw .invalidValue(option: "TITLE", value: arguments.positionals[0], expected: "a title with words in it") }
        // Bytes that are not UTF-8 arrive as U+FFFD: refused, as write refuses such text, not stored as "�".
        guard !title.unicodeScalars.contains("\u{FFFD}") else {
            throw .invalidValue(option: "TITLE", value: title, expected: "a title in UTF-8 (it has bytes that are not)")
        }
        description = arguments.value(Self.message)
    }

    func run(_ context: RunContext) throws -> Outcome {
        let journal = try context.journal()
        let text = description?.trimmed ?? ""
        let stored = try journal.addDilemma(title: title, description: text.isEmpty ? "" : text + "\n")
        return Outcome(.dilemmaChanged(stored, .created))
    }
}
