/// Opening the person's editor on a draft, then saving what they wrote: the
/// part `write` and `edit` share. The editor runs with no lock held.
enum EditorSession {
    /// Runs the editor on a draft, then saves the new entry (or the edited
    /// one) or keeps the draft and says where it is.
    static func run(on draft: Draft, journal: Journal, context: RunContext) throws -> Outcome {
        let editor = Editor.command(environment: context.environment)
        let outcome = Editor.run(editor, file: draft.path)
        let kept = "Your text is kept in \(draft.path); continue with 'reflect write --draft \(draft.id)'."
        switch outcome {
        case .couldNotStart(let reason):
            throw CommandFailure("could not start the editor '\(editor)': \(reason). Nothing was saved. \(kept)")
        case .signalled:
            throw CommandFailure("the editor was interrupted. Nothing was saved. \(kept)", status: ExitCode.interrupted)
        case .exited(let status, _) where status != 0:
            let hint = status == 127 ? " (is '\(editor)' installed? Set VISUAL or EDITOR)" : ""
            throw CommandFailure("the editor '\(editor)' exited with status \(status)\(hint). Nothing was saved. \(kept)")
        case .exited(_, let seconds):
            let bytes: [UInt8]
            do { bytes = try FileSystem.read(draft.path) } catch { throw CommandFailure("\(error.description). \(kept)") }
            guard let edited = String(validating: bytes, as: UTF8.self) else {
                throw CommandFailure("the text is not valid UTF-8. Nothing was saved. \(kept)")
            }
            if let line = ByteSearch.lineOfFirstNUL(bytes) {
                throw CommandFailure("\(nulProblem("the text", line: line)). Nothing was saved. Your text is kept in \(draft.path); "
                                     + "remove the NUL byte and continue with 'reflect write --draft \(draft.id)'.")
            }
            let quick = seconds < 1
            if let path = draft.plan.editing {
                if draft.plan.editingDilemma == true { return try finishDilemmaEdit(draft, edited: edited, path: path, journal: journal, quick: quick) }
                return try finishEdit(draft, edited: edited, path: path, journal: journal, quick: quick)
            }
            guard let body = EntryTemplate.extract(from: edited, template: draft.plan.template) else {
                var message = "the entry is empty or unchanged. Nothing was saved. \(kept)"
                if quick {
                    message += "\nhint: the editor returned at once; a GUI editor must wait for the file to close (for example EDITOR='code --wait')."
                }
                throw CommandFailure(message)
            }
            return try save(body: body, plan: draft.plan, draft: draft, journal: journal, context: context)
        }
    }

    /// Why a text with a NUL byte is refused: an entry file is text, which
    /// grep would call binary and YAML readers refuse.
    static func nulProblem(_ origin: String, line: Int) -> String {
        "\(origin) holds a NUL byte (line \(line)), which an entry cannot hold"
    }

    /// Keeps a text that cannot be saved (a NUL byte from `-m`, `--file` or
    /// standard input) as a draft, and says where, so nothing typed is lost.
    /// - Throws: always: the refusal, or why the draft could not be kept.
    static func refuseNUL(_ text: String, origin: String, line: Int, plan: Draft.Plan, journal: Journal) throws -> Never {
        let draft = try journal.createDraft(text: text, plan: plan)
        throw CommandFailure("\(nulProblem(origin, line: line)); nothing was saved. Your text is kept in \(draft.path); "
                             + "remove the NUL byte and continue with 'reflect write --draft \(draft.id)'.")
    }

    /// A text from -m, --file or standard input that could not be saved (a
    /// full disk, a busy journal) is kept as a draft when it can be, so that
    /// nothing typed is lost; either way the person is told.
    static func keptAsDraft(_ text: String, plan: Draft.Plan, journal: Journal) -> String {
        do {
            let draft = try journal.createDraft(text: text, plan: plan)
            return ". Nothing was saved; your text is kept in \(draft.path); continue with 'reflect write --draft \(draft.id)'"
        } catch {
            return ". Nothing was saved, and the text could not be kept as a draft either (\(error.description))"
        }
    }

    /// Builds the entry a plan describes and saves it; the draft goes once it is saved.
    static func save(body: String, plan: Draft.Plan, draft: Draft?, journal: Journal, context: RunContext) throws -> Outcome {
        let entry = journal.compose(body: body, plan: plan, library: context.library)
        let saved: Entry, path: String
        do {
            // Filed under a dilemma: still open, checked under the lock the save holds.
            if let dilemma = entry.dilemma { (saved, path) = try journal.add(entry, underDilemma: dilemma) } else { (saved, path) = try journal.add(entry) }
            if let draft { journal.removeDraft(draft) }
        } catch {
            var kept = draft.map { ". Your text is kept in \($0.path)" }
            // A read-only journal takes no draft either, and its message already says nothing was written.
            if kept == nil, case .readOnly = error { kept = "" }
            throw CommandFailure(error.description + (kept ?? keptAsDraft(body, plan: plan, journal: journal)), status: error.status)
        }
        // A day whose prompt is answered keeps it, whatever changes later.
        // The entry is saved either way: a failure here is said, not an exit status.
        var warnings: [String] = []
        if saved.prompt != nil {
            do {
                let schedule = try DailySchedule(journal: journal, library: context.library, today: context.today)
                if let pick = schedule.pick(saved.created.date), pick.prompt.prompt.id == saved.prompt { try schedule.record([saved.created.date]) }
            } catch {
                warnings.append("the entry is saved, but the day it answers could not be recorded in \(journal.ledgerPath): \(error)")
            }
        }
        return Outcome(.saved(StoredEntry(entry: saved, path: path)), warnings: warnings, status: ExitCode.success)
    }

    /// Saves a dilemma's edited file (`dilemma edit`), keeping the draft when it cannot.
    static func finishDilemmaEdit(_ draft: Draft, edited: String, path: String, journal: Journal, quick: Bool) throws -> Outcome {
        let kept = "Your edit is kept in \(draft.path); continue with 'reflect write --draft \(draft.id)'."
        do {
            guard let dilemma = try journal.finishDilemmaEdit(draft, edited: edited, dilemmaPath: path) else {
                let hint = quick ? "\nhint: the editor returned at once; a GUI editor must wait (for example EDITOR='code --wait')." : ""
                return Outcome(.nothing, note: "No changes; \(Journal.id(fromPath: path)) is untouched.\(hint)\n")
            }
            return Outcome(.message("Updated \(dilemma.id) (\(path))\n"))
        } catch .unreadableDilemma(let error) {
            throw CommandFailure("the edited dilemma cannot be read: \(error.description). Nothing was saved. \(kept)")
        } catch {
            throw CommandFailure("\(error.description). \(kept)", status: error.status)
        }
    }

    static func finishEdit(_ draft: Draft, edited: String, path: String, journal: Journal, quick: Bool) throws -> Outcome {
        let kept = "Your edit is kept in \(draft.path)."
        do {
            switch try journal.finishEdit(draft, edited: edited, entryPath: path) {
            case .unchanged:
                let hint = quick ? "\nhint: the editor returned at once; a GUI editor must wait (for example EDITOR='code --wait')." : ""
                return Outcome(.nothing, note: "No changes; \(Journal.id(fromPath: path)) is untouched.\(hint)\n")
            case .updated(let entry):
                return Outcome(.message("Updated \(entry.id) (\(path))\n"))
            }
        } catch .unreadableEntry(let error) {
            throw CommandFailure("the edited entry cannot be read: \(error.description). Nothing was saved. \(kept)")
        } catch {
            throw CommandFailure("\(error.description). \(kept)", status: error.status)
        }
    }
}
