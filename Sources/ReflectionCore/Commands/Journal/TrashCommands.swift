/// `reflect trash`: the entries `delete` moved to the journal's trash folder.
struct Trash: Command {
    static let spec = CommandSpec("trash", summary: "List deleted entries in the trash, most recently deleted first.", formats: [.text, .json],
                                  discussion: "Each line shows the name to give 'reflect restore' or 'reflect purge', when the entry was deleted (the file's modification time) and its first words.\n\nExamples:\n  reflect trash\n  reflect restore 20261126-0930\n  reflect trash empty --older-than 30d")

    init(_ arguments: inout Arguments) throws(UsageError) {}

    func run(_ context: RunContext) throws -> Outcome {
        let items = try context.journal().trashedEntries()
        return Outcome(.trash(items), note: items.isEmpty ? "The trash is empty.\n" : "")
    }
}

/// `reflect trash empty`: deletes the trash's entries for good.
struct TrashEmpty: Command {
    static let olderThan = OptionSpec("older-than", value: "AGE", help: "Only entries deleted longer ago than this: 30d, 2w, 6m.")
    static let force = OptionSpec("force", short: "f", help: "Do not ask (needed when not on a terminal).")
    static let spec = CommandSpec("trash empty", summary: "Delete the entries in the trash for good.", options: [olderThan, force],
                                  discussion: "This cannot be undone. On a terminal it asks first; otherwise it needs --force.\n\nExamples:\n  reflect trash empty\n  reflect trash empty --older-than 30d --force")

    var olderThan: DateArgument?
    var force: Bool

    init(_ arguments: inout Arguments) throws(UsageError) {
        olderThan = try Self.age(&arguments)
        force = arguments.flag(Self.force)
    }

    /// `--older-than`: a count of days, weeks, months or years (`DateArgument`'s `3d`, `2w`, `6m`, `1y`), not a date.
    static func age(_ arguments: inout Arguments) throws(UsageError) -> DateArgument? {
        guard let text = arguments.value(olderThan) else { return nil }
        switch DateArgument(text) {
        case .daysAgo(let days)?: return .daysAgo(days)
        case .monthsAgo(let months)?: return .monthsAgo(months)
        default: throw .invalidValue(option: arguments.spelled(olderThan), value: text, expected: "an age such as 30d, 2w, 6m or 1y")
        }
    }

    func run(_ context: RunContext) throws -> Outcome {
        let journal = try context.journal()
        var items = journal.trashedEntries()
        var which = "in the trash"
        if let olderThan {
            // Older than the cut-off: trashed before that day. A file whose time cannot be read is left alone.
            let cutoff = olderThan.resolve(today: context.today)
            items = items.filter { $0.trashedDate.map { $0 < cutoff } ?? false }
            which = "deleted before \(cutoff)"
        }
        guard !items.isEmpty else {
            let note = olderThan.map { "Nothing in the trash was deleted before \($0.resolve(today: context.today)).\n" } ?? "The trash is empty.\n"
            return Outcome(.nothing, note: note)
        }
        let count = "\(items.count) \(items.count == 1 ? "entry" : "entries")"
        guard try context.confirm("Delete \(count) \(which) for good? This cannot be undone.", force: force,
                                  refusal: "not deleting \(count) \(which) for good") else {
            return Outcome(.nothing, note: "Nothing deleted.\n")
        }
        let deleted = try journal.purge(paths: items.map(\.path))
        return Outcome(.message("Deleted \(deleted) \(deleted == 1 ? "entry" : "entries") from the trash for good.\n"))
    }
}
