import Foundation
import Testing
@testable import ReflectionCore

extension JournalWorld {
    /// Leaves a draft holding `words`: an editor that types them, then fails.
    func leaveDraft(_ words: String, name: String) throws {
        let editor = try editorScript("\(name).sh", "printf '\(words)\\n' >> \"$1\"; exit 1")
        let failed = try run(["write"], ["EDITOR": editor, "VISUAL": ""], answers: [])
        #expect(failed.status == 1 && failed.stderr.contains("Nothing was saved"), "\(failed.stderr)")
        #expect(failed.stderr.contains("continue with 'reflect write --draft 20261126-"))
    }

    /// The drafts' ids, newest first.
    func draftIDs() -> [String] { drafts().map { String($0.dropLast(3)) }.sorted(by: >) }
}

@Suite struct DraftTests {
    @Test func resumeOnATerminalAsksWhichDraft() throws {
        try withJournal { world in
            try world.leaveDraft("Oldest words.", name: "a")
            try world.leaveDraft("Middle words.", name: "b")
            try world.leaveDraft("Newest words.", name: "c")
            let ids = world.draftIDs()
            #expect(ids.count == 3)
            let typist = try world.editorScript("type.sh", "printf 'Finished.\\n' >> \"$1\"")
            let editor = ["EDITOR": typist, "VISUAL": ""]
            let before = world.snapshot()

            // No answer at all (end of input): nothing resumed. A wrong number: refused.
            let none = try world.run(["write", "--resume"], editor, answers: [])
            #expect(none.status == 0)
            #expect(none.stderr.contains("Drafts, newest first:\n  1  2026-11-26 09:30  Newest words.\n  2  2026-11-26 09:30  Middle words.\n  3  2026-11-26 09:30  Oldest words.\nWhich draft? [1-3, Enter for 1] "),
                    "\(none.stderr)")
            #expect(none.stderr.hasSuffix("Nothing resumed.\n"))
            let wrong = try world.run(["write", "--resume"], editor, answers: ["4"])
            #expect(wrong.status == 1)
            #expect(wrong.stderr.contains("'4' is not a draft from 1 to 3; nothing was resumed"))
            #expect(world.snapshot() == before)

            let second = try world.run(["write", "--resume"], editor, answers: ["2"])
            #expect(second.status == 0, "\(second.stderr)")
            #expect(try world.listJSON().first?["body"] as? String == "Middle words.\nFinished.\n")
            #expect(world.draftIDs() == [ids[0], ids[2]])

            // Enter takes the newest.
            let enter = try world.run(["write", "--resume"], editor, answers: [""])
            #expect(enter.status == 0, "\(enter.stderr)")
            #expect(try world.listJSON().first?["body"] as? String == "Newest words.\nFinished.\n")
            #expect(world.draftIDs() == [ids[2]])
        }
    }

    @Test func resumeOffATerminalTakesTheNewestAndDraftNamesOne() throws {
        try withJournal { world in
            try world.leaveDraft("Oldest words.", name: "a")
            try world.leaveDraft("Middle words.", name: "b")
            try world.leaveDraft("Newest words.", name: "c")
            let ids = world.draftIDs()
            let typist = try world.editorScript("type.sh", "printf 'Finished.\\n' >> \"$1\"")
            let editor = ["EDITOR": typist, "VISUAL": ""]

            let newest = try world.run(["write", "--resume"], editor)
            #expect(newest.status == 0, "\(newest.stderr)")
            #expect(!newest.stderr.contains("Which draft?"))
            #expect(try world.listJSON().first?["body"] as? String == "Newest words.\nFinished.\n")

            let before = world.snapshot()
            let unknown = try world.run(["write", "--draft", "20991231"], editor)
            #expect(unknown.status == 1)
            #expect(unknown.stderr.contains("no draft '20991231'"))
            let ambiguous = try world.run(["write", "--resume", "--draft", "20261126"], editor)
            #expect(ambiguous.status == 1)
            #expect(ambiguous.stderr.contains("'20261126' matches 2 drafts"))
            let conflicting = try world.run(["write", "--draft", ids[2], "-m", "Words."], editor)
            #expect(conflicting.status == 64)
            #expect(conflicting.stderr.contains("--draft and a new entry's options cannot be used together"))
            #expect(world.snapshot() == before)

            // A unique prefix names the oldest, on a terminal too (no question).
            let named = try world.run(["write", "--resume", "--draft", String(ids[2].prefix(19))], editor, answers: [])
            #expect(named.status == 0, "\(named.stderr)")
            #expect(!named.stderr.contains("Which draft?"))
            #expect(try world.listJSON().first?["body"] as? String == "Oldest words.\nFinished.\n")
            #expect(world.draftIDs() == [ids[1]])
        }
    }

    @Test func checkMentionsOldDraftsWithoutFailing() throws {
        try withJournal { world in
            try world.write(["-m", "A sound entry."])
            try world.leaveDraft("Recent words.", name: "a")
            try world.leaveDraft("Forgotten words.", name: "b")
            #expect(try world.run(["check"]).stderr == "")
            // Make the newer draft one begun, and last changed, in August.
            let drafts = world.journal.appendingPathComponent("drafts")
            let current = world.draftIDs()[0], old = "20260801-101500-000ab"
            for ext in ["md", "json"] {
                try FileManager.default.moveItem(at: drafts.appendingPathComponent("\(current).\(ext)"), to: drafts.appendingPathComponent("\(old).\(ext)"))
            }
            try setModified(drafts.appendingPathComponent("\(old).md").path, "2026-08-01")

            let check = try world.run(["check"])
            #expect(check.status == 0, "an old draft is not a problem")
            #expect(check.stdout == "Checked 1 entry: no problems.\n")
            #expect(check.stderr == "Draft \(old) (Forgotten words.) was last worked on 2026-08-01, over 30 days ago: "
                + "continue it with 'reflect write --draft \(old)', or remove \(drafts.appendingPathComponent("\(old).md").path) and its .json if it is not wanted.\n")

            // Worked on recently (its file changed): no longer old.
            try setModified(drafts.appendingPathComponent("\(old).md").path, "2026-11-20")
            #expect(try world.run(["check"]).stderr == "")
        }
    }
}
