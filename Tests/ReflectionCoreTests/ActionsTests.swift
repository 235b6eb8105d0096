import Foundation
import Testing
@testable import ReflectionCore

/// Commitments: actions under a "Now what?" heading and `- [ ]` tasks,
/// listed, ticked and dropped one line at a time, and followed up in the
/// daily prompt a week on.
@Suite struct ActionsTests {
    static let body = """
    ## What?

    Met the chair; the merger is stuck on estates.

    ## Now what?

    - Talk to the chair about the merger
    - [ ] Book the away day
    1. Write to the GP federation

    ## Other thoughts

    - not an action, under another heading
    - [x] An old task, done
    - [~] A task no longer wanted

    ```
    - [ ] inside code, not a task
    ```
    """

    @Test func actionsAreFoundByHeadingAndTaskBox() {
        let items = Actions.items(in: Self.body)
        #expect(items.map(\.text) == ["Talk to the chair about the merger", "Book the away day", "Write to the GP federation",
                                      "An old task, done", "A task no longer wanted"])
        #expect(items.map(\.state) == [.open, .open, .open, .done, .dropped])
        // Ids come from the text, not the position: another item before them changes nothing.
        let moved = Actions.items(in: Self.body.replacingOccurrences(of: "## Now what?\n\n", with: "## Now what?\n\n- A new first item\n"))
        #expect(Set(items.map(\.key)).isSubset(of: Set(moved.map(\.key))))
        #expect(Actions.items(in: "## Action plan:\n\n* One\n- Two\n").map(\.text) == ["One", "Two"])
        #expect(Actions.items(in: "Plain text with - dashes - and no list.").isEmpty)
        // Marking rewrites the one line, keeping the marker and indent.
        #expect(Actions.mark("a\n  - talk\nb", line: 1, as: .done) == "a\n  - [x] talk\nb")
        #expect(Actions.mark("1. write", line: 0, as: .dropped) == "1. [~] write")
        #expect(Actions.mark("- [ ] book", line: 0, as: .done) == "- [x] book")
        #expect(Actions.mark("- [x] book", line: 0, as: .open) == "- [ ] book")
    }

    @Test func listTickAndDropRewriteOnlyTheirLine() throws {
        try withJournal { world in
            #expect(try world.run(["write", "--date", "2026-11-10", "-m", Self.body]).status == 0)
            let open = try world.run(["actions"])
            #expect(open.status == 0)
            let lines = open.stdout.split(separator: "\n")
            #expect(lines.count == 3 && lines[0].hasSuffix("16 days  Talk to the chair about the merger"), "\(open.stdout)")
            let ids = lines.map { String($0.split(separator: " ")[0]) }
            let path = try #require(world.entryFiles().first)
            let file = world.journal.appendingPathComponent("entries").appendingPathComponent(path)
            let before = try String(contentsOf: file, encoding: .utf8)
            // By its hash alone, when unique.
            let done = try world.run(["actions", "done", String(ids[1].suffix(4))])
            #expect(done.status == 0 && done.stdout == "Marked done: Book the away day [\(ids[1])]\n", "\(done.stderr)")
            let dropped = try world.run(["actions", "drop", ids[2]])
            #expect(dropped.status == 0, "\(dropped.stderr)")
            let after = try String(contentsOf: file, encoding: .utf8)
            // Only those two lines changed (and the entry gained its `updated:` time).
            let afterLines = after.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("updated:") }
            let beforeLines = before.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(beforeLines.count == afterLines.count)
            let changed = zip(beforeLines, afterLines).filter { $0 != $1 }.map { "\($0.1)" }
            #expect(changed == ["- [x] Book the away day", "1. [~] Write to the GP federation"])
            #expect(try world.run(["actions"]).stdout.split(separator: "\n").count == 1)
            let all = try #require(try jsonObject(try world.run(["actions", "--all", "--json"]).stdout) as? [[String: Any]])
            #expect(all.map { $0["state"] as? String } == ["open", "done", "dropped", "done", "dropped"])
            #expect(all.first?["age"] as? Int == 16)
            #expect(try world.run(["actions", "done", ids[1]]).stdout.hasPrefix("Already done"))
            // Bad ids change nothing.
            let snapshot = world.snapshot()
            let unknown = try world.run(["actions", "done", "zzzz"])
            #expect(unknown.status == 1 && unknown.stderr.contains("no action 'zzzz'"))
            let ambiguous = try world.run(["actions", "done", "2026"])
            #expect(ambiguous.status == 1 && ambiguous.stderr.contains("matches 5 actions"))
            #expect(try world.run(["actions", "done", "../x"]).status == 1)
            #expect(try world.run(["actions", "done"]).status == 64)
            #expect(world.snapshot() == snapshot)
        }
    }

    @Test func todayFollowsUpTheOldestOpenActionAWeekOn() throws {
        try withJournal { world in
            let monday = CalendarDate(year: 2026, month: 11, day: 30)!
            #expect(try world.run(["write", "--date", "2026-11-10", "-m", "## Now what?\n\n- Talk to the chair\n"], on: monday).status == 0)
            #expect(try world.run(["write", "-m", "- [ ] Call Sam"], on: monday.adding(days: 1)).status == 0)
            let today = try world.run(["today"], on: monday.adding(days: 2)).stdout
            #expect(today.contains("On Tuesday 10 November 2026 you wrote: Talk to the chair\nDone? reflect actions done "), "\(today)")
            let id = try #require(try jsonObject(try world.run(["actions", "--json"], on: monday).stdout) as? [[String: Any]]).first?["id"] as? String
            #expect(try world.run(["actions", "done", id ?? ""], on: monday.adding(days: 2)).status == 0)
            // Done: the next one comes only when it is over a week old.
            #expect(!(try world.run(["today"], on: monday.adding(days: 2)).stdout.contains("you wrote")))
            let later = try world.run(["today", "--json"], on: monday.adding(days: 9)).stdout
            #expect(later.contains("\"text\" : \"Call Sam\""), "\(later)")
            #expect(!(try world.run(["today", "--no-follow-up"], on: monday.adding(days: 9)).stdout.contains("you wrote")))
            #expect(try world.run(["config", "follow-up", "off"], on: monday).stdout == "follow-up = false\n")
            #expect(!(try world.run(["today"], on: monday.adding(days: 9)).stdout.contains("you wrote")))
            #expect(try world.run(["config", "follow-up"], on: monday).stdout == "false\n")
            #expect(try world.run(["config", "--json"], on: monday).stdout.contains("\"follow-up\" : \"false\""))
            #expect(mode(world.journal.appendingPathComponent("settings.json").path) == 0o600)
            let bad = try world.run(["config", "follow-up", "maybe"], on: monday)
            #expect(bad.status == 1 && bad.stderr.contains("expected true or false"))
            let typo = try world.run(["config", "folow-up"], on: monday)
            #expect(typo.status == 1 && typo.stderr.contains("did you mean 'follow-up'"))
        }
    }
}

/// An entry that cannot be read hides its actions: `actions` says so and exits 1.
@Suite struct ActionsOfAnUnreadableEntryTests {
    @Test func anUnreadableEntryIsNamedNotSilentlyLeftOut() throws {
        try withJournal { world in
            try world.write(["-m", "Fine.\n\n## Now what?\n- call the chair"])
            let folder = world.journal.appendingPathComponent("entries/2026/11")
            try Data("---\nid: [broken\n---\n- [ ] a hidden task\n".utf8).write(to: folder.appendingPathComponent("20261120-090000-brkn.md"))
            let out = try world.run(["actions"])
            #expect(out.status == 1 && out.stdout.contains("call the chair"), "\(out.stdout)")
            #expect(out.stderr.contains("20261120-090000-brkn.md") && out.stderr.contains("its actions are not listed"), "\(out.stderr)")
        }
    }
}
