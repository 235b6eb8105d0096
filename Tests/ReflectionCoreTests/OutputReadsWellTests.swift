import Foundation
import Testing
@testable import ReflectionCore

/// `mandoc`, if installed (CI installs it).
let mandocPath: String? = ["/usr/bin/mandoc", "/usr/local/bin/mandoc", "/opt/homebrew/bin/mandoc"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

/// The man page as `mandoc -T utf8 man/reflect.1 | col -b` shows it.
func renderedManPage() throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(mandocPath))
    process.arguments = ["-T", "utf8", packageRoot.appendingPathComponent("man/reflect.1").path]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    // What `col -b` does: a backspace overstrikes the character before it (bold, underline).
    var text: [Character] = []
    for character in String(decoding: data, as: UTF8.self) {
        if character == "\u{8}" { _ = text.popLast() } else { text.append(character) }
    }
    return String(text)
}

@Suite struct OutputReadsWellTests {
    // MARK: First words

    /// A listing's first words drop list markers and task boxes, so an entry
    /// that opens on its actions reads as words, never "- [ ] …" or "-…".
    @Test(arguments: [
        ("Met the team.\n\n## Now what?\n- ask HR for the timeline", "Met the team. ask HR for the timeline"),
        ("- [ ] call the chair\n* [x] book the room\n+ [~] no longer", "call the chair book the room no longer"),
        ("1. first\n12) second\n3.5 is a number", "first second 3.5 is a number"),
        ("-not a list\n-- nor this\n[ ] alone", "-not a list -- nor this [ ] alone"),
        ("- \n-\n*\nthen words", "then words"),
    ])
    func firstWordsDropListMarkers(body: String, expected: String) {
        #expect(Entry(id: "x", created: Timestamp(date: CalendarDate(year: 2026, month: 11, day: 1)!, hour: 9, minute: 0, second: 0, offset: 0), body: body).firstWords() == expected)
    }

    // MARK: The man page

    @Test(.enabled(if: mandocPath != nil, "mandoc is not installed (apt-get install mandoc); CI installs it"))
    func manPageHasNoStrayQuotes() throws {
        let page = try renderedManPage()
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The `plan days` entry: its heading line to the next blank line.
        let start = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("plan days days") })
        let section = lines[start...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .flatMap { $0.split(whereSeparator: \.isWhitespace) }.joined(separator: " ")
        #expect(section.contains("(‘mon,tue,wed,thu,fri’, ‘weekdays’, ‘weekends’, ‘all’)"), "\(section)")
        #expect(!section.contains("\""), "\(section)")
        #expect(!section.contains("'"), "\(section)")

        // The whole page: quotes open and close within a paragraph, never
        // doubled by a macro nested in another, and no escape leaks through.
        var paragraph: [String] = []
        func checkParagraph() {
            let text = paragraph.joined(separator: " ")
            paragraph = []
            #expect(text.filter { $0 == "‘" }.count == text.filter { $0 == "’" }.count, "unbalanced quotes: \(text)")
            #expect(text.filter { $0 == "“" }.count == text.filter { $0 == "”" }.count, "unbalanced quotes: \(text)")
            #expect(text.filter { $0 == "\"" }.count % 2 == 0, "a stray \": \(text)")
            for doubled in ["’’", "‘‘", "''", "``", "\\"] { #expect(!text.contains(doubled), "\(doubled) in: \(text)") }
        }
        for line in lines {
            if line.trimmingCharacters(in: .whitespaces).isEmpty { checkParagraph() } else { paragraph.append(line) }
        }
        checkParagraph()
    }

    // MARK: The reminder

    /// The fields of a calendar file's first event, unfolded.
    func eventFields(_ ics: String) -> [String] {
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        return Array(unfolded.drop { $0 != "BEGIN:VEVENT" }.prefix { $0 != "END:VEVENT" })
    }

    @Test func reminderStartsOnADayItsOwnRuleIncludes() throws {
        try withJournal { world in
            #expect(try world.run(["plan", "days", "weekdays"]).status == 0)
            // Thursday 26, Saturday 28, Sunday 29, Monday 30 November 2026.
            for (from, start) in [("2026-11-26", "20261126"), ("2026-11-28", "20261130"), ("2026-11-29", "20261130"), ("2026-11-30", "20261130")] {
                let fields = eventFields(try world.run(["schedule", "--reminder", "--from", from]).stdout)
                #expect(fields.contains("DTSTART;VALUE=DATE:\(start)"), "from \(from): \(fields)")
                #expect(fields.contains("RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"))
            }
            // Today a Saturday, at a time: Monday at 08:00.
            let saturday = Clock.fixed(Timestamp(date: CalendarDate(year: 2026, month: 11, day: 28)!, hour: 9, minute: 30, second: 0, offset: 0))
            let timed = try runReflect(["schedule", "--reminder", "--time", "08:00"], home: world.home, environment: world.environment, clock: saturday)
            #expect(eventFields(timed.stdout).contains("DTSTART:20261130T080000"), "\(timed.stdout)")

            // A real parser agrees: the rule's first occurrence is DTSTART itself (CI installs vobject).
            let file = world.root.appendingPathComponent("reminder.ics")
            try Data(timed.stdout.utf8).write(to: file)
            let script = """
            import sys, datetime
            try:
                import vobject
                from dateutil.rrule import rrulestr
            except ImportError:
                sys.exit("python3 module vobject is missing: pip install vobject")
            event = vobject.readOne(open(sys.argv[1], newline="").read(), validate=True).vevent
            start = event.dtstart.value
            rule = rrulestr(event.rrule.value, dtstart=start)
            print(rule[0] == start, start.strftime("%a %Y-%m-%d %H:%M"))
            """
            let (status, printed) = try runPython(script, file.path)
            #expect(status == 0, "\(printed)")
            #expect(printed == "True Mon 2026-11-30 08:00\n")

            #expect(try world.run(["plan", "days", "weekends"]).status == 0)
            #expect(eventFields(try world.run(["schedule", "--reminder"]).stdout).contains("DTSTART;VALUE=DATE:20261128"))
            #expect(try world.run(["plan", "days", "all"]).status == 0)
            let daily = eventFields(try world.run(["schedule", "--reminder", "--from", "2026-11-28"]).stdout)
            #expect(daily.contains("DTSTART;VALUE=DATE:20261128") && daily.contains("RRULE:FREQ=DAILY"))
        }
    }

    @Test func reminderWithICSIsTheReminder() throws {
        try withJournal { world in
            let alone = try world.run(["schedule", "--reminder", "--time", "07:00"])
            let both = try world.run(["schedule", "--ics", "--reminder", "--time", "07:00"])
            #expect(alone.status == 0 && both.status == 0)
            #expect(both.stdout == alone.stdout)
            #expect(both.stdout.components(separatedBy: "BEGIN:VEVENT").count == 2)
            let help = try world.run(["schedule", "--help"]).stdout
            #expect(help.contains("(implies --ics)"))
        }
    }

    // MARK: Markdown export

    /// The ATX headings of a Markdown document outside fenced code, with the
    /// index of their line; and whether every `>` block is followed by a blank line.
    func outline(_ markdown: String) -> (headings: [(line: Int, level: Int, title: String)], quotesEndBlank: Bool) {
        let lines = markdown.components(separatedBy: "\n")
        var headings: [(Int, Int, String)] = []
        var inFence = false
        var quotesEndBlank = true
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("```") { inFence.toggle(); continue }
            if inFence { continue }
            let hashes = line.prefix { $0 == "#" }.count
            if (1...6).contains(hashes), line.dropFirst(hashes).first == " " {
                headings.append((index, hashes, String(line.dropFirst(hashes + 1))))
            }
            // A `---` or `===` under text would make the text a setext heading the outline misses.
            if index > 0, !lines[index - 1].isEmpty, !line.isEmpty, line.allSatisfy({ $0 == "-" || $0 == "=" }) { headings.append((index, 0, line)) }
            if line.hasPrefix(">"), index + 1 < lines.count, !(lines[index + 1].hasPrefix(">") || lines[index + 1].isEmpty) { quotesEndBlank = false }
        }
        return (headings, quotesEndBlank)
    }

    @Test func markdownExportNestsEachEntrysHeadingsUnderIt() throws {
        try withJournal { world in
            let prompt = "relationships-breaking-down-barriers-p1"
            try world.write(["--prompt", prompt, "--tag", "board", "-m", """
                ## Description

                We met the partners.

                ### Who was there

                The chair.

                ## Feelings

                Nervous, then relieved.

                ```
                # a comment in code, not a heading
                ```

                What I will try
                ---

                Ask first.
                """])
            try world.write(["--date", "yesterday", "-m", "#### Deep at once\n\nA note.\n\n# Top\n\nText."])
            try world.write(["--date", "2026-11-20", "--prompt", prompt, "-m", "Plain words, no headings."])
            let result = try world.run(["export", "--format", "markdown"])
            #expect(result.status == 0, "\(result.stderr)")
            let markdown = result.stdout
            let (headings, quotesEndBlank) = outline(markdown)
            #expect(quotesEndBlank, "\(markdown)")
            #expect(!headings.contains { $0.level == 0 }, "\(markdown)")
            // Entry headings are level 2; under each, levels step down at most one at a time.
            #expect(headings.filter { $0.level == 2 }.count == 3)
            #expect(headings.first?.level == 2)
            var previous = 2
            for heading in headings {
                #expect(heading.level >= 2 && heading.level <= previous + 1, "\(heading) after level \(previous)")
                previous = heading.level
            }
            #expect(headings.map { "\(String(repeating: "#", count: $0.level)) \($0.title)" }.filter { !$0.hasPrefix("## 2026") } == [
                "### Deep at once", "### Top",
                "### Description", "#### Who was there", "### Feelings", "### What I will try",
            ])
            #expect(markdown.contains("```\n# a comment in code, not a heading\n```"))
            // The prompt's quote, then a blank line, then the tags.
            let quote = "> Think of a relationship you keep meaning to build but never get to: what is one small step you could make time for this week "
                + "– a coffee, a conversation – and how will you notice whether it is growing?"
            #expect(markdown.contains("-->\n\n\(quote)\n\nTags: #board\n\n### Description\n\nWe met the partners.\n"), "\(markdown)")
        }
    }

    @Test(arguments: [
        ("a", 2, "## A\n\n### B\n\n## C", "### A\n\n#### B\n\n### C"),
        ("b", 2, "#### A\n\n###### B\n\n### C", "### A\n\n#### B\n\n### C"),
        ("c", 5, "# A\n\n## B\n\n### C", "###### A\n\n###### B\n\n###### C"),
        ("d", 2, "Title\n===\n\nText\nmore\n---\n\n---\n\n- item\n---", "### Title\n\n#### Text more\n\n---\n\n- item\n---"),
        ("e", 2, "~~~\n## in code\n~~~\n    ## indented code\n#hashtag\n##", "~~~\n## in code\n~~~\n    ## indented code\n#hashtag\n###"),
    ])
    func headingsNest(_ name: String, _ level: Int, _ text: String, _ nested: String) {
        #expect(MarkdownOutline.nest(text, under: level) == nested, "case \(name)")
    }

    @Test func exportTakesTheFiltersListTakes() throws {
        try withJournal { world in
            let p1 = "relationships-breaking-down-barriers-p1", p2 = "frames-tribes-preconceived-ideas-p1"
            let old = try world.write(["--date", "2026-10-15", "--prompt", p1, "-m", "October, relationships."])
            let a = try world.write(["--date", "2026-11-03", "--prompt", p1, "--tag", "supervision", "-m", "November, relationships, tagged."])
            let b = try world.write(["--date", "2026-11-10", "--prompt", p1, "-m", "November, relationships."])
            let other = try world.write(["--date", "2026-11-12", "--prompt", p2, "--tag", "supervision", "-m", "November, frames."])
            #expect(Set([old, a, b, other]).count == 4)

            func exported(_ filters: [String]) throws -> [String] {
                let result = try world.run(["export"] + filters)
                #expect(result.status == 0, "\(result.stderr)")
                let object = try #require(try jsonObject(result.stdout) as? [String: Any])
                let entries = try #require(object["entries"] as? [[String: Any]])
                return entries.compactMap { $0["id"] as? String }
            }
            #expect(try exported([]) == [old, a, b, other])
            let november = ["--since", "2026-11-01", "--until", "2026-11-30"]
            #expect(try exported(november + ["--question", "relationships"]) == [a, b])
            #expect(try exported(["--theme", "relationships-breaking-down-barriers", "--since", "2026-11-01"]) == [a, b])
            #expect(try exported(["--prompt", p2]) == [other])
            #expect(try exported(["--tag", "supervision"]) == [a, other])
            #expect(try exported(["--until", "2026-10-31"]) == [old])
            #expect(try exported(["-n", "2"]) == [b, other])

            // Markdown: the same selection, oldest first.
            let markdown = try world.run(["export", "--format", "markdown", "--question", "relationships"] + november).stdout
            #expect(markdown.components(separatedBy: "<!-- id: ").dropFirst().map { String($0.prefix { $0 != " " }) } == [a, b])
            #expect(!markdown.contains("October") && !markdown.contains("frames"))

            // A filtered export imports back as those entries alone.
            let file = world.root.appendingPathComponent("november.json")
            try Data(try world.run(["export", "--question", "relationships"] + november).stdout.utf8).write(to: file)
            try withJournal { (other: JournalWorld) throws in
                #expect(try other.run(["import", "--from", "reflect", file.path]).status == 0)
                #expect(try other.listJSON().compactMap { $0["id"] as? String }.sorted() == [a, b])
            }

            let none = try world.run(["export", "--tag", "nothing-has-this"])
            #expect(none.status == 0 && none.stderr == "No entries match.\n")
            let unknown = try world.run(["export", "--question", "relationshipz"])
            #expect(unknown.status == 1 && unknown.stderr.contains("relationships"), "\(unknown.stderr)")
            let bad = try world.run(["export", "--since", "someday"])
            #expect(bad.status == 64, "\(bad.stderr)")
        }
    }

    // MARK: Text to the screen's width

    /// Runs reflect in process on a screen of this width, a terminal or not.
    func onScreen(_ world: JournalWorld, _ arguments: [String], width: Int, terminal: Bool) -> ProcessOutput {
        var context = RunContext(environment: testEnvironment(home: world.home, world.environment), clock: world.clock)
        context.screen = Screen(width: width, isTerminal: terminal)
        let result = Runner.run(arguments, context: context)
        return ProcessOutput(stdout: result.stdout, stderr: result.stderr, status: result.status)
    }

    /// Lines of `text` wider than `width` columns that could have wrapped (they hold a space after their indent).
    func overlong(_ text: String, _ width: Int) -> [String] {
        text.split(separator: "\n").map(String.init).filter { line in
            line.unicodeScalars.count > width && line.drop { $0 == " " }.contains(" ")
        }
    }

    @Test func widthComesFromColumnsThenTheWindowThenEighty() {
        #expect(Screen.width(environment: ["COLUMNS": "50"], window: 132) == 50)
        #expect(Screen.width(environment: ["COLUMNS": "120"], window: nil) == 120)
        for invalid in ["", "wide", "0", "-40", "50x", "100000"] {
            #expect(Screen.width(environment: ["COLUMNS": invalid], window: 132) == 132, "COLUMNS=\(invalid)")
            #expect(Screen.width(environment: ["COLUMNS": invalid], window: nil) == 80, "COLUMNS=\(invalid)")
        }
        #expect(Screen.width(environment: [:], window: nil) == 80)
        #expect(RunContext(environment: ["COLUMNS": "64"], clock: .fixed(testNow)).screen == Screen(width: 64, isTerminal: false))
        #expect(RunContext(environment: [:], clock: .fixed(testNow)).screen == Screen(width: 80, isTerminal: false))
    }

    @Test(arguments: [50, 120])
    func proseWrapsToColumns(_ columns: Int) throws {
        try withJournal { world in
            let prompt = "relationships-breaking-down-barriers-p1"
            try world.write(["--date", "2025-11-26", "--prompt", prompt, "-m", String(repeating: "A long first line of a year ago. ", count: 4)])
            let environment = ["COLUMNS": "\(columns)"]
            for command in [["today"], ["source", prompt], ["source", "relationships"], ["prompts", "--question", "relationships"], ["questions"],
                            ["schedule", "--days", "5"], ["status"], ["plan"], ["show", try #require(world.listJSON().first?["id"] as? String)]] {
                let result = try world.run(command, environment)
                #expect(result.status == 0, "\(command): \(result.stderr)")
                // An entry's own text is shown as written: what reflect adds after it wraps.
                let text = command[0] == "show" ? String(try #require(result.stdout.components(separatedBy: "From the workshop").last)) : result.stdout
                #expect(overlong(text, columns).isEmpty, "\(command) at \(columns): \(overlong(result.stdout, columns))")
                // Wider than 80 at 120: the width is used, not a fixed 80.
                if columns == 120, command == ["today"] || command == ["questions"] {
                    #expect(result.stdout.split(separator: "\n").contains { $0.unicodeScalars.count > 80 }, "\(command)")
                }
            }
            // Ids are never broken: today's prompt id and the year-ago entry's id are whole on one line.
            let today = try world.run(["today"], environment).stdout
            let promptLine = try #require(today.split(separator: "\n").first { $0.hasPrefix("Prompt ") })
            #expect(promptLine.split(separator: " ").count == 2, "\(promptLine)")
            let id = try #require(world.listJSON().first?["id"] as? String)
            #expect(today.contains("[\(id)]"), "\(today)")
        }
    }

    @Test func listColumnsLineUpAndCutOnlyOnATerminal() throws {
        try withJournal { world in
            let long = "This first line is long enough that no narrow terminal could show all of it on one line."
            try world.write(["--date", "2026-11-20", "--prompt", "relationships-breaking-down-barriers-p1", "-m", long])
            try world.write(["--date", "2026-11-21", "--prompt", "frames-tribes-preconceived-ideas-p1", "-m", "Short."])
            try world.write(["--date", "2026-11-22", "-m", "No theme at all."])
            for filters in [[], ["--since", "2026-11-01"]] {  // the newest entries read directly, and the index
                let plain = try world.run(["list"] + filters, ["COLUMNS": "50"]).stdout
                let lines = plain.split(separator: "\n").map(String.init)
                #expect(lines.count == 3)
                // Every column starts at the same place on every line.
                let firstWords = ["No theme at all.", "Short.", "This first line is long enough that no narrow terminal…"]
                let starts = zip(lines, firstWords).map { line, words in line.range(of: words).map { line.distance(from: line.startIndex, to: $0.lowerBound) } }
                #expect(Set(starts).count == 1 && starts[0] != nil, "\(plain)")
                let themes = ["Breaking down barriers to relationships", "-"]
                let themeStarts = lines.compactMap { line in themes.lazy.compactMap { line.range(of: "  " + $0 + " ") }.first.map { line.distance(from: line.startIndex, to: $0.lowerBound) } }
                #expect(Set(themeStarts).count == 1 && themeStarts.count == 2, "\(plain)")
                // Off a terminal nothing is cut, whatever the width.
                #expect(plain.contains("This first line is long enough that no narrow terminal…\n"))

                // On a terminal, lines fit: the theme and the first words are cut, the id and date never.
                let terminal = onScreen(world, ["list"] + filters, width: 80, terminal: true).stdout
                let cut = terminal.split(separator: "\n").map(String.init)
                #expect(cut.count == 3)
                for (line, full) in zip(cut, lines) {
                    #expect(line.unicodeScalars.count <= 80, "\(line)")
                    #expect(line.prefix(39) == full.prefix(39))
                }
                #expect(cut.contains { $0.unicodeScalars.count == 80 && $0.contains("  Breaking down bar…  This first line") && $0.hasSuffix("…") }, "\(terminal)")
                #expect(cut.contains { $0.hasSuffix("  No theme at all.") })
                // Narrower than the id and date leave room for: lines pass the width rather than lose an id.
                let narrow = onScreen(world, ["list"] + filters, width: 50, terminal: true).stdout.split(separator: "\n").map(String.init)
                for (line, full) in zip(narrow, lines) { #expect(line.prefix(39) == full.prefix(39)) }
                #expect(narrow.contains { $0.hasSuffix("  Breaking…   This firs…") }, "\(narrow)")
                // A wide terminal shows it all.
                #expect(onScreen(world, ["list"] + filters, width: 200, terminal: true).stdout == plain)
            }
        }
    }

    @Test(arguments: [50, 120])
    func statusAndPlanLabelsLineUp(_ columns: Int) throws {
        try withJournal { world in
            #expect(try world.run(["plan", "focus", "relationships", "--days", "21"]).status == 0)
            #expect(try world.run(["plan", "days", "mon,tue,wed,thu,fri,sat"]).status == 0)
            for command in [["status"], ["plan"]] {
                let text = try world.run(command, ["COLUMNS": "\(columns)"]).stdout
                let lines = text.split(separator: "\n").map(String.init)
                #expect(lines.count >= 2)
                #expect(overlong(text, columns).isEmpty, "\(text)")
                for line in lines {
                    // A label (one word, padded) or a continuation: either way the value starts at column 12.
                    let label = line.prefix(12)
                    #expect(label.count == 12 && line.count > 12, "\(line)")
                    #expect(label.trimmingCharacters(in: .whitespaces).allSatisfy { $0.isLetter }, "\(line)")
                    #expect(line.dropFirst(12).first != " ", "\(line)")
                }
            }
        }
    }

    @Test func aTerminalsWindowSetsTheWidth() throws {
        try withJournal { world in
            let long = "This first line is long enough that no narrow terminal could show all of it on one line."
            try world.write(["--date", "2026-11-20", "--prompt", "relationships-breaking-down-barriers-p1", "-m", long])
            func quote(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            // A pseudo-terminal 90 columns wide, through script(1).
            func onTerminal(_ arguments: [String], _ extra: [String: String] = [:]) throws -> String {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
                // COLUMNS goes to reflect alone: a shell updates its own after stty.
                let command = ["env"] + extra.map { "\($0)=\($1)" } + [reflectBinary.path] + arguments
                process.arguments = ["-qec", "stty cols 90 rows 40; " + command.map(quote).joined(separator: " "), "/dev/null"]
                // Plain and unpaged: the widths are what is measured.
                process.environment = testEnvironment(home: world.home, world.environment.merging(["NO_COLOR": "1", "PAGER": "cat"]) { $1 })
                let out = Pipe()
                process.standardOutput = out
                process.standardInput = FileHandle.nullDevice
                try process.run()
                let data = out.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
            }
            let list = try onTerminal(["list"])
            let line = try #require(list.split(separator: "\n").first { $0.contains("Breaking down") })
            #expect(line.unicodeScalars.count == 90 && line.hasSuffix("…"), "\(list)")
            let today = try onTerminal(["today"])
            #expect(overlong(today, 90).isEmpty && today.split(separator: "\n").contains { $0.unicodeScalars.count > 80 }, "\(today)")
            // COLUMNS wins over the window.
            let wide = try onTerminal(["list"], ["COLUMNS": "200"])
            #expect(wide.contains("This first line is long enough that no narrow terminal…"), "\(wide)")
            // Not a terminal: nothing is cut.
            let piped = try world.process(["list"])
            #expect(piped.stdout.contains("This first line is long enough that no narrow terminal…\n"))
        }
    }
}
