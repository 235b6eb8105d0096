/// Turning a person's words into entries: the new entry a draft's plan
/// describes, and an edited entry file checked and saved.
extension Journal {
    /// The entry a plan describes: its time (now, or now's wall-clock time on
    /// the plan's date), the prompt it answers with that prompt's question,
    /// theme and notes, its tags, model and dilemma.
    public func compose(body: String, plan: Draft.Plan, library: PromptLibrary) -> Entry {
        var created = clock.now()
        if let date = plan.date.flatMap(CalendarDate.init(iso:)), date != created.date { created = created.moved(to: date) }
        var entry = Entry(id: "", created: created, body: body)
        if let id = plan.prompt, case .prompt(let prompt, let theme, let question)? = library.item(withID: id) {
            entry.prompt = prompt.id
            entry.question = question.id
            entry.themes = [theme.id]
            entry.sources = prompt.sources
        }
        entry.tags = plan.tags
        entry.dilemma = plan.dilemma
        entry.focus = plan.focus
        entry.stage = plan.focus == nil ? nil : plan.stage
        if plan.model != ReflectiveModel.free.rawValue || plan.prompt != nil { entry.model = plan.model }
        return entry
    }

    /// What saving an edit did.
    public enum EditResult: Equatable, Sendable {
        /// The text was not changed; the draft is removed.
        case unchanged
        case updated(Entry)
    }

    /// Saves an edited entry file: only if it changed, still reads as an
    /// entry, and was not changed by anyone else meanwhile (checked under the
    /// journal lock together with the rename). The draft is removed once saved.
    ///
    /// - Throws: `JournalError.changedMeanwhile`, `.unreadableEntry` for an
    ///   edit that no longer parses, or a file-system error; the draft stays.
    public func finishEdit(_ draft: Draft, edited: String, entryPath path: String) throws(JournalError) -> EditResult {
        guard let original = draft.plan.original else { throw .changedMeanwhile(path: path) }
        if edited == original {
            removeDraft(draft)
            return .unchanged
        }
        var entry: Entry
        do {
            entry = try EntryFile.parse(Array(edited.utf8), path: draft.path, fallbackID: Self.id(fromPath: path))
        } catch {
            throw .unreadableEntry(error)
        }
        entry.id = Self.id(fromPath: path)
        entry.updated = clock.now()
        try replace(entry, at: path, expecting: Array(original.utf8))
        removeDraft(draft)
        return .updated(entry)
    }
}
