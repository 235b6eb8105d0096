extension RunContext {
    /// Asks before something that cannot be taken back lightly: on a terminal,
    /// `question` with `[y/N]` (only "y" or "yes" goes on); without one, it
    /// refuses, saying `refusal` and that --force is needed. With `force`, it
    /// goes on without asking.
    /// - Returns: whether the person said yes.
    func confirm(_ question: @autoclosure () -> String, force: Bool, refusal: String) throws(CommandFailure) -> Bool {
        if force { return true }
        guard stdinIsTerminal else { throw CommandFailure("\(refusal) without --force when standard input is not a terminal") }
        let answer = ask(question() + " [y/N] ")?.trimmed.lowercased() ?? ""
        return answer == "y" || answer == "yes"
    }
}
