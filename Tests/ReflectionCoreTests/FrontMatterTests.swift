import Foundation
import Testing
@testable import ReflectionCore

/// Front matter: tolerant reading, faithful rewriting, YAML-safe writing.
@Suite struct FrontMatterTests {
    @Test func readsWhatPeopleWriteByHand() throws {
        let text = """
        ---
        # written by hand
        id: 20261126-093012-417kf
        created: "2026-11-26T09:30:12+01:00"   # quoted is fine
        themes: [resilience-taking-time-to-think, 'frames-history']
        tags:
          - board
          - "two words"
        - same-indent
        mood: tired
        nested:
          key: value
        ---
        Body line.
        """
        let (matter, body) = try FrontMatter.parse(text)
        #expect(body == "Body line.")
        #expect(matter.string("id") == "20261126-093012-417kf")
        #expect(matter.string("created") == "2026-11-26T09:30:12+01:00")
        #expect(matter.list("themes") == ["resilience-taking-time-to-think", "frames-history"])
        #expect(matter.list("tags") == ["board", "two words", "same-indent"])
        #expect(matter.string("mood") == "tired")
        #expect(matter["nested"] == .other)
        #expect(matter.leadingLines == ["# written by hand"])
    }

    @Test func keepsThePersonsKeysAndLinesOnRewrite() throws {
        let original = """
        ---
        id: 20261126-093012-417kf
        created: 2026-11-26T09:30:12+00:00
        mood: "tired, but hopeful"   # my own key
        people:
          - name: Sam
            role: chair
        tags: [a, b]
        ---
        Text.

        """
        var entry = try EntryFile.parse(Array(original.utf8), path: "e.md", fallbackID: "x")
        #expect(EntryFile.text(of: entry) == original, "an unchanged entry is written back byte for byte")
        entry.tags = ["a", "b", "c"]
        let rewritten = EntryFile.text(of: entry)
        #expect(rewritten.contains("mood: \"tired, but hopeful\"   # my own key\n"))
        #expect(rewritten.contains("people:\n  - name: Sam\n    role: chair\n"))
        #expect(rewritten.contains("tags:\n  - a\n  - b\n  - c\n"))
        #expect(try EntryFile.parse(Array(rewritten.utf8), path: "e.md", fallbackID: "x").tags == ["a", "b", "c"])
    }

    @Test func escapedQuotesDoNotEndAQuotedValue() throws {
        let text = """
        ---
        said: "a \\" # not a comment" # a comment
        its: 'it''s # not a comment either'
        empty: '' # a comment
        tags: ["a\\", b", 'c'', d', e]
        ---

        """
        let (matter, _) = try FrontMatter.parse(text)
        #expect(matter["said"] == .string("a \" # not a comment"))
        #expect(matter["its"] == .string("it's # not a comment either"))
        #expect(matter["empty"] == .string(""))
        #expect(matter["tags"] == .list(["a\", b", "c', d", "e"]))
    }

    @Test(arguments: [
        ("---\nid: x\n", 1, "front matter opened with '---' is never closed"),
        ("---\nid: x\nid: y\n---\n", 3, "duplicate key 'id'"),
        ("---\nid: x\njust words\n---\n", 3, "expected 'key: value'"),
        ("---\nid: \"open\n---\n", 2, "unterminated quoted string"),
        ("---\ntags: [a, b\n---\n", 2, "unterminated list '['"),
        ("---\n  id: x\n---\n", 2, "unexpected indentation"),
    ])
    func reportsMalformedFrontMatterWithItsLine(text: String, line: Int, message: String) {
        #expect(throws: FrontMatterError(line: line, message: message)) { try FrontMatter.parse(text) }
    }

    @Test func entryFileErrorsNameTheLine() {
        #expect(throws: EntryFileError(path: "e.md", line: 3, message: "'created' is not an ISO 8601 time: yesterday")) {
            try EntryFile.parse(Array("---\nid: a\ncreated: yesterday\n---\nx\n".utf8), path: "e.md", fallbackID: "a")
        }
        #expect(throws: EntryFileError(path: "e.md", line: 1, message: "no front matter (expected '---' on the first line)")) {
            try EntryFile.parse(Array("just text\n".utf8), path: "e.md", fallbackID: "a")
        }
        #expect(throws: EntryFileError(path: "e.md", line: 2, message: "not valid UTF-8")) {
            try EntryFile.parse([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0x0A], path: "e.md", fallbackID: "a")
        }
    }

    @Test(arguments: [
        ("board", "board"),
        ("resilience-taking-time-to-think-p1", "resilience-taking-time-to-think-p1"),
        ("20261126-093012-417kf", "20261126-093012-417kf"),
        ("yes", "\"yes\""),
        ("No", "\"No\""),
        ("null", "\"null\""),
        ("123", "\"123\""),
        ("1e5", "\"1e5\""),
        ("2026-11-26", "\"2026-11-26\""),
        ("two words", "\"two words\""),
        ("a: b", "\"a: b\""),
        ("#tag", "\"#tag\""),
        ("say \"hi\"\\now", "\"say \\\"hi\\\"\\\\now\""),
        ("line\nbreak", "\"line\\nbreak\""),
        ("équipe", "équipe"),
        ("", "\"\""),
    ])
    func writesScalarsYAMLReadsBack(text: String, yaml: String) {
        #expect(FrontMatter.yamlScalar(text) == yaml)
    }

    /// Strings YAML 1.1 (PyYAML) or the YAML 1.2 core schema (Obsidian) reads
    /// as something other than that string, unless it is quoted.
    static let lookAlikes: [String] = [
        // null
        "", "~", "null", "Null", "NULL",
        // booleans (YAML 1.1 and 1.2)
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF",
        // integers in every base
        "0", "12", "-12", "+12", "0x1f", "0xFF", "-0x1f", "0x_1f", "0o17", "0b101", "0b1_0", "017", "-017",
        "1_000", "1:20", "190:20:30", "-1:20",
        // floats
        "1.5", ".5", "-.5", "1.", "1e3", "1E3", "1e-3", "1.0e+3", "1_000.5", "1_0e5", "190:20:30.15",
        ".inf", ".Inf", ".INF", "-.inf", "-.Inf", "+.inf", ".nan", ".NaN", ".NAN",
        // dates and times
        "2026-11-27", "2026-1-7 10:00:00", "2026-11-27 10:00", "2026-11-27 10:00:00", "2026-11-27T10:00:00Z",
        "2026-11-27t10:00:00.5+01:00",
        // value and merge keys
        "=", "<<",
        // indicators, separators, comments, spaces, escapes
        "-", "- a", "-a", "?", "? a", ":", ":a", ",a", "[a]", "{a}", "#a", "&a", "*a", "!a", "|", ">", "'a'", "\"a\"",
        "%a", "@a", "`a`", "a: b", "a:", "a #b", "a\" #b", "it's # x", " a", "a ", "\ta", "line\nbreak", "a\\b",
    ]

    /// Words that read as themselves, so are written plain.
    static let ordinaryWords = [
        "hello", "board", "team-a", "NHS", "3rd", "v2", "yes-man", "0x", "1st-line", "0bad", "0o8", "0b2", "e5", "1e",
        "Yesterday", "onboarding", "nope", "2026-11-27-notes", "v1.2.3", "équipe",
    ]

    @Test(arguments: lookAlikes)
    func quotesEveryYAMLLookAlike(text: String) {
        #expect(!FrontMatter.isSafePlain(text))
        #expect(FrontMatter.yamlScalar(text).hasPrefix("\""))
    }

    @Test(arguments: ordinaryWords)
    func writesOrdinaryWordsPlain(text: String) {
        #expect(FrontMatter.yamlScalar(text) == text)
    }

    /// Every look-alike, as a value and as a list item, reads back as the same
    /// string through reflect's reader and through PyYAML's `safe_load`.
    @Test func lookAlikesReadBackAsTheSameStrings() throws {
        let values = Self.lookAlikes + Self.ordinaryWords
        var matter = FrontMatter()
        for (index, value) in values.enumerated() { matter.set("k\(index)", .string(value)) }
        matter.set("items", .list(values))

        let (read, _) = try FrontMatter.parse(matter.text)
        for (index, value) in values.enumerated() { #expect(read["k\(index)"] == .string(value), "\(value)") }
        #expect(read["items"] == .list(values))

        try withTemporaryDirectory { folder in
            let file = folder.appendingPathComponent("matter.yaml")
            try Data(matter.text.utf8).write(to: file)
            let expected = String(decoding: try JSONSerialization.data(withJSONObject: values), as: UTF8.self)
            let script = """
            import json, sys
            try:
                import yaml
            except ImportError:
                sys.exit("python3 module yaml is missing: pip install pyyaml")
            expected = json.loads(sys.argv[2])
            head = yaml.safe_load(open(sys.argv[1], encoding="utf-8").read().split("---\\n")[1])
            got = [head["k%d" % i] for i in range(len(expected))]
            bad = [(want, value) for want, value in zip(expected, got) if not (isinstance(value, str) and value == want)]
            bad += [("items", head["items"])] if head["items"] != expected else []
            bad += [("item", value) for value in head["items"] if not isinstance(value, str)]
            print("ok" if not bad else bad)
            """
            let (status, output) = try runPython(script, file.path, expected)
            #expect(status == 0, "\(output)")
            #expect(output == "ok\n")
        }
    }

    @Test func newEntryFileHasTheKnownKeysInOrder() {
        let created = Timestamp(date: CalendarDate(year: 2026, month: 11, day: 26)!, hour: 9, minute: 30, second: 12, offset: 3600)
        let entry = Entry(id: "20261126-093012-417kf", created: created, prompt: "p", question: "q", themes: ["t"],
                          sources: ["n1", "n2"], tags: ["team"], model: "driscoll", body: "Words.")
        #expect(EntryFile.text(of: entry) == """
        ---
        id: 20261126-093012-417kf
        created: 2026-11-26T09:30:12+01:00
        prompt: p
        question: q
        themes:
          - t
        sources:
          - n1
          - n2
        tags:
          - team
        model: driscoll
        ---
        Words.

        """)
    }
}

/// Small pieces of the journal, tested directly.
@Suite struct JournalPartsTests {
    @Test(arguments: [
        ("2026-11-26T09:30:12+01:00", "2026-11-26T09:30:12+01:00"),
        ("2026-11-26T09:30:12Z", "2026-11-26T09:30:12+00:00"),
        ("2026-11-26 09:30", "2026-11-26T09:30:00+00:00"),
        ("2026-11-26T09:30:12.345-05:30", "2026-11-26T09:30:12-05:30"),
        ("2026-11-26", "2026-11-26T00:00:00+00:00"),
    ])
    func parsesTimestamps(text: String, normalised: String) throws {
        #expect(try #require(Timestamp(iso: text)).description == normalised)
    }

    @Test func rejectsBadTimestamps() {
        for text in ["2026-11-26T25:00", "yesterday", "2026-11-26T09", "2026-02-30T10:00:00Z", "2026-11-26Tx"] {
            #expect(Timestamp(iso: text) == nil, "\(text)")
        }
    }

    @Test func entryIDsSortByTimeAndAreWellFormed() {
        let time = Timestamp(date: CalendarDate(year: 2026, month: 11, day: 26)!, hour: 9, minute: 5, second: 7, offset: 0)
        let id = EntryID.make(for: time, millisecond: 417)
        #expect(id.hasPrefix("20261126-090507-"))
        #expect(EntryID.isEntryID(id))
        #expect(id.count == 21)
        #expect(FrontMatter.yamlScalar(id) == id)
        let later = Timestamp(date: CalendarDate(year: 2026, month: 11, day: 26)!, hour: 10, minute: 0, second: 0, offset: 0)
        #expect(EntryID.make(for: later, millisecond: 0) > id)
        #expect(id.dropLast(2).hasSuffix("-417"))
        #expect(EntryID.monthFolder(ofPrefix: "202611") == "2026/11")
        #expect(!EntryID.isEntryID("resilience"))
    }

    @Test(arguments: [
        ("Talked with #board about #trust.", ["board", "trust"]),
        ("# Heading\n## Sub\nNot a tag: issue#3, #123, but #team/leads is.", ["team/leads"]),
        ("`#code` and\n```\n#fenced\n```\n(#paren)", ["paren"]),
    ])
    func findsTagsInTheBody(body: String, tags: [String]) {
        #expect(Tags.inBody(body) == tags)
    }

    @Test func findsLinks() {
        #expect(Links.inBody("See [[compassion-humanity-n1]] and [[20261126-093012-417kf|Tuesday]]; not [[ split\nline ]].")
                == ["compassion-humanity-n1", "20261126-093012-417kf"])
    }

    @Test func parsesSearchQueries() {
        #expect(SearchQuery("Trust  board").terms == ["trust", "board"])
        #expect(SearchQuery("\"long term\" Vision").terms == ["long term", "vision"])
        #expect(SearchQuery("“short term”").terms == ["short term"])
        let query = SearchQuery("\"long term\" board")
        #expect(query.matches(fileBytes: Array("---\nid: a\n---\nThe BOARD wants a Long Term plan.\n".utf8)))
        #expect(!query.matches(fileBytes: Array("---\nid: a\n---\nThe board wants a long plan for the term.\n".utf8)))
        #expect(!SearchQuery("board").matches(fileBytes: Array("---\ntags: [board]\n---\nNothing here.\n".utf8)),
                "front matter is not searched")
        #expect(SearchQuery("ÉQUIPE").matches(fileBytes: Array("---\nid: a\n---\nmon équipe\n".utf8)))
    }

    @Test(arguments: [
        (["REFLECT_HOME": "/j", "XDG_DATA_HOME": "/x", "HOME": "/h"], "/j"),
        (["XDG_DATA_HOME": "/x", "HOME": "/h"], "/x/reflect"),
        (["XDG_DATA_HOME": "", "HOME": "/h"], "/h/.local/share/reflect"),
        (["XDG_DATA_HOME": "relative/path", "HOME": "/h"], "/h/.local/share/reflect"),
        (["REFLECT_HOME": "", "HOME": "/h"], "/h/.local/share/reflect"),
    ] as [([String: String], String)])
    func findsTheJournalFolder(environment: [String: String], folder: String) {
        #expect(JournalLocation.folder(environment: environment) == folder)
    }

    @Test func relativeDates() throws {
        let today = CalendarDate(year: 2026, month: 3, day: 31)!
        #expect(try #require(DateArgument("3d")).resolve(today: today) == CalendarDate(year: 2026, month: 3, day: 28))
        #expect(try #require(DateArgument("2w")).resolve(today: today) == CalendarDate(year: 2026, month: 3, day: 17))
        #expect(try #require(DateArgument("1m")).resolve(today: today) == CalendarDate(year: 2026, month: 2, day: 28))
        #expect(try #require(DateArgument("6m")).resolve(today: today) == CalendarDate(year: 2025, month: 9, day: 30))
        #expect(DateArgument("3x") == nil)
        #expect(DateArgument("-3d") == nil)
    }

    @Test func templateKeepsOnlyWhatThePersonWrote() throws {
        let library = PromptLibrary.builtIn()
        let placed = library.placedPrompts[0]
        let template = EntryTemplate.make(prompt: placed, notes: library.citedNotes(of: placed), askedBy: "Debbie Sorkin", model: .driscoll)
        #expect(template.contains(placed.prompt.text))
        #expect(template.contains("## So what?"))
        #expect(EntryTemplate.extract(from: template, template: template) == nil, "unchanged saves nothing")
        #expect(EntryTemplate.extract(from: "", template: template) == nil, "emptied saves nothing")
        let written = template.replacingOccurrences(of: "## So what?\n", with: "## So what?\nIt mattered.\n")
        #expect(EntryTemplate.extract(from: written, template: template) == "## So what?\nIt mattered.\n")
        // Scissors line removed: reflect's context lines are still not saved.
        let noScissors = written.replacingOccurrences(of: EntryTemplate.scissors + "\n", with: "")
        #expect(EntryTemplate.extract(from: noScissors, template: template) == "## So what?\nIt mattered.\n")
    }

    @Test func importsJrnlExport() throws {
        let json = """
        {"tags": {"@feedback": 2}, "entries": [{"title": "Hard conversation with Sam.",
         "body": "I listened more than I spoke. @feedback", "date": "2024-03-04",
         "time": "09:30", "tags": ["@feedback"], "starred": true}]}
        """
        let entries = try JournalImport.fromJrnl(Data(json.utf8))
        #expect(entries.count == 1)
        #expect(entries[0].body == "Hard conversation with Sam. I listened more than I spoke. @feedback\n")
        #expect(entries[0].tags == ["feedback"])
        #expect(entries[0].created.date == CalendarDate(year: 2024, month: 3, day: 4))
        #expect(entries[0].created.hour == 9 && entries[0].created.minute == 30)
        #expect(EntryFile.text(of: entries[0]).contains("\nstarred: true\n"))
        #expect(throws: JournalImport.Failure.badEntry(index: 0, message: "date '4/3/2024' is not YYYY-MM-DD")) {
            try JournalImport.fromJrnl(Data(json.replacingOccurrences(of: "2024-03-04", with: "4/3/2024").utf8))
        }
        #expect(throws: JournalImport.Failure.json(.malformed(line: 1, column: 2, message: "expected a quoted key"))) {
            try JournalImport.fromJrnl(Data("{entries: []}".utf8))
        }
    }
}
