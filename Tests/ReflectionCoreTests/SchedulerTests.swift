import Foundation
import Testing
@testable import ReflectionCore

/// A small deterministic random generator (SplitMix64) for simulated histories.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The scheduler's rules, over long simulated periods.
@Suite struct SchedulerTests {
    let library = PromptLibrary.builtIn()
    static let start = CalendarDate(year: 2026, month: 1, day: 1)!

    func picks(_ plan: Plan = Plan(), from first: CalendarDate = start, days: Int, history: ScheduleHistory = ScheduleHistory()) -> [SchedulePick?] {
        Scheduler(library: library, plan: plan).picks(from: first, through: first.adding(days: days - 1), history: history)
    }

    @Test(arguments: [start, CalendarDate(year: 2025, month: 6, day: 15)!, CalendarDate(year: 2027, month: 3, day: 2)!])
    func everyThemeAppearsInAny56ConsecutiveDays(first: CalendarDate) {
        let themes = library.questions.flatMap { $0.themes.map(\.id) }
        let days = picks(from: first, days: 800).map { $0?.prompt.theme.id }
        // The issue asks 70 days; with 56 themes and no history the rotation does it in 56.
        for windowStart in 0...(days.count - 56) {
            let seen = Set(days[windowStart..<(windowStart + 56)].compactMap { $0 })
            #expect(seen.count == themes.count, "window from day \(windowStart): \(themes.filter { !seen.contains($0) })")
            if seen.count != themes.count { break }
        }
    }

    @Test func noPromptRepeatsWithin30DaysWhileUnseenRemain() {
        let days = picks(days: 730)
        var lastShown: [String: Int] = [:]
        var seen = Set<String>()
        let all = Set(library.placedPrompts.map(\.prompt.id))
        for (day, pick) in days.enumerated() {
            guard let id = pick?.prompt.prompt.id else { continue }
            if let last = lastShown[id], day - last < 30 {
                #expect(seen == all, "\(id) repeated after \(day - last) days on day \(day) with unseen prompts left")
            }
            // Within a theme, a prompt comes back only once its theme's other prompts were shown.
            if lastShown[id] != nil, let theme = pick?.prompt.theme {
                let unseen = theme.prompts.map(\.id).filter { !seen.contains($0) }
                #expect(unseen.isEmpty, "\(id) repeated on day \(day) before \(unseen)")
            }
            lastShown[id] = day
            seen.insert(id)
        }
        #expect(seen == all, "every prompt is shown within two years")
    }

    /// A person who answers, skips or ignores each day's prompt at random, for
    /// a year and a half: answered prompts stay away for their growing
    /// interval, skipped ones come back after theirs and not much later.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func resurfacingIntervalsHoldForRandomHistories(seed: UInt64) {
        var rng = SplitMix64(state: seed)
        let scheduler = Scheduler(library: library, plan: Plan())
        var events: [ScheduleHistory.Event] = []
        var answers: [String: (count: Int, last: Int)] = [:]
        var skips: [String: (count: Int, last: Int)] = [:]
        var shownDays: [String: [Int]] = [:]
        var pendingSkips = Set<String>()
        let days = 540
        for offset in 0..<days {
            let date = Self.start.adding(days: offset)
            guard let pick = scheduler.pick(for: date, history: ScheduleHistory(events)) else { continue }
            let id = pick.prompt.prompt.id
            let day = date.dayNumber
            if let answered = answers[id], skips[id] == nil {
                let interval = Scheduler.answeredInterval(answered.count)
                #expect(day - answered.last >= max(14, interval), "\(id) back \(day - answered.last) days after answer \(answered.count)")
            }
            if let skipped = skips[id] {
                #expect(day - skipped.last >= Scheduler.skippedInterval(skipped.count), "\(id) back \(day - skipped.last) days after skip \(skipped.count)")
                // Back once as a skipped prompt; after that, in the rotation like any shown prompt.
                #expect((pick.reason == .skippedBefore) == pendingSkips.contains(id), "\(id) on day \(day): \(pick.reason)")
                pendingSkips.remove(id)
            }
            shownDays[id, default: []].append(day)
            let roll = Int.random(in: 0..<10, using: &rng)
            if roll < 5 {
                events.append(ScheduleHistory.Event(date: date, .answered(prompt: id)))
                answers[id] = ((answers[id]?.count ?? 0) + 1, day)
                skips[id] = nil
                pendingSkips.remove(id)
            } else if roll < 7 {
                events.append(ScheduleHistory.Event(date: date, .skipped(prompt: id)))
                skips[id] = ((skips[id]?.count ?? 0) + 1, day)
                pendingSkips.insert(id)
            }
        }
        // A skip comes back sooner than an answer would: within a week of its interval.
        let lastDay = Self.start.adding(days: days - 1).dayNumber
        for (id, skipped) in skips where skipped.last + Scheduler.skippedInterval(skipped.count) + 7 <= lastDay {
            let back = shownDays[id, default: []].first { $0 > skipped.last }
            #expect(back != nil, "\(id) skipped on day \(skipped.last) never came back")
        }
        #expect(answers.values.contains { $0.count >= 2 }, "the history answers some prompts more than once")
        #expect(Scheduler.answeredInterval(1) == 14 && Scheduler.answeredInterval(2) == 35 && Scheduler.answeredInterval(9) == 365)
        #expect(Scheduler.skippedInterval(1) == 7 && Scheduler.skippedInterval(3) == 28 && Scheduler.skippedInterval(20) == 365)
    }

    /// A prompt skipped once comes back once when due, not every day until
    /// answered: at most one showing in the next 60 days, whatever the day.
    @Test(arguments: [0, 17, 120, 301] as [Int])
    func aSkippedPromptComesBackOnceIn60Days(offset: Int) throws {
        let scheduler = Scheduler(library: library, plan: Plan())
        let day = Self.start.adding(days: offset)
        let id = try #require(scheduler.pick(for: day, history: ScheduleHistory())?.prompt.prompt.id)
        let history = ScheduleHistory([ScheduleHistory.Event(date: day, .skipped(prompt: id))])
        let next = scheduler.picks(from: day.adding(days: 1), through: day.adding(days: 60), history: history)
        let shown = next.enumerated().filter { $0.element?.prompt.prompt.id == id }
        #expect(shown.count == 1, "\(id) skipped on \(day) shown on days \(shown.map(\.offset))")
        #expect(shown.first?.offset == Scheduler.skippedInterval(1) - 1, "back when due, 7 days on")
        // A second skip doubles the interval.
        let again = ScheduleHistory(history.events + [ScheduleHistory.Event(date: day.adding(days: 7), .skipped(prompt: id))])
        let later = scheduler.picks(from: day.adding(days: 8), through: day.adding(days: 67), history: again)
        #expect(later.firstIndex { $0?.prompt.prompt.id == id } == Scheduler.skippedInterval(2) - 1)
    }

    /// A focus is a thread: a day shows the stage after the last one
    /// written, so a person who writes on any N of its days (N its stages)
    /// writes stages 1..N in order, and the focus then ends. Six days in
    /// seven are focus days; the 7th keeps the normal rotation.
    @Test(arguments: [(ReflectiveModel.gibbs, 1 as UInt64), (.gibbs, 2), (.driscoll, 3), (.kolb, 4)])
    func aFocusWalksItsStagesAsTheyAreWritten(model: ReflectiveModel, seed: UInt64) {
        var rng = SplitMix64(state: seed)
        let start = CalendarDate(year: 2026, month: 3, day: 4)!
        var plan = Plan()
        plan.focus = Plan.Focus(id: "resilience", model: model, start: start, days: 42)
        let scheduler = Scheduler(library: library, plan: plan)
        var events: [ScheduleHistory.Event] = []
        var written: [Int] = []
        var lastWrittenStage = 0
        for offset in 0..<42 {
            let date = start.adding(days: offset)
            let pick = scheduler.pick(for: date, history: ScheduleHistory(events))
            guard case .focus(_, let number, let count, let pickModel)? = pick?.reason else {
                #expect(offset % 7 == 6 || lastWrittenStage == model.stages.count, "day \(offset) is a focus day")
                continue
            }
            #expect(offset % 7 != 6, "the 7th day keeps the normal rotation")
            #expect(pickModel == model && count == model.stages.count)
            #expect(number == lastWrittenStage + 1, "day \(offset): stage \(number) after \(lastWrittenStage) written")
            #expect(pick?.prompt.question.id == "resilience")
            // Write on some days only; the stage waits for the writing.
            if Int.random(in: 0..<3, using: &rng) > 0 {
                events.append(ScheduleHistory.Event(date: date, .focusStage(focus: "resilience", stage: number)))
                written.append(number)
                lastWrittenStage = number
            }
        }
        #expect(written == Array(1...written.count), "stages written in order: \(written)")
        #expect(written.count == model.stages.count, "every stage written within 42 days")
        // After the last stage, the normal rotation again, though days remain.
        let after = scheduler.picks(from: start.adding(days: 41), through: start.adding(days: 41), history: ScheduleHistory(events))
        #expect(after.allSatisfy { if case .focus? = $0?.reason { return false }; return true })
    }

    @Test func aFocusEndsWhenItsDaysRunOut() {
        let start = CalendarDate(year: 2026, month: 3, day: 4)!
        var plan = Plan()
        plan.focus = Plan.Focus(id: "resilience", model: .gibbs, start: start, days: 21)
        let days = Scheduler(library: library, plan: plan).picks(from: start, through: start.adding(days: 27), history: ScheduleHistory())
        let focused = days.enumerated().filter { if case .focus? = $0.element?.reason { return true }; return false }.map(\.offset)
        #expect(focused == (0..<21).filter { $0 % 7 != 6 }, "focus days within its 21 days only")
        // Nothing written: the first stage, every focus day.
        #expect(days.allSatisfy { if case .focus(_, let number, _, _)? = $0?.reason { return number == 1 }; return true })
    }

    @Test func dayLimitsLeaveOtherDaysWithoutAPrompt() {
        var plan = Plan()
        plan.days = Plan.parseDays("mon,tue,wed,thu,fri")
        let first = CalendarDate(year: 2026, month: 11, day: 23)!  // a Monday
        let days = picks(plan, from: first, days: 140)
        for (offset, pick) in days.enumerated() {
            #expect((pick == nil) == (first.adding(days: offset).weekday >= 5))
        }
        #expect(Plan.parseDays("weekdays") == [0, 1, 2, 3, 4])
        #expect(Plan.parseDays("Sat,sunday") == [5, 6])
        #expect(Plan.parseDays("all") == nil)
        #expect(Plan.parseDays("mon,funday") == [])
    }

    @Test func answeringOrSkippingADayNeverChangesThatDay() {
        let scheduler = Scheduler(library: library, plan: Plan())
        let day = CalendarDate(year: 2026, month: 11, day: 26)!
        let before = scheduler.pick(for: day, history: ScheduleHistory())
        let id = try? #require(before?.prompt.prompt.id)
        for kind in [ScheduleHistory.Kind.answered(prompt: id ?? ""), .skipped(prompt: id ?? ""), .wroteAbout(theme: "frames-history")] {
            let after = scheduler.pick(for: day, history: ScheduleHistory([ScheduleHistory.Event(date: day, kind)]))
            #expect(after == before)
        }
    }

    @Test func tieBreaksUseTheSeedAndAreStable() {
        var other = Plan()
        other.seed = 42
        let a = picks(days: 60).map { $0?.prompt.prompt.id }
        #expect(a == picks(days: 60).map { $0?.prompt.prompt.id }, "the same inputs give the same schedule")
        #expect(a != picks(other, days: 60).map { $0?.prompt.prompt.id }, "another seed gives another order")
        var fnv = FNV1a()
        fnv.combine(Array("foobar".utf8))
        #expect(fnv.value == 0x85944171f73967e8, "FNV-1a 64 test vector")
    }
}

/// The scheduler's rules on a small library, where a changed constant or
/// order shows (mutants that the built-in library's 56 themes hid: issue 10).
@Suite struct SchedulerRulesOnASmallLibraryTests {
    static let first = CalendarDate(year: 2026, month: 1, day: 1)!

    /// A theme `q-NAME` of `count` prompts `q-NAME-p1`... with one note.
    static func theme(_ name: String, prompts count: Int) -> Theme {
        Theme(id: "q-\(name)", title: name, notes: [Note(id: "q-\(name)-n1", text: "n")],
              prompts: (1...count).map { Prompt(id: "q-\(name)-p\($0)", text: "Prompt \($0).", sources: ["q-\(name)-n1"]) })
    }

    /// A library of one question with these themes.
    static func library(_ themes: [Theme]) -> PromptLibrary {
        PromptLibrary(schemaVersion: 1, source: Source(title: "", organisation: "", facilitators: []), hosts: [],
                      questions: [Question(id: "q", text: "Q", askedBy: "", context: nil, themes: themes)])
    }

    /// The first day's prompt under each of twelve seeds.
    static func firstPrompts(_ library: PromptLibrary) -> [PlacedPrompt] {
        (0..<12 as Range<UInt64>).compactMap { seed in
            var plan = Plan()
            plan.seed = seed
            return Scheduler(library: library, plan: plan).picks(from: first, through: first, history: ScheduleHistory()).first??.prompt
        }
    }

    /// One theme of one prompt, one of forty: the single prompt, shown and
    /// not answered, comes back after 30 days, never sooner.
    @Test func anUnansweredPromptWaitsThirtyDays() {
        let library = Self.library([Self.theme("one", prompts: 1), Self.theme("many", prompts: 40)])
        let first = Self.first
        let days = Scheduler(library: library, plan: Plan()).picks(from: first, through: first.adding(days: 119), history: ScheduleHistory())
        let shown = days.enumerated().compactMap { $0.element?.prompt.prompt.id == "q-one-p1" ? $0.offset : nil }
        #expect(shown.count >= 3, "\(shown)")
        for (a, b) in zip(shown, shown.dropFirst()) { #expect(b - a >= 30 && b - a <= 32, "shown on days \(shown)") }
    }

    /// Tied themes are ordered by the seeded hash, not the library's order:
    /// over seeds, the first day's theme varies.
    @Test func theFirstThemeVariesWithTheSeed() {
        let themes = Set(Self.firstPrompts(PromptLibrary.builtIn()).map(\.theme.id))
        #expect(themes.count >= 4, "\(themes)")
    }

    /// A theme's first prompt is chosen by the seeded hash too, not taken
    /// in the library's order: over seeds, a one-theme library's first
    /// prompt varies (issue 10: a mutant that took the first survived).
    @Test func theFirstPromptOfAThemeVariesWithTheSeed() {
        let prompts = Set(Self.firstPrompts(Self.library([Self.theme("one", prompts: 6)])).map(\.prompt.id))
        #expect(prompts.count >= 3, "\(prompts)")
    }

    /// Two skipped prompts due on the same day: the more overdue comes first.
    @Test func theMostOverdueSkipComesFirst() {
        let library = PromptLibrary.builtIn()
        let monday = CalendarDate(year: 2026, month: 1, day: 5)!
        var plan = Plan()
        plan.days = [0]  // Mondays only: both skips fall due while no day has a prompt
        let a = "compassion-humanity-p1", b = "frames-history-p1"
        let history = ScheduleHistory([ScheduleHistory.Event(date: monday.adding(days: 1), .skipped(prompt: a)),
                                       ScheduleHistory.Event(date: monday.adding(days: 2), .skipped(prompt: b))])
        let days = Scheduler(library: library, plan: plan).picks(from: monday.adding(days: 3), through: monday.adding(days: 21), history: history)
        let skippedBack = days.compactMap { pick -> String? in
            guard let pick, pick.reason == .skippedBefore else { return nil }
            return pick.prompt.prompt.id
        }
        #expect(skippedBack == [a, b], "\(skippedBack)")
    }
}
