import Foundation
import Testing
@testable import ReflectionCore

extension JournalWorld {
    /// Names a dilemma and returns its id.
    @discardableResult
    func newDilemma(_ title: String, _ description: String? = nil) throws -> String {
        let result = try run(["dilemma", "new", title, "--json"] + (description.map { ["-m", $0] } ?? []))
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try jsonObject(result.stdout) as? [String: Any])
        return try #require(object["id"] as? String)
    }

    func dilemmaPath(_ id: String) -> String { journal.appendingPathComponent("dilemmas/\(id).md").path }

    func dilemmaText(_ id: String) throws -> String { try String(contentsOfFile: dilemmaPath(id), encoding: .utf8) }
}

/// A person's own dilemmas (issue 9): named, written on over days, closed
/// with an outcome, and read back as one thread.
@Suite struct DilemmaTests {
    // MARK: - Parsing

    @Test(arguments: [
        (["dilemma"], "Dilemmas() text"),
        (["dilemma", "--json"], "Dilemmas() json"),
        (["dilemma", "list", "--format", "json"], "DilemmaList() json"),
        (["dilemma", "new", "Rota gaps", "-m", "Nights."], "DilemmaNew(title: \"Rota gaps\", description: Optional(\"Nights.\")) text"),
        (["dilemma", "new", "Two\nlines ", "--json"], "DilemmaNew(title: \"Two lines\", description: nil) json"),
        (["dilemma", "show", "d2026", "--full"], "DilemmaShow(id: \"d2026\", full: true) text"),
        (["dilemma", "show", "d2026", "--json"], "DilemmaShow(id: \"d2026\", full: false) json"),
        (["dilemma", "edit", "d2026"], "DilemmaEdit(id: \"d2026\") text"),
        (["dilemma", "close", "d2026", "-m", "Done."], "DilemmaClose(id: \"d2026\", outcome: Optional(\"Done.\")) text"),
        (["dilemma", "reopen", "d2026", "--json"], "DilemmaReopen(id: \"d2026\") json"),
        (["write", "--dilemma", "d2026", "-m", "x"],
         "Write(prompt: nil, answerToday: false, model: nil, tags: [], date: nil, force: false, message: Optional(\"x\"), file: nil, resume: false, draft: nil, dilemma: Optional(\"d2026\")) text"),
        (["list", "--dilemma", "d2026"],
         "List(filters: FilterOptions(limit: nil, since: nil, until: nil, prompt: nil, question: nil, theme: nil, tags: [], dilemma: Optional(\"d2026\")), format: OutputFormat.text) text"),
    ] as [([String], String)])
    func parses(arguments: [String], expected: String) throws {
        #expect(try CommandLineTests.parsed(arguments) == expected)
    }

    @Test(arguments: [
        (["dilemma", "new"], UsageError.missingArgument(argument: "TITLE", command: "dilemma new")),
        (["dilemma", "new", " \n "], UsageError.invalidValue(option: "TITLE", value: " \n ", expected: "a title with words in it")),
        (["dilemma", "shwo", "d2026"], UsageError.unknownCommand(command: "dilemma shwo", suggestions: ["dilemma show"])),
        (["dilemma", "close"], UsageError.missingArgument(argument: "ID", command: "dilemma close")),
        (["dilemma", "reopen", "d2026", "-m", "x"], UsageError.unknownOption(option: "-m", command: "dilemma reopen", suggestions: [])),
        (["write", "--resume", "--dilemma", "d2026"], UsageError.conflictingOptions("--resume", "a new entry's options")),
    ] as [([String], UsageError)])
    func refuses(arguments: [String], expected: UsageError) {
        #expect(throws: expected) { try Invocation.parse(arguments) }
    }

    // MARK: - The life of a dilemma

    @Test func aDilemmaIsNamedWrittenOnClosedAndReopened() throws {
        try withJournal { world in
            let created = try world.run(["dilemma", "new", "Two trusts merging", "-m", "My team distrusts the other side."])
            #expect(created.status == 0 && created.stderr.isEmpty, "\(created.stderr)")
            let id = String(try #require(created.stdout.split(separator: " ").dropFirst().first))
            #expect(created.stdout == "Created \(id) (\(world.dilemmaPath(id)))\n")
            // Opaque: `d`, the date, letters; nothing of the title.
            #expect(DilemmaID.isDilemmaID(id) && id.hasPrefix("d20261126-") && id.count == 14, "\(id)")
            #expect(try world.dilemmaText(id) == """
                ---
                id: \(id)
                title: "Two trusts merging"
                created: 2026-11-26T09:30:00+00:00
                status: open
                ---
                My team distrusts the other side.

                """)
            // Private, like entries.
            #expect(mode(world.dilemmaPath(id)) == 0o600)
            #expect(mode(world.journal.appendingPathComponent("dilemmas").path) == 0o700)

            // Entries filed under it, by a unique prefix.
            let first = try world.write(["--dilemma", String(id.prefix(12)), "-m", "Met the other side's lead. #merger"])
            let second = try world.write(["--dilemma", id, "--prompt", "compassion-humanity-p1", "-m", "Stayed myself in the room."])
            try world.write(["-m", "Not about it."])
            let filed = try world.listJSON(["--dilemma", id])
            #expect(filed.map { $0["id"] as? String } == [second, first])
            #expect(filed.allSatisfy { $0["dilemma"] as? String == id })
            // Without a prompt, a dilemma is written on in Driscoll's headings.
            #expect(filed.last?["model"] as? String == "driscoll")
            let firstFile = try String(contentsOfFile: try #require(filed.last?["path"] as? String), encoding: .utf8)
            #expect(firstFile.contains("\ndilemma: \(id)\n"))

            // The list: the count comes from the entries filed under it.
            let other = try world.newDilemma("Rota gaps")
            let listed = try world.run(["dilemma", "list"])
            #expect(listed.status == 0 && listed.stderr.isEmpty)
            #expect(listed.stdout.contains("\(id)  open  2026-11-26  2 entries   Two trusts merging\n"), "\(listed.stdout)")
            #expect(listed.stdout.contains("\(other)  open  2026-11-26  no entries  Rota gaps\n"), "\(listed.stdout)")
            #expect(try world.run(["dilemma"]).stdout == listed.stdout)

            // Closed with an outcome: listed after the open ones.
            let closed = try world.run(["dilemma", "close", id, "-m", "Joint team from January."])
            #expect(closed.status == 0 && closed.stdout == "Closed \(id): Two trusts merging\n", "\(closed.stderr)")
            let text = try world.dilemmaText(id)
            #expect(text.contains("\nstatus: closed\n") && text.contains("\nclosed: 2026-11-26T09:30:") && text.contains("\noutcome: \"Joint team from January.\"\n"))
            let afterClose = try world.run(["dilemma", "list"]).stdout.split(separator: "\n")
            #expect(afterClose.count == 2 && afterClose[0].hasPrefix("\(other)  open ") && afterClose[1].hasPrefix("\(id)  closed  "), "\(afterClose)")

            // Reopened: open again, the outcome kept, no closing time.
            let reopened = try world.run(["dilemma", "reopen", String(id.prefix(13))])
            #expect(reopened.status == 0 && reopened.stdout == "Reopened \(id): Two trusts merging\n", "\(reopened.stderr)")
            let again = try world.dilemmaText(id)
            #expect(again.contains("\nstatus: open\n") && !again.contains("\nclosed:") && again.contains("outcome: \"Joint team from January.\""))
            #expect(try world.run(["write", "--dilemma", id, "-m", "Back at it."]).status == 0)
        }
    }

    @Test func showIsTheThreadInDateOrder() throws {
        try withJournal { world in
            let id = try world.newDilemma("Two trusts merging", "Two trusts are merging their community services.\n\nMy team distrusts the other side.")
            let empty = try world.run(["dilemma", "show", id])
            #expect(empty.status == 0)
            // No entry yet, but its own words already match the workshop's themes.
            #expect(empty.stdout.hasPrefix("""
                Two trusts merging
                \(id) · open since Thursday 26 November 2026

                Two trusts are merging their community services.

                My team distrusts the other side.

                No entries yet: 'reflect write --dilemma \(id)' writes the first.

                What the workshop said
                  Theme       Relationship management [strategic-plan-relationship-management]

                """), "\(empty.stdout)")

            let first = try world.write(["--dilemma", id, "--date", "2026-11-20", "-m", "Met their lead.\n\nIt went better than I feared."])
            let second = try world.write(["--dilemma", id, "--prompt", "compassion-humanity-p1", "-m", "Stayed myself in the room."])
            let shown = try world.run(["dilemma", "show", id], ["COLUMNS": "200"])
            #expect(shown.status == 0 && shown.stderr.isEmpty, "\(shown.stderr)")
            let lines = shown.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let entriesAt = try #require(lines.firstIndex(of: "Entries (2, oldest first)"))
            #expect(lines[entriesAt + 1].hasPrefix("  \(first)  2026-11-20 09:30  -         Met their lead. It went better than I feared."), "\(lines[entriesAt + 1])")
            #expect(lines[entriesAt + 2].hasPrefix("  \(second)  2026-11-26 09:30  Humanity  Stayed myself in the room."), "\(lines[entriesAt + 2])")
            // What the workshop said: the themes that best match the dilemma and its entries, notes verbatim, who asked.
            let workshop = try #require(lines.firstIndex(of: "What the workshop said"))
            #expect(workshop > entriesAt)
            #expect(lines[workshop + 1] == "  Theme       Relationship management [strategic-plan-relationship-management]")
            #expect(lines[workshop + 2] == "  Question    How do you deliver a strategic plan for significant change in health and care delivery while managing significant legacy issues?")
            #expect(lines[workshop + 3] == "  Asked by    Robert Packham, Director of Health and Social Care, Perth and Kinross")
            #expect(lines[workshop + 4] == "  – “Pay attention to conversational processes and who is talking to whom about what.” [strategic-plan-relationship-management-n1]")
            #expect(lines.filter { $0.hasPrefix("  Theme       ") }.count == 3)

            let full = try world.run(["dilemma", "show", String(id.prefix(11)), "--full"])
            #expect(full.status == 0)
            #expect(full.stdout.contains("""
                Entries (2, oldest first)

                \(first)  Friday 20 November 2026, 09:30

                Met their lead.

                It went better than I feared.

                \(second)  Thursday 26 November 2026, 09:30

                Stayed myself in the room.

                What the workshop said
                """), "\(full.stdout)")

            // On a terminal, the indented entry lines still fit the width.
            var context = RunContext(environment: testEnvironment(home: world.home, world.environment.merging(["COLUMNS": "80"]) { $1 }), clock: world.clock)
            context.screen.isTerminal = true
            let narrow = Runner.run(["dilemma", "show", id], context: context)
            let entryLines = narrow.stdout.split(separator: "\n").filter { $0.hasPrefix("  2026") }
            #expect(entryLines.count == 2 && entryLines.allSatisfy { $0.unicodeScalars.count <= 80 }, "\(entryLines.map { $0.unicodeScalars.count }) \(narrow.stdout)")
            #expect(entryLines.first?.hasSuffix("…") == true)

            // No word shared with the library and no theme among its entries: no heading at all.
            let plain = try world.newDilemma("Xylophone recital")
            try world.write(["--dilemma", plain, "-m", "Zithers again."])
            #expect(!(try world.run(["dilemma", "show", plain]).stdout.contains("What the workshop said")))
        }
    }

    /// Entries for the seam's tests, one a day in November.
    static func filedEntry(themes: [String] = [], prompt: String? = nil, body: String = "Zzyzx.", day: Int) -> Entry {
        Entry(id: "e\(day)", created: Timestamp(date: CalendarDate(year: 2026, month: 11, day: day)!, hour: 9, minute: 0, second: 0, offset: 0),
              prompt: prompt, themes: themes, body: body)
    }

    @Test func theWorkshopSeamRanksTheDilemmasWordsWithTheMatcher() throws {
        let library = PromptLibrary.builtIn()
        let title = "Two trusts merging community services; my team distrusts the other side"
        let ranked = WorkshopThemes.bestMatching(title, filed: [], in: library)
        #expect(ranked.count == 3)
        // Working across organisations is about relationships: such a theme is among the top three.
        #expect(ranked.contains { $0.theme.id.contains("relationship") || $0.question.id == "relationships" }, "\(ranked.map(\.theme.id))")
        #expect(ranked.first?.theme.id == "strategic-plan-relationship-management")
        #expect(ranked.allSatisfy { $0.question.themes.contains($0.theme) })
        // The entries' words count too, their headings left out.
        let fromEntries = WorkshopThemes.bestMatching("Xylophone recital", filed: [Self.filedEntry(body: "## What?\n\nThe merger of the two trusts: my team distrusts the other side.", day: 1)],
                                                      in: library)
        #expect(WorkshopThemes.bestMatching("Xylophone recital", filed: [], in: library).isEmpty)
        #expect(fromEntries.contains { $0.theme.id.contains("relationship") }, "\(fromEntries.map(\.theme.id))")
        #expect(WorkshopThemes.bestMatching("", filed: [Self.filedEntry(body: "## Now what?\n", day: 1)], in: library).isEmpty)
        #expect(WorkshopThemes.bestMatching(title, filed: [], in: library, limit: 1).count == 1)
    }

    @Test func theWorkshopSeamFallsBackOnTheThemesOfTheFiledEntries() throws {
        let library = PromptLibrary.builtIn()
        let placed = library.placedPrompts
        let a = try #require(placed.first), b = try #require(placed.first { $0.theme.id != a.theme.id })
        // Words that match nothing: the themes the entries carry, the most used first.
        #expect(WorkshopThemes.bestMatching("Zzyzx", filed: [], in: library).isEmpty)
        let ranked = WorkshopThemes.bestMatching("Zzyzx", filed: [Self.filedEntry(themes: [a.theme.id], day: 1), Self.filedEntry(themes: [b.theme.id], day: 2),
                                                                  Self.filedEntry(themes: [a.theme.id], day: 3), Self.filedEntry(themes: ["no-such-theme"], day: 4),
                                                                  Self.filedEntry(themes: ["no-such-theme"], day: 5)], in: library)
        #expect(ranked.map(\.theme.id) == [a.theme.id, b.theme.id])
        #expect(ranked.first?.question.id == a.question.id)
        let many = placed.map(\.theme.id).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.prefix(5)
        #expect(WorkshopThemes.bestMatching("Zzyzx", filed: many.enumerated().map { Self.filedEntry(themes: [$1], day: $0 + 1) }, in: library).count == 3)
        // Matched themes come first; a linked theme fills a place the matcher left, never twice.
        let few = WorkshopThemes.bestMatching("merger", filed: [Self.filedEntry(themes: [a.theme.id], day: 1)], in: library, limit: 10)
        let matched = WorkshopThemes.bestMatching("merger", filed: [], in: library, limit: 10)
        #expect(matched.count < 10 && few.map(\.theme.id) == matched.map(\.theme.id) + (matched.contains { $0.theme.id == a.theme.id } ? [] : [a.theme.id]))
    }

    @Test func theWorkshopOffersAPromptNotYetAnsweredUnderTheDilemma() throws {
        let library = PromptLibrary.builtIn()
        let title = "Two trusts merging community services; my team distrusts the other side"
        let best = try #require(WorkshopThemes.bestMatching(title, filed: [], in: library).first)
        let offer = try #require(WorkshopThemes.offeredPrompt(title, filed: [], in: library))
        #expect(offer.theme == best.theme && offer.prompt == best.theme.prompts.first)
        // Answered already under this dilemma: the next one.
        let next = try #require(WorkshopThemes.offeredPrompt(title, filed: [Self.filedEntry(prompt: offer.prompt.id, body: "Talked to both.", day: 1)], in: library))
        #expect(next.prompt.id != offer.prompt.id)
        #expect(WorkshopThemes.offeredPrompt("Zzyzx", filed: [], in: library) == nil)
    }

    // MARK: - Bad input

    @Test func unknownAmbiguousAndMalformedIDsAreRefusedWithHelp() throws {
        try withJournal { world in
            let id = try world.newDilemma("Two trusts merging")
            let other = try world.newDilemma("Rota gaps")
            // A typo: the nearest id is offered.
            var typo = Array(id)
            typo[11] = typo[11] == "a" ? "b" : "a"
            let unknown = try world.run(["dilemma", "show", String(typo)])
            #expect(unknown.status == 1 && unknown.stdout.isEmpty)
            #expect(unknown.stderr.contains("reflect: error: no dilemma '\(String(typo))' (did you mean '\(id)'"), "\(unknown.stderr)")
            #expect(unknown.stderr.hasSuffix("'reflect dilemma list' shows them\n"))
            // Both named today: the date alone is ambiguous, and the message lists them.
            let ambiguous = try world.run(["dilemma", "close", "d20261126"])
            #expect(ambiguous.status == 1)
            #expect(ambiguous.stderr == "reflect: error: 'd20261126' matches 2 dilemmas (\([id, other].sorted().joined(separator: ", "))); give more of the id\n")
            // Ids never become paths: nothing outside dilemmas/ is read or changed.
            try Data("{}".utf8).write(to: world.journal.appendingPathComponent("plan.md"))
            for bad in ["../plan", "../../etc/passwd", "/etc/passwd", "d20261126-../../plan", ".", ""] {
                for command in [["dilemma", "show"], ["dilemma", "close"], ["dilemma", "reopen"], ["dilemma", "edit"], ["list", "--dilemma"]] {
                    let result = try world.run(command + [bad])
                    #expect(result.status == 1, "\(command) \(bad)")
                    #expect(result.stderr.hasPrefix("reflect: error: no dilemma '\(bad)'") || result.stderr.contains("matches 2 dilemmas"), "\(command) \(bad): \(result.stderr)")
                }
                let write = try world.run(["write", "--dilemma", bad, "-m", "Words."])
                #expect(write.status == 1, "\(bad)")
                let search = try world.run(["search", "--dilemma", bad, "words"])
                #expect(search.status == 2, "\(bad)")
            }
            #expect(try String(contentsOfFile: world.journal.appendingPathComponent("plan.md").path, encoding: .utf8) == "{}")
            #expect(world.entryFiles().isEmpty)
            // A file in dilemmas/ whose name is not an id is not a dilemma.
            try Data("---\ntitle: x\ncreated: 2026-11-26T09:30:00+00:00\n---\n".utf8).write(to: world.journal.appendingPathComponent("dilemmas/notes.md"))
            #expect(try world.run(["dilemma", "list"]).stdout.split(separator: "\n").count == 2)
            #expect(try world.run(["dilemma", "show", "notes"]).status == 1)
        }
    }

    @Test func closingAClosedOneOrReopeningAnOpenOneChangesNothing() throws {
        try withJournal { world in
            let id = try world.newDilemma("Rota gaps")
            let open = try world.dilemmaText(id)
            let reopen = try world.run(["dilemma", "reopen", id])
            #expect(reopen.status == 1 && reopen.stderr == "reflect: error: dilemma \(id) is already open; nothing was changed\n")
            #expect(try world.dilemmaText(id) == open)
            #expect(try world.run(["dilemma", "close", id, "-m", "Bank staff."]).status == 0)
            let closed = try world.dilemmaText(id)
            let again = try world.run(["dilemma", "close", id, "-m", "Something else."])
            #expect(again.status == 1 && again.stdout.isEmpty)
            #expect(again.stderr == "reflect: error: dilemma \(id) is already closed; nothing was changed\n")
            #expect(try world.dilemmaText(id) == closed)
        }
    }

    @Test func aClosedDilemmaTakesNoEntry() throws {
        try withJournal { world in
            let id = try world.newDilemma("Rota gaps")
            #expect(try world.run(["dilemma", "close", id]).status == 0)
            let refused = try world.run(["write", "--dilemma", id, "-m", "More on it."])
            #expect(refused.status == 1 && refused.stdout.isEmpty)
            #expect(refused.stderr == "reflect: error: dilemma \(id) is closed: nothing can be filed under it; reopen it with 'reflect dilemma reopen \(id)'\n")
            #expect(world.entryFiles().isEmpty)
            // From the editor too: refused before it opens.
            let editor = try world.editorScript("type.sh", "printf 'Typed.\\n' >> \"$1\"")
            #expect(try world.run(["write", "--dilemma", id], ["EDITOR": editor, "VISUAL": ""], answers: []).status == 1)
            #expect(world.entryFiles().isEmpty && world.drafts().isEmpty)
        }
    }

    /// Closed while the editor was open: the save is refused under the lock and the text kept as a draft.
    @Test func aDilemmaClosedWhileTheEditorIsOpenKeepsTheTextAsADraft() throws {
        try withJournal { world in
            let id = try world.newDilemma("Rota gaps")
            let path = world.dilemmaPath(id)
            // The editor writes, and meanwhile the dilemma is closed (as another reflect would).
            let editor = try world.editorScript("close.sh", """
                printf 'Typed while it closed.\\n' >> "$1"
                sed -i 's/^status: open$/status: closed/' '\(path)'
                """)
            let result = try world.run(["write", "--dilemma", id], ["EDITOR": editor, "VISUAL": ""], answers: [])
            #expect(result.status == 1)
            #expect(result.stderr.contains("dilemma \(id) is closed") && result.stderr.contains("Your text is kept in"), "\(result.stderr)")
            #expect(world.entryFiles().isEmpty)
            #expect(world.drafts().count == 1)
        }
    }

    // MARK: - Writing on a dilemma

    @Test func writingOnADilemmaOpensDriscollsHeadingsUnderItsTitle() throws {
        try withJournal { world in
            let id = try world.newDilemma("Two trusts merging", "My team distrusts the other side.")
            let copy = world.root.appendingPathComponent("template.md").path
            let editor = try world.editorScript("type.sh", "cp \"$1\" '\(copy)'\nprintf 'Spoke to both teams.\\n' >> \"$1\"")
            let result = try world.run(["write", "--dilemma", id], ["EDITOR": editor, "VISUAL": ""], answers: [])
            #expect(result.status == 0, "\(result.stderr)")
            let template = try String(contentsOfFile: copy, encoding: .utf8)
            // The workshop offers a prompt from the best-matching theme, and Driscoll's headings follow.
            #expect(template.hasPrefix("""
                # Dilemma: Two trusts merging [\(id)]
                #   My team distrusts the other side.
                #
                # The workshop offers a prompt for it, from Relationship management [strategic-plan-relationship-management]:
                #   In your current change programme, who is talking to whom about what – and which missing conversation matters most?
                #   (to answer it: reflect write --dilemma \(id) --prompt strategic-plan-relationship-management-p1)
                #
                # Driscoll
                """), "\(template)")
            #expect(template.hasSuffix("## What?\n\n\n## So what?\n\n\n## Now what?\n\n"), "\(template)")
            let entry = try #require(try world.listJSON(["--dilemma", id]).first)
            #expect(entry["model"] as? String == "driscoll")
            // An offer is not an answer: the entry names no prompt it was not written to.
            #expect(entry["prompt"] == nil && (entry["themes"] as? [String] ?? []).isEmpty, "\(entry)")
            // Reflect's context lines are not saved as the person's words.
            #expect((entry["body"] as? String)?.contains("Dilemma:") == false)
            #expect((entry["body"] as? String)?.contains("Spoke to both teams.") == true)
        }
    }

    @Test func searchAndSourceFindTheEntriesFiledUnderADilemma() throws {
        try withJournal { world in
            let id = try world.newDilemma("Rota gaps")
            let filed = try world.write(["--dilemma", id, "-m", "Nights are short again."])
            try world.write(["-m", "Nights at home."])
            let search = try world.run(["search", "--dilemma", String(id.prefix(11)), "-l", "nights"])
            #expect(search.status == 0 && search.stdout == "\(filed)\n", "\(search.stderr)")
            let source = try world.run(["source", id, "--entries", "--json"])
            #expect(source.status == 0)
            let listed = try #require(try jsonObject(source.stdout) as? [[String: Any]])
            #expect(listed.map { $0["id"] as? String } == [filed])
            let other = try world.newDilemma("Two trusts merging")
            let none = try world.run(["source", other, "--entries"])
            #expect(none.status == 0 && none.stdout.isEmpty && none.stderr == "No entries are filed under \(other).\n")
            #expect(try world.run(["list", "--dilemma", other]).stderr == "No entries match.\n")
            // A dilemma's id given where an entry or a library id goes: said so, with the command that takes it.
            let show = try world.run(["show", other])
            #expect(show.status == 1 && show.stderr == "reflect: error: '\(other)' is a dilemma, not an entry: see 'reflect dilemma show \(other)'\n")
            // The same wherever an entry's id goes, with the dilemma command that fits.
            for (arguments, command) in [(["edit", other], "dilemma edit"), (["delete", "--force", other], "dilemma close"),
                                         (["link", other, "frames-history"], "dilemma show"), (["suggest", other], "dilemma show")] {
                let out = try world.run(arguments)
                #expect(out.status == 1 && out.stderr.contains("is a dilemma, not an entry: see 'reflect \(command) \(other)'"), "\(arguments): \(out.stderr)")
            }
            let context = try world.run(["source", other])
            #expect(context.status == 1 && context.stderr.hasPrefix("reflect: error: '\(other)' is a dilemma, not a library id"), "\(context.stderr)")
            #expect(try world.run(["show", "d20991231-zzzz"]).stderr.hasPrefix("reflect: error: no entry 'd20991231-zzzz'"))
        }
    }

    // MARK: - Edit

    @Test func editOpensTheDilemmasFileAndSavesItOnlyIfItStillReads() throws {
        try withJournal { world in
            let id = try world.newDilemma("Rota gaps", "Nights.")
            let path = world.dilemmaPath(id)
            // A key the person added survives every rewrite.
            try Data(try world.dilemmaText(id).replacingOccurrences(of: "status: open\n", with: "status: open\nmine: kept  # a comment\n").utf8)
                .write(to: URL(fileURLWithPath: path))
            let retitle = try world.editorScript("retitle.sh", "sed -i 's/^title: .*/title: \"Rota gaps on nights\"/; s/^id: .*/id: d20990101-zzzz/' \"$1\"")
            let edited = try world.run(["dilemma", "edit", id], ["EDITOR": retitle, "VISUAL": ""], answers: [])
            #expect(edited.status == 0 && edited.stdout == "Updated \(id) (\(path))\n", "\(edited.stderr)")
            var text = try world.dilemmaText(id)
            #expect(text.contains("\ntitle: \"Rota gaps on nights\"\n") && text.contains("\nid: \(id)\n"), "the id stays the file's: \(text)")
            #expect(text.contains("\nmine: kept  # a comment\n"))
            #expect(mode(path) == 0o600)
            #expect(world.drafts().isEmpty)

            let untouched = try world.run(["dilemma", "edit", id], ["EDITOR": "true", "VISUAL": ""], answers: [])
            #expect(untouched.status == 0 && untouched.stderr.hasPrefix("No changes; \(id) is untouched."), "\(untouched.stderr)")

            // An edit that no longer reads is kept as a draft; the file is not touched.
            let breaker = try world.editorScript("break.sh", "sed -i 's/^status: open$/status: maybe/' \"$1\"")
            let broken = try world.run(["dilemma", "edit", id], ["EDITOR": breaker, "VISUAL": ""], answers: [])
            #expect(broken.status == 1)
            #expect(broken.stderr.contains("the edited dilemma cannot be read") && broken.stderr.contains("'status' must be open or closed, not maybe"), "\(broken.stderr)")
            #expect(try world.dilemmaText(id) == text)
            let draft = try #require(world.draftIDs().first)
            // Resumed and fixed, it saves as a dilemma, not an entry.
            let fixer = try world.editorScript("fix.sh", "sed -i 's/^status: maybe$/status: closed/' \"$1\"")
            let resumed = try world.run(["write", "--draft", draft], ["EDITOR": fixer, "VISUAL": ""])
            #expect(resumed.status == 0 && resumed.stdout == "Updated \(id) (\(path))\n", "\(resumed.stderr)")
            text = try world.dilemmaText(id)
            #expect(text.contains("\nstatus: closed\n") && world.entryFiles().isEmpty && world.drafts().isEmpty)

            // Changed by another reflect while the editor was open: not overwritten.
            let racer = try world.editorScript("race.sh", "sed -i 's/^title: .*/title: Mine/' \"$1\"\nprintf 'More.\\n' >> '\(path)'")
            let raced = try world.run(["dilemma", "edit", id], ["EDITOR": racer, "VISUAL": ""], answers: [])
            #expect(raced.status == 1 && raced.stderr.contains("changed while you were editing it"), "\(raced.stderr)")
            #expect(try world.dilemmaText(id) == text + "More.\n")
        }
    }

    // MARK: - Storage

    /// A new dilemma never replaces a file: an id already taken is made again.
    @Test func aNewDilemmaNeverReplacesAFile() throws {
        try withJournal { world in
            let taken = try world.newDilemma("First")
            let before = try world.dilemmaText(taken)
            let journal = Journal(folder: world.journal.path, clock: world.clock)
            var offered: [String] = []
            let stored = try journal.addDilemma(title: "Second", description: "") { _ in
                offered.append(offered.isEmpty ? taken : "d20261126-zzzz")
                return offered.last!
            }
            #expect(offered == [taken, "d20261126-zzzz"])
            #expect(stored.dilemma.id == "d20261126-zzzz" && stored.path == world.dilemmaPath("d20261126-zzzz"))
            #expect(try world.dilemmaText(taken) == before)
            // Every id taken: an error, and still nothing replaced.
            #expect(throws: JournalError.self) { try journal.addDilemma(title: "Third", description: "") { _ in taken } }
            #expect(try world.dilemmaText(taken) == before)
            // No temporary file is left behind by the atomic rewrites.
            _ = try world.run(["dilemma", "close", taken, "-m", "Done."])
            _ = try world.run(["dilemma", "reopen", taken])
            let names = try FileManager.default.contentsOfDirectory(atPath: world.journal.appendingPathComponent("dilemmas").path).sorted()
            #expect(names == ["d20261126-zzzz.md", "\(taken).md"].sorted())
        }
    }

    /// The journal's side, without the commands: ids are made fresh and
    /// opaque, found by a unique prefix, and only an id's exact shape becomes a path.
    @Test func theJournalStoresDilemmasAndResolvesOnlyTheirIDs() throws {
        try withTemporaryDirectory { root in
            let journal = Journal(folder: root.appendingPathComponent("journal").path, clock: .fixed(testNow))
            #expect(journal.dilemmaIDs().isEmpty)
            let a = try journal.addDilemma(title: "Two trusts merging", description: "Distrust.\n")
            let b = try journal.addDilemma(title: "Rota gaps", description: "")
            for stored in [a, b] {
                #expect(DilemmaID.isDilemmaID(stored.dilemma.id) && stored.dilemma.id.hasPrefix("d20261126-"))
                #expect(stored.path == journal.dilemmasFolder + "/" + stored.dilemma.id + ".md")
                #expect(try journal.readDilemma(path: stored.path).title == stored.dilemma.title)
                #expect(mode(stored.path) == 0o600)
            }
            #expect(a.dilemma.id != b.dilemma.id)
            #expect(mode(journal.dilemmasFolder) == 0o700)
            #expect(journal.dilemmaIDs() == [a.dilemma.id, b.dilemma.id].sorted())
            #expect(try journal.resolveDilemma(a.dilemma.id) == a.path)
            #expect(try journal.resolveDilemma(String(a.dilemma.id.dropLast())) == a.path || a.dilemma.id.dropLast() == b.dilemma.id.dropLast())
            #expect(throws: JournalError.ambiguousDilemma(prefix: "d2026", matches: [a.dilemma.id, b.dilemma.id].sorted())) {
                try journal.resolveDilemma("d2026")
            }
            var typo = Array(a.dilemma.id)
            typo[12] = typo[12] == "a" ? "b" : "a"
            #expect(throws: JournalError.unknownDilemma(id: String(typo), suggestions: [a.dilemma.id])) { try journal.resolveDilemma(String(typo)) }
            for bad in ["../plan", "/etc/passwd", "d20261126-../x", "D20261126", "d20261126-kfqm/../../x", ""] {
                #expect(journal.path(forDilemma: bad) == nil, "\(bad)")
                #expect(throws: JournalError.self) { try journal.resolveDilemma(bad) }
            }
            #expect(DilemmaID.isPrefix("d") && DilemmaID.isPrefix("d2026") && DilemmaID.isPrefix("d20261126-") && DilemmaID.isPrefix("d20261126-kf"))
            #expect(!DilemmaID.isPrefix("d2026-") && !DilemmaID.isPrefix("d20261126-k1") && !DilemmaID.isPrefix("x2026"))

            // Changes happen under the lock; what the change refuses is not written.
            let before = try FileSystem.read(a.path)
            #expect(throws: JournalError.dilemmaAlready(id: a.dilemma.id, status: .open)) {
                try journal.changeDilemma(at: a.path) { (dilemma: inout Dilemma) throws(JournalError) in
                    dilemma.title = "Changed"
                    throw .dilemmaAlready(id: dilemma.id, status: .open)
                }
            }
            #expect(try FileSystem.read(a.path) == before)
            let closed = try journal.changeDilemma(at: a.path) { (dilemma: inout Dilemma) throws(JournalError) in dilemma.status = .closed }
            #expect(closed.status == .closed)
            #expect(try journal.readDilemma(path: a.path).status == .closed)
            // A closed dilemma takes no entry, checked under the lock the save holds.
            let entry = Entry(id: "", created: testNow, dilemma: a.dilemma.id, body: "Words.\n")
            #expect(throws: JournalError.dilemmaClosed(id: a.dilemma.id)) { try journal.add(entry, underDilemma: a.dilemma.id) }
            var open = entry
            open.dilemma = b.dilemma.id
            let saved = try journal.add(open, underDilemma: b.dilemma.id)
            #expect(try journal.read(path: saved.path).dilemma == b.dilemma.id)
        }
    }

    @Test func aDilemmaFileReadsBackWhatWasWritten() throws {
        let created = Timestamp(date: CalendarDate(year: 2026, month: 11, day: 26)!, hour: 9, minute: 30, second: 0, offset: 0)
        var dilemma = Dilemma(id: "d20261126-kfqm", title: "Yes: \"no\" # not a comment", created: created, status: .closed, closed: created,
                              outcome: "Line one.\nLine two: 'quoted'.", description: "## Background\n\nSome words.\n")
        let text = DilemmaFile.text(of: dilemma)
        var read = try DilemmaFile.parse(Array(text.utf8), path: "x.md", fallbackID: "other")
        read.frontMatter = FrontMatter()
        dilemma.frontMatter = FrontMatter()
        #expect(read == dilemma)
        // Mistakes a person can make by hand are reported with their line.
        let bad: [(String, String)] = [
            ("---\ntitle: x\ncreated: 2026-11-26T09:30:00+00:00\nstatus: shut\n---\n", "x.md:4: 'status' must be open or closed, not shut"),
            ("---\ncreated: 2026-11-26T09:30:00+00:00\n---\n", "x.md:1: a dilemma needs a 'title'"),
            ("---\ntitle: x\n---\n", "x.md:1: front matter has no 'created' time"),
            ("---\ntitle: x\ncreated: 2026-11-26T09:30:00+00:00\nclosed: soon\n---\n", "x.md:4: 'closed' is not an ISO 8601 time: soon"),
            ("No front matter.\n", "x.md:1: no front matter (expected '---' on the first line)"),
        ]
        for (text, message) in bad {
            #expect(throws: EntryFileError.self) { try DilemmaFile.parse(Array(text.utf8), path: "x.md", fallbackID: "x") }
            do { _ = try DilemmaFile.parse(Array(text.utf8), path: "x.md", fallbackID: "x") } catch { #expect(error.description == message) }
        }
    }

    @Test func anUnreadableDilemmaIsReportedAndNeverRewritten() throws {
        try withJournal { world in
            let good = try world.newDilemma("Rota gaps")
            let bad = "d20261125-bbbb"
            let broken = "---\ntitle: x\ncreated: yesterday\n---\n"
            try Data(broken.utf8).write(to: URL(fileURLWithPath: world.dilemmaPath(bad)))
            let listed = try world.run(["dilemma", "list"])
            #expect(listed.status == 1 && listed.stdout.hasPrefix(good))
            #expect(listed.stderr.contains("reflect: warning: \(world.dilemmaPath(bad)):3: 'created' is not an ISO 8601 time"), "\(listed.stderr)")
            for command in [["dilemma", "close", bad], ["dilemma", "show", bad], ["write", "--dilemma", bad, "-m", "x"]] {
                let result = try world.run(command)
                #expect(result.status == 1 && result.stderr.contains("fix the dilemma's file"), "\(command): \(result.stderr)")
            }
            #expect(try world.dilemmaText(bad) == broken)
            // An entry that cannot be read is reported by the list too, and the others still counted.
            try world.write(["--dilemma", good, "-m", "Counted."])
            let month = world.journal.appendingPathComponent("entries/2026/11")
            let unreadable = month.appendingPathComponent("20261126-080000-000aa.md")
            try Data("No front matter.\n".utf8).write(to: unreadable)
            let counted = try world.run(["dilemma", "list"])
            #expect(counted.status == 1 && counted.stdout.hasPrefix("\(good)  open  2026-11-26  1 entry  Rota gaps\n"), "\(counted.stdout)")
            #expect(counted.stderr.contains("reflect: warning: \(unreadable.path):1: no front matter"), "\(counted.stderr)")
        }
    }

    @Test func checkReadsTheDilemmasAndTheEntriesFiledUnderThem() throws {
        try withJournal { world in
            let id = try world.newDilemma("Rota gaps")
            try world.write(["--dilemma", id, "-m", "Nights."])
            let clean = try world.run(["check"])
            #expect(clean.status == 0 && clean.stdout == "Checked 1 entry: no problems.\n", "\(clean.stdout)")
            // A dilemma broken by hand, one made public, and an entry naming a dilemma that is not there.
            let broken = "d20261125-bbbb"
            try Data("---\ntitle: x\ncreated: 2026-11-25T09:00:00+00:00\nstatus: shut\n---\n".utf8).write(to: URL(fileURLWithPath: world.dilemmaPath(broken)))
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: world.dilemmaPath(broken))
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: world.dilemmaPath(id))
            var typo = Array(id)
            typo[13] = typo[13] == "a" ? "b" : "a"
            let stray = try world.write(["-m", "Elsewhere."])
            let strayPath = try #require(try world.listJSON().first { $0["id"] as? String == stray }?["path"] as? String)
            let text = try String(contentsOfFile: strayPath, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "\n---\n", with: "\ndilemma: \(String(typo))\n---\n").utf8).write(to: URL(fileURLWithPath: strayPath))
            let check = try world.run(["check"])
            #expect(check.status == 1)
            #expect(check.stdout.contains("\(world.dilemmaPath(id)): file permissions are 644, expected 600\n"), "\(check.stdout)")
            #expect(check.stdout.contains("\(world.dilemmaPath(broken)): line 4: 'status' must be open or closed, not shut\n"), "\(check.stdout)")
            #expect(check.stdout.contains("\(strayPath): dilemma '\(String(typo))' is not in the journal's dilemmas (did you mean '\(id)'?)\n"), "\(check.stdout)")
            #expect(check.stdout.hasSuffix("Checked 2 entries: 3 problems.\n"), "\(check.stdout)")
        }
    }

    /// What a person sees from the real binary: streams and exit statuses.
    @Test func theBinaryRefusesAClosedDilemmaAndBadUsage() throws {
        try withJournal { world in
            let created = try world.process(["dilemma", "new", "Rota gaps", "--json"])
            #expect(created.status == 0 && created.stderr.isEmpty, "\(created.stderr)")
            let id = try #require((try jsonObject(created.stdout) as? [String: Any])?["id"] as? String)
            #expect(try world.process(["dilemma", "close", id]).status == 0)
            let refused = try world.process(["write", "--dilemma", id], stdin: "Piped words.\n")
            #expect(refused.status == 1 && refused.stdout.isEmpty)
            #expect(refused.stderr.hasSuffix("reopen it with 'reflect dilemma reopen \(id)'\n"), "\(refused.stderr)")
            #expect(world.entryFiles().isEmpty)
            let usage = try world.process(["dilemma", "new"])
            #expect(usage.status == 64 && usage.stderr.hasPrefix("reflect: error: 'reflect dilemma new' needs TITLE"), "\(usage.stderr)")
            #expect(try world.process(["dilemma", "reopen", id]).status == 0)
            let written = try world.process(["write", "--dilemma", String(id.prefix(12))], stdin: "Piped words.\n")
            #expect(written.status == 0 && written.stdout.hasPrefix("Saved "), "\(written.stderr)")
        }
    }

    @Test func aHeldLockMakesDilemmaChangesWaitThenSayBusy() throws {
        try withJournal { world in
            let id = try world.newDilemma("Rota gaps")
            let before = try world.dilemmaText(id)
            let journal = Journal(folder: world.journal.path, clock: world.clock)
            try FileLock.withLock(journal.lockPath, wait: 0) { () throws(JournalError) in
                for arguments in [["dilemma", "new", "Another"], ["dilemma", "close", id], ["write", "--dilemma", id, "-m", "Words."]] {
                    let result = try? world.run(arguments, ["REFLECT_LOCK_TIMEOUT": "0.1"])
                    #expect(result?.status == ExitCode.busy, "\(arguments)")
                }
            }
            #expect(try world.dilemmaText(id) == before)
            #expect(world.entryFiles().isEmpty)
            #expect(try world.run(["dilemma", "list"]).stdout.split(separator: "\n").count == 1)
        }
    }

    // MARK: - JSON

    @Test func jsonShapes() throws {
        try withJournal { world in
            let created = try world.run(["dilemma", "new", "Xylophone recital", "-m", "Zithers.", "--json"])
            let object = try #require(try jsonObject(created.stdout) as? [String: Any])
            let id = try #require(object["id"] as? String)
            #expect(Set(object.keys) == ["id", "title", "created", "status", "description", "path"])
            #expect(object["title"] as? String == "Xylophone recital" && object["status"] as? String == "open" && object["description"] as? String == "Zithers.\n")
            #expect(object["created"] as? String == "2026-11-26T09:30:00+00:00" && object["path"] as? String == world.dilemmaPath(id))

            let entry = try world.write(["--dilemma", id, "--prompt", "compassion-humanity-p1", "-m", "Zithers."])
            let list = try #require(try jsonObject(try world.run(["dilemma", "list", "--json"]).stdout) as? [[String: Any]])
            #expect(list.count == 1 && list[0]["entryCount"] as? Int == 1 && list[0]["lastEntry"] as? String == "2026-11-26T09:30:00+00:00")
            #expect(list[0]["entries"] == nil && list[0]["workshop"] == nil)

            let shown = try #require(try jsonObject(try world.run(["dilemma", "show", id, "--json"]).stdout) as? [String: Any])
            let entries = try #require(shown["entries"] as? [[String: Any]])
            #expect(entries.map { $0["id"] as? String } == [entry] && entries[0]["dilemma"] as? String == id)
            let workshop = try #require(shown["workshop"] as? [[String: Any]])
            #expect(workshop.count == 1 && workshop[0]["theme"] as? String == "compassion-humanity" && workshop[0]["question"] as? String == "compassion")
            #expect((workshop[0]["askedBy"] as? [String: Any])?["name"] as? String == "Tony Vickers-Byrne")
            #expect(((workshop[0]["notes"] as? [[String: Any]])?.first)?["text"] as? String == "My role does not remove my humanity/individuality.")

            let closed = try #require(try jsonObject(try world.run(["dilemma", "close", id, "-m", "Sorted.", "--json"]).stdout) as? [String: Any])
            #expect(closed["status"] as? String == "closed" && closed["outcome"] as? String == "Sorted." && closed["closed"] is String)
            let reopened = try #require(try jsonObject(try world.run(["dilemma", "reopen", id, "--json"]).stdout) as? [String: Any])
            #expect(reopened["status"] as? String == "open" && reopened["closed"] == nil && reopened["outcome"] as? String == "Sorted.")

            let empty = try withJournal { other in try other.run(["dilemma", "list", "--json"]) }
            #expect(empty.status == 0 && (empty.stdout == "[\n\n]\n" || empty.stdout == "[]\n"), "\(empty.stdout)")
        }
    }
}
