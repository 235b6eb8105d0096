/// `reflect link ID THEME...`: records themes on an entry, in its front
/// matter's `themes` list (an atomic rewrite under the journal lock).
///
/// An entry written with a prompt is linked to that prompt's theme already.
struct Link: Command {
    static let spec = CommandSpec("link", arguments: "ID THEME...", positionals: 2...64, completes: [.ids([.entry]), .ids([.theme])],
                                  summary: "Record themes on an entry (its front matter's themes list).",
                                  discussion: """
                                  Examples:
                                    reflect suggest 20261126-0930
                                    reflect link 20261126-0930 strategic-plan-relationship-management
                                  """)

    var id: String
    var themes: [String]

    init(_ arguments: inout Arguments) throws(UsageError) {
        id = arguments.positionals[0]
        themes = Array(arguments.positionals.dropFirst())
    }

    func run(_ context: RunContext) throws -> Outcome {
        let known = context.library.questions.flatMap { $0.themes.map(\.id) }
        for theme in themes where !known.contains(theme) {
            throw CommandFailure.unknown(theme, kind: "theme", candidates: known)
        }
        return try ThemeLinks.change(id, context: context) { current in
            var seen = Set(current)
            return current + themes.filter { seen.insert($0).inserted }
        }
    }
}

/// `reflect unlink ID THEME...`: removes themes from an entry's front matter.
struct Unlink: Command {
    static let spec = CommandSpec("unlink", arguments: "ID THEME...", positionals: 2...64, completes: [.ids([.entry]), .ids([.theme])],
                                  summary: "Remove themes from an entry.",
                                  discussion: "Example:\n  reflect unlink 20261126-0930 frames-history")

    var id: String
    var themes: [String]

    init(_ arguments: inout Arguments) throws(UsageError) {
        id = arguments.positionals[0]
        themes = Array(arguments.positionals.dropFirst())
    }

    func run(_ context: RunContext) throws -> Outcome {
        let known = context.library.questions.flatMap { $0.themes.map(\.id) }
        return try ThemeLinks.change(id, context: context) { current throws(CommandFailure) in
            // A theme the entry has may be removed even if the library no longer knows it.
            for theme in themes where !known.contains(theme) && !current.contains(theme) {
                throw CommandFailure.unknown(theme, kind: "theme", candidates: current + known)
            }
            return current.filter { !themes.contains($0) }
        }
    }
}

/// The one read-modify-write of an entry's themes that `link` and `unlink` share.
enum ThemeLinks {
    /// Reads the entry, computes its new themes, and rewrites it only if they
    /// changed and nobody changed the file meanwhile.
    static func change(_ id: String, context: RunContext,
                       _ update: ([String]) throws(CommandFailure) -> [String]) throws -> Outcome {
        let journal = try context.journal()
        try journal.checkWritable()
        let path = try journal.resolveEntry(id)
        let bytes: [UInt8]
        do { bytes = try FileSystem.read(path) } catch { throw JournalError.fileSystem(error) }
        // An entry that cannot be read is never rewritten.
        var entry: Entry
        do { entry = try EntryFile.parse(bytes, path: path, fallbackID: Journal.id(fromPath: path)) } catch { throw JournalError.unreadableEntry(error) }
        let themes = try update(entry.themes)
        let name = Journal.id(fromPath: path)
        guard themes != entry.themes else {
            return Outcome(.nothing, note: "Nothing changed: \(name) has themes \(Self.describe(entry.themes)).\n")
        }
        entry.themes = themes
        try journal.replace(entry, at: path, expecting: bytes)
        return Outcome(.message("\(name) now has themes \(Self.describe(themes)).\n"))
    }

    static func describe(_ themes: [String]) -> String { themes.isEmpty ? "none" : themes.joined(separator: ", ") }
}
