/// `reflect completions SHELL`: the completion script for bash, zsh or fish.
struct CompletionsCommand: Command {
    static let spec = CommandSpec("completions", arguments: "SHELL", positionals: 1...1,
                                  completes: [.words(Completions.Shell.allCases.map(\.rawValue))],
                                  summary: "Print the shell completion script for bash, zsh or fish.",
                                  discussion: """
                                  The script completes commands, subcommands, options and their fixed values; the ids \
                                  you type (entries, dilemmas, themes, questions, prompts) it asks of reflect as you type. \
                                  'make install' puts all three where the shells look; the examples install one by hand.

                                  Examples:
                                    reflect completions bash > ~/.local/share/bash-completion/completions/reflect
                                    reflect completions zsh > ~/.zfunc/_reflect   # with fpath+=(~/.zfunc) before compinit
                                    reflect completions fish > ~/.config/fish/completions/reflect.fish
                                  """)
    static var usesLibrary: Bool { false }

    var shell: Completions.Shell

    init(_ arguments: inout Arguments) throws(UsageError) {
        guard let shell = Completions.Shell(rawValue: arguments.positionals[0].lowercased()) else {
            throw .invalidChoice(option: "completions", value: arguments.positionals[0], choices: Completions.Shell.allCases.map(\.rawValue))
        }
        self.shell = shell
    }

    func run(_ context: RunContext) throws -> Outcome { Outcome(.message(Completions.script(for: shell))) }
}

/// `reflect __complete KIND[,KIND...] [PREFIX]`, hidden: the ids of those
/// kinds that start with PREFIX, one a line, for the completion scripts to
/// ask as a person types.
///
/// It must be quick and quiet: the library's ids come from the library
/// alone, the journal's from file names alone (no entry is read or parsed,
/// no journal is made), and any problem (no journal, an unknown kind, a
/// library that cannot be read) prints nothing and exits 0.
struct CompleteIDs: Command {
    static let spec = CommandSpec("__complete", arguments: "KIND[,KIND...] [PREFIX]", positionals: 0...64,
                                  summary: "List the ids of these kinds that start with PREFIX, for shell completion.",
                                  hidden: true)
    static var usesLibrary: Bool { false }

    /// At most this many entry ids (newest first): enough to choose from, quick on a journal of years.
    static let entryLimit = 200

    var kinds: [IDKind]
    var prefix: String
    var library: String?

    init(_ arguments: inout Arguments) throws(UsageError) {
        let words = arguments.positionals
        kinds = (words.first ?? "").split(separator: ",").compactMap { IDKind(rawValue: String($0)) }
        prefix = words.count > 1 ? words[1] : ""
        library = arguments.library
    }

    func run(_ context: RunContext) throws -> Outcome {
        let library = kinds.contains(where: \.isLibrary) ? try? Runner.loadLibrary(self.library, context: context) : nil
        let journal = JournalLocation.folder(environment: context.environment).map { Journal(folder: $0, clock: context.clock) }
        var ids: [String] = []
        for kind in kinds {
            ids += Self.ids(of: kind, startingWith: prefix, library: library, journal: journal).filter { $0.hasPrefix(prefix) }
        }
        return Outcome(.ids(ids))
    }

    /// The ids of one kind, in the order a person looks for them: the library's in its order, the journal's newest first.
    static func ids(of kind: IDKind, startingWith prefix: String, library: PromptLibrary?, journal: Journal?) -> [String] {
        let themes = library?.questions.flatMap(\.themes) ?? []
        switch kind {
        case .question: return library?.questions.map(\.id) ?? []
        case .theme: return themes.map(\.id)
        case .note: return themes.flatMap(\.notes).map(\.id)
        case .prompt: return themes.flatMap(\.prompts).map(\.id)
        case .entry: return journal?.entryIDs(startingWith: prefix, limit: entryLimit) ?? []
        case .dilemma: return journal?.dilemmaIDs().reversed() ?? []
        case .trash: return journal?.trashNames() ?? []
        case .draft: return journal?.draftIDs() ?? []
        }
    }
}

extension IDKind {
    /// Whether the library holds ids of this kind (else the journal does).
    var isLibrary: Bool { [.question, .theme, .note, .prompt].contains(self) }
}
