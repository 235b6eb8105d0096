/// `reflect prompts`: reflection prompts, of every question or of one question or theme.
struct Prompts: Command {
    static let question = OptionSpec("question", value: "ID", completes: .ids([.question]), help: "Only prompts of this question.")
    static let theme = OptionSpec("theme", value: "ID", completes: .ids([.theme]), help: "Only prompts of this theme.")
    static let spec = CommandSpec("prompts", summary: "List reflection prompts, optionally of one question or theme.",
                                  options: [question, theme], formats: [.text, .json],
                                  discussion: "Examples:\n  reflect prompts --theme compassion-humanity\n  reflect prompts --json")

    var question: String?
    var theme: String?

    init(_ arguments: inout Arguments) throws(UsageError) {
        question = arguments.value(Self.question)
        theme = arguments.value(Self.theme)
    }

    func run(_ context: RunContext) throws -> Outcome {
        let library = context.library
        var prompts = library.placedPrompts
        if let question {
            guard library.questions.contains(where: { $0.id == question }) else {
                throw CommandFailure.unknown(question, kind: "question", candidates: library.questions.map(\.id))
            }
            prompts = prompts.filter { $0.question.id == question }
        }
        if let theme {
            let themeIDs = library.questions.flatMap { $0.themes.map(\.id) }
            guard themeIDs.contains(theme) else { throw CommandFailure.unknown(theme, kind: "theme", candidates: themeIDs) }
            prompts = prompts.filter { $0.theme.id == theme }
        }
        return Outcome(.prompts(prompts))
    }
}
