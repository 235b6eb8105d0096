import Foundation
import Testing
@testable import ReflectionCore

extension JournalWorld {
    /// Runs reflect in process on another day, at 09:30 UTC: the clock a
    /// person's days move on.
    func run(_ arguments: [String], on date: CalendarDate, stdin: String? = nil, answers: [String]? = nil) throws -> ProcessOutput {
        try runReflect(arguments, home: home, environment: environment, stdin: stdin,
                       clock: .fixed(Timestamp(date: date, hour: 9, minute: 30, second: 0, offset: 0)), answers: answers)
    }

    /// What `today --json` says of a date, seen on `seenOn`: the prompt id (or "-") and whether it is answered.
    func day(_ date: CalendarDate, seenOn: CalendarDate) throws -> String {
        let out = try run(["today", "--date", date.description, "--json"], on: seenOn)
        let object = try #require(try jsonObject(out.stdout) as? [String: Any], "today --json: \(out.stderr)")
        let prompt = (object["prompt"] as? [String: Any])?["id"] as? String ?? "-"
        return "\(prompt) \(object["answered"] as? Bool ?? false)"
    }
}

/// The daily practice keeps its word: a change takes effect from the day it
/// is made, and the past never changes.
@Suite struct PracticeKeepsItsWordTests {
    static let monday = CalendarDate(year: 2026, month: 11, day: 30)!

    @Test func aPlanChangeTakesEffectFromTheDayItIsMade() throws {
        try withJournal { world in
            let tuesday = Self.monday.adding(days: 1)
            // Answer Tuesday's prompt on Tuesday, then keep only Monday, Wednesday and Friday.
            let before = try world.day(tuesday, seenOn: tuesday)
            let id = String(before.split(separator: " ")[0])
            #expect(try world.run(["write", "--today", "-m", "Answered."], on: tuesday).status == 0)
            let change = try world.run(["plan", "days", "mon,wed,fri", "--from", "tomorrow"], on: tuesday)
            #expect(change.status == 0, "\(change.stderr)")
            #expect(try world.day(tuesday, seenOn: tuesday.adding(days: 3)) == "\(id) true")
            #expect(try world.day(tuesday.adding(days: 7), seenOn: tuesday.adding(days: 3)) == "- false", "a Tuesday after the change has none")
            // The plan keeps its history with the day each change took effect.
            let plan = try #require(try jsonObject(try world.run(["plan", "--json"], on: tuesday).stdout) as? [String: Any])
            #expect(plan["from"] as? String == tuesday.adding(days: 1).description)
            let history = try #require(plan["history"] as? [[String: Any]])
            #expect(history.count == 1 && history[0]["days"] == nil)
            // A change cannot reach back before today.
            let back = try world.run(["plan", "days", "weekdays", "--from", "yesterday"], on: tuesday)
            #expect(back.status == 1 && back.stderr.contains("the days before keep what they showed"))
        }
    }

    @Test func calendarUIDsComeFromAPerJournalSaltNotTheSeed() throws {
        func uids(_ world: JournalWorld) throws -> [Substring] {
            try world.run(["schedule", "--ics", "--days", "3"]).stdout.split(separator: "\r\n").filter { $0.hasPrefix("UID:") }
        }
        try withJournal { one in
            try withJournal { two in
                let first = try uids(one)
                #expect(first.count == 3)
                #expect(try uids(one) == first, "stable for one journal")
                #expect(Set(try uids(two)).isDisjoint(with: first), "another journal, with the same seed, has other UIDs")
                let plan = try #require(try jsonObject(try one.run(["plan", "--json"]).stdout) as? [String: Any])
                #expect((plan["salt"] as? String)?.count == 16 && plan["seed"] as? Int == 0)
            }
        }
    }

    @Test func planHistoryKeepsEarlierSettings() {
        var plan = Plan()
        let start = Self.monday
        plan.change(from: start) { $0.days = [0, 2, 4] }
        plan.change(from: start.adding(days: 14)) { $0.focus = Plan.Focus(id: "resilience", model: .gibbs, start: start.adding(days: 14), days: 21) }
        plan.change(from: start.adding(days: 7)) { $0.days = nil }
        #expect(plan.problem == nil)
        #expect(plan.setting(on: start.adding(days: -1)).days == nil)
        #expect(plan.setting(on: start).days == [0, 2, 4])
        #expect(plan.setting(on: start.adding(days: 8)).days == nil && plan.setting(on: start.adding(days: 8)).focus == nil)
        // A change made before a planned one reaches it too, and the planned focus stays.
        #expect(plan.setting(on: start.adding(days: 15)).days == nil && plan.setting(on: start.adding(days: 15)).focus?.id == "resilience")
        #expect(plan.periods.map(\.from) == ["2026-01-01", "2026-11-30", "2026-12-07", "2026-12-14"])
        // The same change again is no change.
        let same = plan
        plan.change(from: start.adding(days: 20)) { $0.days = nil }
        #expect(plan == same)
    }
}

/// A focus is a thread that follows the writing.
@Suite struct FocusThreadTests {
    static let monday = CalendarDate(year: 2026, month: 11, day: 30)!

    func todayJSON(_ world: JournalWorld, on date: CalendarDate) throws -> [String: Any] {
        let out = try world.run(["today", "--json"], on: date)
        return try #require(try jsonObject(out.stdout) as? [String: Any], "\(out.stderr)")
    }

    @Test func writingMovesTheFocusOnAndTheEntryRecordsItsStage() throws {
        try withJournal { world in
            let monday = Self.monday
            let start = try world.run(["plan", "focus", "resilience", "--days", "21"], on: monday)
            #expect(start.status == 0, "\(start.stderr)")
            #expect(start.stdout.contains("Ends when its 6 stages are written or on 2026-12-20, whichever comes"))
            #expect(start.stdout.contains("0 of 6 stages written; next: stage 1, Description"))
            let first = try world.run(["today"], on: monday).stdout
            #expect(first.contains("stage 1 of 6: Description\n  What happened?"), "the stage and its questions on their own lines: \(first)")
            // Monday: stage 1, written in Gibbs's model, recording focus and stage.
            let saved = try world.run(["write", "--today", "-m", "Two boards, one plan, and nobody in the room from social care."], on: monday)
            #expect(saved.status == 0, "\(saved.stderr)")
            let entry = try String(contentsOfFile: String(saved.stdout.split(separator: "(")[1].dropLast(2)), encoding: .utf8)
            #expect(entry.contains("\nfocus: resilience\n") && entry.contains("\nstage: 1\n") && entry.contains("\nmodel: gibbs\n"))
            #expect(entry.contains("\nprompt: resilience-"))
            // Tuesday, nothing written: Wednesday is still stage 2, and shows the thread so far.
            #expect(try todayJSON(world, on: monday.adding(days: 1))["stageNumber"] as? Int == 2)
            let wednesday = try world.run(["today"], on: monday.adding(days: 2)).stdout
            #expect(wednesday.contains("stage 2 of 6: Feelings"))
            #expect(wednesday.contains("The thread so far\n  1. Description (2026-11-30): Two boards, one plan"), "\(wednesday)")
            #expect(try world.run(["write", "--today", "-m", "Angry, then tired."], on: monday.adding(days: 2)).status == 0)
            // Thursday skipped: the stage moves on.
            let skip = try world.run(["skip"], on: monday.adding(days: 3))
            #expect(skip.stdout.contains("Skipped stage 3 of 6 (Evaluation)") && skip.stdout.contains("stage 4 comes next"), "\(skip.stdout)")
            #expect(try todayJSON(world, on: monday.adding(days: 4))["stageNumber"] as? Int == 4)
            // Saturday is the 7th... no: the 7th day is Sunday (day 6), which keeps the normal rotation.
            #expect(try todayJSON(world, on: monday.adding(days: 6))["reason"] as? String != "focus")
            for (offset, stage) in [(4, 4), (7, 5), (8, 6)] {
                let day = monday.adding(days: offset)
                #expect(try todayJSON(world, on: day)["stageNumber"] as? Int == stage, "day \(offset)")
                #expect(try world.run(["write", "--today", "-m", "Stage \(stage)."], on: day).status == 0)
            }
            // Every stage written: the focus has ended, though days remain.
            let after = try todayJSON(world, on: monday.adding(days: 9))
            #expect(after["reason"] as? String != "focus")
            let plan = try world.run(["plan"], on: monday.adding(days: 9)).stdout
            #expect(plan.contains("Ended 2026-12-08: 5 of 6 stages written, 1 skipped."), "the skipped stage is not counted as written: \(plan)")
            // The days before still show the stages they showed.
            #expect(try world.run(["today", "--date", "2026-12-02", "--json"], on: monday.adding(days: 9)).stdout.contains("\"stageNumber\" : 2"))
            let stages = try world.run(["list", "--json"], on: monday.adding(days: 9)).stdout
            let objects = try #require(try jsonObject(stages) as? [[String: Any]])
            #expect(objects.compactMap { $0["stage"] as? Int }.sorted() == [1, 2, 4, 5, 6])
        }
    }
}

/// The past never changes, over random histories: whatever a person does on
/// day D (answer, skip, change the plan, start or end a focus, write an
/// entry dated earlier or later, delete an entry of a later day, or update
/// to a library with more prompts), every day before D shows what it showed.
@Suite struct ThePastNeverChangesTests {
    static let first = CalendarDate(year: 2026, month: 11, day: 16)!

    /// What each day from `first` through the day before `date` shows, seen on `date`.
    func past(_ world: JournalWorld, before date: CalendarDate, library: [String: String]) throws -> [String] {
        let days = date.dayNumber - Self.first.dayNumber
        guard days > 0 else { return [] }
        let out = try runReflect(["schedule", "--from", Self.first.description, "--days", String(days), "--json"], home: world.home,
                                 environment: world.environment.merging(library) { $1 },
                                 clock: .fixed(Timestamp(date: date, hour: 9, minute: 30, second: 0, offset: 0)))
        let picks = try #require(try jsonObject(out.stdout) as? [Any], "\(out.stderr)")
        return picks.map { pick in
            guard let pick = pick as? [String: Any], let prompt = pick["prompt"] as? [String: Any] else { return "-" }
            return "\(pick["date"] ?? "") \(prompt["id"] ?? "") \(pick["reason"] ?? "") \(pick["stageNumber"] ?? "")"
        }
    }

    /// The built-in library with one prompt more in every theme of the first question.
    func grownLibrary(_ folder: URL) throws -> String {
        let url = packageRoot.appendingPathComponent("Prompts/questions.json")
        var library = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var questions = try #require(library["questions"] as? [[String: Any]])
        var themes = try #require(questions[0]["themes"] as? [[String: Any]])
        for index in themes.indices {
            var prompts = try #require(themes[index]["prompts"] as? [[String: Any]])
            let notes = try #require(themes[index]["notes"] as? [[String: Any]])
            let theme = try #require(themes[index]["id"] as? String)
            prompts.append(["id": "\(theme)-p99", "text": "What would you add, today, to \(notes[0]["text"] ?? "this")?",
                            "sources": [notes[0]["id"] ?? ""]])
            themes[index]["prompts"] = prompts
        }
        questions[0]["themes"] = themes
        library["questions"] = questions
        let path = folder.appendingPathComponent("grown.json")
        try JSONSerialization.data(withJSONObject: library).write(to: path)
        return path.path
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func noOperationOnADayChangesAnEarlierDay(seed: UInt64) throws {
        try withJournal { world in
            var rng = SplitMix64(state: seed)
            let grown = try grownLibrary(world.root)
            var library: [String: String] = [:]
            var seen: [String: String] = [:]  // date → what it first showed
            var answered: [CalendarDate: String] = [:]
            var later: [String] = []  // ids of entries dated after the day they were written
            let ids = ["resilience", "compassion", "frames", "relationships-breaking-down-barriers", "long-term"]
            for offset in 0..<40 {
                let date = Self.first.adding(days: offset)
                func run(_ arguments: [String]) throws -> ProcessOutput {
                    try runReflect(arguments, home: world.home, environment: world.environment.merging(library) { $1 },
                                   clock: .fixed(Timestamp(date: date, hour: 9, minute: 30, second: 0, offset: 0)))
                }
                let before = try past(world, before: date, library: library)
                for line in before {
                    let day = String(line.prefix(10))
                    if let first = seen[day] { #expect(first == line, "seed \(seed), day \(offset): \(day) showed '\(first)', now '\(line)'") }
                    seen[day] = seen[day] ?? line
                }
                var operation = ""
                switch Int.random(in: 0..<10, using: &rng) {
                case 0, 1:
                    operation = "answer"
                    let out = try run(["write", "--today", "--json", "-m", "Answered on day \(offset)."])
                    if out.status == 0, let object = try jsonObject(out.stdout) as? [String: Any], let prompt = object["prompt"] as? String {
                        answered[date] = prompt
                    }
                case 2: operation = "skip"; _ = try run(["skip"])
                case 3:
                    operation = "plan days"
                    _ = try run(["plan", "days", ["weekdays", "mon,wed,fri", "all", "tue,thu,sat"].randomElement(using: &rng) ?? "all"])
                case 4:
                    operation = "plan focus"
                    _ = try run(["plan", "focus", ids.randomElement(using: &rng) ?? "frames", "--days", String(Int.random(in: 3...12, using: &rng)),
                                 "--model", ["gibbs", "driscoll"].randomElement(using: &rng) ?? "gibbs"])
                case 5: operation = "plan rotate"; _ = try run(["plan", "rotate"])
                case 6:
                    operation = "backdated entry"
                    _ = try run(["write", "--date", date.adding(days: -Int.random(in: 1...10, using: &rng)).description,
                                 "--prompt", "compassion-humanity-p1", "-m", "Remembered later."])
                case 7:
                    operation = "later entry"
                    let out = try run(["write", "--date", date.adding(days: Int.random(in: 1...5, using: &rng)).description, "--force",
                                       "--prompt", "frames-tribes-preconceived-ideas-p1", "--json", "-m", "Dated ahead."])
                    if let object = try? jsonObject(out.stdout) as? [String: Any], let id = object["id"] as? String { later.append(id) }
                case 8:
                    operation = "delete a later day's entry"
                    if let id = later.popLast() { _ = try run(["delete", "--force", id]) }
                default:
                    operation = "new library"
                    library = ["REFLECT_LIBRARY": grown]
                }
                let after = try past(world, before: date, library: library)
                #expect(after == before, "seed \(seed), day \(offset): '\(operation)' changed the days before it")
            }
            // A day whose prompt was answered shows it, answered, whatever came later.
            let end = Self.first.adding(days: 45)
            for (date, prompt) in answered {
                let out = try runReflect(["today", "--date", date.description, "--json"], home: world.home,
                                         environment: world.environment.merging(library) { $1 },
                                         clock: .fixed(Timestamp(date: end, hour: 9, minute: 30, second: 0, offset: 0)))
                let day = try #require(try jsonObject(out.stdout) as? [String: Any])
                #expect((day["prompt"] as? [String: Any])?["id"] as? String == prompt && day["answered"] as? Bool == true,
                        "seed \(seed): \(date) answered \(prompt)")
            }
            #expect(!answered.isEmpty)
        }
    }
}

@Suite struct ScheduleLedgerTests {
    /// Two devices' ledgers merged by union (git's `merge=union`): any order
    /// of their lines reads the same, and where both recorded a day the line
    /// recorded first wins; a damaged line is skipped, not fatal.
    @Test func aUnionOfTwoLedgersReadsTheSameInAnyOrder() {
        let laptop = ["2026-11-26 compassion-humanity-p1 new 100", "2026-11-27 frames-history-p1 rotation 200"]
        let home = ["2026-11-27 resilience-pathways-and-tasks-p2 new 150", "2026-11-28 - none 300"]
        let merged = laptop + home + ["2026-11-2 broken", ""]
        var rng = SplitMix64(state: 7)
        let reference = ScheduleLedger(bytes: Array((merged.joined(separator: "\n") + "\n").utf8))
        #expect(reference[CalendarDate(year: 2026, month: 11, day: 27)!]?.prompt == "resilience-pathways-and-tasks-p2", "recorded first wins")
        #expect(reference[CalendarDate(year: 2026, month: 11, day: 28)!]?.prompt == nil)
        #expect(reference[CalendarDate(year: 2026, month: 11, day: 28)!]?.reason == "none")
        #expect(reference.unreadable == [5])
        #expect(reference.days.count == 3)
        for _ in 0..<20 {
            let shuffled = merged.shuffled(using: &rng)
            #expect(ScheduleLedger(bytes: Array(shuffled.joined(separator: "\n").utf8)).days == reference.days)
        }
        // Hashes follow the records, not the order of the lines.
        let day = CalendarDate(year: 2026, month: 11, day: 29)!.dayNumber
        #expect(ScheduleLedger(bytes: Array(merged.reversed().joined(separator: "\n").utf8)).hash(before: day) == reference.hash(before: day))
    }

    @Test func theLedgerIsPrivateAndOnlyGrows() throws {
        try withJournal { world in
            try world.write(["-m", "A first entry."])
            let monday = CalendarDate(year: 2026, month: 11, day: 30)!
            _ = try world.run(["today"], on: monday)
            let path = world.journal.appendingPathComponent("shown.log").path
            #expect(mode(path) == 0o600)
            let first = try String(contentsOfFile: path, encoding: .utf8)
            #expect(first.hasPrefix("2026-01-01 ") && first.hasSuffix("\n"))
            #expect(first.split(separator: "\n").last?.hasPrefix("2026-11-29 ") == true, "days up to yesterday")
            _ = try world.run(["today"], on: monday.adding(days: 2))
            let later = try String(contentsOfFile: path, encoding: .utf8)
            #expect(later.hasPrefix(first) && later.split(separator: "\n").count == first.split(separator: "\n").count + 2)
        }
    }
}

/// What a three-week trial of the release binary found after the focus
/// became a thread: skips that look unanswered, counts that call a skipped
/// stage written, a stage prompt chosen by its place in the library.
@Suite struct TheTrialsDefectsStayFixedTests {
    static let monday = CalendarDate(year: 2026, month: 11, day: 30)!

    func json(_ world: JournalWorld, _ arguments: [String], on date: CalendarDate, _ extra: [String: String] = [:]) throws -> [String: Any] {
        let out = try runReflect(arguments + ["--json"], home: world.home, environment: world.environment.merging(extra) { $1 },
                                 clock: .fixed(Timestamp(date: date, hour: 9, minute: 30, second: 0, offset: 0)))
        return try #require(try jsonObject(out.stdout) as? [String: Any], "\(arguments): \(out.stderr)")
    }

    /// The built-in library with a new prompt at the front of a theme.
    func libraryWithNewFirstPrompt(in themeID: String, folder: URL) throws -> String {
        let url = packageRoot.appendingPathComponent("Prompts/questions.json")
        var library = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var questions = try #require(library["questions"] as? [[String: Any]])
        for q in questions.indices {
            var themes = try #require(questions[q]["themes"] as? [[String: Any]])
            for t in themes.indices where themes[t]["id"] as? String == themeID {
                var prompts = try #require(themes[t]["prompts"] as? [[String: Any]])
                let notes = try #require(themes[t]["notes"] as? [[String: Any]])
                prompts.insert(["id": "\(themeID)-p98", "text": "What would you add, today, to this?", "sources": [notes[0]["id"] ?? ""]], at: 0)
                themes[t]["prompts"] = prompts
            }
            questions[q]["themes"] = themes
        }
        library["questions"] = questions
        let path = folder.appendingPathComponent("front.json")
        try JSONSerialization.data(withJSONObject: library).write(to: path)
        return path.path
    }

    /// A theme of three prompts, six stages: no stage repeats an answered
    /// prompt (the question's other themes follow), and a prompt added at
    /// the front of the theme does not make the next stage repeat one.
    @Test func aFocusStageNeverRepeatsAnAnsweredPromptWhateverTheLibraryOrder() throws {
        try withJournal { world in
            let theme = "relationships-scale-of-ambition"
            let front = try libraryWithNewFirstPrompt(in: theme, folder: world.root)
            #expect(try world.run(["plan", "focus", theme, "--days", "21"], on: Self.monday).status == 0)
            var answered: [String] = []
            var library: [String: String] = [:]
            for offset in [0, 1, 2, 3, 4, 5, 7] where answered.count < 6 {
                let day = Self.monday.adding(days: offset)
                let today = try json(world, ["today"], on: day, library)
                let prompt = try #require((today["prompt"] as? [String: Any])?["id"] as? String)
                #expect(today["stageNumber"] as? Int == answered.count + 1, "day \(offset)")
                #expect(!answered.contains(prompt), "stage \(answered.count + 1) repeats \(prompt), answered already: \(answered)")
                let out = try runReflect(["write", "--today", "-m", "Stage \(answered.count + 1)."], home: world.home,
                                         environment: world.environment.merging(library) { $1 },
                                         clock: .fixed(Timestamp(date: day, hour: 9, minute: 30, second: 0, offset: 0)))
                #expect(out.status == 0, "\(out.stderr)")
                answered.append(prompt)
                library = ["REFLECT_LIBRARY": front]  // the library grows after the first stage
            }
            #expect(answered.count == 6 && Set(answered).count == 6, "\(answered)")
            #expect(answered.prefix(3).allSatisfy { $0.hasPrefix(theme) }, "the theme's own prompts come first: \(answered)")
        }
    }

    /// A stage shows the same prompt every day until it is written.
    @Test func aStageKeepsItsPromptUntilWritten() throws {
        try withJournal { world in
            #expect(try world.run(["plan", "focus", "compassion", "--days", "14"], on: Self.monday).status == 0)
            let prompts = try (0..<3).map { offset in
                try #require((try json(world, ["today"], on: Self.monday.adding(days: offset))["prompt"] as? [String: Any])?["id"] as? String)
            }
            #expect(Set(prompts).count == 1, "\(prompts)")
        }
    }

    /// A skipped day says so: not "answer it", not printed by --if-unanswered,
    /// "skipped" in status; --undo takes it back.
    @Test func aSkippedDayIsSkippedAndTheSkipCanBeTakenBack() throws {
        try withJournal { world in
            let day = Self.monday.adding(days: -3)
            #expect(try world.run(["write", "-m", "A free entry so the journal exists."], on: day).status == 0)
            #expect(try world.run(["skip"], on: day).status == 0)
            let text = try world.run(["today"], on: day).stdout
            #expect(text.contains("Skipped today. To answer it after all: reflect write --today") && !text.contains("Answer it with"), "\(text)")
            #expect(try world.run(["today", "--if-unanswered"], on: day).stdout.isEmpty)
            #expect(try json(world, ["today"], on: day)["skipped"] as? Bool == true)
            let status = try world.run(["status"], on: day).stdout
            #expect(status.hasPrefix("Today       skipped: "), "\(status)")
            #expect(try json(world, ["status"], on: day)["skipped"] as? Bool == true)
            // Another day sees it skipped too, with the command for that day.
            let later = try world.run(["today", "--date", day.description], on: day.adding(days: 1)).stdout
            #expect(later.contains("Skipped on \(day). To answer it after all: reflect write --prompt "), "\(later)")
            // Taken back: due again, and nothing left to take back.
            let undo = try world.run(["skip", "--undo"], on: day)
            #expect(undo.status == 0 && undo.stdout.hasPrefix("Took back the skip of "), "\(undo.stderr)")
            #expect(try json(world, ["today"], on: day)["skipped"] as? Bool == false)
            #expect(try world.run(["today", "--if-unanswered"], on: day).stdout.contains("Answer it with: reflect write --today"))
            let again = try world.run(["skip", "--undo"], on: day)
            #expect(again.status == 1 && again.stderr.contains("nothing was skipped on \(day)"), "\(again.stderr)")
        }
    }

    /// skip --date: after tomorrow only with --force, never before the schedule starts; nothing written when refused.
    @Test func skipRefusesADayFarAheadOrBeforeTheSchedule() throws {
        try withJournal { world in
            #expect(try world.run(["write", "-m", "So the journal exists."], on: Self.monday).status == 0)
            let skips = world.journal.appendingPathComponent("skips.json").path
            let ahead = try world.run(["skip", "--date", Self.monday.adding(days: 3).description], on: Self.monday)
            #expect(ahead.status == 1 && ahead.stderr.contains("is after tomorrow: if you mean it, add --force"), "\(ahead.stderr)")
            let before = try world.run(["skip", "--date", "2025-12-31"], on: Self.monday)
            #expect(before.status == 1 && before.stderr.contains("before the schedule starts"), "\(before.stderr)")
            #expect(!FileManager.default.fileExists(atPath: skips))
            #expect(try world.run(["skip", "--date", "tomorrow"], on: Self.monday).status == 0)
            #expect(try world.run(["skip", "--date", Self.monday.adding(days: 3).description, "--force"], on: Self.monday).status == 0)
        }
    }

    /// plan days with an empty item is a typo, refused with the plan unchanged.
    @Test func planDaysRefusesAnEmptyItem() throws {
        try withJournal { world in
            #expect(try world.run(["plan", "days", "mon,wed,fri"], on: Self.monday).status == 0)
            let plan = try String(contentsOf: world.journal.appendingPathComponent("plan.json"), encoding: .utf8)
            for days in ["mon,,fri", "mon,", ",tue"] {
                let out = try world.run(["plan", "days", days], on: Self.monday)
                #expect(out.status != 0 && !out.stderr.isEmpty, "\(days)")
            }
            #expect(try String(contentsOf: world.journal.appendingPathComponent("plan.json"), encoding: .utf8) == plan)
        }
    }

    /// A stage skipped and then written, or written twice, is listed once;
    /// counts tell written from skipped; status follows the thread; an
    /// undone skip puts the stage back.
    @Test func theThreadListsEachStageOnceAndCountsOnlyWrittenStages() throws {
        try withJournal { world in
            let monday = Self.monday
            #expect(try world.run(["plan", "focus", "resilience", "--days", "21"], on: monday).status == 0)
            #expect(try world.run(["skip"], on: monday).status == 0)
            let status = try world.run(["status"], on: monday).stdout.replacingOccurrences(of: "\n            ", with: " ")
            #expect(status.contains("0 of 6 stages written, 1 skipped, stage 2 next"), "\(status)")
            let skippedPrompt = try #require((try json(world, ["today"], on: monday)["prompt"] as? [String: Any])?["id"] as? String)
            let next = try #require((try json(world, ["today"], on: monday.adding(days: 1))["prompt"] as? [String: Any])?["id"] as? String)
            #expect(next != skippedPrompt, "stage 2 does not offer the prompt skipped at stage 1")
            let focus = try #require(try json(world, ["status"], on: monday)["focus"] as? [String: Any])
            #expect(focus["nextStage"] as? Int == 2 && focus["skipped"] as? [Int] == [1] && focus["ended"] as? Bool == false)
            // Stage 1 written after all, the next day, for the skipped day; then once more.
            for text in ["What happened on the ward.", "And what I left out."] {
                let out = try world.run(["write", "--today", "--date", monday.description, "-m", text], on: monday.adding(days: 1))
                #expect(out.status == 0, "\(out.stderr)")
            }
            let tuesday = try world.run(["today"], on: monday.adding(days: 1)).stdout
            #expect(tuesday.contains("stage 2 of 6: Feelings"), "\(tuesday)")
            let stageOne = tuesday.components(separatedBy: "\n").filter { $0.hasPrefix("  1. Description") }
            #expect(stageOne.count == 1, "\(tuesday)")
            // Both were written at the same (test) second: either may be the one shown.
            #expect(stageOne.first.map { $0.contains("What happened on the ward.") || $0.contains("And what I left out.") } == true
                    && tuesday.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("(and 1 more entry)"), "\(tuesday)")
            let plan = try world.run(["plan"], on: monday.adding(days: 1)).stdout
            #expect(plan.contains("1 of 6 stages written; next: stage 2, Feelings"), "\(plan)")
            // A skip taken back: the stage is next again.
            #expect(try world.run(["skip"], on: monday.adding(days: 1)).status == 0)
            #expect(try json(world, ["today"], on: monday.adding(days: 2))["stageNumber"] as? Int == 3)
            #expect(try world.run(["skip", "--undo", "--date", monday.adding(days: 1).description], on: monday.adding(days: 2)).status == 0)
            #expect(try json(world, ["today"], on: monday.adding(days: 2))["stageNumber"] as? Int == 2)
        }
    }

    /// Status speaks of an ended focus as ended, and not for ever.
    @Test func statusSaysAFocusEnded() throws {
        try withJournal { world in
            #expect(try world.run(["plan", "focus", "compassion", "--days", "3", "--model", "driscoll"], on: Self.monday).status == 0)
            let during = try world.run(["status"], on: Self.monday).stdout.replacingOccurrences(of: "\n            ", with: " ")
            #expect(during.contains("focus on compassion, 0 of 3 stages written, stage 1 next"), "\(during)")
            let after = try world.run(["status"], on: Self.monday.adding(days: 4)).stdout.replacingOccurrences(of: "\n            ", with: " ")
            #expect(after.contains("the focus on compassion ended 2026-12-02 (0 of 3 stages written)"), "\(after)")
            #expect(try json(world, ["status"], on: Self.monday.adding(days: 4))["focus"].map { ($0 as? [String: Any])?["ended"] as? Bool } == true)
            let muchLater = try world.run(["status"], on: Self.monday.adding(days: 20)).stdout
            #expect(!muchLater.contains("focus"), "\(muchLater)")
        }
    }

    /// The calendar on a focus day names the stage and the command that writes it.
    @Test func theCalendarOnAFocusDayNamesTheStage() throws {
        try withJournal { world in
            #expect(try world.run(["plan", "focus", "resilience", "--days", "7"], on: Self.monday).status == 0)
            let ics = try world.run(["schedule", "--days", "2", "--format", "ics"], on: Self.monday).stdout
            let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
            #expect(unfolded.contains("focus stage 1: Description") && unfolded.contains("Focus\\, stage 1 of 6 of Gibbs: Description"), "\(unfolded)")
            #expect(unfolded.contains("reflect write --today --date 2026-11-30") && !unfolded.contains("write --prompt"), "\(unfolded)")
        }
    }

    /// The 7th day of a focus keeps the rotation, and says the focus goes on.
    @Test func aFocusFreeDaySaysTheFocusGoesOn() throws {
        try withJournal { world in
            #expect(try world.run(["plan", "focus", "resilience", "--days", "14"], on: Self.monday).status == 0)
            let sunday = try world.run(["today"], on: Self.monday.adding(days: 6)).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(sunday.contains("Today is a free day of the focus on resilience; stage 1 (Description) comes next."), "\(sunday)")
        }
    }

    /// Bad input to suggest, and a settings file that cannot be read.
    @Test func suggestRefusesEmptyOrInvalidTextAndTodaySurvivesBrokenSettings() throws {
        try withJournal { world in
            #expect(try world.run(["suggest", "--text", "  "], on: Self.monday).status == 64)
            let file = world.root.appendingPathComponent("bad.txt")
            try Data([0x66, 0xFF, 0xFE]).write(to: file)
            let invalid = try world.run(["suggest", "--file", file.path], on: Self.monday)
            #expect(invalid.status == 1 && invalid.stderr.contains("UTF-8"), "\(invalid.stderr)")
            #expect(try world.run(["write", "-m", "So the journal exists."], on: Self.monday).status == 0)
            try Data("{ not json".utf8).write(to: world.journal.appendingPathComponent("settings.json"))
            let today = try world.run(["today"], on: Self.monday)
            #expect(today.status == 0 && today.stdout.contains("From the workshop") && today.stderr.contains("settings.json"), "\(today.stderr)")
        }
    }
}

/// A focus the plan still holds after it ended makes no thread (an index read) on later mornings.
@Suite struct AnEndedFocusCostsNothingTests {
    @Test func noThreadOutsideTheFocusDays() throws {
        try withJournal { world in
            let monday = CalendarDate(year: 2026, month: 11, day: 30)!
            #expect(try world.run(["plan", "focus", "compassion", "--days", "3"], on: monday).status == 0)
            let journal = Journal(folder: world.journal.path, clock: world.clock)
            let schedule = try DailySchedule(journal: journal, library: PromptLibrary.builtIn(), today: monday.adding(days: 20))
            #expect(schedule.focusThread(on: monday.adding(days: 1)) != nil)
            #expect(schedule.focusThread(on: monday.adding(days: 20)) == nil)
            #expect(schedule.focusThread(on: monday.adding(days: 5), afterEnd: 7) != nil)
            #expect(schedule.focusThread(on: monday.adding(days: 10), afterEnd: 7) == nil)
        }
    }
}
