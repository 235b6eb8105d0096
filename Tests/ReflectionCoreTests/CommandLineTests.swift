import Foundation
import Testing
@testable import ReflectionCore

/// The argument parser is a pure function: table-tested without a process.
/// A parse is compared through the parsed command's description, which
/// names every typed option it holds.
@Suite struct CommandLineTests {
    /// The command a line parses to, as `Type(field: value, ...)`, with its format and library.
    static func parsed(_ arguments: [String]) throws -> String {
        let invocation = try Invocation.parse(arguments)
        let command = String(describing: invocation.command).replacing("ReflectionCore.", with: "")
        return "\(command) \(invocation.format)" + (invocation.library.map { " library=\($0)" } ?? "")
    }

    @Test(arguments: [
        ([], "Help(topic: nil) text"),
        (["--help"], "Help(topic: nil) text"),
        (["-h"], "Help(topic: nil) text"),
        (["--version"], "Version() text"),
        (["version"], "Version() text"),
        (["help", "today"], "Help(topic: Optional(\"today\")) text"),
        (["help", "plan", "focus"], "Help(topic: Optional(\"plan focus\")) text"),
        (["today", "--help"], "Help(topic: Optional(\"today\")) text"),
        (["plan", "focus", "--help"], "Help(topic: Optional(\"plan focus\")) text"),
        (["themes", "-h"], "Help(topic: Optional(\"themes\")) text"),
        (["today"], "Today(date: nil, ifUnanswered: false, followUp: true) text"),
        (["today", "--json"], "Today(date: nil, ifUnanswered: false, followUp: true) json"),
        (["today", "--format", "json"], "Today(date: nil, ifUnanswered: false, followUp: true) json"),
        (["today", "--date", "2026-12-01"], "Today(date: Optional(DateArgument.date(2026-12-01)), ifUnanswered: false, followUp: true) text"),
        (["today", "--date=2026-12-01", "--json"], "Today(date: Optional(DateArgument.date(2026-12-01)), ifUnanswered: false, followUp: true) json"),
        (["today", "--date", "yesterday", "--if-unanswered"], "Today(date: Optional(DateArgument.yesterday), ifUnanswered: true, followUp: true) text"),
        (["skip", "--date", "3d"], "SkipDay(date: Optional(DateArgument.daysAgo(3)), force: false, undo: false) text"),
        (["skip", "--date", "Tomorrow"], "SkipDay(date: Optional(DateArgument.tomorrow), force: false, undo: false) text"),
        (["today", "--date", "MON"], "Today(date: Optional(DateArgument.weekday(0, DateArgument.Direction.back)), ifUnanswered: false, followUp: true) text"),
        (["schedule", "--from", "sunday"],
         "ScheduleForecast(from: Optional(DateArgument.weekday(6, DateArgument.Direction.forward)), days: 14, reminder: false, time: nil, alarm: 0, calendar: false) text"),
        (["plan", "focus", "resilience", "--from", "Wed"],
         "PlanFocus(id: \"resilience\", days: 14, model: ReflectiveModel.gibbs, change: PlanChange(from: Optional(DateArgument.weekday(2, DateArgument.Direction.forward)))) text"),
        (["write", "--date", "friday", "--force", "-m", "x"],
         "Write(prompt: nil, answerToday: false, model: nil, tags: [], date: Optional(DateArgument.weekday(4, DateArgument.Direction.back)), force: true, message: Optional(\"x\"), file: nil, resume: false, draft: nil, dilemma: nil) text"),
        (["schedule", "--days", "7", "--from", "2w"],
         "ScheduleForecast(from: Optional(DateArgument.daysAgo(14)), days: 7, reminder: false, time: nil, alarm: 0, calendar: false) text"),
        (["schedule", "--ics", "--time", "07:30", "--alarm", "5"],
         "ScheduleForecast(from: nil, days: 14, reminder: false, time: Optional((hour: 7, minute: 30)), alarm: 5, calendar: true) ics"),
        (["schedule", "--format", "ics"], "ScheduleForecast(from: nil, days: 14, reminder: false, time: nil, alarm: 0, calendar: true) ics"),
        (["schedule", "--reminder"], "ScheduleForecast(from: nil, days: 14, reminder: true, time: nil, alarm: 0, calendar: true) ics"),
        (["plan"], "PlanShow() text"),
        (["plan", "--json"], "PlanShow() json"),
        (["plan", "rotate"], "PlanRotate(change: PlanChange(from: nil)) text"),
        (["plan", "focus", "resilience", "--days", "21", "--model", "Driscoll", "--from", "2026-12-01"],
         "PlanFocus(id: \"resilience\", days: 21, model: ReflectiveModel.driscoll, change: PlanChange(from: Optional(DateArgument.date(2026-12-01)))) text"),
        (["plan", "focus", "resilience"], "PlanFocus(id: \"resilience\", days: 14, model: ReflectiveModel.gibbs, change: PlanChange(from: nil)) text"),
        (["plan", "days", "weekdays"], "PlanDays(days: Optional([0, 1, 2, 3, 4]), change: PlanChange(from: nil)) text"),
        (["plan", "days", "mon,Wed,friday"], "PlanDays(days: Optional([0, 2, 4]), change: PlanChange(from: nil)) text"),
        (["plan", "days", "all"], "PlanDays(days: nil, change: PlanChange(from: nil)) text"),
        (["status", "--json"], "Status() json"),
        (["questions", "--json"], "Questions() json"),
        (["themes"], "Themes(question: nil) text"),
        (["themes", "resilience"], "Themes(question: Optional(\"resilience\")) text"),
        (["prompts", "--theme", "t", "--question=q"], "Prompts(question: Optional(\"q\"), theme: Optional(\"t\")) text"),
        (["source", "--", "--odd-id"], "SourceCommand(id: \"--odd-id\", listEntries: false, format: OutputFormat.text) text"),
        (["source", "x", "--json"], "SourceCommand(id: \"x\", listEntries: false, format: OutputFormat.json) json"),
        (["source", "x", "--entries"], "SourceCommand(id: \"x\", listEntries: true, format: OutputFormat.text) text"),
        (["write", "-m", "Words", "--tag", "#a", "--tag", "b", "--today"],
         "Write(prompt: nil, answerToday: true, model: nil, tags: [\"a\", \"b\"], date: nil, force: false, message: Optional(\"Words\"), file: nil, resume: false, draft: nil, dilemma: nil) text"),
        (["write", "--prompt", "p", "--model", "Gibbs", "--date", "2026-12-01", "--file=-"],
         "Write(prompt: Optional(\"p\"), answerToday: false, model: Optional(ReflectiveModel.gibbs), tags: [], date: Optional(DateArgument.date(2026-12-01)), force: false, message: nil, file: Optional(\"-\"), resume: false, draft: nil, dilemma: nil) text"),
        (["write", "--resume"], "Write(prompt: nil, answerToday: false, model: nil, tags: [], date: nil, force: false, message: nil, file: nil, resume: true, draft: nil, dilemma: nil) text"),
        (["write", "--draft", "2026"], "Write(prompt: nil, answerToday: false, model: nil, tags: [], date: nil, force: false, message: nil, file: nil, resume: true, draft: Optional(\"2026\"), dilemma: nil) text"),
        (["list", "-n", "10", "--since", "2w", "--theme", "t", "--tag", "a"],
         "List(filters: FilterOptions(limit: Optional(10), since: Optional(DateArgument.daysAgo(14)), until: nil, prompt: nil, question: nil, theme: Optional(\"t\"), tags: [\"a\"], dilemma: nil), format: OutputFormat.text) text"),
        (["list", "-n5", "--until", "yesterday", "--json"],
         "List(filters: FilterOptions(limit: Optional(5), since: nil, until: Optional(DateArgument.yesterday), prompt: nil, question: nil, theme: nil, tags: [], dilemma: nil), format: OutputFormat.json) json"),
        (["search", "long", "term", "-l", "--question", "q"],
         "Search(terms: \"long term\", filters: FilterOptions(limit: nil, since: nil, until: nil, prompt: nil, question: Optional(\"q\"), theme: nil, tags: [], dilemma: nil), idsOnly: true) text"),
        (["show", "2026", "--json"], "Show(id: \"2026\") json"),
        (["edit", "20261126"], "Edit(id: \"20261126\") text"),
        (["delete", "-f", "20261126"], "Delete(id: \"20261126\", force: true) text"),
        (["trash", "--json"], "Trash() json"),
        (["trash", "empty", "--older-than", "2w", "-f"], "TrashEmpty(olderThan: Optional(DateArgument.daysAgo(14)), force: true) text"),
        (["trash", "empty"], "TrashEmpty(olderThan: nil, force: false) text"),
        (["restore", "20261126"], "Restore(id: \"20261126\") text"),
        (["purge", "--force", "20261126"], "Purge(id: \"20261126\", force: true) text"),
        (["check"], "Check(fix: false) text"),
        (["import", "--from", "jrnl", "old.json"], "Import(source: \"jrnl\", file: \"old.json\") text"),
        (["export"], "Export(filters: FilterOptions(limit: nil, since: nil, until: nil, prompt: nil, question: nil, theme: nil, tags: [], dilemma: nil), output: nil) json"),
        (["export", "--format", "markdown"], "Export(filters: FilterOptions(limit: nil, since: nil, until: nil, prompt: nil, question: nil, theme: nil, tags: [], dilemma: nil), output: nil) markdown"),
        (["export", "--json"], "Export(filters: FilterOptions(limit: nil, since: nil, until: nil, prompt: nil, question: nil, theme: nil, tags: [], dilemma: nil), output: nil) json"),
        (["export", "--format", "markdown", "--since", "2026-11-01", "--question", "q", "--tag", "a"],
         "Export(filters: FilterOptions(limit: nil, since: Optional(DateArgument.date(2026-11-01)), until: nil, prompt: nil, question: Optional(\"q\"), theme: nil, tags: [\"a\"], dilemma: nil), output: nil) markdown"),
        (["--library", "l.json", "questions"], "Questions() text library=l.json"),
        (["--library=l.json", "today"], "Today(date: nil, ifUnanswered: false, followUp: true) text library=l.json"),
        (["questions", "--library", "l.json"], "Questions() text library=l.json"),
    ] as [([String], String)])
    func parses(arguments: [String], expected: String) throws {
        #expect(try Self.parsed(arguments) == expected)
    }

    @Test(arguments: [
        (["tody"], UsageError.unknownCommand(command: "tody", suggestions: ["today"])),
        (["frobnicate"], UsageError.unknownCommand(command: "frobnicate", suggestions: [])),
        (["plan", "rotat"], UsageError.unknownCommand(command: "plan rotat", suggestions: ["plan rotate"])),
        (["today", "--jsn"], UsageError.unknownOption(option: "--jsn", command: "today", suggestions: ["--json"])),
        (["today", "--dat", "2026-01-01"], UsageError.unknownOption(option: "--dat", command: "today", suggestions: ["--date"])),
        (["prompts", "--theem", "x"], UsageError.unknownOption(option: "--theem", command: "prompts", suggestions: ["--theme"])),
        (["--verison"], UsageError.unknownOption(option: "--verison", command: "", suggestions: ["--version"])),
        (["today", "--date"], UsageError.missingValue(option: "--date", placeholder: "DATE", command: "today")),
        (["today", "--date", "2026-02-30"], UsageError.invalidValue(option: "--date", value: "2026-02-30", expected: "a date as YYYY-MM-DD, today, yesterday, tomorrow, a weekday, or 3d, 2w, 6m")),
        (["today", "--date", "1/12/2026"], UsageError.invalidValue(option: "--date", value: "1/12/2026", expected: "a date as YYYY-MM-DD, today, yesterday, tomorrow, a weekday, or 3d, 2w, 6m")),
        (["today", "--json=yes"], UsageError.unexpectedValue(option: "--json", command: "today")),
        (["today", "--format", "ics"], UsageError.invalidValue(option: "--format", value: "ics", expected: "text or json")),
        (["today", "--format", "text", "--json"], UsageError.conflictingOptions("--json", "--format text")),
        (["today", "extra"], UsageError.unexpectedArgument(argument: "extra", command: "today")),
        (["source"], UsageError.missingArgument(argument: "ID", command: "source")),
        (["themes", "a", "b"], UsageError.unexpectedArgument(argument: "b", command: "themes")),
        (["help", "tody"], UsageError.unknownCommand(command: "tody", suggestions: ["today"])),
        (["help", "plan", "focsu"], UsageError.unknownCommand(command: "plan focsu", suggestions: ["plan focus"])),
        (["today", "--date", "2026-01-01", "--date", "2026-01-02"], UsageError.repeatedOption(option: "--date", command: "today")),
        // An option a subcommand does not use is refused, not ignored.
        (["plan", "rotate", "--days", "5"], UsageError.unknownOption(option: "--days", command: "plan rotate", suggestions: [])),
        (["plan", "--model", "gibbs"], UsageError.unknownOption(option: "--model", command: "plan", suggestions: [])),
        (["plan", "focus"], UsageError.missingArgument(argument: "ID", command: "plan focus")),
        (["plan", "days", "funday"], UsageError.invalidValue(option: "plan days", value: "funday", expected: "days such as mon,tue,wed,thu,fri, or all, weekdays, weekends")),
        (["plan", "focus", "x", "--model", "kolb"], UsageError.invalidValue(option: "--model", value: "kolb", expected: "gibbs or driscoll")),
        (["plan", "focus", "x", "--days", "0"], UsageError.invalidValue(option: "--days", value: "0", expected: "a whole number from 1 to 366")),
        (["schedule", "--days", "x"], UsageError.invalidValue(option: "--days", value: "x", expected: "a whole number from 1 to 3660")),
        (["schedule", "--time", "7:30", "--ics"], UsageError.invalidValue(option: "--time", value: "7:30", expected: "a time as HH:MM")),
        (["schedule", "--time", "07:30"], UsageError.conflictingOptions("--time", "a schedule without --ics or --reminder")),
        (["schedule", "--ics", "--json"], UsageError.conflictingOptions("--json", "--ics")),
        (["schedule", "--reminder", "--json"], UsageError.conflictingOptions("--json", "--reminder")),
        (["write", "--prompt", "p", "--today"], UsageError.conflictingOptions("--prompt", "--today")),
        (["write", "-m", "a", "--file", "f"], UsageError.conflictingOptions("-m", "--file")),
        (["write", "--model", "schon"], UsageError.invalidValue(option: "--model", value: "schon", expected: "driscoll, gibbs, kolb or free")),
        (["check", "--json"], UsageError.unknownOption(option: "--json", command: "check", suggestions: [])),
        (["list", "-n", "0"], UsageError.invalidValue(option: "-n", value: "0", expected: "a whole number from 1 to \(Int.max)")),
        (["list", "--since", "last week"], UsageError.invalidValue(option: "--since", value: "last week", expected: "a date as YYYY-MM-DD, today, yesterday, tomorrow, a weekday, or 3d, 2w, 6m")),
        (["list", "--until", "mond"], UsageError.invalidValue(option: "--until", value: "mond", expected: "a date as YYYY-MM-DD, today, yesterday, tomorrow, a weekday, or 3d, 2w, 6m")),
        (["write", "--force=yes"], UsageError.unexpectedValue(option: "--force", command: "write")),
        (["list", "--tga", "x"], UsageError.unknownOption(option: "--tga", command: "list", suggestions: ["--tag"])),
        (["search"], UsageError.missingArgument(argument: "QUERY...", command: "search")),
        (["import", "old.json"], UsageError.missingArgument(argument: "--from jrnl|reflect", command: "import")),
        (["import", "--from", "dayone", "x"], UsageError.invalidValue(option: "--from", value: "dayone", expected: "jrnl or reflect")),
        (["export", "--format", "csv"], UsageError.invalidValue(option: "--format", value: "csv", expected: "json or markdown")),
    ] as [([String], UsageError)])
    func refuses(arguments: [String], expected: UsageError) {
        #expect(throws: expected) { try Invocation.parse(arguments) }
    }

    /// `tomorrow` and weekday names from Thursday 2026-11-26: looking back a
    /// weekday is the most recent one, looking forward the next one, and
    /// today itself when today is that weekday, either way.
    @Test(arguments: [
        ("tomorrow", DateArgument.Direction.back, "2026-11-27"),
        ("Tomorrow", .forward, "2026-11-27"),
        ("yesterday", .forward, "2026-11-25"),
        ("monday", .back, "2026-11-23"),
        ("monday", .forward, "2026-11-30"),
        ("mon", .back, "2026-11-23"),
        ("Mon", .forward, "2026-11-30"),
        ("tuesday", .back, "2026-11-24"),
        ("TUE", .forward, "2026-12-01"),
        ("wednesday", .back, "2026-11-25"),
        ("wed", .forward, "2026-12-02"),
        ("thursday", .back, "2026-11-26"),
        ("thu", .forward, "2026-11-26"),
        ("friday", .back, "2026-11-20"),
        ("fri", .forward, "2026-11-27"),
        ("Saturday", .back, "2026-11-21"),
        ("sat", .forward, "2026-11-28"),
        ("sunday", .back, "2026-11-22"),
        ("sun", .forward, "2026-11-29"),
        ("2026-11-30", .forward, "2026-11-30"),
        ("1w", .forward, "2026-11-19"),
    ] as [(String, DateArgument.Direction, String)])
    func resolvesTomorrowAndWeekdays(text: String, direction: DateArgument.Direction, expected: String) throws {
        let thursday = try #require(CalendarDate(iso: "2026-11-26"))
        #expect(try #require(DateArgument(text, direction: direction)).resolve(today: thursday).description == expected)
    }

    @Test func weekdaysNeedTheirNameOrItsFirstThreeLetters() {
        for text in ["mo", "mond", "thurs", "weekday", "next monday", "tomorow", "sundays"] {
            #expect(DateArgument(text) == nil, "\(text)")
        }
        #expect(DateArgument("monday") == DateArgument("MON"))
        #expect(DateArgument("monday") != DateArgument("monday", direction: .forward))
    }

    @Test func usageErrorsReadWell() {
        #expect(UsageError.unknownOption(option: "--jsn", command: "today", suggestions: ["--json"]).description
                == "unknown option '--jsn' for 'reflect today' (did you mean '--json'?)")
        #expect(UsageError.unknownCommand(command: "tody", suggestions: ["today"]).description
                == "unknown command 'tody' (did you mean 'today'?); see 'reflect --help'")
        #expect(UsageError.inapplicableOption(option: "--days", command: "plan rotate").description
                == "option '--days' does not apply to 'reflect plan rotate'; see 'reflect help plan rotate'")
    }

    /// Every option a command declares is read by its parser: an option
    /// cannot be declared for a command that ignores it (the parser refuses
    /// a given option it did not read, so this would fail as `inapplicableOption`).
    @Test func everyDeclaredOptionIsRead() throws {
        func sample(_ option: OptionSpec) -> String? {
            guard let placeholder = option.value else { return nil }
            if let choice = option.choices.first { return choice }
            switch placeholder {
            case "DATE": return "2026-12-01"
            case "N", "MINUTES": return "3"
            case "HH:MM": return "07:30"
            default: return "x"
            }
        }
        for type in Commands.all {
            let spec = type.spec
            let positionals = Array(repeating: "x", count: spec.positionals.lowerBound)
            for option in spec.options + spec.formatOptions {
                var words = spec.name.split(separator: " ").map(String.init) + ["--\(option.name)"]
                if let value = sample(option) { words.append(value) }
                if spec.name == "schedule", option.name == "time" || option.name == "alarm" { words.append("--ics") }
                if spec.name == "plan days" { words.append("weekdays") } else { words += positionals }
                do {
                    _ = try Invocation.parse(words)
                } catch .inapplicableOption(let name, let command) {
                    Issue.record("\(command) declares \(name) but does not read it")
                } catch .unknownOption(let name, let command, _) {
                    Issue.record("\(command): \(name) \(words)")
                } catch {
                    // Other refusals (conflicts, bad values) mean the option was read.
                }
            }
        }
    }

    @Test func nearestMatchRanksByDistance() {
        #expect(NearestMatch.suggestions(for: "resilince", in: ["resources", "resilience", "frames"]) == ["resilience"])
        #expect(NearestMatch.suggestions(for: "compassion-humanty", in: ["compassion-humanity", "compassion-metaphor"]) == ["compassion-humanity"])
        #expect(NearestMatch.suggestions(for: "zzzz", in: ["today", "themes"]).isEmpty)
    }

    @Test func helpListsEveryCommandItsOptionsAndSubcommands() {
        let overview = HelpText.overview()
        // The hidden __complete is for the completion scripts alone (CompletionsTests).
        for spec in Commands.specs where !spec.hidden { #expect(overview.contains("  \(spec.name) "), "\(spec.name)") }
        for spec in Commands.specs {
            let help = HelpText.command(spec)
            #expect(help.hasPrefix(spec.summary + "\n"))
            for option in spec.allOptions { #expect(help.contains("  \(option.synopsis)  "), "\(spec.name): \(option.synopsis)") }
        }
        let today = HelpText.command(Today.spec)
        #expect(today.contains("usage: reflect today [--date DATE] [--if-unanswered] [--no-follow-up] [--format\n         FORMAT] [--json]"))
        let plan = HelpText.command(PlanShow.spec)
        #expect(plan.contains("Subcommands:\n  plan rotate") && plan.contains("  plan focus ") && plan.contains("  plan days "))
    }

    @Test(arguments: [
        ("2026-11-26", 20_783, 3),
        ("1970-01-01", 0, 3),
        ("2000-02-29", 11_016, 1),
        ("2024-12-31", 20_088, 1),
    ])
    func calendarDates(text: String, dayNumber: Int, weekday: Int) throws {
        let date = try #require(CalendarDate(iso: text))
        #expect(date.dayNumber == dayNumber)
        #expect(date.weekday == weekday)
        #expect(CalendarDate(dayNumber: dayNumber) == date)
        #expect(date.description == text)
    }

    @Test func monthsAreAddedWithinTheMonth() throws {
        let date = try #require(CalendarDate(iso: "2026-03-31"))
        #expect(date.adding(months: -1).description == "2026-02-28")
        #expect(date.adding(months: -13).description == "2025-02-28")
        #expect(date.adding(months: 11).description == "2027-02-28")
        #expect(try #require(CalendarDate(iso: "2024-02-29")).adding(months: 12).description == "2025-02-28")
    }

    @Test func rejectsImpossibleDates() {
        for text in ["2026-13-01", "2026-02-29", "2026-1-01", "26-01-01", "2026-01-01x", "", "2100-02-29"] {
            #expect(CalendarDate(iso: text) == nil, "\(text)")
        }
        #expect(CalendarDate(iso: "2000-02-29") != nil)
    }
}

/// The man page is the reference, `--help` its short form: both name every
/// command and option the parser knows.
@Suite struct DocumentationTests {
    /// The SYNOPSIS is generated from the commands; `scripts/man-synopsis` rewrites it.
    @Test func manSynopsisIsGeneratedFromTheCommands() throws {
        let url = packageRoot.appendingPathComponent("man/reflect.1")
        let man = try String(contentsOf: url, encoding: .utf8)
        let start = try #require(man.range(of: ".Sh SYNOPSIS\n"))
        let end = try #require(man.range(of: ".Sh DESCRIPTION\n"))
        let current = String(man[start.upperBound..<end.lowerBound])
        let generated = ManPage.synopsis()
        if ProcessInfo.processInfo.environment["REFLECT_UPDATE_MAN"] == "1", current != generated {
            try (String(man[..<start.upperBound]) + generated + String(man[end.lowerBound...])).write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(current == generated, "run scripts/man-synopsis")
    }

    /// reflect(5), the file format a person can write entries in with any
    /// tool, names every front-matter key reflect reads, in entries and dilemmas.
    @Test func theEntryFormatPageNamesEveryKey() throws {
        let page = try String(contentsOf: packageRoot.appendingPathComponent("man/reflect.5"), encoding: .utf8)
        for key in Entry.knownKeys + ["title", "status", "closed", "outcome"] {
            #expect(page.contains(".It Ic \(key)") || page.contains("Ic \(key)") || page.contains(".Ic \(key)"), "reflect(5): \(key)")
        }
        for model in ReflectiveModel.allCases { #expect(page.contains(" \(model.rawValue) ") || page.contains("Cm \(model.rawValue)"), "reflect(5): model \(model)") }
        let main = try String(contentsOf: packageRoot.appendingPathComponent("man/reflect.1"), encoding: .utf8)
        #expect(main.contains(".Xr reflect 5") && main.contains(".Sh STANDARDS") && main.contains(".Sh EXAMPLES"))
    }

    @Test func manPageAndReadmeNameEveryCommandAndOption() throws {
        let man = try String(contentsOf: packageRoot.appendingPathComponent("man/reflect.1"), encoding: .utf8)
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        // The hidden __complete is for the completion scripts alone (CompletionsTests).
        for spec in Commands.specs where !spec.hidden {
            #expect(man.contains(".It Cm \(spec.name)") || spec.name == "version", "man: \(spec.name)")
            #expect(readme.contains("reflect \(spec.name)") || readme.contains("reflect --\(spec.name)"), "README: \(spec.name)")
            for option in spec.options + spec.formatOptions {
                #expect(man.contains("Fl -\(option.name)") || option.short.map { man.contains("Fl \($0)") } == true,
                        "man: \(spec.name) --\(option.name)")
            }
        }
    }
}
