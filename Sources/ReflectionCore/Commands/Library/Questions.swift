/// `reflect questions`: the workshop's questions and who asked them.
struct Questions: Command {
    static let spec = CommandSpec("questions", summary: "List the workshop's questions and who asked them.", formats: [.text, .json])

    init(_ arguments: inout Arguments) throws(UsageError) {}

    func run(_ context: RunContext) throws -> Outcome { Outcome(.questions(context.library.questions)) }
}
