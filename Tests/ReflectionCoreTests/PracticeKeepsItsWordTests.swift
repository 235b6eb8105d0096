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
