import Foundation
import Testing
@testable import ReflectionCore

/// A person's own dilemmas (issue 9): named, written on over days, closed
/// with an outcome, and read back as one thread.
@Suite struct DilemmaTests {
    @Test func theWorkshopSeamOffersTheMostUsedThemesOfTheFiledEntries() throws {
        let library = PromptLibrary.builtIn()
        let placed = library.placedPrompts
        let a = try #require(placed.first), b = try #require(placed.first { $0.theme.id != a.theme.id })
        func entry(_ theme: String, day: Int) -> Entry {
            Entry(id: "e\(day)", created: Timestamp(date: CalendarDate(year: 2026, month: 11, day: day)!, hour: 9, minute: 0, second: 0, offset: 0),
                  themes: [theme], body: "x")
        }
        #expect(WorkshopThemes.bestMatching("A merger", filed: [], in: library).isEmpty)
        let ranked = WorkshopThemes.bestMatching("A merger", filed: [entry(a.theme.id, day: 1), entry(b.theme.id, day: 2), entry(a.theme.id, day: 3),
                                                                     entry("no-such-theme", day: 4), entry("no-such-theme", day: 5)], in: library)
        #expect(ranked.map(\.theme.id) == [a.theme.id, b.theme.id])
        #expect(ranked.first?.question.id == a.question.id)
        let many = placed.map(\.theme.id).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.prefix(5)
        #expect(WorkshopThemes.bestMatching("", filed: many.enumerated().map { entry($1, day: $0 + 1) }, in: library).count == 3)
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
}
