import Foundation
import Testing
@testable import ReflectionCore

/// Ids never become paths outside the journal (issue 10): what is not an
/// id's characters is a usage error before any path is made.
@Suite struct IDsStayInsideTheJournalTests {
    @Test func emptyOrPathLikeIDsAreUsageErrorsAndChangeNothing() throws {
        try withJournal { world in
            let id = try world.write(["-m", "The only entry."])
            try FileManager.default.createDirectory(at: world.journal.appendingPathComponent("entries/misc"), withIntermediateDirectories: true)
            let outside = world.root.appendingPathComponent("outside")
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
            try Data("---\ncreated: 2026-11-26T09:00:00+00:00\n---\nsecret\n".utf8).write(to: outside.appendingPathComponent("secret.md"))
            for bad in ["", "../../../outside/secret", "/etc/passwd", "a\u{0}b", "..", "x/y", "\u{1b}[31m"] {
                for command in [["show", bad], ["delete", "--force", bad], ["edit", bad], ["link", bad, "frames-history"], ["suggest", bad]] {
                    let out = try world.run(command)
                    #expect(out.status == 64 && out.stderr.contains("is not an entry id") && !out.stderr.contains("\u{1b}"), "\(command): \(out.stderr)")
                }
            }
            #expect(world.entryFiles().count == 1 && world.entryFiles().first?.contains(id) == true)
            #expect(FileManager.default.fileExists(atPath: outside.appendingPathComponent("secret.md").path))
        }
    }
}

/// Files that are not entries (issue 10): a folder named like no year or month is skipped, never a crash.
@Suite struct FoldersThatAreNotYearsTests {
    @Test func aHugeNumberForAYearIsSkippedAndReportedNotACrash() throws {
        try withJournal { world in
            try world.write(["-m", "Words."])
            let entries = world.journal.appendingPathComponent("entries")
            try FileManager.default.createDirectory(at: entries.appendingPathComponent("92233720368547759/99"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: entries.appendingPathComponent("2026/13"), withIntermediateDirectories: true)
            for command in [["list"], ["today"], ["review"], ["status"], ["search", "Words"], ["export"]] {
                #expect(try world.run(command).status == 0, "\(command)")
            }
            // The real binary too: the overflow was a trap (SIGILL).
            #expect(try world.process(["list"]).status == 0)
            let check = try world.run(["check"])
            #expect(check.status == 1 && check.stdout.contains("92233720368547759: not a year") && check.stdout.contains("2026/13: not a month"),
                    "\(check.stdout)\(check.stderr)")
        }
    }
}
