extension Journal {
    /// The path of the entry an id (or a unique start of one) names. A
    /// dilemma's id given where an entry's is wanted is a slip: the error says
    /// so, and which command takes it (`dilemma show`, `dilemma edit`...).
    func resolveEntry(_ id: String, dilemmaCommand: String = "dilemma show") throws -> String {
        if DilemmaID.isPrefix(id), (try? resolve(id)) == nil, (try? resolveDilemma(id)) != nil {
            throw CommandFailure("'\(id)' is a dilemma, not an entry: see 'reflect \(dilemmaCommand) \(id)'")
        }
        return try resolve(id)
    }
}
