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
    // MARK: The man page

    @Test(.enabled(if: mandocPath != nil, "mandoc is not installed (apt-get install mandoc); CI installs it"))
    func manPageHasNoStrayQuotes() throws {
        let page = try renderedManPage()
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The `plan days` entry: its heading line to the next blank line.
        let start = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "plan days days" })
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
}
