import Foundation
import Testing
@testable import ReflectionCore

/// The edges of the journal: a journal that cannot be read, hints that name
/// commands that work, tags, NUL bytes, and `write --json`.
@Suite struct JournalEdgesTests {
    // MARK: - A journal that cannot be read

    /// Every command that opens the journal, with arguments that get it that
    /// far (`FILE` is a reflect export in the test's folder). The exit status
    /// a failure has: 1, or 2 for `search`, which exits as grep does (1 means "no match").
    static let journalCommands: [(arguments: [String], failure: Int32)] = [
        (["today"], 1), (["skip"], 1), (["schedule"], 1), (["plan"], 1), (["plan", "rotate"], 1),
        (["plan", "focus", "resilience"], 1), (["plan", "days", "weekdays"], 1), (["status"], 1),
        (["source", "compassion-humanity", "--entries"], 1), (["write", "-m", "Words."], 1), (["list"], 1),
        (["show", "20261126"], 1), (["edit", "20261126"], 1), (["search", "trust"], 2), (["delete", "--force", "20261126"], 1),
        (["trash"], 1), (["trash", "empty", "--force"], 1), (["restore", "20261126"], 1), (["purge", "--force", "20261126"], 1),
        (["check"], 1), (["import", "--from", "reflect", "FILE"], 1), (["export"], 1), (["suggest", "20261126"], 1),
        (["link", "20261126", "frames-history"], 1), (["unlink", "20261126", "frames-history"], 1),
        (["actions"], 1), (["actions", "done", "abcd"], 1), (["actions", "drop", "abcd"], 1), (["config"], 1), (["review"], 1),
        (["dilemma"], 1), (["dilemma", "new", "Rota gaps"], 1), (["dilemma", "list"], 1), (["dilemma", "show", "d2026"], 1),
        (["dilemma", "edit", "d2026"], 1), (["dilemma", "close", "d2026"], 1), (["dilemma", "reopen", "d2026"], 1),
        (["sync"], 1), (["sync", "init"], 1), (["sync", "clone", "file:///nowhere.git"], 1), (["sync", "status"], 1),
    ]

    /// The commands that never open the journal.
    static let libraryCommands = ["questions", "themes", "prompts", "help", "version", "completions"]

    /// Ways a journal can be there and unreadable, short of permissions.
    enum Breakage: String, CaseIterable, Sendable {
        case journalIsAFile, entriesIsAFile, entriesIsABrokenLink

        /// Breaks the journal of `world`; returns the folder named in the error.
        func apply(to world: JournalWorld) throws -> String {
            let journal = world.journal.path, entries = journal + "/entries"
            switch self {
            case .journalIsAFile:
                try Data("not a journal\n".utf8).write(to: world.journal)
                return journal
            case .entriesIsAFile:
                try FileManager.default.createDirectory(atPath: journal, withIntermediateDirectories: true)
                try Data("not entries\n".utf8).write(to: URL(fileURLWithPath: entries))
                return entries
            case .entriesIsABrokenLink:
                try FileManager.default.createDirectory(atPath: journal, withIntermediateDirectories: true)
                try FileManager.default.createSymbolicLink(atPath: entries, withDestinationPath: world.root.path + "/unmounted/entries")
                return entries
            }
        }

        func expectedMessage(_ path: String, root: URL) -> String {
            switch self {
            case .journalIsAFile:
                return "reflect: error: the journal \(path) is not a folder; set REFLECT_HOME to the journal's folder, or move \(path) aside\n"
            case .entriesIsAFile:
                return "reflect: error: the journal's entries folder \(path) is not a folder; move it aside and put the entries folder back in its place\n"
            case .entriesIsABrokenLink:
                let target = root.path + "/unmounted/entries"
                return "reflect: error: the journal's entries folder \(path) is a symbolic link to \(target), which does not exist; "
                    + "restore \(target) (or mount its disk), or remove the link\n"
            }
        }
    }

    @Test func everyCommandIsEitherAJournalCommandOrALibraryOne() {
        let journal = Set(Self.journalCommands.map { commandName(of: $0.arguments) })
        // The hidden __complete reads the journal's folders but offers a shell nothing, never an error,
        // when they cannot be read (CompletionsTests.problemsOfferNothingQuietly).
        for spec in Commands.specs where !spec.hidden {
            #expect(journal.contains(spec.name) != Self.libraryCommands.contains(spec.name), "\(spec.name): add it to one list")
        }
    }

    @Test(arguments: journalCommands.indices, Breakage.allCases)
    func aJournalThatCannotBeReadIsAnError(command: Int, breakage: Breakage) throws {
        try withJournal { world in
            let export = world.root.appendingPathComponent("backup.json")
            try Data(#"{"version": 1, "entries": []}"#.utf8).write(to: export)
            let path = try breakage.apply(to: world)
            let (arguments, failure) = Self.journalCommands[command]
            let result = try world.run(arguments.map { $0 == "FILE" ? export.path : $0 }, answers: [])
            #expect(result.status == failure, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments)")
            #expect(result.stderr == breakage.expectedMessage(path, root: world.root), "\(arguments)")
        }
    }

    /// The same through the real binary, with the journal folder closed to
    /// the user (mode 000). Root reads such a folder anyway, so as root the
    /// binary runs as nobody (setpriv), from a copy in a folder under /tmp
    /// (which anybody may enter, whatever TMPDIR says) that nobody can reach.
    @Test func aJournalClosedToTheUserIsAnError() throws {
        let asRoot = getuid() == 0
        let root = asRoot ? URL(fileURLWithPath: "/tmp/reflect-tests-nobody-\(UUID().uuidString)")
                          : FileManager.default.temporaryDirectory.appendingPathComponent("reflect-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        do {
            let world = try JournalWorld(root)
            try world.write(["-m", "Words."])
            var binary = reflectBinary
            if asRoot {
                binary = world.root.appendingPathComponent("reflect")
                try copyExecutable(from: reflectBinary, to: binary)
                for path in [world.root, world.home, binary] {
                    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path.path)
                }
                try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: world.tmp.path)
            }
            let export = world.root.appendingPathComponent("backup.json")
            try Data(#"{"version": 1, "entries": []}"#.utf8).write(to: export)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: export.path)
            try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: world.journal.path)
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: world.journal.path) }
            let message = "reflect: error: cannot read the journal \(world.journal.path): permission denied; "
                + "give yourself access with 'chmod 700 \(world.journal.path)'\n"
            for (arguments, failure) in Self.journalCommands {
                let words = arguments.map { $0 == "FILE" ? export.path : $0 }
                let result: ProcessOutput
                if asRoot {
                    // The copied binary may still be open for writing in a process another test
                    // forked meanwhile (ETXTBSY): try again, as a shell would, a few times.
                    var attempt: ProcessOutput
                    var tries = 0
                    repeat {
                        let process = Process()
                        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
                        process.arguments = ["--reuid", "nobody", "--regid", "nogroup", "--clear-groups", binary.path] + words
                        attempt = try runProcess(process, environment: testEnvironment(home: world.home, world.environment))
                        tries += 1
                        if attempt.status == 126, attempt.stderr.contains("Text file busy") { usleep(200_000) } else { break }
                    } while tries < 10
                    result = attempt
                } else {
                    result = try runReflectProcess(words, home: world.home, environment: world.environment, executable: binary)
                }
                #expect(result.status == failure, "\(arguments): \(result.stderr)")
                #expect(result.stdout.isEmpty, "\(arguments)")
                #expect(result.stderr == message, "\(arguments)")
            }
        }
    }

    /// A journal not made yet is a fresh start, not an error.
    @Test func aJournalNotMadeYetIsNotAnError() throws {
        try withJournal { world in
            for arguments in [["today"], ["status"], ["schedule"], ["plan"], ["list"], ["trash"], ["check"], ["export"]] {
                let result = try world.run(arguments)
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
                #expect(!result.stderr.contains("error"), "\(arguments): \(result.stderr)")
            }
            #expect(try world.run(["search", "trust"]).status == 1)
            #expect(!FileManager.default.fileExists(atPath: world.journal.path))
            // An empty journal folder without entries yet, too.
            try FileManager.default.createDirectory(at: world.journal, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            #expect(try world.run(["list"]).status == 0)
            #expect(try world.run(["check"]).status == 0)
        }
    }

    // MARK: - Hints that work

    /// The command a hint line names, as words after `reflect`.
    static func hintedCommand(_ output: String, after prefix: String) -> [String]? {
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }) else { return nil }
        return line.dropFirst(prefix.count).split(separator: " ").dropFirst().map(String.init)
    }

    /// `today --date D` says how to answer D's prompt, and the command it names
    /// answers that prompt: today, tomorrow, a day after tomorrow, a past day.
    @Test(arguments: ["2026-11-26", "2026-11-27", "2026-12-25", "2026-11-20"])
    func todayNamesTheCommandThatAnswersThatDay(date: String) throws {
        try withJournal { world in
            let shown = try world.run(["today", "--date", date])
            #expect(shown.status == 0, "\(shown.stderr)")
            let answer = try #require(Self.hintedCommand(shown.stdout, after: "Answer it with: "), "\(shown.stdout)")
            if date == "2026-11-26" {
                #expect(answer == ["write", "--today"])
            } else {
                let prompt = try #require(try jsonObject(try world.run(["today", "--date", date, "--json"]).stdout) as? [String: Any])
                let id = try #require((prompt["prompt"] as? [String: Any])?["id"] as? String)
                #expect(answer == ["write", "--prompt", id, "--date", date] + (date == "2026-12-25" ? ["--force"] : []))
            }
            // Run it, with the text given (no editor): that day is then answered, and says how to see it.
            let written = try world.run(answer + ["-m", "An answer."])
            #expect(written.status == 0, "\(written.stderr)")
            let json = try #require(try jsonObject(try world.run(["today", "--date", date, "--json"]).stdout) as? [String: Any])
            #expect(json["answered"] as? Bool == true, "\(answer)")
            let again = try world.run(["today", "--date", date]).stdout
            let line = try #require(again.split(separator: "\n").first { $0.hasPrefix("Answered") }, "\(again)")
            let list = try #require(line.firstMatch(of: /'reflect ([^']+)'/)).1.split(separator: " ").map(String.init)
            let listed = try world.run(list)
            #expect(listed.status == 0 && listed.stdout.contains("An answer."), "\(list): \(listed.stdout)")
        }
    }

    @Test func aDayWithoutAPromptIsNotCalledToday() throws {
        try withJournal { world in
            #expect(try world.run(["plan", "days", "weekdays"]).status == 0)
            let saturday = try world.run(["today", "--date", "2026-11-28"])
            #expect(saturday.stdout.hasSuffix("\n\nNo prompt that day: your plan has prompts on mon,tue,wed,thu,fri.\n"), "\(saturday.stdout)")
            #expect(try world.run(["plan", "days", "fri"]).status == 0)
            #expect(try world.run(["today"]).stdout.hasSuffix("\n\nNo prompt today: your plan has prompts on fri.\n"))
        }
    }

    /// Every "see 'reflect help ...'" (or "see 'reflect --help'") a usage error
    /// prints is a command that works: provoked for every command with too
    /// many and too few arguments, and built for every command for the kinds
    /// the parser only meets in some commands.
    @Test func everyUsageErrorNamesHelpThatWorks() throws {
        var messages: [(String, String)] = []
        for spec in Commands.specs {
            let name = spec.name.split(separator: " ").map(String.init)
            var lines = [name + Array(repeating: "extra", count: spec.positionals.upperBound + 1)]
            if spec.positionals.lowerBound > 0 { lines.append(name) }
            if spec.name == "import" { lines.append(name + ["backup.json"]) }
            for line in lines {
                let result = try runReflect(line, environment: ["REFLECT_HOME": "/nonexistent/reflect-edges"])
                #expect(result.status == 64, "\(line): \(result.stderr)")
                messages.append((line.joined(separator: " "), result.stderr))
            }
            for error in [UsageError.inapplicableOption(option: "--days", command: spec.name),
                          .unexpectedArgument(argument: "extra", command: spec.name), .missingArgument(argument: "ID", command: spec.name)] {
                messages.append(("\(error)", error.description))
            }
        }
        var checked = 0
        for (source, message) in messages {
            let hints = message.matches(of: /see '(reflect [^']+)'/).map { String($0.1) }
            #expect(!hints.isEmpty, "\(source): \(message)")
            for hint in hints {
                let words = hint.split(separator: " ").dropFirst().map(String.init)
                let help = try runReflect(words)
                #expect(help.status == 0 && help.stdout.contains("usage: reflect"), "\(source): '\(hint)' gives \(help.stderr)")
                checked += 1
            }
        }
        #expect(checked >= Commands.all.count * 4)
    }

    // MARK: - Tags

    /// A tag is one word: empty or with spaces, it is a usage error wherever
    /// `--tag` is taken (a new entry, the filters), and nothing is saved.
    @Test(arguments: [["write", "-m", "Words."], ["list"], ["search", "words"]])
    func aTagIsOneWord(command: [String]) throws {
        try withJournal { world in
            let refusals: [(String, String)] = [
                ("", "invalid value '' for --tag: expected a tag, such as 'feedback'"),
                ("#", "invalid value '#' for --tag: expected a tag, such as 'feedback'"),
                ("two words", "invalid value 'two words' for --tag: expected a tag without spaces, such as 'two-words'"),
                ("#new\tjob  today", "invalid value '#new\tjob  today' for --tag: expected a tag without spaces, such as 'new-job-today'"),
            ]
            for (tag, message) in refusals {
                let result = try world.run(command + ["--tag", "ok", "--tag", tag])
                #expect(result.status == 64, "\(command) \(tag)")
                #expect(result.stdout.isEmpty)
                #expect(result.stderr == "reflect: error: \(message)\n", "\(command)")
            }
            #expect(!FileManager.default.fileExists(atPath: world.journal.path), "nothing was saved")
            // A # or spaces around a tag are not part of it.
            #expect(try world.run(command + ["--tag", " #ok "]).status != 64)
        }
    }

    // MARK: - NUL bytes

    /// A NUL byte from standard input or -m is refused: no entry, the text
    /// kept as a draft whose path and id the message gives, and continuing
    /// that draft (with the NUL taken out) saves it.
    @Test func aNULByteIsRefusedAndTheTextKeptAsADraft() throws {
        try withJournal { world in
            let bytes = Array("Before.\nHalf\u{0}way.\n".utf8)
            let piped = try world.run(["write", "--tag", "bus"], stdinBytes: bytes)
            #expect(piped.status == 1)
            #expect(piped.stdout.isEmpty)
            #expect(world.entryFiles().isEmpty)
            let id = try #require(world.draftIDs().first)
            let path = world.journal.appendingPathComponent("drafts/\(id).md").path
            #expect(piped.stderr == "reflect: error: standard input holds a NUL byte (line 2), which an entry cannot hold; nothing was saved. "
                        + "Your text is kept in \(path); remove the NUL byte and continue with 'reflect write --draft \(id)'.\n")
            #expect(FileManager.default.contents(atPath: path) == Data(bytes), "kept as it came")

            let typed = try world.run(["write", "-m", "One\u{0}"])
            #expect(typed.status == 1 && typed.stderr.hasPrefix("reflect: error: -m holds a NUL byte (line 1)"), "\(typed.stderr)")
            #expect(world.draftIDs().count == 2 && world.entryFiles().isEmpty)

            // What the message says to do works, and the draft keeps the entry's tags.
            let remover = try world.editorScript("remove-nul.sh", "tr -d '\\000' < \"$1\" > \"$1.new\" && mv \"$1.new\" \"$1\"")
            let resumed = try world.run(["write", "--draft", id], ["EDITOR": remover, "VISUAL": ""])
            #expect(resumed.status == 0, "\(resumed.stderr)")
            let entry = try #require(try world.listJSON().first)
            #expect(entry["body"] as? String == "Before.\nHalfway.\n")
            #expect(entry["tags"] as? [String] == ["bus"])
        }
    }

    /// A NUL byte typed in the editor, for a new entry or an edit: nothing
    /// saved, the draft stays where the message says.
    @Test func aNULByteFromTheEditorIsRefused() throws {
        try withJournal { world in
            let typist = try world.editorScript("nul.sh", "printf 'Words\\000more\\n' >> \"$1\"")
            let editor = ["EDITOR": typist, "VISUAL": ""]
            let written = try world.run(["write"], editor, answers: [])
            #expect(written.status == 1)
            #expect(world.entryFiles().isEmpty)
            let id = try #require(world.draftIDs().first)
            let path = world.journal.appendingPathComponent("drafts/\(id).md").path
            let kept = try #require(FileManager.default.contents(atPath: path))
            let line = kept.prefix { $0 != 0 }.filter { $0 == 10 }.count + 1
            #expect(line > 1, "after the template's lines")
            #expect(written.stderr == "reflect: error: the text holds a NUL byte (line \(line)), which an entry cannot hold. Nothing was saved. "
                        + "Your text is kept in \(path); remove the NUL byte and continue with 'reflect write --draft \(id)'.\n", "\(written.stderr)")
            #expect(kept.contains(0))

            let entry = try world.write(["-m", "Clean words."])
            let file = try #require(world.listJSON().first?["path"] as? String)
            let before = try Data(contentsOf: URL(fileURLWithPath: file))
            let edited = try world.run(["edit", entry], editor, answers: [])
            #expect(edited.status == 1)
            #expect(edited.stderr.contains("holds a NUL byte (line "), "\(edited.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
            #expect(world.draftIDs().count == 2)
        }
    }

    // MARK: - write --json, and what the README says takes --json

    @Test func writeJSONGivesTheNewEntrysIDAndPath() throws {
        try withJournal { world in
            let result = try world.run(["write", "--json", "--prompt", "compassion-humanity-p1", "--tag", "board"], stdin: "Listened. #feedback\n")
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty)
            let object = try #require(try jsonObject(result.stdout) as? [String: Any])
            let listed = try #require(try world.listJSON().first)
            let id = try #require(object["id"] as? String)
            let path = try #require(object["path"] as? String)
            #expect(id == listed["id"] as? String && path == listed["path"] as? String)
            #expect(FileManager.default.fileExists(atPath: path) && path.hasSuffix("/\(id).md"))
            #expect(object["prompt"] as? String == "compassion-humanity-p1")
            #expect(object["tags"] as? [String] == ["board", "feedback"])
            #expect(object["body"] as? String == "Listened. #feedback\n")
            // From the editor too; text stays the default.
            let typist = try world.editorScript("type.sh", "printf 'Typed.\\n' >> \"$1\"")
            let edited = try world.run(["write", "--format", "json"], ["EDITOR": typist, "VISUAL": ""], answers: [])
            #expect((try jsonObject(edited.stdout) as? [String: Any])?["body"] as? String == "Typed.\n", "\(edited.stdout)")
            let text = try world.run(["write", "-m", "Plain."])
            #expect(text.stdout.hasPrefix("Saved 20261126-") && text.stdout.contains(world.journal.path))
        }
    }
}

/// In the suite of README and man-page checks (CommandLineTests.swift).
extension DocumentationTests {
    /// The README names exactly the commands that take `--json`, and each of them accepts it.
    @Test func theReadmeNamesExactlyTheCommandsThatTakeJSON() throws {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let marker = "`--json` as the short form of `--format json`:"
        let start = try #require(readme.range(of: marker), "README: the sentence that lists the commands taking --json")
        let sentence = readme[start.upperBound...].prefix { $0 != "." }
        let named = sentence.matches(of: /`([a-z ]+)`/).map { String($0.1) }
        let takingJSON = Commands.specs.filter { $0.formats.contains(.json) }.map(\.name)
        #expect(named.sorted() == takingJSON.sorted())
        // Arguments that let each one parse.
        let needs = ["plan focus": ["resilience"], "plan days": ["weekdays"], "source": ["resilience"], "suggest": ["--text", "merger"], "show": ["20261126"],
                     "search": ["trust"], "write": ["-m", "Words."], "dilemma new": ["Rota gaps"], "dilemma show": ["d2026"],
                     "dilemma close": ["d2026"], "dilemma reopen": ["d2026"], "sync clone": ["file:///nowhere.git"]]
        for name in named {
            let words = name.split(separator: " ").map(String.init) + (needs[name] ?? [])
            let invocation = try Invocation.parse(words + ["--json"])
            #expect(invocation.spec.name == name && invocation.format == .json, "\(name)")
        }
    }
}

/// Runs a prepared process with this environment; output through files, as `runReflectProcess`.
func runProcess(_ process: Process, environment: [String: String]) throws -> ProcessOutput {
    process.environment = environment
    let capture = FileManager.default.temporaryDirectory.appendingPathComponent("reflect-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: capture, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: capture) }
    let outURL = capture.appendingPathComponent("out"), errURL = capture.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try out.close(); try err.close()
    return ProcessOutput(stdout: try String(contentsOf: outURL, encoding: .utf8), stderr: try String(contentsOf: errURL, encoding: .utf8),
                         status: process.terminationStatus)
}

/// The full name of the command a command line runs (`plan focus`, `trash`).
func commandName(of arguments: [String]) -> String {
    let two = arguments.prefix(2).joined(separator: " ")
    return Commands.named(two) != nil ? two : arguments.first ?? ""
}
