/// `reflect plan`: the plan as it stands.
struct PlanShow: Command {
    static let spec = CommandSpec("plan",
                                  summary: "Show or change the plan: normal rotation, a focus, which days.", formats: [.text, .json],
                                  discussion: "Examples:\n  reflect plan\n  reflect plan focus resilience --days 21\n  reflect plan days mon,tue,wed,thu,fri\n  reflect plan rotate")

    init(_ arguments: inout Arguments) throws(UsageError) {}

    func run(_ context: RunContext) throws -> Outcome {
        let journal = try context.journalOrEmpty()
        return Outcome(.plan(PlanReport(plan: try journal.loadPlan(), today: context.today, journal: journal)))
    }
}

/// `reflect plan rotate`: back to the normal rotation; ends any focus.
struct PlanRotate: Command {
    static let spec = CommandSpec("plan rotate", summary: "Back to the normal rotation through every theme: ends any focus.",
                                  options: [PlanChange.from], formats: [.text, .json])

    var change: PlanChange

    init(_ arguments: inout Arguments) throws(UsageError) { change = try PlanChange(&arguments) }

    func run(_ context: RunContext) throws -> Outcome {
        try change.apply(context) { period, _ in period.focus = nil }
    }
}

/// When a plan change takes effect: today, or the day `--from` names, never
/// a day before today (the days before keep what they showed).
struct PlanChange {
    static let from = OptionSpec("from", value: "DATE", help: "The first day the change applies to (default today; monday is the next one).")

    var from: DateArgument?

    init(_ arguments: inout Arguments) throws(UsageError) { from = try arguments.date(Self.from, direction: .forward) }

    /// The first day of the change: by default today, or tomorrow once
    /// today's prompt was answered or skipped (today keeps it).
    func start(_ context: RunContext) throws -> CalendarDate {
        guard let from else {
            let recorded = try context.journalOrEmpty().loadLedger()[context.today] != nil
            return recorded ? context.today.adding(days: 1) : context.today
        }
        let start = from.resolve(today: context.today)
        if start < context.today {
            throw CommandFailure("a plan change applies from today or later, not \(start): the days before keep what they showed")
        }
        return start
    }

    /// Changes the plan from the start day on, under the journal lock.
    func apply(_ context: RunContext, _ change: @escaping (inout Plan.Period, CalendarDate) -> Void) throws -> Outcome {
        let start = try self.start(context)
        let journal = try context.journal()
        let plan = try journal.updatePlan { (plan: inout Plan) throws(JournalError) in plan.change(from: start) { change(&$0, start) } }
        let when: String
        if start == context.today {
            when = "The change applies from today."
        } else if start == context.today.adding(days: 1), from == nil {
            when = "The change applies from tomorrow: today's prompt was answered or skipped, and today keeps it."
        } else {
            when = "The change applies from \(start); the days before keep their plan."
        }
        return Outcome(.plan(PlanReport(plan: plan, today: context.today, journal: journal, change: when)))
    }
}

/// `reflect plan focus ID`: six days in seven on one question or theme, through a model's stages.
struct PlanFocus: Command {
    static let days = OptionSpec("days", value: "N", help: "How many days (default 14).")
    static let model = OptionSpec("model", value: "MODEL", choices: ["gibbs", "driscoll"], help: "gibbs (default) or driscoll.")
    static let spec = CommandSpec("plan focus", arguments: "ID", positionals: 1...1, completes: [.ids([.question, .theme, .dilemma])],
                                  summary: "Focus on one question, theme or dilemma of yours for a while, through a reflective model's stages.",
                                  options: [days, model, PlanChange.from], formats: [.text, .json],
                                  discussion: """
                                  ID is a question or theme id, or a dilemma's id (or a unique start of one). A focus on a dilemma draws each \
                                  day's prompt from the three themes that best match it when the focus begins, and files each day's entry \
                                  under the dilemma.

                                  Examples:
                                    reflect plan focus resilience --days 21
                                    reflect plan focus compassion-humanity --model driscoll
                                    reflect plan focus d20261126-kfqm --days 14
                                  """)

    var id: String
    var days: Int
    var model: ReflectiveModel
    var change: PlanChange

    init(_ arguments: inout Arguments) throws(UsageError) {
        id = arguments.positionals[0]
        days = try arguments.number(Self.days, in: 1...366) ?? 14
        model = try arguments.choice(Self.model).flatMap(ReflectiveModel.init(rawValue:)) ?? .gibbs
        change = try PlanChange(&arguments)
    }

    func run(_ context: RunContext) throws -> Outcome {
        let library = context.library
        var focus = Plan.Focus(id: id, model: model, start: Plan.defaultEpoch, days: days)
        switch library.item(withID: id) {
        case .question?, .theme?: break
        default:
            guard DilemmaID.isPrefix(id) else {
                let candidates = library.questions.map(\.id) + library.questions.flatMap { $0.themes.map(\.id) }
                throw CommandFailure.unknown(id, kind: "question or theme", candidates: candidates)
            }
            // One's own dilemma: its best-matching themes now, kept in the plan.
            let journal = try context.journal()
            let dilemma = try journal.readDilemma(path: try journal.resolveDilemma(id))
            guard dilemma.isOpen else {
                throw CommandFailure("dilemma \(dilemma.id) is closed, so it cannot be a focus: reopen it first with 'reflect dilemma reopen \(dilemma.id)'")
            }
            let filed = journal.entries(filedUnder: dilemma.id) { _ in }.map(\.entry)
            let themes = WorkshopThemes.bestMatching(dilemma.titleAndDescription, filed: filed, in: library).map(\.theme.id)
            guard !themes.isEmpty else {
                throw CommandFailure("nothing in the workshop's themes matches \(dilemma.id) yet: describe it ('reflect dilemma edit \(dilemma.id)') "
                                     + "or write on it ('reflect write --dilemma \(dilemma.id)'), then focus on it")
            }
            focus.id = dilemma.id
            focus.themes = themes
            focus.title = dilemma.title
        }
        return try change.apply(context) { period, start in
            var started = focus
            started.start = start.description
            period.focus = started
        }
    }
}

/// `reflect plan days DAYS`: which weekdays have a prompt.
struct PlanDays: Command {
    static let spec = CommandSpec("plan days", arguments: "DAYS", positionals: 1...1, completes: [.words(["weekdays", "weekends", "all"] + Plan.weekdayNames)],
                                  summary: "Which days have a prompt: mon,tue,..., weekdays, weekends or all.",
                                  options: [PlanChange.from], formats: [.text, .json],
                                  discussion: "Examples:\n  reflect plan days mon,tue,wed,thu,fri\n  reflect plan days weekdays\n  reflect plan days all")

    var days: [Int]?
    var change: PlanChange

    init(_ arguments: inout Arguments) throws(UsageError) {
        change = try PlanChange(&arguments)
        let text = arguments.positionals[0]
        // nil is every day; an empty list is a word that names no day.
        let days = Plan.parseDays(text)
        if let days, days.isEmpty {
            throw .invalidValue(option: "plan days", value: text, expected: "days such as mon,tue,wed,thu,fri, or all, weekdays, weekends")
        }
        self.days = days
    }

    func run(_ context: RunContext) throws -> Outcome {
        let days = self.days
        return try change.apply(context) { period, _ in period.days = days }
    }
}
