/// `reflect suggest ID|--text TEXT|--file PATH`: the three themes that best
/// match an entry or a text, with the words that matched.
struct Suggest: Command {
    static let text = OptionSpec("text", value: "TEXT", help: "Match this text instead of an entry.")
    static let file = OptionSpec("file", value: "PATH", completes: .file, help: "Match the text of a file ('-' for standard input).")
    static let spec = CommandSpec("suggest", arguments: "[ID]", positionals: 0...1, completes: [.ids([.entry])],
                                  summary: "Suggest the three themes that best match an entry or a text, and the words that matched.",
                                  options: [text, file], formats: [.text, .json],
                                  discussion: """
                                  Examples:
                                    reflect suggest 20261126-0930
                                    reflect suggest --text "Two trusts are merging and my team distrusts the other side"
                                    reflect suggest --file notes.md --json
                                  """)

    /// Where the text to match comes from.
    enum Input: Equatable {
        case entry(String)
        case text(String)
        case file(String)
    }

    var input: Input

    init(_ arguments: inout Arguments) throws(UsageError) {
        let id = arguments.positionals.first, text = arguments.value(Self.text), file = arguments.value(Self.file)
        switch (id, text, file) {
        case (let id?, nil, nil): input = .entry(id)
        case (nil, let text?, nil):
            guard !text.trimmed.isEmpty else { throw .invalidValue(option: "--text", value: text, expected: "some words to match") }
            input = .text(text)
        case (nil, nil, let file?): input = .file(file)
        case (nil, nil, nil): throw .missingArgument(argument: "an entry ID, --text or --file", command: "suggest")
        case (.some, .some, _): throw .conflictingOptions("ID", "--text")
        case (.some, nil, .some): throw .conflictingOptions("ID", "--file")
        case (nil, .some, .some): throw .conflictingOptions("--text", "--file")
        }
    }

    func run(_ context: RunContext) throws -> Outcome {
        let text: String
        switch input {
        case .text(let given): text = given
        case .file(let path):
            let bytes = path == "-" ? context.readStandardInput() : try FileSystem.readGiven(path)
            guard let decoded = String(validating: bytes, as: UTF8.self) else { throw JournalError.invalidUTF8(source: path == "-" ? "standard input" : path) }
            text = decoded
        case .entry(let id):
            let journal = try context.journal()
            text = ThemeMatcher.prose(of: try journal.read(path: try journal.resolveEntry(id)).body)
        }
        let matches = ThemeMatcher.shared(for: context.library).rank(text, limit: 3)
        return Outcome(.suggestions(matches), whenEmpty: ("No theme shares a word with the text.\n", ExitCode.success))
    }
}
