/// `reflect write`: a new entry, in the person's editor or from `-m`,
/// `--file` or standard input.
struct Write: Command {
    static let prompt = OptionSpec("prompt", value: "ID", completes: .ids([.prompt]), help: "Answer this prompt.")
    static let today = OptionSpec("today", help: "Answer today's prompt.")
    static let model = OptionSpec("model", value: "MODEL", choices: ReflectiveModel.allCases.map(\.rawValue),
                                  help: "Headings of a reflective model: driscoll, gibbs, kolb or free.")
    static let tag = OptionSpec("tag", value: "TAG", repeatable: true, help: "Tag the entry (repeatable); #tags in the text count too.")
    static let date = OptionSpec("date", value: "DATE", help: "Date the entry (YYYY-MM-DD, today, yesterday, monday, 3d).")
    static let force = OptionSpec("force", help: "Accept a --date after tomorrow.")
    static let message = OptionSpec("message", short: "m", value: "TEXT", help: "The entry's text.")
    static let file = OptionSpec("file", value: "PATH", completes: .file, help: "Read the text from a file ('-' for standard input).")
    static let resume = OptionSpec("resume", help: "Continue a draft an editor session left: on a terminal, asks which if there are several; otherwise the newest.")
    static let draft = OptionSpec("draft", value: "ID", completes: .ids([.draft]), help: "Continue this draft (its id or a unique start of one); implies --resume.")
    static let dilemma = OptionSpec("dilemma", value: "ID", completes: .ids([.dilemma]), help: "File the entry under this open dilemma (its id or a unique start of one); Driscoll's headings unless --prompt or --model.")
    static let spec = CommandSpec("write", summary: "Write a journal entry, in your editor or from -m, --file or standard input.",
                                  options: [prompt, today, model, tag, date, force, message, file, resume, draft, dilemma], formats: [.text, .json],
                                  discussion: "A text an editor session did not save is kept as a draft; 'reflect check' mentions drafts untouched for over 30 days.\n\nExamples:\n  reflect write --today\n  reflect write --prompt compassion-humanity-p1 --model gibbs\n  reflect write -m 'Listened more than I spoke today. #feedback'\n  reflect write --resume\n  reflect write --draft 20261126-0930\n  reflect write --dilemma d20261126\n  id=$(reflect write -m 'Words.' --json | jq -r .id)")

    var prompt: String?
    var answerToday = false
    var model: ReflectiveModel?
    var tags: [String] = []
    var date: DateArgument?
    var force = false
    var message: String?
    var file: String?
    var resume = false
    /// The draft `--draft` names.
    var draft: String?
    /// The dilemma `--dilemma` names (an id or prefix).
    var dilemma: String?

    init(_ arguments: inout Arguments) throws(UsageError) {
        prompt = arguments.value(Self.prompt)
        answerToday = arguments.flag(Self.today)
        model = try arguments.choice(Self.model).flatMap(ReflectiveModel.init(rawValue:))
        tags = try arguments.tags(Self.tag)
        date = try arguments.date(Self.date)
        force = arguments.flag(Self.force)
        message = arguments.value(Self.message)
        file = arguments.value(Self.file)
        draft = arguments.value(Self.draft)
        resume = arguments.flag(Self.resume) || draft != nil
        dilemma = arguments.value(Self.dilemma)
        if prompt != nil, answerToday { throw .conflictingOptions("--prompt", "--today") }
        if message != nil, file != nil { throw .conflictingOptions("-m", "--file") }
        if resume, message != nil || file != nil || prompt != nil || answerToday || dilemma != nil { throw .conflictingOptions(draft != nil ? "--draft" : "--resume", "a new entry's options") }
    }

    func run(_ context: RunContext) throws -> Outcome {
        // A typo guard: 2062 for 2026.
        let day = date?.resolve(today: context.today)
        if let day, day > context.today.adding(days: 1), !force {
            throw CommandFailure("\(day) is after tomorrow: if you mean it, add --force")
        }
        let journal = try context.journal()
        let library = context.library
        try journal.checkWritable()
        if resume {
            guard let draft = try pickDraft(journal, context) else { return Outcome(.nothing, note: "Nothing resumed.\n") }
            return try EditorSession.run(on: draft, journal: journal, context: context)
        }
        // What is being answered, and on a focus day the stage written.
        var placed: PlacedPrompt?
        var focusStage: (id: String, number: Int, model: ReflectiveModel)?
        if let id = prompt {
            guard case .prompt(let prompt, let theme, let question)? = library.item(withID: id) else {
                if let item = library.item(withID: id) {
                    let option = item.kind == "question" ? "question" : "theme"
                    let target = item.kind == "note" ? item.theme?.id ?? id : id
                    throw CommandFailure("'\(id)' is a \(item.kind), not a prompt; see 'reflect prompts --\(option) \(target)'")
                }
                throw CommandFailure.unknown(id, kind: "prompt", candidates: library.placedPrompts.map(\.prompt.id))
            }
            placed = PlacedPrompt(prompt: prompt, theme: theme, question: question)
        } else if answerToday {
            let date = day ?? context.today
            let schedule = try DailySchedule(journal: journal, library: library, today: context.today)
            guard let pick = schedule.pick(date) else {
                throw CommandFailure("there is no prompt on \(date): your plan leaves \(TextLayout.weekdays[date.weekday]) out")
            }
            placed = pick.prompt
            // A focus day writes the focus's stage, in its model.
            if case .focus(_, let number, _, let focusModel) = pick.reason, let focus = schedule.plan.setting(on: date).focus {
                focusStage = (focus.id, number, focusModel)
            }
        }
        // Filed under a dilemma: it must be open (checked again, under the lock, when the entry is saved).
        // A day of a focus on a dilemma files the entry under it while it is open.
        var filedUnder: Dilemma?
        if dilemma == nil, let focusID = focusStage?.id, DilemmaID.isPrefix(focusID),
           let found = try? journal.readDilemma(path: try journal.resolveDilemma(focusID)) {
            // A focus day of a dilemma closed since is refused as --dilemma is: its entries belong under it.
            guard found.isOpen else {
                throw CommandFailure("this is a focus day of dilemma \(found.id), which is closed: 'reflect dilemma reopen \(found.id)' goes back to it, "
                                     + "'reflect plan rotate' ends the focus, or write without --today")
            }
            filedUnder = found
        }
        if let dilemma {
            let found = try journal.readDilemma(path: try journal.resolveDilemma(dilemma))
            guard found.isOpen else { throw JournalError.dilemmaClosed(id: found.id) }
            filedUnder = found
        }
        // With no prompt, a dilemma is written on in Driscoll's headings, and in the editor
        // the workshop offers a prompt from the themes that best match it.
        let model = self.model ?? focusStage?.model ?? (placed == nil && filedUnder == nil ? .free : .driscoll)
        // The text: -m, --file, piped standard input, or the editor.
        var bytes: [UInt8]?
        var origin = "the text"
        if let message {
            bytes = Array(message.utf8)
            origin = "-m"
        } else if let file {
            bytes = file == "-" ? context.readStandardInput() : try FileSystem.readGiven(file)
            if let read = bytes, read.count > FileSystem.readLimit {
                throw FileSystemError.tooLarge(file == "-" ? "standard input" : file)
            }
            origin = file == "-" ? "standard input" : file
        } else if !context.stdinIsTerminal {
            bytes = context.readStandardInput()
            if let read = bytes, read.count > FileSystem.readLimit { throw FileSystemError.tooLarge("standard input") }
            origin = "standard input"
        }
        var plan = Draft.Plan(prompt: placed?.prompt.id, model: model.rawValue, tags: tags, date: day?.description,
                              template: "", editing: nil, original: nil, focus: focusStage?.id, stage: focusStage?.number, dilemma: filedUnder?.id)
        guard let bytes else {
            // With the automatic sync on, the other devices' changes before the editor opens.
            let pulled = context.pullBeforeEditing(journal)
            let notes = placed.map { library.citedNotes(of: $0) } ?? []
            // An entry that cannot be read only leaves its words out of the match.
            let offer = placed == nil ? filedUnder.flatMap { dilemma in
                WorkshopThemes.offeredPrompt(dilemma.titleAndDescription, filed: journal.entries(filedUnder: dilemma.id) { _ in }.map(\.entry), in: library)
            } : nil
            plan.template = EntryTemplate.make(prompt: placed, notes: notes, askedBy: placed.map { LibraryText(library).askedBy($0.question) },
                                               model: model, stage: focusStage.flatMap { $0.model == model ? $0.number : nil }, dilemma: filedUnder,
                                               offer: offer)
            let draft = try journal.createDraft(text: plan.template, plan: plan)
            var outcome = try EditorSession.run(on: draft, journal: journal, context: context)
            outcome.warnings = pulled + outcome.warnings
            return outcome
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw JournalError.invalidUTF8(source: origin) }
        guard !text.trimmed.isEmpty else { throw JournalError.emptyText }
        if let line = ByteSearch.lineOfFirstNUL(bytes) { try EditorSession.refuseNUL(text, origin: origin, line: line, plan: plan, journal: journal) }
        return try EditorSession.save(body: text.trimmed + "\n", plan: plan, draft: nil, journal: journal, context: context)
    }

    /// The draft to resume: the one `--draft` names; on a terminal with
    /// several, the one the person picks from a list (nil if they answer
    /// nothing at all); otherwise the newest.
    func pickDraft(_ journal: Journal, _ context: RunContext) throws -> Draft? {
        if let draft { return try journal.resolveDraft(draft) }
        let drafts = journal.drafts()
        guard let newest = drafts.first else { throw CommandFailure("there is no draft to resume in \(journal.draftsFolder)") }
        guard drafts.count > 1, context.stdinIsTerminal else { return newest }
        var question = "Drafts, newest first:\n"
        for (number, draft) in drafts.enumerated() {
            question += "  \(number + 1)  \(draft.begun)  \(journal.firstWords(of: draft))\n"
        }
        question += "Which draft? [1-\(drafts.count), Enter for 1] "
        guard let answer = context.ask(question)?.trimmed else { return nil }
        if answer.isEmpty { return newest }
        if let number = Int(answer), (1...drafts.count).contains(number) { return drafts[number - 1] }
        if !answer.allSatisfy(\.isNumber), let named = try? journal.resolveDraft(answer) { return named }
        throw CommandFailure("'\(answer)' is not a draft from 1 to \(drafts.count); nothing was resumed")
    }
}
