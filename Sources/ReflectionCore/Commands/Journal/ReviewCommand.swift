/// `reflect review`: the journal over a period against the workshop's themes.
struct ReviewCommand: Command {
    static let since = OptionSpec("since", value: "DATE", help: "From DATE (default: the last 28 days).")
    static let until = OptionSpec("until", value: "DATE", help: "Through DATE (default today).")
    static let week = OptionSpec("week", help: "This calendar week, Monday to Sunday (with --since: the week of that day).")
    static let month = OptionSpec("month", value: "YYYY-MM", help: "A calendar month (default this one).", valueIsOptional: true)
    static let year = OptionSpec("year", value: "YYYY", help: "A calendar year (default this one).", valueIsOptional: true)
    static let pagesOutput = true
    static let theme = OptionSpec("theme", value: "ID", completes: .ids([.theme]), help: "Only this theme, set beside what the workshop said on it.")
    static let question = OptionSpec("question", value: "ID", completes: .ids([.question]), help: "Only this question's themes, set beside what the workshop said.")
    static let dilemma = OptionSpec("dilemma", value: "ID", completes: .ids([.dilemma]), help: "Only the entries filed under this dilemma (its id or a unique start of one).")
    static let output = OptionSpec("output", short: "o", value: "FILE", completes: .file, help: "Write the review to FILE (atomically, 0600) instead of standard output.")
    static let spec = CommandSpec("review", summary: "Review your entries over a period against the workshop's themes.",
                                  options: [since, until, week, month, year, theme, question, dilemma, output], formats: [.text, .markdown, .json, .html],
                                  discussion: """
                                  The review shows what you wrote about (each question and theme, with entries linked by their prompt or 'reflect link', \
                                  and entries the matcher suggests, marked with their score), the blind spots (themes with no entry, the longest \
                                  untouched first, each with a prompt to start on), the rhythm of your writing (days reflected, a calendar of the \
                                  weeks), your tags, your actions, open ones first, and your open dilemmas with their latest entry.

                                  Examples:
                                    reflect review
                                    reflect review --month 2026-11
                                    reflect review --week --format markdown
                                    reflect review --theme compassion-humanity
                                    reflect review --dilemma d20261126 --since 2026-11-01
                                    reflect review --year --format html --output review.html
                                  """)

    var since: DateArgument?
    var until: DateArgument?
    var week: Bool
    var month: String?
    var year: String?
    var theme: String?
    var question: String?
    var dilemma: String?
    var output: String?

    init(_ arguments: inout Arguments) throws(UsageError) {
        since = try arguments.date(Self.since)
        until = try arguments.date(Self.until)
        week = arguments.flag(Self.week)
        month = arguments.value(Self.month)
        year = arguments.value(Self.year)
        theme = arguments.value(Self.theme)
        question = arguments.value(Self.question)
        dilemma = arguments.value(Self.dilemma)
        output = arguments.value(Self.output)
        let periods = [week ? "--week" : nil, month.map { _ in "--month" }, year.map { _ in "--year" }].compactMap { $0 }
        if periods.count > 1 { throw .conflictingOptions(periods[0], periods[1]) }
        if let calendar = periods.first, until != nil { throw .conflictingOptions(calendar, "--until") }
        if let calendar = periods.first, calendar != "--week", since != nil { throw .conflictingOptions(calendar, "--since") }
        if theme != nil, question != nil { throw .conflictingOptions("--theme", "--question") }
        if dilemma != nil, theme != nil || question != nil { throw .conflictingOptions("--dilemma", theme != nil ? "--theme" : "--question") }
        if let month, !month.isEmpty, Self.yearMonth(month) == nil {
            throw .invalidValue(option: "--month", value: month, expected: "a month as YYYY-MM, such as 2026-11")
        }
        if let year, !year.isEmpty, Self.calendarYear(year) == nil {
            throw .invalidValue(option: "--year", value: year, expected: "a year as YYYY, such as 2026")
        }
        if output == "" { throw .missingValue(option: "--output", placeholder: "FILE", command: Self.spec.name) }
    }

    static func yearMonth(_ text: String) -> (year: Int, month: Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
              (1...12).contains(month), year >= 1 else { return nil }
        return (year, month)
    }

    static func calendarYear(_ text: String) -> Int? {
        guard text.count == 4, let year = Int(text), year >= 1 else { return nil }
        return year
    }

    /// The period the options name, dates resolved against today.
    func period(today: CalendarDate) throws(UsageError) -> Review.Period {
        // A calendar period still running ends today: the days to come have nothing to show yet.
        func upToToday(_ period: Review.Period) -> Review.Period {
            var period = period
            if period.since <= today, period.until > today { period.until = today }
            return period
        }
        if week { return upToToday(.week(of: since?.resolve(today: today) ?? today)) }
        if let month {
            let (y, m) = month.isEmpty ? (today.year, today.month) : (Self.yearMonth(month) ?? (today.year, today.month))
            if let period = Review.Period.month(year: y, month: m) { return upToToday(period) }
        }
        if let year, let period = Review.Period.year(year.isEmpty ? today.year : (Self.calendarYear(year) ?? today.year)) { return upToToday(period) }
        let end = until?.resolve(today: today) ?? today
        let start = since?.resolve(today: today) ?? end.adding(days: -27)
        guard start <= end else {
            throw .invalidValue(option: "--since", value: start.description, expected: until == nil ? "a day on or before today (\(end))" : "a day on or before --until (\(end))")
        }
        let name = since == nil && until == nil ? "the last 28 days" : "\(TextLayout.longDate(start)) to \(TextLayout.longDate(end))"
        return Review.Period(since: start, until: end, name: name)
    }

    func run(_ context: RunContext) throws -> Outcome {
        let library = context.library
        var focus: LibraryItem?
        for (id, kind) in [(theme, "theme"), (question, "question")] {
            guard let id else { continue }
            guard let item = library.item(withID: id) else { throw CommandFailure.unknown(id, kind: kind, candidates: library.allIDs) }
            guard item.kind == kind else { throw CommandFailure("\(id) is a \(item.kind), not a \(kind): use --\(item.kind) \(id)") }
            focus = item
        }
        let period = try self.period(today: context.today)
        // A journal not yet begun has nothing to review, and says so in the review itself.
        let journal = try context.journalOrEmpty()
        let dilemmaID = try dilemma.map { (prefix: String) throws(JournalError) -> String in Journal.id(fromPath: try journal.resolveDilemma(prefix)) }
        let review = Review(journal: journal, library: library, period: period, today: context.today, focus: focus, dilemma: dilemmaID)
        var outcome = Outcome(.review(review), warnings: review.unreadable.map { "cannot read \($0.path): \($0.error); left out of the review" },
                              status: review.unreadable.isEmpty ? nil : ExitCode.failure)
        outcome.outputFile = output
        if output != nil { outcome.note = "Wrote the review of \(period.name) to \(output ?? "").\n" }
        return outcome
    }
}
