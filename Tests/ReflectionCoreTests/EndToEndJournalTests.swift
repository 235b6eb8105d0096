import Foundation
import Testing
@testable import ReflectionCore

/// A temporary world for one test: a journal folder, an empty HOME and TMPDIR.
struct JournalWorld {
    let root: URL
    var journal: URL { root.appendingPathComponent("journal") }
    var home: URL { root.appendingPathComponent("home") }
    var tmp: URL { root.appendingPathComponent("tmp") }
    var environment: [String: String] { ["REFLECT_HOME": journal.path, "TMPDIR": tmp.path] }
    /// One clock for the world, so that entries written one after another keep their order.
    let clock = Clock.fixed(testNow)

    init(_ root: URL) throws {
        self.root = root
        try FileManager.default.createDirectory(at: root.appendingPathComponent("home"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("tmp"), withIntermediateDirectories: true)
    }

    func run(_ arguments: [String], stdin: String? = nil, stdinBytes: [UInt8]? = nil, _ extra: [String: String] = [:],
             answers: [String]? = nil) throws -> ProcessOutput {
        try runReflect(arguments, home: home, environment: environment.merging(extra) { $1 }, stdin: stdin, stdinBytes: stdinBytes, clock: clock,
                       answers: answers)
    }

    /// Runs the real binary, for what only a process shows.
    func process(_ arguments: [String], stdin: String? = nil, _ extra: [String: String] = [:]) throws -> ProcessOutput {
        try runReflectProcess(arguments, home: home, environment: environment.merging(extra) { $1 }, stdin: stdin)
    }

    func terminal(_ arguments: [String], editor: String) throws -> ProcessOutput {
        try runReflectInTerminal(arguments, home: home, environment: environment.merging(["EDITOR": editor, "VISUAL": ""]) { $1 })
    }

    /// Writes an entry and returns its id.
    @discardableResult
    func write(_ arguments: [String]) throws -> String {
        let result = try run(["write"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return String(result.stdout.split(separator: " ").dropFirst().first ?? "")
    }

    /// Every entry file, relative to the journal.
    func entryFiles() -> [String] {
        let entries = journal.appendingPathComponent("entries")
        let all = (FileManager.default.enumerator(atPath: entries.path)?.allObjects as? [String]) ?? []
        return all.filter { $0.hasSuffix(".md") }.sorted()
    }

    func drafts() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: journal.appendingPathComponent("drafts").path)) ?? []).filter { $0.hasSuffix(".md") }
    }

    func listJSON(_ arguments: [String] = []) throws -> [[String: Any]] {
        let result = try run(["list", "--json"] + arguments)
        return try #require(try jsonObject(result.stdout) as? [[String: Any]])
    }

    /// A script file usable as $EDITOR.
    /// An editor command running a shell script. It is run as `sh PATH`, not
    /// executed: a script written while another test forks a process can be
    /// held open for writing by that child for a moment, and executing it
    /// then fails with ETXTBSY (exit 126), a flake seen under CI's load.
    func editorScript(_ name: String, _ body: String) throws -> String {
        let url = root.appendingPathComponent(name)
        try Data("#!/bin/sh\n\(body)\n".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return "sh " + url.path
    }
}

func withJournal<T>(_ body: (JournalWorld) throws -> T) throws -> T {
    try withTemporaryDirectory { try body(try JournalWorld($0)) }
}

func mode(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int) ?? -1
}

@Suite struct EndToEndJournalTests {
    @Test func writesFromEverySourceAndLists() throws {
        try withJournal { world in
            let file = world.root.appendingPathComponent("note.txt")
            try Data("From a file.\n".utf8).write(to: file)
            do {
                try world.write(["-m", "From -m, about #trust.", "--prompt", "compassion-humanity-p1", "--tag", "board"])
                try world.write(["--file", file.path])
                let viaDash = try world.run(["write", "--file", "-", "--today"], stdin: "From --file -.\n")
                #expect(viaDash.status == 0)
                let piped = try world.run(["write"], stdin: "Piped in.\n")
                #expect(piped.status == 0)
                #expect(piped.stdout.hasPrefix("Saved "))
            }
            let list = try world.run(["list"])
            #expect(list.status == 0)
            #expect(list.stderr == "")
            let lines = list.stdout.split(separator: "\n")
            #expect(lines.count == 4)
            #expect(lines.last?.contains("From -m, about #trust.") == true)
            #expect(lines.last?.contains("Humanity") == true, "the theme title is shown")
            let json = try world.listJSON()
            #expect(json.count == 4)
            let first = try #require(json.last)
            for key in ["id", "created", "path", "body"] { #expect(first[key] is String, "\(key)") }
            #expect(first["prompt"] as? String == "compassion-humanity-p1")
            #expect(first["themes"] as? [String] == ["compassion-humanity"])
            #expect(first["tags"] as? [String] == ["board", "trust"])
            #expect(first["body"] as? String == "From -m, about #trust.\n")
            #expect(try world.listJSON(["-n", "2"]).count == 2)
        }
    }

    @Test func filesArePrivateEvenUnderUmask000AndNothingLeavesTheJournal() throws {
        try withJournal { world in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "umask 000; exec \"$0\" write -m 'Private.'", reflectBinary.path]
            process.environment = testEnvironment(home: world.home, world.environment)
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            let failing = try world.terminal(["write", "--today"], editor: "false")
            #expect(failing.status == 1)
            let files = world.entryFiles()
            #expect(files.count == 1)
            let entry = world.journal.appendingPathComponent("entries/\(files[0])").path
            #expect(mode(entry) == 0o600)
            let drafts = world.journal.appendingPathComponent("drafts")
            #expect(mode(drafts.appendingPathComponent(world.drafts()[0]).path) == 0o600)
            var folder = URL(fileURLWithPath: entry).deletingLastPathComponent()
            while folder.path.hasPrefix(world.journal.path) {
                #expect(mode(folder.path) == 0o700, "\(folder.path)")
                folder = folder.deletingLastPathComponent()
            }
            #expect(mode(drafts.path) == 0o700)
            // Nothing was written to TMPDIR, and to HOME only the theme matcher's
            // cache (XDG), built from the library: none of the person's words.
            #expect(try FileManager.default.contentsOfDirectory(atPath: world.tmp.path).isEmpty)
            let home = try FileManager.default.contentsOfDirectory(atPath: world.home.path)
            #expect(home.isEmpty || home == [".cache"], "\(home)")
            let cache = world.home.appendingPathComponent(".cache/reflect")
            for name in (try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? [] {
                #expect(name.hasPrefix("matcher-") && mode(cache.appendingPathComponent(name).path) == 0o600, "\(name)")
            }
        }
    }

    @Test func fourProcessesWritingAtOnceGiveAHundredCompleteEntries() throws {
        try withJournal { world in
            let script = "for j in $(seq 1 25); do \"$0\" write -m \"writer $1 entry $j with some words to make it longer\" >/dev/null || exit 1; done"
            let processes = try (1...4).map { writer -> Process in
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/bin/sh")
                process.arguments = ["-c", script, reflectBinary.path, "\(writer)"]
                process.environment = testEnvironment(home: world.home, world.environment)
                try process.run()
                return process
            }
            for process in processes {
                process.waitUntilExit()
                #expect(process.terminationStatus == 0)
            }
            let json = try world.listJSON()
            #expect(json.count == 100)
            #expect(Set(json.compactMap { $0["id"] as? String }).count == 100)
            let bodies = Set(json.compactMap { $0["body"] as? String })
            for writer in 1...4 {
                for j in 1...25 { #expect(bodies.contains("writer \(writer) entry \(j) with some words to make it longer\n")) }
            }
            #expect(try world.run(["check"]).status == 0)
        }
    }

    @Test func aFailedEditorSavesNothingAndKeepsADraft() throws {
        try withJournal { world in
            let failed = try world.terminal(["write", "--today"], editor: "false")
            #expect(failed.status == 1)
            #expect(failed.stdout.contains("exited with status 1. Nothing was saved."))
            #expect(failed.stdout.contains(world.journal.appendingPathComponent("drafts").path))
            #expect(world.entryFiles().isEmpty)
            #expect(world.drafts().count == 1)

            let unchanged = try world.terminal(["write", "--today"], editor: "true")
            #expect(unchanged.status == 1)
            #expect(unchanged.stdout.contains("empty or unchanged"))
            #expect(unchanged.stdout.contains("hint: the editor returned at once"))
            #expect(world.entryFiles().isEmpty)

            let interrupted = try world.terminal(["write", "--today"], editor: "kill -INT $$;")
            #expect(interrupted.status == 130)
            #expect(interrupted.stdout.contains("interrupted. Nothing was saved."))
            #expect(world.entryFiles().isEmpty)
            #expect(world.drafts().count == 3)

            let missing = try world.terminal(["write"], editor: "no-such-editor-here")
            #expect(missing.status == 1)
            #expect(missing.stdout.contains("is 'no-such-editor-here' installed?"))

            // --resume on a terminal lists the drafts and asks which; at the end of input it resumes none.
            let typist = try world.editorScript("type.sh", "printf 'Resumed and finished.\\n' >> \"$1\"")
            let asked = try world.terminal(["write", "--resume"], editor: typist)
            #expect(asked.status == 0, "\(asked.stdout)")
            #expect(asked.stdout.contains("Drafts, newest first:\n  1  ") && asked.stdout.contains("Which draft? [1-4, Enter for 1] "))
            #expect(asked.stdout.contains("Nothing resumed."))
            #expect(world.entryFiles().isEmpty)
            // Off a terminal, --resume continues the newest draft.
            let resumed = try world.process(["write", "--resume"], ["EDITOR": typist, "VISUAL": ""])
            #expect(resumed.status == 0, "\(resumed.stderr)")
            #expect(world.entryFiles().count == 1)
            #expect(world.drafts().count == 3)
        }
    }

    @Test func theEditorTemplateGivesContextThatIsNotSaved() throws {
        try withJournal { world in
            let copy = world.root.appendingPathComponent("template.txt").path
            let typist = try world.editorScript("type.sh", """
            cp "$1" '\(copy)'
            sed -i 's/^## So what?$/## So what?\\nIt changed how I chair the meeting./' "$1"
            """)
            let result = try world.terminal(["write", "--prompt", "resilience-taking-time-to-think-p1"], editor: typist)
            #expect(result.status == 0, "\(result.stdout)")
            let template = try String(contentsOfFile: copy, encoding: .utf8)
            let library = PromptLibrary.builtIn()
            let prompt = try #require(library.placedPrompts.first { $0.prompt.id == "resilience-taking-time-to-think-p1" })
            #expect(template.contains(prompt.prompt.text))
            for note in library.citedNotes(of: prompt) { #expect(template.contains(note.text)) }
            #expect(template.contains("## What?\n") && template.contains("## Now what?\n"))
            let entry = try #require(try world.listJSON().first)
            #expect(entry["body"] as? String == "## So what?\nIt changed how I chair the meeting.\n")
            #expect(entry["prompt"] as? String == "resilience-taking-time-to-think-p1")
            #expect(world.drafts().isEmpty)
        }
    }

    @Test func invalidUTF8AndEmptyTextAreRefusedAndNothingIsWritten() throws {
        try withJournal { world in
            let bad = try world.run(["write"], stdinBytes: [0x48, 0x69, 0xFF, 0xFE, 0x0A])
            #expect(bad.status == 1)
            #expect(bad.stderr == "reflect: error: standard input is not valid UTF-8 text; nothing was saved\n")
            let empty = try world.run(["write", "-m", "  \n "])
            #expect(empty.status == 1)
            #expect(empty.stderr == "reflect: error: the entry is empty; nothing was saved\n")
            #expect(world.entryFiles().isEmpty)
        }
    }

    @Test func aReadOnlyJournalIsAClearError() throws {
        try withJournal { world in
            try world.write(["-m", "Before."])
            try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: world.journal.path)
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: world.journal.path) }
            let result = try world.run(["write", "-m", "After."])
            #expect(result.status == 1)
            #expect(result.stderr == "reflect: error: the journal folder \(world.journal.path) is read-only; nothing was written\n")
            #expect(world.entryFiles().count == 1)
        }
    }

    @Test func aBrokenFileIsNamedAndNeverRewrittenWhileOthersStillList() throws {
        try withJournal { world in
            let good = try world.write(["-m", "Good entry."])
            let bad = try world.write(["-m", "Soon broken."])
            let badPath = try #require(try world.listJSON().first { $0["id"] as? String == bad }?["path"] as? String)
            let broken = "---\nid: \(bad)\ncreated: 2026-11-26T09:00:00+00:00\ntags: [unclosed\n---\nSoon broken.\n"
            try Data(broken.utf8).write(to: URL(fileURLWithPath: badPath))
            let list = try world.run(["list"])
            #expect(list.status == 1)
            #expect(list.stdout.contains(good))
            #expect(!list.stdout.contains(bad))
            #expect(list.stderr == "reflect: warning: \(badPath):4: unterminated list '['\n")
            let check = try world.run(["check"])
            #expect(check.status == 1)
            #expect(check.stdout.contains("\(badPath): line 4: unterminated list '['"))
            let edit = try world.terminal(["edit", bad], editor: "true")
            #expect(edit.status == 1)
            #expect(try String(contentsOfFile: badPath, encoding: .utf8) == broken)
        }
    }

    @Test func showsAnEntryWithItsWorkshopContextAndLinks() throws {
        try withJournal { world in
            let first = try world.write(["-m", "An earlier thought."])
            let id = try world.write(["--prompt", "compassion-humanity-p1", "-m", "See [[compassion-metaphor-n1]] and [[\(first)]]. #team"])
            let show = try world.run(["show", String(id.prefix(19))])
            #expect(show.status == 0, "\(show.stderr)")
            #expect(show.stdout.contains("See [[compassion-metaphor-n1]]"))
            #expect(show.stdout.contains("From the workshop"))
            #expect(show.stdout.contains("Compassionate leadership, how to maintain it?"))
            #expect(show.stdout.contains("Tony Vickers-Byrne, Director of Human Resources"))
            #expect(show.stdout.contains("Theme       Humanity"))
            #expect(show.stdout.contains("“My role does not remove my"))
            #expect(show.stdout.contains("[[compassion-metaphor-n1]] note under Metaphor: “Organisations as living"))
            #expect(show.stdout.contains("[[\(first)]] entry of"))
            let json = try #require(try jsonObject(try world.run(["show", id, "--json"]).stdout) as? [String: Any])
            #expect(json["id"] as? String == id)
            let unknown = try world.run(["show", "20991231"])
            #expect(unknown.status == 1)
            #expect(unknown.stderr.hasPrefix("reflect: error: no entry '20991231'"))
            try world.write(["-m", "Third."])
            let ambiguous = try world.run(["show", "20"])
            #expect(ambiguous.status == 1)
            #expect(ambiguous.stderr.contains("matches 3 entries"))
        }
    }

    @Test func searchNeedsEveryWordAndQuotedPhrases() throws {
        try withJournal { world in
            let a = try world.write(["-m", "The board wants a long-term plan.\nTrust takes TIME to build."])
            let b = try world.write(["-m", "Time with the team; trust is growing."])
            _ = try world.write(["-m", "Nothing relevant."])
            let both = try world.run(["search", "trust", "time", "-l"])
            #expect(Set(both.stdout.split(separator: "\n").map(String.init)) == [a, b])
            let phrase = try world.run(["search", "\"takes time\"", "-l"])
            #expect(phrase.stdout == "\(a)\n")
            let lines = try world.run(["search", "BOARD"])
            #expect(lines.stdout.contains("  1: The board wants a long-term plan."))
            #expect(!lines.stdout.contains("2: Trust"))
            let json = try #require(try jsonObject(try world.run(["search", "trust", "--json"]).stdout) as? [[String: Any]])
            #expect(json.count == 2)
            let matches = try #require(json.first { $0["id"] as? String == a }?["matches"] as? [[String: Any]])
            #expect(matches.first?["line"] as? Int == 2)
            // Filters apply to search too (on parsed entries, not the index).
            let old = try world.write(["-m", "Old trust and time.", "--date", "2025-01-01", "--tag", "board"])
            #expect(Set(try world.run(["search", "trust", "-l", "--since", "2026-01-01"]).stdout.split(separator: "\n").map(String.init)) == [a, b])
            #expect(try world.run(["search", "trust", "-l", "--tag", "board"]).stdout == "\(old)\n")
            // Nothing found: as grep, exit 1, and say so on standard error.
            let none = try world.run(["search", "zebra"])
            #expect(none.status == 1)
            #expect(none.stdout == "")
            #expect(none.stderr == "No entries match.\n")
        }
    }

    @Test func listFiltersByDateThemePromptQuestionAndTag() throws {
        try withJournal { world in
            let old = try world.write(["-m", "Old one.", "--date", "2025-01-15", "--prompt", "frames-history-p1"])
            let tagged = try world.write(["-m", "Tagged in the body #Board.", "--date", "2026-06-01"])
            let recent = try world.write(["-m", "Recent.", "--prompt", "compassion-humanity-p1", "--tag", "team"])
            func ids(_ arguments: [String]) throws -> [String] { try world.listJSON(arguments).compactMap { $0["id"] as? String } }
            #expect(try ids([]) == [recent, tagged, old])
            #expect(try ids(["--since", "2026-01-01"]) == [recent, tagged])
            #expect(try ids(["--until", "2026-06-01"]) == [tagged, old])
            #expect(try ids(["--since", "2025-01-15", "--until", "2025-01-15"]) == [old])
            #expect(try ids(["--theme", "frames-history"]) == [old])
            #expect(try ids(["--question", "compassion"]) == [recent])
            #expect(try ids(["--prompt", "compassion-humanity-p1"]) == [recent])
            #expect(try ids(["--tag", "board"]) == [tagged])
            #expect(try ids(["--tag", "#team"]) == [recent])
            #expect(try ids(["--tag", "team", "--tag", "board"]).isEmpty)
            let unknown = try world.run(["list", "--theme", "frames-histroy"])
            #expect(unknown.status == 1)
            #expect(unknown.stderr == "reflect: error: unknown theme 'frames-histroy' (did you mean 'frames-history'?)\n")
            let backlinks = try world.run(["source", "frames-history-n1", "--entries"])
            #expect(backlinks.stdout.hasPrefix(old))
            #expect(backlinks.stdout.split(separator: "\n").count == 1)
        }
    }

    /// On Thursday 2026-11-26, `--since monday` is 2026-11-23 and
    /// `--until thu` is today: a weekday looks back for list.
    @Test func listSinceAWeekdayLooksBack() throws {
        try withJournal { world in
            let sunday = try world.write(["-m", "Sunday.", "--date", "2026-11-22"])
            let monday = try world.write(["-m", "Monday.", "--date", "monday"])
            let today = try world.write(["-m", "Thursday."])
            func ids(_ arguments: [String]) throws -> [String] { try world.listJSON(arguments).compactMap { $0["id"] as? String } }
            #expect(monday.hasPrefix("20261123"))
            #expect(try ids(["--since", "monday"]) == [today, monday])
            #expect(try ids(["--since", "Mon"]) == [today, monday])
            #expect(try ids(["--since", "sunday", "--until", "sun"]) == [sunday])
            #expect(try ids(["--since", "thursday"]) == [today], "today is Thursday")
            #expect(try ids(["--until", "tuesday"]) == [monday, sunday])
            #expect(try ids(["--since", "tomorrow"]).isEmpty)
            let bad = try world.run(["list", "--since", "mond"])
            #expect(bad.status == 64)
            #expect(bad.stderr.contains("a date as YYYY-MM-DD, today, yesterday, tomorrow, a weekday, or 3d, 2w, 6m"))
        }
    }

    /// A date after tomorrow is most likely a typo (2062 for 2026): write
    /// asks for --force and writes nothing without it.
    @Test func writeAfterTomorrowNeedsForce() throws {
        try withJournal { world in
            let refused = try world.run(["write", "--date", "2062-11-26", "-m", "x"])
            #expect(refused.status == 1)
            #expect(refused.stderr == "reflect: error: 2062-11-26 is after tomorrow: if you mean it, add --force\n")
            #expect(refused.stdout == "")
            #expect(world.entryFiles().isEmpty)
            #expect(world.drafts().isEmpty)
            let editor = try world.run(["write", "--date", "2026-11-28", "--today"])
            #expect(editor.status == 1)
            #expect(editor.stderr.contains("2026-11-28 is after tomorrow"), "refused before the editor or a draft")
            #expect(world.drafts().isEmpty)
            let forced = try world.write(["--date", "2062-11-26", "-m", "x", "--force"])
            #expect(forced.hasPrefix("20621126"))
            #expect(world.entryFiles().count == 1)
            let tomorrow = try world.write(["--date", "tomorrow", "-m", "Tomorrow needs no --force."])
            #expect(tomorrow.hasPrefix("20261127"))
            let friday = try world.write(["--date", "friday", "-m", "A weekday looks back."])
            #expect(friday.hasPrefix("20261120"))
            #expect(world.entryFiles().count == 3)
        }
    }

    @Test func editSavesAtomicallyWithUpdatedAndKeepsThePersonsKeys() throws {
        try withJournal { world in
            let id = try world.write(["-m", "Original text."])
            let path = try #require(try world.listJSON().first?["path"] as? String)
            var text = try String(contentsOfFile: path, encoding: .utf8)
            text = text.replacingOccurrences(of: "---\nOriginal", with: "mood: hopeful   # mine\n---\nOriginal")
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            let untouched = try world.terminal(["edit", id], editor: "true")
            #expect(untouched.status == 0)
            #expect(untouched.stdout.contains("No changes"))
            #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
            let editor = try world.editorScript("edit.sh", "sed -i 's/Original text./Edited text./' \"$1\"")
            let edited = try world.terminal(["edit", id], editor: editor)
            #expect(edited.status == 0, "\(edited.stdout)")
            let after = try String(contentsOfFile: path, encoding: .utf8)
            #expect(after.contains("Edited text."))
            #expect(after.contains("mood: hopeful   # mine\n"))
            #expect(after.contains("\nupdated: "))
            #expect(mode(path) == 0o600)
            #expect(world.drafts().isEmpty)
            // Front matter broken in the editor: nothing saved, the edit kept as a draft.
            let breaker = try world.editorScript("break.sh", "sed -i 's/^created: .*/created: [unclosed/' \"$1\"")
            let refused = try world.terminal(["edit", id], editor: breaker)
            #expect(refused.status == 1)
            #expect(refused.stdout.contains("the edited entry cannot be read"))
            #expect(refused.stdout.contains("Your edit is kept in"))
            #expect(try String(contentsOfFile: path, encoding: .utf8) == after)
            #expect(world.drafts().count == 1)
        }
    }

    @Test func deleteAsksOrNeedsForceAndMovesToTrash() throws {
        try withJournal { world in
            let id = try world.write(["-m", "To be deleted."])
            let refused = try world.run(["delete", id])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("without --force"))
            #expect(world.entryFiles().count == 1)
            // On a terminal it asks; no answer deletes nothing.
            let asked = try world.terminal(["delete", id], editor: "true")
            #expect(asked.status == 0)
            #expect(asked.stdout.contains("Move entry \(id) (To be deleted.) to the trash? [y/N]"))
            #expect(asked.stdout.contains("Nothing deleted."))
            #expect(world.entryFiles().count == 1)
            let deleted = try world.run(["delete", "--force", id])
            #expect(deleted.status == 0)
            #expect(world.entryFiles().isEmpty)
            let trashed = world.journal.appendingPathComponent("trash/\(id).md").path
            #expect(try String(contentsOfFile: trashed, encoding: .utf8).contains("To be deleted."))
        }
    }

    @Test func exportThenImportGivesBackTheSameEntries() throws {
        try withJournal { world in
            try world.write(["-m", "One #a.", "--prompt", "frames-history-p1", "--tag", "two-words"])
            try world.write(["-m", "Two.\n\nWith \"quotes\" and: colons.", "--date", "2026-01-02"])
            let id = try world.write(["-m", "Three."])
            let path = try #require(try world.listJSON().first { $0["id"] as? String == id }?["path"] as? String)
            let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "---\nThree", with: "extra:\n  - kept\n---\nThree")
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            let export = try world.run(["export"])
            #expect(export.status == 0)
            let object = try #require(try jsonObject(export.stdout) as? [String: Any])
            #expect(object["schemaVersion"] as? Int == 1)
            #expect((object["entries"] as? [Any])?.count == 3)
            let file = world.root.appendingPathComponent("export.json")
            try Data(export.stdout.utf8).write(to: file)
            try withJournal { other in
                let imported = try other.run(["import", "--from", "reflect", file.path])
                #expect(imported.status == 0, "\(imported.stderr)")
                #expect(imported.stdout == "Imported 3 entries from \(file.path).\n")
                #expect(other.entryFiles() == world.entryFiles())
                for name in world.entryFiles() {
                    let a = try String(contentsOf: world.journal.appendingPathComponent("entries/\(name)"), encoding: .utf8)
                    let b = try String(contentsOf: other.journal.appendingPathComponent("entries/\(name)"), encoding: .utf8)
                    #expect(a == b)
                }
                let again = try other.run(["import", "--from", "reflect", file.path])
                #expect(again.stdout.contains("skipped 3 already in the journal"))
            }
            let markdown = try world.run(["export", "--format", "markdown"])
            #expect(markdown.stdout.contains("With \"quotes\" and: colons."))
        }
    }

    @Test func importsJrnlAndRefusesABrokenFileWritingNothing() throws {
        try withJournal { world in
            let jrnl = """
            {"tags": {"@feedback": 1}, "entries": [
              {"title": "Hard conversation with Sam.", "body": "I listened more than I spoke. @feedback",
               "date": "2024-03-04", "time": "09:30", "tags": ["@feedback"], "starred": true},
              {"title": "Quiet day.", "body": "", "date": "2024-03-05", "time": "18:00", "tags": [], "starred": false}]}
            """
            let file = world.root.appendingPathComponent("jrnl.json")
            try Data(jrnl.utf8).write(to: file)
            let result = try world.run(["import", "--from", "jrnl", file.path])
            #expect(result.status == 0, "\(result.stderr)")
            let entries = try world.listJSON()
            #expect(entries.count == 2)
            #expect(entries.last?["tags"] as? [String] == ["feedback"])
            #expect((entries.last?["created"] as? String)?.hasPrefix("2024-03-04T09:30:00") == true)
            let broken = world.root.appendingPathComponent("broken.json")
            try Data("{\"entries\": [\n  {\"title\": \"x\",}\n]}".utf8).write(to: broken)
            let refused = try world.run(["import", "--from", "jrnl", broken.path])
            #expect(refused.status == 1)
            #expect(refused.stderr == "reflect: error: \(broken.path):2:17: malformed JSON: expected a quoted key\n")
            #expect(world.entryFiles().count == 2)
        }
    }

    /// Every file reflect writes loads with PyYAML and python-frontmatter to
    /// the values reflect reports.
    @Test func filesLoadWithPyYAMLAndFrontmatter() throws {
        try withJournal { world in
            try world.write(["-m", "Plain.", "--prompt", "frames-history-p1", "--tag", "yes", "--tag", "a:b", "--tag", "123"])
            try world.write(["-m", "Colons: and \"quotes\" and #hash.", "--tag", "null", "--tag", "équipe"])
            let listed = try world.run(["list", "--json"])
            let script = """
            import json, sys
            try:
                import yaml
            except ImportError:
                sys.exit("python3 module yaml is missing: pip install pyyaml")
            try:
                import frontmatter
            except ImportError:
                sys.exit("python3 module frontmatter is missing: pip install python-frontmatter")
            listed = {e["id"]: e for e in json.loads(sys.argv[1])}
            for e in listed.values():
                text = open(e["path"], encoding="utf-8").read()
                head = yaml.safe_load(text.split("---\\n")[1])
                post = frontmatter.loads(text)
                assert head == dict(post.metadata), (head, post.metadata)
                assert post.content + "\\n" == e["body"], (post.content, e["body"])
                assert str(head["id"]) == e["id"] and isinstance(head["id"], str), head
                assert head["created"].isoformat() == e["created"], (head["created"], e["created"])
                for key in ("prompt", "question", "model"):
                    assert head.get(key) == e.get(key), key
                for key in ("themes", "sources"):
                    assert head.get(key, []) == e[key], key
                assert all(isinstance(t, str) for t in head.get("tags", [])), head
                assert set(head.get("tags", [])) <= set(e["tags"]), (head, e["tags"])
                assert text.split("---\\n", 2)[2] == e["body"], (text, e["body"])
            print("ok", len(listed))
            """
            let (status, output) = try runPython(script, listed.stdout)
            #expect(status == 0, "\(output)")
            #expect(output == "ok 2\n")
        }
    }
}

/// The storage guarantees, on the library directly.
@Suite struct JournalStorageTests {
    @Test func aNewEntryNeverReplacesAFile() throws {
        try withTemporaryDirectory { folder in
            let path = folder.appendingPathComponent("entry.md").path
            try FileSystem.write(Array("first\n".utf8), to: path, replace: .never)
            #expect(throws: FileSystemError(path: path, operation: "create", code: EEXIST)) {
                try FileSystem.write(Array("second\n".utf8), to: path, replace: .never)
            }
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "first\n")
            // No temporary file is left behind.
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["entry.md"])
            let journal = Journal(folder: folder.appendingPathComponent("j").path, clock: .fixed(testNow))
            let created = Timestamp(date: CalendarDate(year: 2026, month: 1, day: 1)!, hour: 8, minute: 0, second: 0, offset: 0)
            let (saved, savedPath) = try journal.add(Entry(id: "", created: created, body: "Mine.\n"))
            #expect(throws: JournalError.fileSystem(FileSystemError(path: journal.entriesFolder, operation: "create an entry in", code: EEXIST))) {
                try journal.add(Entry(id: saved.id, created: created, body: "Other.\n"), keepingID: true)
            }
            #expect(try journal.read(path: savedPath).body == "Mine.\n")
        }
    }

    @Test func atomicReplaceLeavesTheOldFileOnFailure() throws {
        try withTemporaryDirectory { folder in
            let path = folder.appendingPathComponent("missing-folder/entry.md").path
            #expect(throws: FileSystemError.self) { try FileSystem.write(Array("x".utf8), to: path, replace: .atomically) }
            let existing = folder.appendingPathComponent("entry.md").path
            try FileSystem.write(Array("old\n".utf8), to: existing, replace: .never)
            try FileSystem.write(Array("new\n".utf8), to: existing, replace: .atomically)
            #expect(try String(contentsOfFile: existing, encoding: .utf8) == "new\n")
            #expect(mode(existing) == 0o600)
        }
    }
}
