/// What a command's argument or an option's value is, for shell completion
/// (`reflect completions`): the scripts offer each from this, so they are
/// generated from the same specs the parser reads.
public enum ValueCompletion: Sendable, Hashable {
    /// Ids of these kinds, asked of reflect as the person types
    /// (`reflect __complete KINDS PREFIX`), never kept in the script.
    case ids([IDKind])
    /// One of a fixed set of words.
    case words([String])
    /// A path, which the shell completes.
    case file
    /// A command's name (`reflect help plan`).
    case command
    /// A subcommand of the command named by the argument before (`reflect help plan focus`).
    case subcommand
}

/// The kinds of id a person types, which `reflect __complete` lists.
public enum IDKind: String, Sendable, CaseIterable {
    /// The library's: a question, a theme, a note, a prompt.
    case question, theme, note, prompt
    /// The journal's: an entry, a dilemma, an entry in the trash (its name
    /// there), a draft.
    case entry, dilemma, trash, draft
}
