import Foundation
import Testing
@testable import ReflectionCore

/// The index is a cache: whatever happens to the entry files, filtered
/// results are the same as reading every file.
@Suite struct JournalIndexTests {
    @Test func seesFilesAddedEditedAndRemovedBehindItsBack() throws {
        try withJournal { world in
            let a = try world.write(["-m", "About time.", "--prompt", "resilience-taking-time-to-think-p1"])
            let b = try world.write(["-m", "About frames.", "--prompt", "frames-history-p1"])
            func themed(_ theme: String) throws -> [String] {
                try world.run(["list", "--theme", theme]).stdout.split(separator: "\n").map { String($0.prefix(21)) }
            }
            #expect(try themed("resilience-taking-time-to-think") == [a])
            #expect(FileManager.default.fileExists(atPath: world.journal.appendingPathComponent(".index").path))
            #expect(mode(world.journal.appendingPathComponent(".index").path) == 0o600)

            // Edited in place by another editor: the theme changes.
            let pathB = try #require(try world.listJSON().first { $0["id"] as? String == b }?["path"] as? String)
            var text = try String(contentsOfFile: pathB, encoding: .utf8)
            text = text.replacingOccurrences(of: "frames-history\n", with: "resilience-taking-time-to-think\n")
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: pathB))
            try handle.truncate(atOffset: 0)
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
            #expect(Set(try themed("resilience-taking-time-to-think")) == [a, b])
            #expect(try themed("frames-history").isEmpty)

            // Added by another program (a sync tool), then one removed.
            let folder = URL(fileURLWithPath: pathB).deletingLastPathComponent()
            let c = "20200101-080000-000ab"
            let other = folder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("2020/01")
            try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
            try Data("---\nid: \(c)\ncreated: 2020-01-01T08:00:00+00:00\nthemes: [frames-history]\n---\nSynced.\n".utf8)
                .write(to: other.appendingPathComponent("\(c).md"))
            #expect(try themed("frames-history") == [c])
            try FileManager.default.removeItem(atPath: pathB)
            #expect(try themed("resilience-taking-time-to-think") == [a])
        }
    }

    @Test func aDamagedIndexIsRebuilt() throws {
        try withJournal { world in
            let a = try world.write(["-m", "Tagged #board."])
            #expect(try world.run(["list", "--tag", "board"]).stdout.hasPrefix(a))
            let index = world.journal.appendingPathComponent(".index")
            try Data("garbage\u{0}\nE\tx\n".utf8).write(to: index)
            #expect(try world.run(["list", "--tag", "board"]).stdout.hasPrefix(a))
            #expect(try String(contentsOf: index, encoding: .utf8).hasPrefix("reflect-index\t5\t\(PromptLibrary.builtIn().stamp)\n"))
        }
    }

    @Test func recordsRoundTripThroughTheIndexLine() {
        let record = IndexRecord(name: "20261126-093012-417kf.md", mtime: 1_700_000_000_000_000_000, size: 321, id: "20261126-093012-417kf",
                                 created: "2026-11-26T09:30:12+00:00", prompt: "p", question: "q", themes: ["t1", "t2"], sources: [],
                                 tags: ["a\tb", "c\\d"], model: nil, dilemma: "d", firstWords: "Line one\nline two", links: ["x"], error: nil)
        let line = JournalIndex.Line(record)
        #expect(!line.bytes.contains(0x0A))
        #expect(line.record == record)
    }
}
