import Foundation
import Testing
@testable import ReflectionCore

/// `reflect suggest`, `link` and `unlink`, in process through the runner.
@Suite struct SuggestAndLinkTests {
    @Test func suggestsThreeThemesForATextWithTheWordsThatMatched() throws {
        try withJournal { world in
            let text = "Two trusts are merging their community services, and the merger talks keep stalling."
            let result = try world.run(["suggest", "--text", text])
            #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("1. Relationship management (strategic-plan-relationship-management)  score "), "\(result.stdout)")
            #expect(result.stdout.contains("matched: merger"))
            #expect(result.stdout.contains("\n3. ") && !result.stdout.contains("\n4. "))
            let json = try #require(try jsonObject(try world.run(["suggest", "--text", text, "--json"]).stdout) as? [[String: Any]])
            #expect(json.count == 3)
            #expect(json.first?["theme"] as? String == "strategic-plan-relationship-management")
            #expect(json.first?["question"] as? String == "strategic-plan")
            #expect((json.first?["matched"] as? [String])?.contains("merger") == true)
            let scores = json.compactMap { $0["score"] as? Double }
            #expect(scores.count == 3 && scores == scores.sorted(by: >) && scores.allSatisfy { $0 > 0 })
        }
    }

    @Test func suggestsForAnEntryAndAFileAndStandardInput() throws {
        try withJournal { world in
            let id = try world.write(["-m", "## What?\nI cancelled my annual leave again and I am running on empty; I need to look after myself."])
            let byEntry = try world.run(["suggest", String(id.prefix(11)), "--json"])
            #expect(byEntry.status == 0, "\(byEntry.stderr)")
            let first = try #require((try jsonObject(byEntry.stdout) as? [[String: Any]])?.first)
            #expect(first["theme"] as? String == "resilience-compassion-for-self")
            let file = world.root.appendingPathComponent("notes.md")
            try Data("The silos between managers and clinicians run deep.".utf8).write(to: file)
            #expect(try world.run(["suggest", "--file", file.path]).stdout.hasPrefix("1. Silos and tribes (we-are-great-silos-tribes)"))
            #expect(try world.run(["suggest", "--file", "-"], stdin: "The silos between managers and clinicians run deep.")
                .stdout.hasPrefix("1. Silos and tribes (we-are-great-silos-tribes)"))
            // Headings of a reflective model say nothing about the entry.
            #expect(ThemeMatcher.prose(of: "## Now what?\nTalk to the chair.\n#tag") == "Talk to the chair.\n#tag")
        }
    }

    @Test func themesJSONShowsTheKeywords() throws {
        try withJournal { world in
            let themes = try #require(try jsonObject(try world.run(["themes", "--json"]).stdout) as? [[String: Any]])
            let merger = themes.first { $0["id"] as? String == "strategic-plan-relationship-management" }
            #expect((merger?["keywords"] as? [String])?.contains("merger") == true)
        }
    }

    @Test func nothingOverlapsMeansNothingPrintedAndExitZero() throws {
        try withJournal { world in
            let result = try world.run(["suggest", "--text", "zzz qqq xyzzy"])
            #expect(result.status == 0 && result.stdout.isEmpty)
            #expect(result.stderr == "No theme shares a word with the text.\n")
            let json = try world.run(["suggest", "--text", "the of and", "--json"])
            #expect(json.status == 0 && json.stdout == "[]\n")
        }
    }

    @Test(arguments: [
        (["suggest"], "'reflect suggest' needs an entry ID, --text or --file; see 'reflect help suggest'"),
        (["suggest", "20261126", "--text", "x"], "ID and --text cannot be used together"),
        (["suggest", "--text", "x", "--file", "y"], "--text and --file cannot be used together"),
        (["link", "20261126"], "'reflect link' needs ID THEME...; see 'reflect help link'"),
    ])
    func usageErrorsExit64(arguments: [String], message: String) throws {
        try withJournal { world in
            let result = try world.run(arguments)
            #expect(result.status == ExitCode.usage)
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
    }

    @Test func unknownEntryExitsOne() throws {
        try withJournal { world in
            try world.write(["-m", "Words."])
            let result = try world.run(["suggest", "19990101"])
            #expect(result.status == 1 && result.stdout.isEmpty, "\(result.stderr)")
            #expect(try world.run(["link", "19990101", "frames-history"]).status == 1)
        }
    }

    @Test func linkAddsThemesAndUnlinkRemovesThem() throws {
        try withJournal { world in
            let id = try world.write(["--prompt", "compassion-humanity-p1", "-m", "Words.", "--tag", "board"])
            let path = try #require(world.entryFiles().first.map { world.journal.appendingPathComponent("entries/\($0)").path })
            // Written with a prompt, the entry is linked to the prompt's theme already.
            #expect(try Self.themes(at: path) == ["compassion-humanity"])
            let linked = try world.run(["link", id, "frames-history", "resilience-taking-time-to-think", "frames-history"])
            #expect(linked.status == 0, "\(linked.stderr)")
            #expect(linked.stdout == "\(id) now has themes compassion-humanity, frames-history, resilience-taking-time-to-think.\n")
            #expect(try Self.themes(at: path) == ["compassion-humanity", "frames-history", "resilience-taking-time-to-think"])
            // Everything else in the file stays.
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains("prompt: compassion-humanity-p1") && text.contains("board") && text.hasSuffix("Words.\n"))
            let again = try world.run(["link", id, "frames-history"])
            #expect(again.status == 0 && again.stdout.isEmpty && again.stderr.hasPrefix("Nothing changed"))
            let unlinked = try world.run(["unlink", id, "frames-history", "compassion-humanity"])
            #expect(unlinked.status == 0, "\(unlinked.stderr)")
            #expect(try Self.themes(at: path) == ["resilience-taking-time-to-think"])
            #expect(try world.listJSON(["--theme", "resilience-taking-time-to-think"]).count == 1)
        }
    }

    @Test func unknownThemeIsRefusedWithTheNearestAndNothingChanges() throws {
        try withJournal { world in
            let id = try world.write(["-m", "Words."])
            let path = try #require(world.entryFiles().first.map { world.journal.appendingPathComponent("entries/\($0)").path })
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            let result = try world.run(["link", id, "frames-history", "frames-histroy"])
            #expect(result.status == 1)
            #expect(result.stderr == "reflect: error: unknown theme 'frames-histroy' (did you mean 'frames-history'?)\n")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
            let unlink = try world.run(["unlink", id, "frames-histroy"])
            #expect(unlink.status == 1 && unlink.stderr.contains("did you mean 'frames-history'?"))
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        }
    }

    static func themes(at path: String) throws -> [String] {
        try EntryFile.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))), path: path, fallbackID: "x").themes
    }
}
