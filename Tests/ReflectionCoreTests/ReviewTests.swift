import Foundation
import Testing
@testable import ReflectionCore

/// `reflect review`: the journal over a period against the workshop's themes.
@Suite struct ReviewTests {
    /// The test clock's today: Thursday 26 November 2026.
    static let today = testNow.date

    /// A month of writing: answers on one theme, a free entry, tags and actions.
    func writeAMonth(_ world: JournalWorld) throws {
        for (day, tag) in [("2026-11-02", "ward"), ("2026-11-09", "ward"), ("2026-11-16", "board"), ("2026-11-23", "ward")] {
            try world.write(["--date", day, "--prompt", "compassion-humanity-p1", "-m",
                             "Sat with the ward sister on \(day) after the complaint. #\(tag)\n\n## Now what?\n- call the chair about \(day)"])
        }
        try world.write(["--date", "2026-10-05", "--prompt", "resilience-pathways-and-tasks-p1", "-m", "An October entry on pathways."])
        try world.write(["--date", "2026-11-20", "-m", "Free words, no prompt, <b>bold</b> & \"quoted\". #board"])
    }

    @Test func theDefaultIsTheLast28DaysWithCoverageBlindSpotsRhythmTagsAndActions() throws {
        try withJournal { world in
            try writeAMonth(world)
            let out = try world.run(["review"])
            #expect(out.status == 0, "\(out.stderr)")
            let text = out.stdout
            #expect(text.hasPrefix("Review of the last 28 days\n30 October 2026 to 26 November 2026: 5 entries on 5 days;"), "\(text)")
            #expect(text.contains("Humanity [compassion-humanity]: 4 linked"))
            // The latest three, and the command that lists them all.
            #expect(text.contains("and 1 earlier:\n      reflect review --theme compassion-humanity --since 2026-10-30 --until 2026-11-26\n"), "\(text)")
            // The free entry is on nothing the workshop discussed: counted, so the figures add up.
            #expect(text.contains("Not on a workshop theme (1 entry)\n  2026-11-20 Free words, no prompt"), "\(text)")
            // Blind spots: not the covered theme; the October theme is untouched in the period, but was written on.
            let blind = try #require(text.components(separatedBy: "Blind spots\n").last?.components(separatedBy: "Rhythm\n").first)
            #expect(!blind.contains("[compassion-humanity]") && blind.contains("55 themes with no entry in the period"))
            #expect(blind.contains("reflect write --prompt relationships-breaking-down-barriers-p1\n"), "never-touched themes first, a question at a time: \(blind)")
            #expect(text.contains("Days reflected: 5 of 28 (1.3 a week)."))
            #expect(text.contains("#ward 3, #board 2"), "most used first")
            #expect(text.contains("Actions (4 open)") && text.contains("call the chair about 2026-11-02"))
        }
    }

    @Test func calendarPeriodsAreWholeWeeksMonthsAndYearsUpToToday() throws {
        try withJournal { world in
            try writeAMonth(world)
            let month = try world.run(["review", "--month", "2026-11", "--json"])
            let object = try #require(try jsonObject(month.stdout) as? [String: Any], "\(month.stderr)")
            let period = try #require(object["period"] as? [String: Any])
            #expect(period["since"] as? String == "2026-11-01" && period["until"] as? String == "2026-11-26" && period["name"] as? String == "November 2026")
            #expect(object["entries"] as? Int == 5 && object["schemaVersion"] as? Int == 1)
            let october = try #require(try jsonObject(try world.run(["review", "--month", "2026-10", "--json"]).stdout) as? [String: Any])
            #expect((october["period"] as? [String: Any])?["until"] as? String == "2026-10-31" && october["entries"] as? Int == 1)
            let week = try #require(try jsonObject(try world.run(["review", "--week", "--json"]).stdout) as? [String: Any])
            #expect((week["period"] as? [String: Any])?["since"] as? String == "2026-11-23", "the ISO week starts on Monday")
            #expect(week["entries"] as? Int == 1)
            let year = try world.run(["review", "--year"])
            #expect(year.stdout.hasPrefix("Review of 2026\n") && year.stdout.contains("Days a month: Jan 2026: 0"), "\(year.stdout)")
            #expect(try world.run(["review", "--month"]).stdout.hasPrefix("Review of November 2026\n"))
        }
    }

    @Test func badPeriodsAreUsageErrorsAndChangeNothing() throws {
        try withJournal { world in
            try writeAMonth(world)
            for arguments in [["--since", "2026-11-20", "--until", "2026-11-01"], ["--week", "--month"], ["--month", "2026-13"],
                              ["--month", "2026-11", "--until", "2026-11-20"], ["--year", "26"], ["--theme", "compassion-humanity", "--question", "compassion"]] {
                let out = try world.run(["review"] + arguments)
                #expect(out.status == 64 && out.stdout.isEmpty && !out.stderr.isEmpty, "\(arguments): \(out.stderr)")
            }
            // list, search and export refuse the same empty range the same way.
            for command in [["list"], ["search", "ward"], ["export"]] {
                let out = try world.run(command + ["--since", "2026-11-20", "--until", "2026-11-01"])
                #expect(out.status == 64 && out.stderr.contains("a day on or before --until (2026-11-01)"), "\(command): \(out.stderr)")
            }
            let unknown = try world.run(["review", "--theme", "compassion-humanit"])
            #expect(unknown.status == 1 && unknown.stderr.contains("did you mean 'compassion-humanity'"), "\(unknown.stderr)")
            let wrongKind = try world.run(["review", "--theme", "compassion"])
            #expect(wrongKind.status == 1 && wrongKind.stderr.contains("compassion is a question, not a theme: use --question compassion"))
        }
    }

    @Test func aPeriodWithNothingAndAnEmptyJournalSaySo() throws {
        try withJournal { world in
            let empty = try world.run(["review"])
            #expect(empty.status == 0 && empty.stdout.contains(": 0 entries on 0 days;"), "\(empty.stderr)")
            #expect(empty.stdout.contains("No entry in the period is linked to a theme"))
            try writeAMonth(world)
            let none = try world.run(["review", "--month", "2025-06"])
            #expect(none.status == 0 && none.stdout.contains("0 entries on 0 days") && none.stdout.contains("No tags in the period."))
        }
    }

    /// Against the workshop: the notes verbatim, who asked, what was written in date order, the prompts not yet answered.
    @Test func aThemeIsSetBesideWhatTheWorkshopSaid() throws {
        try withJournal { world in
            try writeAMonth(world)
            let out = try world.run(["review", "--theme", "compassion-humanity"])
            #expect(out.status == 0, "\(out.stderr)")
            let text = out.stdout
            let library = PromptLibrary.builtIn()
            let theme = try #require(library.questions.flatMap(\.themes).first { $0.id == "compassion-humanity" })
            for note in theme.notes { #expect(text.replacingOccurrences(of: "\n      ", with: " ").contains("“\(note.text)”"), "\(note.id)") }
            #expect(text.contains("Asked by Tony Vickers-Byrne, Director of Human Resources, Public Health England."))
            let wrote = try #require(text.components(separatedBy: "What you wrote\n").last)
            let dates = wrote.components(separatedBy: "\n").compactMap { $0.hasPrefix("    2026-") ? String($0.dropFirst(4).prefix(10)) : nil }
            #expect(dates == ["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"], "\(wrote)")
            let unanswered = try #require(text.components(separatedBy: "Prompts not yet answered\n").last)
            #expect(!unanswered.contains("[compassion-humanity-p1]") && unanswered.contains("[compassion-humanity-p2]"))
            let json = try #require(try jsonObject(try world.run(["review", "--question", "compassion", "--json"]).stdout) as? [String: Any])
            let questions = try #require(json["questions"] as? [[String: Any]])
            #expect(questions.count == 1 && (questions[0]["askedBy"] as? [String: Any])?["name"] as? String == "Tony Vickers-Byrne")
            let themes = try #require(questions[0]["themes"] as? [[String: Any]])
            #expect(themes.allSatisfy { ($0["notes"] as? [Any])?.isEmpty == false })
        }
    }

    /// Markdown: a heading per section, commands in code; the calendar in a code block.
    @Test func markdownIsADocument() throws {
        try withJournal { world in
            try writeAMonth(world)
            let out = try world.run(["review", "--format", "markdown"]).stdout
            let headings = out.components(separatedBy: "\n").filter { $0.hasPrefix("#") }
            #expect(headings.first == "# Review of the last 28 days")
            #expect(["## Coverage", "## Blind spots", "## Rhythm", "## Tags", "## Actions (4 open)"].allSatisfy(headings.contains), "\(headings)")
            #expect(out.contains("```\n      Oct") || out.contains("```\n      Nov"), "\(out)")
            #expect(!out.contains("\n\n\n"), "no runs of blank lines: \(out)")
        }
    }

    /// HTML: one file, no script, nothing fetched, the calendar an SVG with a square a day, the person's text escaped.
    @Test func htmlIsOneSelfContainedPage() throws {
        try withJournal { world in
            try writeAMonth(world)
            let page = try world.run(["review", "--format", "html"]).stdout
            #expect(page.hasPrefix("<!DOCTYPE html>") && page.hasSuffix("</html>\n"))
            #expect(!page.lowercased().contains("<script") && !page.contains("src=") && !page.contains("href="))
            #expect(!page.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "").contains("http"), "nothing to fetch")
            #expect(page.contains("<meta name=\"viewport\"") && page.contains("@media print"))
            let svg = try #require(page.components(separatedBy: "<svg").last?.components(separatedBy: "</svg>").first)
            #expect(svg.components(separatedBy: "<title>").count - 1 == 28, "a square with a title for each of the 28 days")
            #expect(svg.contains("<title>2026-11-02: 1 entry</title>"))
            #expect(!page.contains("<b>bold</b>"))
            let json = try #require(try jsonObject(try world.run(["review", "--json"]).stdout) as? [String: Any])
            #expect((json["tags"] as? [[String: Any]])?.first?["tag"] as? String == "ward")
        }
    }

    /// --output: the whole review in a private file, nothing on standard output.
    @Test func outputGoesToAPrivateFileWholeOrNotAtAll() throws {
        try withJournal { world in
            try writeAMonth(world)
            let file = world.root.appendingPathComponent("review.html")
            let out = try world.run(["review", "--format", "html", "--output", file.path])
            #expect(out.status == 0 && out.stdout.isEmpty && out.stderr.contains("Wrote the review of the last 28 days to"), "\(out.stderr)")
            let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            #expect(try String(contentsOf: file, encoding: .utf8).hasSuffix("</html>\n"))
            // A link or a folder is never replaced by the rename.
            let target = world.root.appendingPathComponent("target.html")
            try Data("kept".utf8).write(to: target)
            let link = world.root.appendingPathComponent("link.html")
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
            for path in [link.path, world.root.path] {
                let refused = try world.run(["review", "--output", path])
                #expect(refused.status == 1 && refused.stderr.contains("not a file") && refused.stderr.contains("nothing was written"), "\(refused.stderr)")
            }
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
            #expect(try String(contentsOf: target, encoding: .utf8) == "kept")
            let missing = try world.run(["review", "--output", world.root.appendingPathComponent("no/such/folder/r.txt").path])
            #expect(missing.status == 1 && missing.stderr.contains("nothing was written"), "\(missing.stderr)")
        }
    }

    /// An entry that cannot be read is named, the rest reviewed, and the exit is 1.
    @Test func anUnreadableEntryIsReportedAndTheRestReviewed() throws {
        try withJournal { world in
            try writeAMonth(world)
            let folder = world.journal.appendingPathComponent("entries/2026/11")
            try Data("---\nid: [broken\n---\nText\n".utf8).write(to: folder.appendingPathComponent("20261124-090000-brkn.md"))
            let out = try world.run(["review"])
            #expect(out.status == 1 && out.stderr.contains("20261124-090000-brkn.md") && out.stdout.contains("5 entries on 5 days"), "\(out.stderr)")
            // The real binary says the same.
            let process = try world.process(["review", "--json"])
            let object = try jsonObject(process.stdout) as? [String: Any]
            #expect(process.status == 1 && (object?["unreadable"] as? [Any])?.count == 1, "\(process.stderr)")
        }
    }
}

/// What the review reads from the matcher and the dilemmas.
@Suite struct ReviewSuggestionsAndDilemmasTests {
    /// An entry linked to no theme counts for the theme the matcher ranks
    /// first, marked as suggested with its score; a linked entry is never suggested.
    @Test func anUnlinkedEntryIsSuggestedForItsBestThemeWithItsScore() throws {
        try withJournal { world in
            let free = try world.write(["--date", "2026-11-20", "-m",
                                        "Burnt out and running on empty after winter pressures; I never stop to look after myself."])
            try world.write(["--date", "2026-11-21", "--prompt", "compassion-humanity-p1", "-m", "Burnt out too, but this one answers a prompt."])
            let json = try #require(try jsonObject(try world.run(["review", "--json"]).stdout) as? [String: Any])
            let themes = try #require(json["questions"] as? [[String: Any]]).flatMap { $0["themes"] as? [[String: Any]] ?? [] }
            let suggested = themes.filter { ($0["suggested"] as? [[String: Any]])?.isEmpty == false }
            #expect(suggested.count == 1, "one theme, the best: \(suggested.map { $0["id"] ?? "" })")
            let entry = try #require((suggested.first?["suggested"] as? [[String: Any]])?.first)
            #expect(entry["id"] as? String == free && (entry["score"] as? Double ?? 0) >= Review.suggestionThreshold)
            #expect(themes.first { $0["id"] as? String == "compassion-humanity" }?["suggested"] as? [Any] == nil
                    || (themes.first { $0["id"] as? String == "compassion-humanity" }?["suggested"] as? [Any])?.isEmpty == true)
            let text = try world.run(["review"]).stdout
            #expect(text.contains("1 suggested") && text.contains("(suggested, score "), "\(text)")
            // The index keeps the ranking: a second review reads no entry (the index line carries it).
            let index = try String(contentsOf: world.journal.appendingPathComponent(".index"), encoding: .utf8)
            #expect(index.contains(free) && index.components(separatedBy: "\n").first { $0.contains(free) }?.contains(":") == true)
        }
    }

    /// Open dilemmas with their latest entry and open actions; --dilemma reviews one alone.
    @Test func openDilemmasAreShownAndOneCanBeReviewedAlone() throws {
        try withJournal { world in
            let created = try world.run(["dilemma", "new", "Two trusts merging", "-m", "My team distrusts the other side.", "--json"])
            let dilemma = try #require((try jsonObject(created.stdout) as? [String: Any])?["id"] as? String, "\(created.stderr)")
            _ = try world.run(["dilemma", "new", "Closed one", "--json"])
            try world.write(["--dilemma", dilemma, "-m", "Met their director.\n\n## Now what?\n- ask for a joint away day"])
            try world.write(["-m", "Something else entirely. #other"])
            let text = try world.run(["review"]).stdout
            let section = try #require(text.components(separatedBy: "Dilemmas (").last)
            #expect(section.hasPrefix("2 open)") && section.contains("Two trusts merging [\(dilemma)]: 1 entry, 1 in the period"), "\(section)")
            #expect(section.contains("open action: ask for a joint away day"))
            let alone = try world.run(["review", "--dilemma", String(dilemma.prefix(12)), "--json"])
            let object = try #require(try jsonObject(alone.stdout) as? [String: Any], "\(alone.stderr)")
            #expect(object["dilemma"] as? String == dilemma && object["entries"] as? Int == 1)
            #expect((object["dilemmas"] as? [[String: Any]])?.count == 1 && (object["tags"] as? [Any])?.isEmpty == true)
            let unknown = try world.run(["review", "--dilemma", "d1999"])
            #expect(unknown.status != 0 && !unknown.stderr.isEmpty)
            #expect(try world.run(["review", "--dilemma", dilemma, "--theme", "compassion-humanity"]).status == 64)
        }
    }
}

/// A focus on one's own dilemma: the stages of a model, prompts from its best-matching themes, entries filed under it.
@Suite struct DilemmaFocusTests {
    static let monday = CalendarDate(year: 2026, month: 11, day: 30)!

    @Test func aFocusOnADilemmaDrawsOnItsThemesAndFilesItsEntries() throws {
        try withJournal { world in
            let monday = Self.monday
            let created = try world.run(["dilemma", "new", "Two trusts merging their community services", "-m",
                                         "My team distrusts the other side; relationships are fraught and there is never enough time.", "--json"],
                                        on: monday)
            let id = try #require((try jsonObject(created.stdout) as? [String: Any])?["id"] as? String, "\(created.stderr)")
            let focus = try world.run(["plan", "focus", String(id.prefix(11)), "--days", "14"], on: monday)
            #expect(focus.status == 0 && focus.stdout.contains("Two trusts merging their community services [\(id)]"), "\(focus.stdout)\(focus.stderr)")
            let plan = try #require(try jsonObject(try String(contentsOf: world.journal.appendingPathComponent("plan.json"), encoding: .utf8))
                as? [String: Any])
            let themes = try #require((plan["focus"] as? [String: Any])?["themes"] as? [String])
            #expect(themes.count == 3, "the three best-matching themes are kept: \(plan)")
            let today = try world.run(["today"], on: monday).stdout
            #expect(today.contains("Focus on “Two trusts merging their community services”, stage 1 of 6:\nDescription"), "\(today)")
            let day = try #require(try jsonObject(try world.run(["today", "--json"], on: monday).stdout) as? [String: Any])
            #expect(themes.contains((day["prompt"] as? [String: Any])?["theme"] as? String ?? ""))
            let saved = try world.run(["write", "--today", "--json", "-m", "Met their director.\n\n## Now what?\n- ask for a joint away day"], on: monday)
            let entry = try #require(try jsonObject(saved.stdout) as? [String: Any], "\(saved.stderr)")
            #expect(entry["dilemma"] as? String == id && entry["focus"] as? String == id && entry["stage"] as? Int == 1, "\(entry)")
            #expect((try jsonObject(try world.run(["today", "--json"], on: monday.adding(days: 1)).stdout) as? [String: Any])?["stageNumber"] as? Int == 2)
            let shown = try world.run(["show", try #require(entry["id"] as? String)], on: monday).stdout
            #expect(shown.contains("Dilemma: \(id)") && shown.contains("Focus: \(id), stage 1 (Description)"), "\(shown)")
            // dilemma show: the thread with its open action.
            let show = try world.run(["dilemma", "show", id], on: monday.adding(days: 1)).stdout
            #expect(show.contains("Open actions (1)") && show.contains("ask for a joint away day"), "\(show)")
            #expect(show.contains(", 1 day old"), "\(show)")
            let json = try #require(try jsonObject(try world.run(["dilemma", "show", id, "--json"], on: monday).stdout) as? [String: Any])
            #expect((json["openActions"] as? [[String: Any]])?.first?["text"] as? String == "ask for a joint away day")
        }
    }

    /// Closed during its focus: said so on closing, and a focus day's entry is refused, not saved unfiled.
    @Test func closingADilemmaDuringItsFocusStopsItsEntries() throws {
        try withJournal { world in
            let created = try world.run(["dilemma", "new", "Two trusts merging their community services", "-m",
                                         "My team distrusts the other side; relationships are fraught.", "--json"], on: Self.monday)
            let id = try #require((try jsonObject(created.stdout) as? [String: Any])?["id"] as? String)
            #expect(try world.run(["plan", "focus", id, "--days", "7"], on: Self.monday).status == 0)
            let close = try world.run(["dilemma", "close", id, "-m", "Merged."], on: Self.monday)
            #expect(close.status == 0 && close.stderr.contains("'reflect plan rotate' ends the focus"), "\(close.stderr)")
            let write = try world.run(["write", "--today", "-m", "Words."], on: Self.monday.adding(days: 1))
            #expect(write.status == 1 && write.stderr.contains("which is closed"), "\(write.stderr)")
            #expect(world.entryFiles().isEmpty)
            let refocus = try world.run(["plan", "focus", id], on: Self.monday)
            #expect(refocus.status == 1 && refocus.stderr.contains("cannot be a focus"), "\(refocus.stderr)")
        }
    }

    @Test func aClosedOrUnknownDilemmaCannotBeAFocus() throws {
        try withJournal { world in
            let created = try world.run(["dilemma", "new", "Rota gaps", "-m", "Nights.", "--json"], on: Self.monday)
            let id = try #require((try jsonObject(created.stdout) as? [String: Any])?["id"] as? String)
            #expect(try world.run(["dilemma", "close", id, "-m", "Solved."], on: Self.monday).status == 0)
            let closed = try world.run(["plan", "focus", id], on: Self.monday)
            #expect(closed.status != 0 && closed.stderr.contains("closed"), "\(closed.stderr)")
            let unknown = try world.run(["plan", "focus", "d19990101-zzzz"], on: Self.monday)
            #expect(unknown.status != 0 && !unknown.stderr.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: world.journal.appendingPathComponent("plan.json").path))
        }
    }
}

/// A backup carries the dilemmas: export writes their files, import puts them back, never replacing one.
@Suite struct DilemmaBackupTests {
    @Test func exportAndImportCarryDilemmasByteForByte() throws {
        try withJournal { world in
            let created = try world.run(["dilemma", "new", "Two trusts merging", "-m", "My team distrusts the other side.", "--json"])
            let id = try #require((try jsonObject(created.stdout) as? [String: Any])?["id"] as? String)
            let file = world.journal.appendingPathComponent("dilemmas/\(id).md")
            // A key of the person's own is kept.
            var text = try String(contentsOf: file, encoding: .utf8)
            text = text.replacingOccurrences(of: "\nstatus: open\n", with: "\nstatus: open\nmentor: Sam\n")
            try Data(text.utf8).write(to: file)
            try world.write(["--dilemma", id, "-m", "Met their director."])
            try world.write(["-m", "Unfiled."])
            let export = try world.run(["export"])
            let object = try #require(try jsonObject(export.stdout) as? [String: Any], "\(export.stderr)")
            #expect((object["dilemmas"] as? [[String: Any]])?.first?["file"] as? String == text)
            let filtered = try #require(try jsonObject(try world.run(["export", "--tag", "nothing-has-this"]).stdout) as? [String: Any])
            #expect((filtered["dilemmas"] as? [Any])?.isEmpty == true, "a filtered export carries only its entries' dilemmas")
            // Into a new journal: the dilemma's file byte for byte, the entry filed under it.
            let backup = world.root.appendingPathComponent("backup.json")
            try Data(export.stdout.utf8).write(to: backup)
            let other = world.root.appendingPathComponent("other")
            let env = ["REFLECT_HOME": other.path]
            let imported = try world.run(["import", "--from", "reflect", backup.path], env)
            #expect(imported.status == 0 && imported.stdout.contains("Imported 2 entries and 1 dilemma from"), "\(imported.stdout)\(imported.stderr)")
            #expect(try String(contentsOf: other.appendingPathComponent("dilemmas/\(id).md"), encoding: .utf8) == text)
            let show = try world.run(["dilemma", "show", id], env)
            #expect(show.status == 0 && show.stdout.contains("Met their director."), "\(show.stderr)")
            let again = try world.run(["import", "--from", "reflect", backup.path], env)
            #expect(again.stdout.contains("Imported 0 entries from") && again.stdout.contains("skipped 2 already in the journal"), "\(again.stdout)")
        }
    }
}

/// What a user trial of the review found: a period's review is of that period, a theme's of that theme.
@Suite struct ReviewKeepsToItsPeriodTests {
    @Test func aPastMonthShowsItsOwnActionsAndDilemmasAndAThemeOnlyItsEntries() throws {
        try withJournal { world in
            // October: an action and a dilemma closed that month; November: a later action.
            let created = try world.run(["dilemma", "new", "Rota gaps", "-m", "Nights.", "--json"])
            let id = try #require((try jsonObject(created.stdout) as? [String: Any])?["id"] as? String)
            try world.write(["--date", "2026-10-05", "--dilemma", id, "-m", "October.\n\n## Now what?\n- an October action"])
            try world.write(["--date", "2026-11-10", "--prompt", "compassion-humanity-p1", "-m", "November.\n\n## Now what?\n- a November action"])
            try world.write(["--date", "2026-10-06", "--prompt", "frames-history-p1", "-m", "On history. #frames"])
            #expect(try world.run(["dilemma", "close", id, "-m", "Filled."]).status == 0)
            let october = try #require(try jsonObject(try world.run(["review", "--month", "2026-10", "--json"]).stdout) as? [String: Any])
            let texts = (october["actions"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
            #expect(texts == ["an October action"], "a later action is not October's: \(texts)")
            // Closed today (26 November), written on in October: the October review still shows it? Only when written on in the period.
            #expect((october["dilemmas"] as? [[String: Any]])?.map { $0["id"] as? String } == [id], "written on in October")
            let november = try #require(try jsonObject(try world.run(["review", "--month", "2026-11", "--json"]).stdout) as? [String: Any])
            #expect((november["dilemmas"] as? [[String: Any]])?.first?["status"] as? String == "closed", "closed in November")
            // A theme's review counts that theme's entries alone.
            let theme = try #require(try jsonObject(try world.run(["review", "--theme", "frames-history", "--since", "2026-10-01", "--json"]).stdout)
                as? [String: Any])
            #expect(theme["entries"] as? Int == 1 && (theme["tags"] as? [[String: Any]])?.map { $0["tag"] as? String } == ["frames"])
        }
    }
}

/// Output that cannot be written is an error: `review > /dev/full` must not exit 0 with nothing written.
@Suite struct OutputThatFailsSaysSoTests {
    @Test func aFullDiskOnStandardOutputIsAnErrorForEveryCommand() throws {
        try withJournal { world in
            try world.write(["-m", "Words. #tag"])
            for arguments in [["review"], ["export"], ["list"], ["today"], ["questions"], ["--version"], ["write", "-m", "Saved once."]] {
                let process = Process()
                process.executableURL = reflectBinary
                process.arguments = arguments
                process.environment = testEnvironment(home: world.home, world.environment)
                let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
                let errURL = world.root.appendingPathComponent("err")
                _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
                let err = try FileHandle(forWritingTo: errURL)
                process.standardOutput = full
                process.standardError = err
                process.standardInput = FileHandle.nullDevice
                try process.run()
                process.waitUntilExit()
                try err.close()
                let stderr = try String(contentsOf: errURL, encoding: .utf8)
                #expect(process.terminationStatus == 1 && stderr.contains("cannot write to standard output"), "\(arguments): \(stderr)")
                // Saying the command ran keeps a person from saving an entry twice.
                #expect(stderr.contains("anything it saved is kept"), "\(arguments): \(stderr)")
            }
            let saved = try world.run(["search", "Saved once", "-l"])
            #expect(saved.stdout.split(separator: "\n").count == 1, "\(saved.stdout)")
        }
    }
}

/// A closed standard output (`>&-`): the descriptor the next file opened
/// takes is 1 (the journal's lock, here), so output is delivered only after
/// every file is closed; the command reports the failure, and no file of the
/// journal holds what it printed.
@Suite struct ClosedStandardStreamsTests {
    @Test func aClosedStandardOutputIsAnErrorAndNoFileReceivesTheOutput() throws {
        try withJournal { world in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "exec \"$0\" write -m 'Closed stdout.' >&- 2>\"$1\"", reflectBinary.path, world.root.appendingPathComponent("err").path]
            process.environment = testEnvironment(home: world.home, world.environment)
            process.standardInput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            let stderr = try String(contentsOf: world.root.appendingPathComponent("err"), encoding: .utf8)
            #expect(process.terminationStatus == 1 && stderr.contains("cannot write to standard output"), "\(stderr)")
            // One entry, holding its text and nothing printed; no other file took the output either.
            let files = try FileManager.default.subpathsOfDirectory(atPath: world.journal.path)
                .map { world.journal.appendingPathComponent($0).path }
                .filter { var folder: ObjCBool = false; return FileManager.default.fileExists(atPath: $0, isDirectory: &folder) && !folder.boolValue }
            let entries = files.filter { $0.hasSuffix(".md") }
            #expect(entries.count == 1, "\(files)")
            for path in files {
                let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
                #expect(!text.contains("Saved"), "\(path): \(text)")
            }
            #expect(try String(contentsOfFile: entries.first ?? "", encoding: .utf8).contains("Closed stdout."))
        }
    }
}

@Suite struct SuggestionWordsTests {
    /// A word a matched phrase already shows is not listed again.
    @Test func matchedWordsAreNotListedTwice() {
        #expect(SuggestionObject.distinct(["list", "waiting list", "waiting", "merger"]) == ["waiting list", "merger"])
        #expect(SuggestionObject.distinct(["silo", "burnout"]) == ["silo", "burnout"])
    }
}
