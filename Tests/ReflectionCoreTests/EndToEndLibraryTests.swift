import Foundation
import Testing
@testable import ReflectionCore

/// The real `reflect` binary, as a person or a script runs it.
@Suite struct EndToEndLibraryTests {
    @Test func todayPrintsAPromptWithItsSourceNotes() throws {
        try withTemporaryDirectory { home in
            let result = try runReflect(["today", "--date", "2026-11-26"], home: home)
            #expect(result.status == 0)
            #expect(result.stderr == "")
            let library = PromptLibrary.builtIn()
            let placed = try #require(Scheduler(library: library, plan: Plan()).pick(for: CalendarDate(year: 2026, month: 11, day: 26)!, history: ScheduleHistory())?.prompt)
            #expect(result.stdout.hasPrefix("Thursday 26 November 2026\n"))
            #expect(result.stdout.contains("From the workshop"))
            #expect(result.stdout.contains("Prompt \(placed.prompt.id)\n"))
            for note in library.citedNotes(of: placed) {
                let firstWords = note.text.split(separator: " ").prefix(3).joined(separator: " ")
                #expect(result.stdout.contains(firstWords), "\(note.id)")
            }
        }
    }

    @Test func todayJSONHasDateAndPromptShape() throws {
        let result = try runReflect(["today", "--date", "2027-03-01", "--json"])
        #expect(result.status == 0)
        let object = try #require(try jsonObject(result.stdout) as? [String: Any])
        #expect(object["date"] as? String == "2027-03-01")
        let prompt = try #require(object["prompt"] as? [String: Any])
        for key in ["id", "text", "question", "theme"] { #expect(prompt[key] is String, "\(key)") }
        let sources = try #require(prompt["sources"] as? [String])
        #expect(!sources.isEmpty)
    }

    @Test func promptsJSONListsEveryPromptWithItsPlace() throws {
        let result = try runReflect(["prompts", "--json"])
        #expect(result.status == 0)
        let array = try #require(try jsonObject(result.stdout) as? [[String: Any]])
        let library = PromptLibrary.builtIn()
        #expect(array.count == library.placedPrompts.count)
        let first = try #require(array.first)
        #expect(first["id"] as? String == library.placedPrompts[0].prompt.id)
        #expect(first["question"] as? String == "relationships")
        #expect(first["theme"] as? String == library.placedPrompts[0].theme.id)
        #expect(first["sources"] as? [String] == library.placedPrompts[0].prompt.sources)

        let filtered = try runReflect(["prompts", "--theme", "resilience-taking-time-to-think", "--json"])
        let themed = try #require(try jsonObject(filtered.stdout) as? [[String: Any]])
        #expect(!themed.isEmpty)
        #expect(themed.allSatisfy { $0["theme"] as? String == "resilience-taking-time-to-think" })
    }

    @Test func browsingCommandsPrintTheLibrary() throws {
        let questions = try runReflect(["questions"])
        #expect(questions.status == 0)
        #expect(questions.stdout.contains("Asked by Debbie Sorkin, National Director of Systems Leadership"))
        let themes = try runReflect(["themes", "compassion"])
        #expect(themes.stdout.contains("compassion-why-compassion"))
        #expect(!themes.stdout.contains("resilience-"))
        let themesJSON = try #require(try jsonObject(try runReflect(["themes", "--json"]).stdout) as? [[String: Any]])
        #expect(themesJSON.count == 56)
        let questionsJSON = try #require(try jsonObject(try runReflect(["questions", "--json"]).stdout) as? [[String: Any]])
        #expect(questionsJSON.count == 9)
    }

    @Test func sourceShowsTheWorkshopContextWithCitedNotesMarked() throws {
        let library = PromptLibrary.builtIn()
        let placed = try #require(library.placedPrompts.first { $0.theme.notes.count > $0.prompt.sources.count })
        let result = try runReflect(["source", placed.prompt.id])
        #expect(result.status == 0)
        #expect(result.stdout.contains(placed.question.text.split(separator: " ").prefix(4).joined(separator: " ")))
        #expect(result.stdout.contains("Asked by"))
        #expect(result.stdout.contains("Theme       \(placed.theme.title)"))
        let lines = result.stdout.split(separator: "\n")
        for note in placed.theme.notes {
            // The line that ends the note carries its id; a cited note's first line is marked.
            let cited = placed.prompt.sources.contains(note.id)
            let firstWord = note.text.split(separator: " ").first.map(String.init) ?? ""
            let marked = lines.contains { $0.hasPrefix("  *   \(firstWord)") }
            let unmarked = lines.contains { $0.hasPrefix("      \(firstWord)") }
            #expect(cited ? marked : unmarked, "\(note.id)")
            #expect(result.stdout.contains("[\(note.id)]"))
        }
        let json = try #require(try jsonObject(try runReflect(["source", placed.prompt.id, "--json"]).stdout) as? [String: Any])
        #expect(json["kind"] as? String == "prompt")
        #expect(json["cited"] as? [String] == placed.prompt.sources)
    }

    @Test func unknownIDSuggestsTheNearestAndExitsNonZero() throws {
        let result = try runReflect(["source", "resilience-taking-time-to-thnk"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "reflect: error: unknown id 'resilience-taking-time-to-thnk' (did you mean 'resilience-taking-time-to-think'?)\n")
        let theme = try runReflect(["themes", "resiliance"])
        #expect(theme.status == 1)
        #expect(theme.stderr.contains("did you mean 'resilience'?"))
    }

    @Test func unknownOptionAndCommandExit64WithAHint() throws {
        let option = try runReflect(["today", "--jsno"])
        #expect(option.status == 64)
        #expect(option.stdout == "")
        #expect(option.stderr == "reflect: error: unknown option '--jsno' for 'reflect today' (did you mean '--json'?)\n")
        let command = try runReflect(["todya"])
        #expect(command.status == 64)
        #expect(command.stderr.hasPrefix("reflect: error: unknown command 'todya' (did you mean 'today'?)"))
        let date = try runReflect(["today", "--date", "2026-13-01"])
        #expect(date.status == 64)
        #expect(date.stderr.contains("invalid value '2026-13-01' for --date"))
    }

    @Test func malformedLibraryFileIsRefusedWithLineAndColumn() throws {
        try withTemporaryDirectory { folder in
            let file = folder.appendingPathComponent("team.json")
            try Data("{\n  \"schemaVersion\": 1,\n  \"hosts\": [,]\n}\n".utf8).write(to: file)
            let result = try runReflect(["--library", file.path, "today"])
            #expect(result.status == 1)
            #expect(result.stdout == "")
            #expect(result.stderr == "reflect: error: \(file.path):3:13: malformed JSON: unexpected character ','\n")
            let viaEnvironment = try runReflect(["questions"], environment: ["REFLECT_LIBRARY": file.path])
            #expect(viaEnvironment.status == 1)
            #expect(viaEnvironment.stderr.contains(":3:13: malformed JSON"))
            let missing = try runReflect(["questions", "--library", folder.appendingPathComponent("none.json").path])
            #expect(missing.status == 1)
            #expect(missing.stderr.contains("none.json: cannot read the prompt library: no such file"))
        }
    }

    @Test func anotherLibraryOfTheSameSchemaIsUsed() throws {
        try withTemporaryDirectory { folder in
            let file = folder.appendingPathComponent("team.json")
            try Data(LibraryValidationTests.valid.utf8).write(to: file)
            let result = try runReflect(["prompts", "--json"], environment: ["REFLECT_LIBRARY": file.path])
            #expect(result.status == 0)
            let array = try #require(try jsonObject(result.stdout) as? [[String: Any]])
            #expect(array.map { $0["id"] as? String } == ["q-t-p1"])
        }
    }

    @Test func helpAndVersion() throws {
        let help = try runReflect(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("usage: reflect [--library FILE] COMMAND [OPTIONS]"))
        let commandHelp = try runReflect(["help", "prompts"])
        #expect(commandHelp.stdout == (try runReflect(["prompts", "--help"])).stdout)
        #expect(commandHelp.stdout.contains("--theme ID"))
        let version = try runReflect(["--version"])
        #expect(version.stdout == "reflect \(HelpText.version)\n")
    }

    /// The executable carries its library: copied alone into an empty folder,
    /// with an empty HOME, it still prints today's prompt.
    @Test func binaryWorksCopiedAloneWithAnEmptyHome() throws {
        try withTemporaryDirectory { folder in
            let bin = folder.appendingPathComponent("bin")
            let home = folder.appendingPathComponent("home")
            try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            let copy = bin.appendingPathComponent("reflect")
            try copyExecutable(from: reflectBinary, to: copy)
            let result = try runReflect(["today"], home: home, executable: copy)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("From the workshop"))
        }
    }
}
