/// `reflect themes [QUESTION]`: the themes, of every question or of one.
struct Themes: Command {
    static let spec = CommandSpec("themes", arguments: "[QUESTION]", positionals: 0...1, completes: [.ids([.question])],
                                  summary: "List the themes, of every question or of one.", formats: [.text, .json],
                                  discussion: "Examples:\n  reflect themes\n  reflect themes resilience")

    var question: String?

    init(_ arguments: inout Arguments) throws(UsageError) { question = arguments.positionals.first }

    func run(_ context: RunContext) throws -> Outcome {
        var questions = context.library.questions
        if let question {
            guard let found = questions.first(where: { $0.id == question }) else {
                throw CommandFailure.unknown(question, kind: "question", candidates: questions.map(\.id))
            }
            questions = [found]
        }
        return Outcome(.themes(questions))
    }
}
