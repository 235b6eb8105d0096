import Foundation
import Testing
@testable import ReflectionCore

/// The fuzz targets (`FuzzTarget`, run under libFuzzer by `scripts/fuzz`)
/// on every input kept in `Fuzz/`: the corpus, and each input that once
/// broke a property, so both stay meaningful in `swift test`. Then each
/// fault the fuzzer found, on its own.
@Suite struct FuzzRegressionTests {
    static let fuzz = packageRoot.appendingPathComponent("Fuzz")

    /// The files of `Fuzz/FOLDER/TARGET`, none when there is no such folder.
    static func inputs(_ folder: String, _ target: FuzzTarget) -> [URL] {
        let url = fuzz.appendingPathComponent(folder).appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.sorted().map { url.appendingPathComponent($0) }
    }

    @Test(arguments: FuzzTarget.allCases)
    func everyKeptInputKeepsEveryProperty(_ target: FuzzTarget) throws {
        let corpus = Self.inputs("corpus", target)
        #expect(corpus.count >= 3, "Fuzz/corpus/\(target.rawValue) has the target's seeds")
        for file in corpus + Self.inputs("crashes", target) {
            let bytes = try [UInt8](Data(contentsOf: file))
            do { try target.check(bytes) } catch { Issue.record("\(target.rawValue) \(file.lastPathComponent): \(error)") }
        }
    }

    /// The seeds reach the round trips, not only the refusals.
    @Test func theSeedsReachTheRoundTrips() throws {
        func seed(_ target: FuzzTarget, _ name: String) throws -> [UInt8] {
            try [UInt8](Data(contentsOf: Self.fuzz.appendingPathComponent("corpus/\(target.rawValue)/\(name)")))
        }
        _ = try PromptLibrary.load(data: Data(try seed(.library, "one-question.json")), origin: "seed")
        #expect(try EntryFile.parse(try seed(.frontMatter, "reflect-written.md"), path: "e.md", fallbackID: "e").prompt == "compassion-humanity-p1")
        #expect(EntryFile.scheduleFields(try seed(.entryHeader, "reflect-written.md"), path: "e.md")?.themes == ["compassion-humanity"])
        #expect(try Invocation.parse(String(decoding: try seed(.arguments, "write-date"), as: UTF8.self).split(separator: "\0").map(String.init)).spec.name == "write")
    }

    @Test func theFirstByteSelectsTheTarget() {
        #expect(FuzzTarget.select([]) == nil)
        for (index, target) in FuzzTarget.allCases.enumerated() {
            #expect(FuzzTarget.select([UInt8(index), 1, 2])! == (target, [1, 2]))
            #expect(FuzzTarget.select([UInt8(index + FuzzTarget.allCases.count)])!.0 == target)
        }
    }

    /// Found by the front-matter target: a value whose first character is a
    /// combining mark is written quoted, and the quote and the mark are one
    /// Character, so it read back with its quotes.
    @Test func aValueStartingWithACombiningMarkReadsBackWithoutQuotes() throws {
        for value in ["\u{073B}\u{FFFD}", "\u{301}a", "\\\u{301}", "'\u{301}"] {
            var matter = FrontMatter()
            matter.set("question", .string(value))
            matter.set("tags", .list([value, "\u{073B}x"]))
            let (read, _) = try FrontMatter.parse(matter.text)
            #expect(read["question"] == .string(value))
            #expect(read["tags"] == .list([value, "\u{073B}x"]))
        }
        #expect(try FrontMatter.parse("---\nitems: [\"\u{301}a, b\", c]\n---\n").0["items"] == .list(["\u{301}a, b", "c"]))
    }

    /// Found by the front-matter target: a line ending in CR CR LF lost one
    /// CR at each rewrite, so an entry read and written was not stable.
    @Test func aLineEndingInTwoCarriageReturnsIsWrittenBackAsItReads() throws {
        let (matter, body) = try FrontMatter.parse("---\r\nid: 02F\r\r\n...\r\nBody")
        #expect(matter.fields.map(\.lines) == [["id: 02F"]])
        let (again, againBody) = try FrontMatter.parse(matter.text + body)
        #expect(again == matter && againBody == body)
    }

    /// Found by the front-matter target: a body ending in CRLF ends in the
    /// Character "\r\n", not "\n", so each rewrite of the entry (or the
    /// dilemma) added a line break.
    @Test func aBodyEndingInCRLFIsNotGivenAnotherLineBreakAtEachRewrite() throws {
        let entryFile = "---\ncreated: 2026-11-26T09:30:12+00:00\n---\nWritten on Windows\r\n"
        let entry = try EntryFile.parse(Array(entryFile.utf8), path: "e.md", fallbackID: "e")
        #expect(EntryFile.text(of: entry) == "---\ncreated: 2026-11-26T09:30:12+00:00\nid: e\n---\nWritten on Windows\r\n")
        let dilemmaFile = "---\nid: d\ntitle: t\ncreated: 2026-11-26T09:30:12+00:00\nstatus: open\n---\nWhy\r\n"
        #expect(DilemmaFile.text(of: try DilemmaFile.parse(Array(dilemmaFile.utf8), path: "d.md", fallbackID: "d")) == dilemmaFile)
    }

    /// Found by the entry-header target: a comment line inside `themes:` that
    /// ended in a colon was taken by the schedule's fast read for a key, so
    /// the themes after it were seen by the index and not by the schedule.
    @Test func aCommentInsideTheThemesDoesNotEndThemForTheSchedule() throws {
        let file = Array("---\ncreated: 2026-11-26T09:30:12+00:00\nthemes:\n  - a\n# and also:\n  - b\nprompt: p\n---\n".utf8)
        let entry = try EntryFile.parse(file, path: "e.md", fallbackID: "e")
        #expect(entry.themes == ["a", "b"])
        #expect(EntryFile.scheduleFields(file, path: "e.md")?.themes == entry.themes)
    }

    /// Found writing the entry-header target's property (the fuzzer had not
    /// reached it): `prompt: null` is no prompt to the parser, and was the
    /// prompt "null" to the schedule's fast read.
    @Test func aNullPromptIsNoPromptForTheScheduleToo() throws {
        let file = Array("---\ncreated: 2026-11-26T09:30:12+00:00\nprompt: null\nfocus: null\nthemes:\n  - null\n---\n".utf8)
        let entry = try EntryFile.parse(file, path: "e.md", fallbackID: "e")
        #expect(entry.prompt == nil && entry.focus == nil && entry.themes == ["null"])
        #expect(EntryFile.scheduleFields(file, path: "e.md") == EntryFile.ScheduleFields(date: entry.created.date, themes: ["null"]))
    }

    /// Found by the date target: `--since 17777y` is before year 1, and
    /// resolved to today instead of the first day there is.
    @Test func yearsAgoBeforeYearOneAreTheFirstDay() throws {
        let today = try #require(CalendarDate(iso: "2026-11-26"))
        #expect(DateArgument("17777y")?.resolve(today: today) == CalendarDate(iso: "0001-01-01"))
        #expect(DateArgument("2025y")?.resolve(today: today) == CalendarDate(iso: "0001-11-26"))
        #expect(try #require(CalendarDate(iso: "9999-11-30")).adding(months: 2) == CalendarDate(iso: "9999-12-31"))
    }

    /// Found by the date and front-matter targets: a `created` time with an
    /// offset of +99:99 was read, then written as +100:39, which no longer
    /// reads: an entry reflect rewrote could not be read again.
    @Test func anOffsetPast2359IsNotATime() {
        #expect(Timestamp(iso: "2026-11-26T09:30:12+99:99") == nil)
        #expect(Timestamp(iso: "2026-11-26T09:30:12+05:60") == nil)
        #expect(Timestamp(iso: "2026-11-26T09:30:12-23:59")?.offset == -(23 * 3600 + 59 * 60))
    }
}
