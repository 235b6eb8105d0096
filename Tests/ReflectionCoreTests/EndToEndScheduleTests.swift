import Foundation
import Testing
@testable import ReflectionCore

/// today, skip, schedule, plan and status on the real binary.
@Suite struct EndToEndScheduleTests {
    func todayID(_ world: JournalWorld, _ date: String = "2026-11-26") throws -> String? {
        let object = try #require(try jsonObject(try world.run(["today", "--date", date, "--json"]).stdout) as? [String: Any])
        return (object["prompt"] as? [String: Any])?["id"] as? String
    }

    @Test func answeringTodayLeavesTodayUnchangedAndIfUnansweredGoesQuiet() throws {
        try withJournal { world in
            let before = try #require(try todayID(world, "today"))
            let quiet = try world.run(["today", "--if-unanswered"])
            #expect(quiet.stdout.contains(before))
            try world.write(["--today", "-m", "Answered."])
            #expect(try todayID(world, "today") == before)
            let after = try world.run(["today", "--if-unanswered"])
            #expect(after.status == 0)
            #expect(after.stdout == "")
            let entry = try #require(try world.listJSON().first)
            #expect(entry["prompt"] as? String == before)
            let status = try #require(try jsonObject(try world.run(["status", "--json"]).stdout) as? [String: Any])
            #expect(status["answered"] as? Bool == true)
            #expect(status["daysReflectedInLast28"] as? Int == 1)
            #expect(status["entries"] as? Int == 1)
            #expect((status["tomorrow"] as? [String: Any])?["id"] is String)
        }
    }

    @Test func theScheduleIsTheSameInEveryProcessAndAfterTheCheckpoint() throws {
        try withJournal { world in
            try world.write(["-m", "Old.", "--date", "2026-02-03", "--prompt", "frames-history-p1"])
            try world.write(["-m", "Recent.", "--prompt", "compassion-humanity-p1"])
            let first = try world.run(["schedule", "--from", "2026-11-01", "--days", "60", "--json"])
            #expect(first.status == 0)
            let second = try world.run(["schedule", "--from", "2026-11-01", "--days", "60", "--json"])
            #expect(first.stdout == second.stdout)
            // Without the checkpoint, from the full history: the same.
            try? FileManager.default.removeItem(at: world.journal.appendingPathComponent(".schedule"))
            try? FileManager.default.removeItem(at: world.journal.appendingPathComponent(".index"))
            #expect(try world.run(["schedule", "--from", "2026-11-01", "--days", "60", "--json"]).stdout == first.stdout)
            // A backdated entry in an earlier month is seen at once.
            try world.write(["-m", "Backdated.", "--date", "2026-10-20", "--prompt", "frames-history-p2"])
            let after = try world.run(["schedule", "--from", "2026-11-01", "--days", "60", "--json"]).stdout
            try? FileManager.default.removeItem(at: world.journal.appendingPathComponent(".schedule"))
            #expect(try world.run(["schedule", "--from", "2026-11-01", "--days", "60", "--json"]).stdout == after)
            let array = try #require(try jsonObject(first.stdout) as? [[String: Any]])
            #expect(array.count == 60)
            let prompt = try #require(array.first?["prompt"] as? [String: Any])
            for key in ["id", "text", "question", "theme"] { #expect(prompt[key] is String, "\(key)") }
            #expect(prompt["sources"] is [String])
            #expect(array.first?["date"] as? String == "2026-11-01")
        }
    }

    @Test func skipRecordsTheDayAndTheSkipComesBackLater() throws {
        try withJournal { world in
            let id = try #require(try todayID(world, "2026-11-26"))
            let skipped = try world.run(["skip", "--date", "2026-11-26"])
            #expect(skipped.status == 0, "\(skipped.stderr)")
            #expect(skipped.stdout == "Skipped \(id) on 2026-11-26; it comes back in 7 days or later.\n")
            #expect(try todayID(world, "2026-11-26") == id, "skipping a day does not change that day")
            let skips = try String(contentsOf: world.journal.appendingPathComponent("skips.json"), encoding: .utf8)
            #expect(skips.contains("\"prompt\" : \"\(id)\""))
            #expect(mode(world.journal.appendingPathComponent("skips.json").path) == 0o600)
            #expect(try world.run(["skip", "--date", "2026-11-26"]).stdout.hasPrefix("Already skipped"))
            let forecast = try #require(try jsonObject(try world.run(["schedule", "--from", "2026-11-27", "--days", "14", "--json"]).stdout) as? [[String: Any]])
            let back = forecast.firstIndex { ($0["prompt"] as? [String: Any])?["id"] as? String == id }
            #expect(back == 6, "back on 2026-12-03, seven days later")
            #expect(forecast[6]["reason"] as? String == "skipped-before")
        }
    }

    /// On Thursday 2026-11-26, `--from monday` is the coming Monday,
    /// 2026-11-30, and `--from thursday` is today: a weekday looks forward
    /// for schedule and plan focus.
    @Test func scheduleFromAWeekdayLooksForward() throws {
        try withJournal { world in
            let monday = try world.run(["schedule", "--from", "monday", "--days", "7", "--json"])
            #expect(monday.status == 0, "\(monday.stderr)")
            let days = try #require(try jsonObject(monday.stdout) as? [[String: Any]])
            #expect(days.first?["date"] as? String == "2026-11-30")
            #expect(monday.stdout == (try world.run(["schedule", "--from", "2026-11-30", "--days", "7", "--json"])).stdout)
            #expect(try world.run(["schedule", "--from", "MON", "--days", "7", "--json"]).stdout == monday.stdout)
            let thursday = try #require(try jsonObject(try world.run(["schedule", "--from", "thu", "--days", "1", "--json"]).stdout) as? [[String: Any]])
            #expect(thursday.first?["date"] as? String == "2026-11-26", "today is Thursday")
            let tomorrow = try #require(try jsonObject(try world.run(["schedule", "--from", "tomorrow", "--days", "1", "--json"]).stdout) as? [[String: Any]])
            #expect(tomorrow.first?["date"] as? String == "2026-11-27")
            let focus = try world.run(["plan", "focus", "resilience", "--from", "tuesday", "--days", "7"])
            #expect(focus.status == 0, "\(focus.stderr)")
            #expect(focus.stdout.contains("2026-12-01 to 2026-12-07"))
            // skip and today look back: last Monday's prompt.
            #expect(try todayID(world, "monday") == (try todayID(world, "2026-11-23")))
        }
    }

    @Test func planFocusDaysAndRotate() throws {
        try withJournal { world in
            let focus = try world.run(["plan", "focus", "resilience", "--days", "21", "--from", "2026-12-01", "--model", "driscoll"])
            #expect(focus.status == 0, "\(focus.stderr)")
            #expect(focus.stdout.contains("Driscoll, 2026-12-01 to 2026-12-21"))
            let days = try #require(try jsonObject(try world.run(["schedule", "--from", "2026-12-01", "--days", "7", "--json"]).stdout) as? [[String: Any]])
            #expect(days.prefix(6).allSatisfy { ($0["prompt"] as? [String: Any])?["question"] as? String == "resilience" && $0["reason"] as? String == "focus" })
            // Nothing written yet: the first stage waits for its entry.
            #expect(days.prefix(3).map { $0["stage"] as? String } == ["What?", "What?", "What?"])
            #expect(days[6]["reason"] as? String != "focus")
            let plan = try #require(try jsonObject(try world.run(["plan", "--json"]).stdout) as? [String: Any])
            #expect((plan["focus"] as? [String: Any])?["id"] as? String == "resilience")
            let weekdays = try world.run(["plan", "days", "mon,tue,wed,thu,fri"])
            #expect(weekdays.stdout.hasPrefix("Days        mon,tue,wed,thu,fri\n"))
            let saturday = try world.run(["today", "--date", "2026-11-28"])
            #expect(saturday.status == 0)
            #expect(saturday.stdout.contains("No prompt that day: your plan has prompts on mon,tue,wed,thu,fri."))
            #expect(try todayID(world, "2026-11-28") == nil)
            let rotate = try world.run(["plan", "rotate"])
            #expect(rotate.stdout.contains("Focus       none"))
            #expect(mode(world.journal.appendingPathComponent("plan.json").path) == 0o600)
        }
    }

    @Test func badInputIsRefusedAndChangesNothing() throws {
        try withJournal { world in
            let unknown = try world.run(["plan", "focus", "resilliance"])
            #expect(unknown.status == 1)
            #expect(unknown.stderr == "reflect: error: unknown question or theme 'resilliance' (did you mean 'resilience'?)\n")
            for days in ["0", "-3", "x"] {
                let bad = try world.run(["plan", "focus", "resilience", "--days", days])
                #expect(bad.status == 64, "--days \(days)")
                #expect(bad.stderr.contains("--days"))
            }
            #expect(try world.run(["schedule", "--days", "0"]).status == 64)
            #expect(try world.run(["schedule", "--ics", "--time", "25:00"]).stderr.contains("expected a time as HH:MM"))
            #expect(try world.run(["schedule", "--ics", "--time", "7:30"]).status == 64)
            #expect(try world.run(["schedule", "--ics", "--alarm", "-5"]).status == 64)
            #expect(try world.run(["today", "--date", "2026-02-31"]).status == 64)
            #expect(try world.run(["skip", "--date", "tomorrow-ish"]).status == 64)
            #expect(try world.run(["plan", "days", "mon,funday"]).status == 64)
            #expect(try world.run(["plan", "rotat"]).stderr.contains("did you mean 'plan rotate'?"))
            #expect(!FileManager.default.fileExists(atPath: world.journal.appendingPathComponent("plan.json").path))
            // A plan broken by hand: a clear error, and the file is never overwritten.
            try FileManager.default.createDirectory(at: world.journal, withIntermediateDirectories: true)
            let planFile = world.journal.appendingPathComponent("plan.json")
            let broken = "{\n  \"days\": [0, 1,\n}\n"
            try Data(broken.utf8).write(to: planFile)
            let refused = try world.run(["plan", "days", "mon"])
            #expect(refused.status == 1)
            #expect(refused.stderr == "reflect: error: \(planFile.path):3:1: malformed JSON: unexpected character '}'; fix or remove it (it was not changed)\n")
            #expect(try String(contentsOf: planFile, encoding: .utf8) == broken)
            #expect(try world.run(["today"]).status == 1)
            try Data("{\"days\": \"weekdays\"}".utf8).write(to: planFile)
            #expect(try world.run(["status"]).stderr.contains("days: expected a list"))
            for (json, message) in [("{\"days\": [9]}", "days must list weekdays"),
                                    ("{\"focus\": {\"id\": \"resilience\", \"model\": \"gibbs\", \"start\": \"soon\", \"days\": 5}}", "focus.start"),
                                    ("{\"focus\": {\"id\": \"resilience\", \"model\": \"free\", \"start\": \"2026-12-01\", \"days\": 5}}", "focus.model")] {
                try Data(json.utf8).write(to: planFile)
                let result = try world.run(["schedule", "--ics"])
                #expect(result.status == 1)
                #expect(result.stderr.contains(message), "\(result.stderr)")
                #expect(try String(contentsOf: planFile, encoding: .utf8) == json)
            }
        }
    }

    @Test func onThisDayShowsEntriesFromAYearSixAndThreeMonthsBefore() throws {
        try withJournal { world in
            let old = try world.write(["-m", "A year back I wrote this.", "--date", "2025-11-26"])
            try world.write(["-m", "Not on this day.", "--date", "2025-11-25"])
            let today = try world.run(["today", "--date", "2026-11-26"])
            #expect(today.stdout.contains("On this day\n  A year ago: A year back I wrote this. [\(old)]"))
            #expect(!today.stdout.contains("Not on this day"))
            let json = try #require(try jsonObject(try world.run(["today", "--date", "2026-11-26", "--json"]).stdout) as? [String: Any])
            #expect((json["onThisDay"] as? [[String: Any]])?.first?["id"] as? String == old)
        }
    }

    @Test func calendarFileIsStrictRFC5545() throws {
        try withJournal { world in
            let environment = ["SOURCE_DATE_EPOCH": "1795000000"]
            let ics = try world.run(["schedule", "--ics", "--from", "2026-12-01", "--days", "10", "--alarm", "15"], environment)
            #expect(ics.status == 0)
            let bytes = Array(ics.stdout.utf8)
            // CRLF everywhere, lines at most 75 octets, folds begin with a space and never split a character.
            #expect(!bytes.enumerated().contains { $0.element == 0x0A && ($0.offset == 0 || bytes[$0.offset - 1] != 0x0D) })
            let lines = ics.stdout.components(separatedBy: "\r\n").dropLast()
            #expect(ics.stdout.hasSuffix("END:VCALENDAR\r\n"))
            for line in lines {
                #expect(line.utf8.count <= 75, "\(line)")
                #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil)
            }
            let unfolded = ics.stdout.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
            #expect(unfolded.prefix(4) == ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//reflect//reflect \(HelpText.version)//EN", "CALSCALE:GREGORIAN"])
            let events = unfolded.split(separator: "BEGIN:VEVENT").dropFirst()
            #expect(events.count == 10)
            var uids: [String] = []
            for event in events {
                let fields = Array(event)
                let uid = try #require(fields.first { $0.hasPrefix("UID:") })
                uids.append(uid)
                #expect(uid.range(of: #"^UID:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@reflect$"#, options: .regularExpression) != nil)
                #expect(fields.contains("DTSTAMP:20261118T110640Z"))
                #expect(fields.contains { $0.hasPrefix("DTSTART;VALUE=DATE:202612") })
                #expect(fields.contains("TRANSP:TRANSPARENT"))
                #expect(fields.contains("BEGIN:VALARM") && fields.contains("ACTION:DISPLAY") && fields.contains("TRIGGER:PT525M"))
                #expect(fields.filter { $0.hasPrefix("DESCRIPTION:") }.count == 2)
                let description = try #require(fields.first { $0.hasPrefix("DESCRIPTION:") })
                #expect(!description.contains("\n"))
                // TEXT escaping: commas and semicolons escaped, no bare line breaks.
                let body = description.dropFirst("DESCRIPTION:".count)
                var previous: Character = " "
                for c in body {
                    if c == "," || c == ";" { #expect(previous == "\\", "unescaped \(c) in \(description)") }
                    previous = c
                }
                #expect(body.contains("\\n\\nreflect write --prompt "))
            }
            #expect(Set(uids).count == 10)
            // The same day exports the same UID, from any starting day.
            let later = try world.run(["schedule", "--ics", "--from", "2026-12-05", "--days", "3"], environment).stdout
            #expect(later.contains(uids[4] + "\r\n"))
            #expect(ICalendar.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
            #expect(ICalendar.fold(String(repeating: "é", count: 40)) == String(repeating: "é", count: 37) + "\r\n " + String(repeating: "é", count: 3) + "\r\n")

            let timed = try world.run(["schedule", "--ics", "--days", "2", "--time", "07:30", "--alarm", "10"], environment).stdout
            #expect(timed.contains("DTSTART:") && timed.contains("T073000\r\n") && timed.contains("TRIGGER:-PT10M\r\n"))
            let reminder = try world.run(["schedule", "--reminder", "--time", "08:00"], environment).stdout
            #expect(reminder.components(separatedBy: "BEGIN:VEVENT").count == 2)
            #expect(reminder.contains("RRULE:FREQ=DAILY\r\n") && reminder.contains("reflect today"))

            // A real iCalendar parser, strictly (CI installs vobject).
            let file = world.root.appendingPathComponent("reflect.ics")
            try Data(ics.stdout.utf8).write(to: file)
            let script = """
            import sys
            try:
                import vobject
            except ImportError:
                sys.exit("python3 module vobject is missing: pip install vobject")
            cal = vobject.readOne(open(sys.argv[1], newline="").read(), validate=True)
            print(len(cal.vevent_list))
            """
            let (status, printed) = try runPython(script, file.path)
            #expect(status == 0, "\(printed)")
            #expect(printed == "10\n")
        }
    }
}
