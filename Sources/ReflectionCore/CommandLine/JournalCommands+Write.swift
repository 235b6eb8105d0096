/// `reflect write` and `reflect edit`: the commands that take a person's words.
extension JournalCommands {
    func write(_ options: WriteOptions) -> CommandResult {
        do { try journal.checkWritable() } catch { return .failure(error.description) }
        if options.resume {
            guard let draft = journal.latestDraft() else { return .failure("there is no draft to resume in \(journal.draftsFolder)") }
            return runEditor(on: draft)
        }
        // What is being answered.
        var placed: PlacedPrompt?
        let day = options.date?.resolve(today: context.today)
        if let id = options.prompt {
            guard case .prompt(let prompt, let theme, let question)? = library.item(withID: id) else {
                let prompts = library.placedPrompts.map(\.prompt.id)
                if let item = library.item(withID: id) {
                    return .failure("'\(id)' is a \(item.kind), not a prompt; see 'reflect prompts --\(item.kind == "question" ? "question" : "theme") \(item.kind == "note" ? item.theme?.id ?? id : id)'")
                }
                return LibraryCommands(library: library, context: context).unknown(id, kind: "prompt", candidates: prompts)
            }
            placed = PlacedPrompt(prompt: prompt, theme: theme, question: question)
        } else if options.today {
            let date = day ?? context.today
            do {
                guard let pick = try DailySchedule(journal: journal, library: library, today: context.today).pick(date) else {
                    return .failure("there is no prompt on \(date): your plan leaves \(TextLayout.weekdays[date.weekday]) out")
                }
                placed = pick.prompt
            } catch {
                return .failure(error.description)
            }
        }
        let model = options.model ?? (placed == nil ? .free : .driscoll)
        // The text: -m, --file, piped standard input, or the editor.
        var bytes: [UInt8]?
        var origin = "the text"
        if let message = options.message {
            bytes = Array(message.utf8)
            origin = "-m"
        } else if let file = options.file {
            if file == "-" {
                bytes = context.readStandardInput()
                origin = "standard input"
            } else {
                do { bytes = try FileSystem.read(file) } catch { return .failure(error.description) }
                origin = file
            }
        } else if !context.stdinIsTerminal {
            bytes = context.readStandardInput()
            origin = "standard input"
        }
        let plan = Draft.Plan(prompt: placed?.prompt.id, model: model.rawValue, tags: options.tags, date: day?.description,
                              template: "", editing: nil, original: nil)
        guard let bytes else {
            let notes = placed.map { library.citedNotes(of: $0) } ?? []
            let template = EntryTemplate.make(prompt: placed, notes: notes, askedBy: placed.map { LibraryText(library).askedBy($0.question) }, model: model)
            var draftPlan = plan
            draftPlan.template = template
            do {
                let draft = try journal.createDraft(text: template, plan: draftPlan, now: context.now())
                return runEditor(on: draft)
            } catch {
                return .failure(error.description)
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { return .failure(JournalError.invalidUTF8(source: origin).description) }
        guard !text.trimmed.isEmpty else { return .failure(JournalError.emptyText.description) }
        return save(body: text.trimmed + "\n", plan: plan, draft: nil)
    }

    /// Builds the entry a plan describes and saves it.
    func save(body: String, plan: Draft.Plan, draft: Draft?) -> CommandResult {
        var created = context.now()
        if let date = plan.date.flatMap(CalendarDate.init(iso:)), date != created.date { created = created.moved(to: date) }
        var entry = Entry(id: "", created: created, body: body)
        if let id = plan.prompt, case .prompt(let prompt, let theme, let question)? = library.item(withID: id) {
            entry.prompt = prompt.id
            entry.question = question.id
            entry.themes = [theme.id]
            entry.sources = prompt.sources
        }
        entry.tags = plan.tags
        if plan.model != ReflectiveModel.free.rawValue || plan.prompt != nil { entry.model = plan.model }
        do {
            let (saved, path) = try journal.add(entry)
            if let draft { journal.removeDraft(draft) }
            return CommandResult(stdout: "Saved \(saved.id) (\(path))\n")
        } catch {
            return .failure(error.description + (draft.map { ". Your text is kept in \($0.path)" } ?? ""))
        }
    }

    /// Opens the editor on a draft, then saves the entry or keeps the draft.
    func runEditor(on draft: Draft) -> CommandResult {
        let editor = Editor.command(environment: context.environment)
        let outcome = Editor.run(editor, file: draft.path)
        let kept = "Your text is kept in \(draft.path); continue with 'reflect write --resume'."
        switch outcome {
        case .couldNotStart(let reason):
            return .failure("could not start the editor '\(editor)': \(reason). Nothing was saved. \(kept)")
        case .signalled:
            return .failure("the editor was interrupted. Nothing was saved. \(kept)", status: ExitCode.interrupted)
        case .exited(let status, _) where status != 0:
            let hint = status == 127 ? " (is '\(editor)' installed? Set VISUAL or EDITOR)" : ""
            return .failure("the editor '\(editor)' exited with status \(status)\(hint). Nothing was saved. \(kept)")
        case .exited(_, let seconds):
            let bytes: [UInt8]
            do { bytes = try FileSystem.read(draft.path) } catch { return .failure("\(error.description). \(kept)") }
            guard let edited = String(validating: bytes, as: UTF8.self) else {
                return .failure("the text is not valid UTF-8. Nothing was saved. \(kept)")
            }
            if let id = draft.plan.editing { return finishEdit(draft, edited: edited, entryID: id, seconds: seconds) }
            guard let body = EntryTemplate.extract(from: edited, template: draft.plan.template) else {
                var message = "the entry is empty or unchanged. Nothing was saved. \(kept)"
                if seconds < 1 {
                    message += "\nhint: the editor returned at once; a GUI editor must wait for the file to close (for example EDITOR='code --wait')."
                }
                return .failure(message)
            }
            return save(body: body, plan: draft.plan, draft: draft)
        }
    }

    func edit(_ id: String) -> CommandResult {
        let path: String
        let original: [UInt8]
        do {
            try journal.checkWritable()
            path = try journal.resolve(id)
            // An entry that cannot be read is never rewritten.
            _ = try journal.read(path: path)
        } catch {
            return .failure(error.description)
        }
        do { original = try FileSystem.read(path) } catch { return .failure(error.description) }
        let text = String(decoding: original, as: UTF8.self)
        let plan = Draft.Plan(prompt: nil, model: "", tags: [], date: nil, template: text, editing: path, original: text)
        do {
            let draft = try journal.createDraft(text: text, plan: plan, now: context.now())
            return runEditor(on: draft)
        } catch {
            return .failure(error.description)
        }
    }

    /// Saves an edited entry file: only if it changed, still reads as an
    /// entry, and was not changed by someone else meanwhile.
    func finishEdit(_ draft: Draft, edited: String, entryID path: String, seconds: Double) -> CommandResult {
        let kept = "Your edit is kept in \(draft.path)."
        if edited == draft.plan.original {
            journal.removeDraft(draft)
            let hint = seconds < 1 ? "\nhint: the editor returned at once; a GUI editor must wait (for example EDITOR='code --wait')." : ""
            return CommandResult(stderr: "No changes; \(Journal.id(fromPath: path)) is untouched.\(hint)\n")
        }
        guard let current = try? FileSystem.read(path), String(decoding: current, as: UTF8.self) == draft.plan.original else {
            return .failure("\(path) changed while you were editing it; it was not overwritten. \(kept)")
        }
        var entry: Entry
        do {
            entry = try EntryFile.parse(Array(edited.utf8), path: draft.path, fallbackID: Journal.id(fromPath: path))
        } catch {
            return .failure("the edited entry cannot be read: \(error.description). Nothing was saved. \(kept)")
        }
        entry.id = Journal.id(fromPath: path)
        entry.updated = context.now()
        do {
            try journal.replace(entry, at: path)
        } catch {
            return .failure("\(error.description). \(kept)")
        }
        journal.removeDraft(draft)
        return CommandResult(stdout: "Updated \(entry.id) (\(path))\n")
    }
}
