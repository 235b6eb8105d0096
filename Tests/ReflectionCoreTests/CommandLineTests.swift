import Testing
@testable import ReflectionCore

func writeOptions(_ change: (inout WriteOptions) -> Void) -> WriteOptions {
    var options = WriteOptions()
    change(&options)
    return options
}

/// The argument parser is a pure function: table-tested without a process.
@Suite struct CommandLineTests {
    static let day = CalendarDate(year: 2026, month: 12, day: 1)!

    @Test(arguments: [
        ([], Invocation(command: .help(command: nil))),
        (["--help"], Invocation(command: .help(command: nil))),
        (["-h"], Invocation(command: .help(command: nil))),
        (["--version"], Invocation(command: .version)),
        (["version"], Invocation(command: .version)),
        (["help", "today"], Invocation(command: .help(command: "today"))),
        (["today", "--help"], Invocation(command: .help(command: "today"))),
        (["themes", "-h"], Invocation(command: .help(command: "themes"))),
        (["today"], Invocation(command: .today(date: nil, json: false))),
        (["today", "--json"], Invocation(command: .today(date: nil, json: true))),
        (["today", "--date", "2026-12-01"], Invocation(command: .today(date: .date(day), json: false))),
        (["today", "--date=2026-12-01", "--json"], Invocation(command: .today(date: .date(day), json: true))),
        (["today", "--date", "yesterday"], Invocation(command: .today(date: .yesterday, json: false))),
        (["questions", "--json"], Invocation(command: .questions(json: true))),
        (["themes"], Invocation(command: .themes(question: nil, json: false))),
        (["themes", "resilience"], Invocation(command: .themes(question: "resilience", json: false))),
        (["prompts", "--theme", "t", "--question=q"], Invocation(command: .prompts(question: "q", theme: "t", json: false))),
        (["source", "--", "--odd-id"], Invocation(command: .source(id: "--odd-id", json: false, entries: false))),
        (["source", "x", "--json"], Invocation(command: .source(id: "x", json: true, entries: false))),
        (["source", "x", "--entries"], Invocation(command: .source(id: "x", json: false, entries: true))),
        (["write", "-m", "Words", "--tag", "#a", "--tag", "b", "--today"], Invocation(command: .write(writeOptions { $0.message = "Words"; $0.tags = ["a", "b"]; $0.today = true }))),
        (["write", "--prompt", "p", "--model", "Gibbs", "--date", "2026-12-01", "--file=-"], Invocation(command: .write(writeOptions { $0.prompt = "p"; $0.model = .gibbs; $0.date = .date(day); $0.file = "-" }))),
        (["write", "--resume"], Invocation(command: .write(writeOptions { $0.resume = true }))),
        (["list", "-n", "10", "--since", "2w", "--theme", "t", "--tag", "a"], Invocation(command: .list(EntryQuery(limit: 10, since: .daysAgo(14), theme: "t", tags: ["a"]), json: false))),
        (["list", "-n5", "--until", "yesterday", "--json"], Invocation(command: .list(EntryQuery(limit: 5, until: .yesterday), json: true))),
        (["search", "long", "term", "-l", "--question", "q"], Invocation(command: .search(terms: "long term", EntryQuery(question: "q"), idsOnly: true, json: false))),
        (["show", "2026", "--json"], Invocation(command: .show(id: "2026", json: true))),
        (["edit", "20261126"], Invocation(command: .edit(id: "20261126"))),
        (["delete", "-f", "20261126"], Invocation(command: .delete(id: "20261126", force: true))),
        (["check"], Invocation(command: .check)),
        (["import", "--from", "jrnl", "old.json"], Invocation(command: .importEntries(format: .jrnl, file: "old.json"))),
        (["export", "--format", "markdown"], Invocation(command: .export(format: .markdown))),
        (["export", "--json"], Invocation(command: .export(format: .json))),
        (["--library", "l.json", "questions"], Invocation(library: "l.json", command: .questions(json: false))),
        (["--library=l.json", "today"], Invocation(library: "l.json", command: .today(date: nil, json: false))),
        (["questions", "--library", "l.json"], Invocation(library: "l.json", command: .questions(json: false))),
    ] as [([String], Invocation)])
    func parses(arguments: [String], expected: Invocation) throws {
        #expect(try Invocation.parse(arguments) == expected)
    }

    @Test(arguments: [
        (["tody"], UsageError.unknownCommand(command: "tody", suggestions: ["today"])),
        (["frobnicate"], UsageError.unknownCommand(command: "frobnicate", suggestions: [])),
        (["today", "--jsn"], UsageError.unknownOption(option: "--jsn", command: "today", suggestions: ["--json"])),
        (["today", "--dat", "2026-01-01"], UsageError.unknownOption(option: "--dat", command: "today", suggestions: ["--date"])),
        (["prompts", "--theem", "x"], UsageError.unknownOption(option: "--theem", command: "prompts", suggestions: ["--theme"])),
        (["--verison"], UsageError.unknownOption(option: "--verison", command: "", suggestions: ["--version"])),
        (["today", "--date"], UsageError.missingValue(option: "--date", placeholder: "DATE", command: "today")),
        (["today", "--date", "2026-02-30"], UsageError.invalidValue(option: "--date", value: "2026-02-30", expected: "a date as YYYY-MM-DD, today, yesterday, or 3d, 2w, 6m")),
        (["today", "--date", "1/12/2026"], UsageError.invalidValue(option: "--date", value: "1/12/2026", expected: "a date as YYYY-MM-DD, today, yesterday, or 3d, 2w, 6m")),
        (["today", "--json=yes"], UsageError.unexpectedValue(option: "--json", command: "today")),
        (["today", "extra"], UsageError.unexpectedArgument(argument: "extra", command: "today")),
        (["source"], UsageError.missingArgument(argument: "ID", command: "source")),
        (["themes", "a", "b"], UsageError.unexpectedArgument(argument: "b", command: "themes")),
        (["help", "tody"], UsageError.unknownCommand(command: "tody", suggestions: ["today"])),
        (["today", "--date", "2026-01-01", "--date", "2026-01-02"], UsageError.repeatedOption(option: "--date", command: "today")),
        (["write", "--prompt", "p", "--today"], UsageError.conflictingOptions("--prompt", "--today")),
        (["write", "-m", "a", "--file", "f"], UsageError.conflictingOptions("-m", "--file")),
        (["write", "--model", "schon"], UsageError.invalidValue(option: "--model", value: "schon", expected: "driscoll, gibbs, kolb, free")),
        (["list", "-n", "0"], UsageError.invalidValue(option: "-n", value: "0", expected: "a whole number above 0")),
        (["list", "--since", "last week"], UsageError.invalidValue(option: "--since", value: "last week", expected: "a date as YYYY-MM-DD, today, yesterday, or 3d, 2w, 6m")),
        (["list", "--tga", "x"], UsageError.unknownOption(option: "--tga", command: "list", suggestions: ["--tag"])),
        (["search"], UsageError.missingArgument(argument: "QUERY...", command: "search")),
        (["import", "old.json"], UsageError.missingArgument(argument: "--from jrnl|reflect", command: "import")),
        (["import", "--from", "dayone", "x"], UsageError.invalidValue(option: "--from", value: "dayone", expected: "jrnl or reflect")),
        (["export", "--format", "csv"], UsageError.invalidValue(option: "--format", value: "csv", expected: "json or markdown")),
    ] as [([String], UsageError)])
    func refuses(arguments: [String], expected: UsageError) {
        #expect(throws: expected) { try Invocation.parse(arguments) }
    }

    @Test func usageErrorsReadWell() {
        #expect(UsageError.unknownOption(option: "--jsn", command: "today", suggestions: ["--json"]).description
                == "unknown option '--jsn' for 'reflect today' (did you mean '--json'?)")
        #expect(UsageError.unknownCommand(command: "tody", suggestions: ["today"]).description
                == "unknown command 'tody' (did you mean 'today'?); see 'reflect --help'")
    }

    @Test func nearestMatchRanksByDistance() {
        #expect(NearestMatch.suggestions(for: "resilince", in: ["resources", "resilience", "frames"]) == ["resilience"])
        #expect(NearestMatch.suggestions(for: "compassion-humanty", in: ["compassion-humanity", "compassion-metaphor"]) == ["compassion-humanity"])
        #expect(NearestMatch.suggestions(for: "zzzz", in: ["today", "themes"]).isEmpty)
    }

    @Test func helpListsEveryCommandAndItsOptions() {
        let overview = HelpText.overview()
        for spec in CommandTable.all { #expect(overview.contains("  \(spec.name)  ") || overview.contains("  \(spec.name) ")) }
        let today = HelpText.command(CommandTable.spec(named: "today")!)
        #expect(today.contains("usage: reflect today [--date DATE] [--if-unanswered] [--json]"))
        #expect(today.contains("--library FILE"))
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

    @Test func rejectsImpossibleDates() {
        for text in ["2026-13-01", "2026-02-29", "2026-1-01", "26-01-01", "2026-01-01x", "", "2100-02-29"] {
            #expect(CalendarDate(iso: text) == nil, "\(text)")
        }
        #expect(CalendarDate(iso: "2000-02-29") != nil)
    }
}

/// The man page is the reference: it names every command and option the parser accepts.
@Suite struct DocumentationTests {
    @Test func manPageNamesEveryCommandAndOption() throws {
        let man = try String(contentsOf: packageRoot.appendingPathComponent("man/reflect.1"), encoding: .utf8)
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        for spec in CommandTable.all {
            #expect(man.contains(".Cm \(spec.name)") || man.contains("Cm \(spec.name) ") || spec.name == "version", "\(spec.name)")
            #expect(readme.contains("reflect \(spec.name)") || readme.contains("reflect --\(spec.name)"), "README: \(spec.name)")
            for option in spec.options {
                #expect(man.contains("Fl -\(option.name)") || option.short.map { man.contains("Fl \($0)") } == true,
                        "\(spec.name) --\(option.name)")
            }
        }
    }
}
