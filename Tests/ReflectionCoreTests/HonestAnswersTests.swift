import Foundation
import Testing
@testable import ReflectionCore

/// Answers that say what is true: empty results say so, search exits as
/// grep does, a misplaced id names the option that takes it, and every entry
/// counts as a day reflected.
@Suite struct HonestAnswersTests {
    @Test func freeEntriesCountAsDaysReflected() throws {
        try withJournal { world in
            try world.write(["-m", "One."])
            try world.write(["-m", "Two, the same day."])
            try world.write(["-m", "Yesterday's.", "--date", "yesterday"])
            let status = try #require(try jsonObject(try world.run(["status", "--json"]).stdout) as? [String: Any])
            #expect(status["daysReflectedInLast28"] as? Int == 2)
            #expect(status["entries"] as? Int == 3)
            #expect(try world.run(["status"]).stdout.contains("Reflected   2 of the last 28 days"))
        }
    }

    @Test func searchExitsAsGrepDoes() throws {
        try withJournal { world in
            try world.write(["-m", "Trust takes time."])
            let found = try world.run(["search", "trust"])
            #expect(found.status == 0 && found.stdout.contains("Trust takes time."))
            let none = try world.run(["search", "zephyrine"])
            #expect(none.status == 1 && none.stdout.isEmpty && none.stderr == "No entries match.\n")
            let idsNone = try world.run(["search", "-l", "zephyrine"])
            #expect(idsNone.status == 1 && idsNone.stderr == "No entries match.\n")
            let error = try world.run(["search", "trust", "--theme", "no-such-theme"])
            #expect(error.status == 2 && error.stderr.hasPrefix("reflect: error: unknown theme 'no-such-theme'"))
            #expect(try world.run(["search", "--tga", "x", "trust"]).status == 64)
        }
    }

    @Test func emptyListsSaySo() throws {
        try withJournal { world in
            let empty = try world.run(["list"])
            #expect(empty.status == 0 && empty.stdout.isEmpty && empty.stderr.contains("no entries yet"))
            try world.write(["-m", "Something."])
            let filtered = try world.run(["list", "--tag", "absent"])
            #expect(filtered.status == 0 && filtered.stdout.isEmpty && filtered.stderr == "No entries match.\n")
            let backlinks = try world.run(["source", "compassion-humanity", "--entries"])
            #expect(backlinks.status == 0 && backlinks.stderr == "No entries cite or link to compassion-humanity.\n")
            // Something to print: nothing on standard error.
            #expect(try world.run(["list"]).stderr.isEmpty)
        }
    }

    @Test func anIDOfAnotherKindNamesTheOptionThatTakesIt() throws {
        try withJournal { world in
            let question = try world.run(["list", "--theme", "frames"])
            #expect(question.status == 1)
            #expect(question.stderr == "reflect: error: frames is a question, not a theme: use --question frames\n")
            let theme = try world.run(["list", "--prompt", "compassion-humanity"])
            #expect(theme.stderr == "reflect: error: compassion-humanity is a theme, not a prompt: use --theme compassion-humanity\n")
        }
    }

    @Test func statusLabelsLineUp() throws {
        try withJournal { world in
            let lines = try world.run(["status"]).stdout.split(separator: "\n")
            let labels = ["Today", "Reflected", "Entries", "Plan", "Tomorrow"]
            for label in labels {
                let line = try #require(lines.first { $0.hasPrefix(label) }, "\(label)")
                #expect(line.dropFirst(label.count).prefix(12 - label.count).allSatisfy { $0 == " " }, "\(line)")
                #expect(line.dropFirst(12).first != " ", "\(line)")
            }
        }
    }
}

/// A command that only reads never writes twice for the same state.
@Suite struct ReadOnlyMorningTests {
    @Test func todayDoesNotRewriteTheCheckpointWhenNoEntryIsThisMonth() throws {
        try withJournal { world in
            try world.write(["-m", "An October entry.", "--date", "2026-10-01"])
            try world.write(["-m", "Last year.", "--date", "2025-06-01"])
            // Times an hour old: the caches do not trust times under two seconds old.
            try settle(world.journal.appendingPathComponent("entries"))
            _ = try world.run(["today"])
            let checkpoint = world.journal.appendingPathComponent(".schedule").path
            let first = try FileManager.default.attributesOfItem(atPath: checkpoint)
            for _ in 0..<3 { #expect(try world.run(["today"]).status == 0) }
            let after = try FileManager.default.attributesOfItem(atPath: checkpoint)
            // The same file (a rewrite is a rename: a new inode), not modified.
            #expect(after[.systemFileNumber] as? Int == first[.systemFileNumber] as? Int)
            #expect(after[.modificationDate] as? Date == first[.modificationDate] as? Date)
            // An entry this month is still seen at once.
            try world.write(["-m", "Now.", "--today"])
            let json = try #require(try jsonObject(try world.run(["today", "--json"]).stdout) as? [String: Any])
            #expect(json["answered"] as? Bool == true)
        }
    }
}

/// Sets every file and folder below `folder` (and itself) to an hour ago, so
/// the caches' "too recent to trust" guard does not depend on the machine's speed.
func settle(_ folder: URL) throws {
    let past = Date(timeIntervalSinceNow: -3600)
    let paths = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]) ?? []
    for path in paths.sorted(by: >) {
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: folder.appendingPathComponent(path).path)
    }
    try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: folder.path)
}
