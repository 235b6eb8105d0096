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
