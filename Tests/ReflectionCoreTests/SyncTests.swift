import Foundation
import Testing
@testable import ReflectionCore

/// One device: its journal, HOME and clock (each device's clock its own, so
/// that two devices never make the same id by accident).
struct Device {
    let root: URL
    let name: String
    let clock: Clock
    var journal: URL { root.appendingPathComponent("journal") }
    var home: URL { root.appendingPathComponent("home") }

    /// git as the tests run it: no global or system configuration, fixed dates.
    static let gitEnvironment = ["GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1",
                                 "GIT_AUTHOR_DATE": "2026-11-26T09:30:00+00:00", "GIT_COMMITTER_DATE": "2026-11-26T09:30:00+00:00"]

    init(_ root: URL, name: String, start: Timestamp) throws {
        self.root = root
        self.name = name
        clock = .fixed(start)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("home"), withIntermediateDirectories: true)
    }

    var environment: [String: String] {
        Self.gitEnvironment.merging(["REFLECT_HOME": journal.path, "TMPDIR": root.path]) { $1 }
    }

    func run(_ arguments: [String], _ extra: [String: String] = [:], stdin: String? = nil) throws -> ProcessOutput {
        try runReflect(arguments, home: home, environment: environment.merging(extra) { $1 }, stdin: stdin, clock: clock)
    }

    /// `reflect write -m TEXT`: the new entry's id.
    func write(_ text: String, _ more: [String] = []) throws -> String {
        let result = try run(["write", "-m", text] + more)
        #expect(result.status == 0, "\(result.stderr)")
        return String(result.stdout.split(separator: " ").dropFirst().first ?? "")
    }

    /// `reflect sync` that must succeed.
    @discardableResult
    func sync(_ more: [String] = []) throws -> ProcessOutput {
        let result = try run(["sync"] + more)
        #expect(result.status == 0, "\(name): \(result.stderr)")
        return result
    }

    /// Replaces words in an entry with `reflect edit` (a sed script as the editor).
    func edit(_ id: String, _ from: String, _ to: String) throws {
        let script = root.appendingPathComponent("edit-\(UUID().uuidString).sh")
        try Data("#!/bin/sh\nsed -i 's/\(from)/\(to)/' \"$1\"\n".utf8).write(to: script)
        let result = try run(["edit", id], ["EDITOR": "sh \(script.path)", "VISUAL": ""])
        #expect(result.status == 0, "\(result.stderr)")
    }

    func entryPath(_ id: String) -> String { journal.appendingPathComponent("entries/\(id.prefix(4))/\(id.dropFirst(4).prefix(2))/\(id).md").path }

    func text(_ id: String) -> String? { try? String(contentsOfFile: entryPath(id), encoding: .utf8) }

    /// Every entry file's path relative to the journal.
    func entryFiles() -> [String] {
        let entries = journal.appendingPathComponent("entries")
        return ((FileManager.default.enumerator(atPath: entries.path)?.allObjects as? [String]) ?? []).filter { $0.hasSuffix(".md") }.sorted()
    }

    /// Runs git in the journal.
    @discardableResult
    func git(_ arguments: [String]) -> (status: Int32, output: String) {
        gitRun(["-C", journal.path] + arguments)
    }
}

/// Runs git with the tests' environment.
@discardableResult
func gitRun(_ arguments: [String], environment extra: [String: String] = [:]) -> (status: Int32, output: String) {
    let result = ChildProcess.run(ChildProcess.find("git", path: ProcessInfo.processInfo.environment["PATH"]) ?? "/usr/bin/git", arguments,
                                  environment: testEnvironment(home: nil, Device.gitEnvironment.merging(extra) { $1 }), timeout: 30)
    return (result.status, result.output + result.errors)
}

/// Two devices and a bare remote, in one temporary folder.
struct SyncWorld {
    let root: URL
    let a: Device
    let b: Device
    var remote: URL { root.appendingPathComponent("remote.git") }
    var url: String { "file://" + remote.path }

    init(_ root: URL) throws {
        self.root = root
        a = try Device(root.appendingPathComponent("a"), name: "laptop", start: testNow)
        b = try Device(root.appendingPathComponent("b"), name: "home",
                       start: Timestamp(date: testNow.date, hour: 20, minute: 15, second: 0, offset: 0))
        #expect(gitRun(["init", "--quiet", "--bare", "--initial-branch=main", remote.path]).status == 0)
    }

    /// A on the remote with one entry, B cloned from it.
    func started() throws -> String {
        let id = try a.write("First words on the laptop.")
        let initA = try a.run(["sync", "init", url, "--device", "laptop"])
        #expect(initA.status == 0, "\(initA.stderr)")
        let clone = try b.run(["sync", "clone", url, "--device", "home"])
        #expect(clone.status == 0, "\(clone.stderr)")
        return id
    }

    /// An entry written on A and synced to B: its id.
    func shared(_ text: String) throws -> String {
        let id = try a.write(text)
        try a.sync()
        try b.sync()
        return id
    }

    /// Edits on both devices, then A syncs and B syncs (and merges): B's sync.
    func editedOnBoth(_ id: String, a fromA: (String, String), b fromB: (String, String), json: Bool = false) throws -> ProcessOutput {
        try a.edit(id, fromA.0, fromA.1)
        try b.edit(id, fromB.0, fromB.1)
        try a.sync()
        return try b.sync(json ? ["--json"] : [])
    }

    /// A git on PATH that records each start (its arguments, a line each, in
    /// the log), then runs the real one: the environment that puts it first.
    func recordingGit() throws -> (environment: [String: String], log: URL) {
        let bin = root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let log = root.appendingPathComponent("git.log")
        let real = try #require(ChildProcess.find("git", path: ProcessInfo.processInfo.environment["PATH"]))
        try writeExecutable(Array("#!/bin/sh\necho \"$*\" >> '\(log.path)'\nexec '\(real)' \"$@\"\n".utf8), to: bin.appendingPathComponent("git"))
        return (["PATH": bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")], log)
    }

    /// The files of both journals' HEAD trees are the same.
    func treesAgree() -> Bool {
        let left = a.git(["rev-parse", "HEAD^{tree}"]).output, right = b.git(["rev-parse", "HEAD^{tree}"]).output
        return left == right && !left.isEmpty
    }
}

/// Checks JSON output against its definition in docs/json-schema.json (Python's jsonschema).
func expectSchema(_ name: String, _ json: String) throws {
    let script = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1]))
    sub = dict(schema["properties"][sys.argv[2]], **{"$defs": schema["$defs"]})
    jsonschema.validate(json.loads(sys.argv[3]), sub)
    print("ok")
    """
    let result = try runPython(script, packageRoot.appendingPathComponent("docs/json-schema.json").path, name, json)
    #expect(result.status == 0 && result.output == "ok\n", "\(result.output)")
}

func withSyncWorld<T>(_ body: (SyncWorld) throws -> T) throws -> T {
    try withTemporaryDirectory { try body(try SyncWorld($0)) }
}

@Suite struct SyncTests {
    @Test func initMakesARepositoryCommitsAndPushesAfterTheNotice() throws {
        try withSyncWorld { world in
            let id = try world.a.write("Listened more than I spoke.")
            let result = try world.a.run(["sync", "init", world.url, "--device", "laptop"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("pushed 1 commit"), "\(result.stdout)")
            // Before the first push: unencrypted, and deleted entries stay in the history, with how to rewrite it.
            #expect(result.stderr.contains("unencrypted") && result.stderr.contains("stay in git's history") && result.stderr.contains("filter-repo"))
            let journal = world.a.journal.path
            #expect(try String(contentsOfFile: journal + "/.gitignore", encoding: .utf8).contains("/.index\n"))
            #expect(try String(contentsOfFile: journal + "/.gitattributes", encoding: .utf8) == "* -text\n*.age binary\n")
            #expect(try String(contentsOfFile: journal + "/format", encoding: .utf8) == "format: 1\nreflect: 0.1.0\n")
            #expect(world.a.git(["config", "user.name"]).output == "reflect (laptop)\n")
            // The remote has the entry; the caches and the lock never go.
            let files = gitRun(["-C", world.remote.path, "ls-tree", "-r", "--name-only", "main"]).output
            #expect(files.contains("entries/2026/11/\(id).md"))
            for cache in [".index", ".lock", ".changes", ".schedule", "drafts"] { #expect(!files.contains(cache), "\(cache)") }
            // Files git wrote are private, whatever the umask.
            #expect(mode(journal + "/.git/config") & 0o077 == 0)
            // Run again: nothing new, and the same remote is fine.
            let again = try world.a.run(["sync", "init", world.url])
            #expect(again.status == 0, "\(again.stderr)")
            let other = try world.a.run(["sync", "init", "file:///elsewhere.git"])
            #expect(other.status == 1 && other.stderr.contains("already"), "\(other.stderr)")
        }
    }

    @Test func onATerminalInitAsksBeforeThePush() throws {
        try withSyncWorld { world in
            _ = try world.a.write("Not yet.")
            let declined = try runReflect(["sync", "init", world.url], home: world.a.home, environment: world.a.environment, clock: world.a.clock,
                                          answers: ["n"])
            #expect(declined.status == 0, "\(declined.stderr)")
            // The question came with the notice; nothing went.
            #expect(declined.stderr.contains("unencrypted") && declined.stderr.contains("Push the journal to"), "\(declined.stderr)")
            #expect(declined.stdout.contains("nothing was pushed yet"), "\(declined.stdout)")
            #expect(gitRun(["-C", world.remote.path, "rev-parse", "--verify", "--quiet", "main"]).status != 0)
            let accepted = try runReflect(["sync", "init", world.url], home: world.a.home, environment: world.a.environment, clock: world.a.clock,
                                          answers: ["y"])
            #expect(accepted.status == 0 && accepted.stdout.contains("pushed 1 commit"), "\(accepted.stdout)\(accepted.stderr)")
        }
    }

    @Test func aWriteOnOneDeviceReachesTheOther() throws {
        try withSyncWorld { world in
            let first = try world.started()
            #expect(world.b.text(first) == world.a.text(first))
            let second = try world.a.write("Second, on the laptop.")
            try world.a.sync()
            let pulled = try world.b.sync()
            #expect(pulled.stdout.contains("pulled 1 commit"), "\(pulled.stdout)")
            #expect(world.b.text(second)?.contains("Second, on the laptop.") == true)
            // A file git brought in is private too.
            #expect(mode(world.b.entryPath(second)) == 0o600)
            let list = try world.b.run(["list"])
            #expect(list.stdout.contains("Second, on the laptop."))
            #expect(try world.b.sync().stdout.contains("Up to date"))
        }
    }

    @Test func newEntriesOnBothDevicesEndUpOnBoth() throws {
        try withSyncWorld { world in
            _ = try world.started()
            let onA = try world.a.write("Written on the laptop.")
            let onB = try world.b.write("Written at home.")
            try world.a.sync()
            let merged = try world.b.sync()
            #expect(merged.stdout.contains("merged"), "\(merged.stdout)")
            try world.a.sync()
            for device in [world.a, world.b] {
                #expect(device.text(onA) != nil && device.text(onB) != nil, "\(device.name)")
            }
            #expect(world.treesAgree())
            #expect(world.a.entryFiles() == world.b.entryFiles())
        }
    }

    @Test func oneEntryEditedInDifferentParagraphsMerges() throws {
        try withSyncWorld { world in
            _ = try world.started()
            let id = try world.shared("Para one.\n\nPara two.\n\nPara three.")
            // Both saves rewrite `updated:`: the later time wins, and both paragraphs are kept.
            let merged = try world.editedOnBoth(id, a: ("one", "ONE"), b: ("three", "THREE"))
            #expect(merged.stdout.contains("Merged entries edited on both devices: \(id)"), "\(merged.stdout)")
            try world.a.sync()
            for device in [world.a, world.b] {
                let text = try #require(device.text(id))
                #expect(text.contains("Para ONE.") && text.contains("Para two.") && text.contains("Para THREE."), "\(text)")
                #expect(!text.contains("<<<<<<<") && !text.contains(">>>>>>>"))
                // B's clock is later: its `updated` wins.
                #expect(text.contains("updated: 2026-11-26T20:15"), "\(text)")
            }
            #expect(world.treesAgree())
            #expect(world.a.entryFiles().count == 2)
        }
    }

    @Test func theSameParagraphEditedOnBothBecomesAConflictCopy() throws {
        try withSyncWorld { world in
            let first = try world.started()
            let id = try world.shared("The meeting went well.")
            let json = try world.editedOnBoth(id, a: ("well", "badly"), b: ("well", "as expected"), json: true)
            try expectSchema("sync", json.stdout)
            let object = try #require(try jsonObject(json.stdout) as? [String: Any])
            #expect((object["conflictCopies"] as? [[String: String]])?.first?["of"] == id, "\(json.stdout)")
            #expect(object["merged"] as? Bool == true && object["pulled"] as? Int == 1)
            try world.a.sync()
            // The remote's text keeps the id; this device's (B's) is the copy; neither is lost.
            #expect(world.b.text(id)?.contains("went badly") == true)
            let copyName = try #require(world.b.entryFiles().first { ![first, id].contains(Journal.id(fromPath: $0)) })
            let copy = try String(contentsOfFile: world.b.journal.appendingPathComponent("entries/" + copyName).path, encoding: .utf8)
            #expect(copy.contains("went as expected") && copy.contains("conflict-of: \(id)") && copy.contains("conflict-device: home"), "\(copy)")
            #expect(world.treesAgree())
            let status = try world.a.run(["sync", "status", "--json"])
            try expectSchema("sync status", status.stdout)
            let state = try #require(try jsonObject(status.stdout) as? [String: Any])
            let copies = try #require(state["conflictCopies"] as? [[String: String]])
            #expect(copies.count == 1 && copies.first?["of"] == id)
            let check = try world.a.run(["check"])
            #expect(check.status == 1 && check.stdout.contains("a conflict copy of \(id) (from home)"), "\(check.stdout)")
            // Deleting one resolves it.
            #expect(try world.a.run(["delete", "--force", id]).status == 0)
            let after = try #require(try jsonObject(try world.a.run(["sync", "status", "--json"]).stdout) as? [String: Any])
            #expect((after["conflictCopies"] as? [Any])?.isEmpty == true)
        }
    }

    /// With `editedFirst`, the deleting device edited the same line before it
    /// deleted the entry: the two texts met in `trash/` (git's rename
    /// detection) as a conflict no rule looked at, and every sync refused.
    @Test(arguments: [false, true])
    func anEditBeatsADeletionEvenIntoTheTrash(editedFirst: Bool) throws {
        try withSyncWorld { world in
            _ = try world.started()
            // Long enough that git sees the trashed text as the edited one moved.
            let id = try world.shared("Keep this thought.\n\nA second paragraph, a longer one.\n\nA third paragraph.\n\nThe last.")
            if editedFirst { try world.a.edit(id, "thought", "thought, as the laptop had it") }
            #expect(try world.a.run(["delete", "--force", id]).status == 0)
            try world.b.edit(id, "thought", "thought, and more")
            try world.a.sync()
            let result = try world.b.sync()
            #expect(result.stdout.contains("Kept, edited on one device while deleted on the other: \(id)"), "\(result.stdout)")
            try world.a.sync()
            for device in [world.a, world.b] {
                #expect(device.text(id)?.contains("thought, and more") == true, "\(device.name)")
                let trash = (try? FileManager.default.contentsOfDirectory(atPath: device.journal.appendingPathComponent("trash").path)) ?? []
                #expect(!trash.contains { $0.hasPrefix(id) }, "\(device.name): \(trash)")
                let files = (FileManager.default.enumerator(atPath: device.journal.path)?.allObjects as? [String]) ?? []
                for file in files where !file.hasPrefix(".git") {
                    let text = (try? String(contentsOf: device.journal.appendingPathComponent(file), encoding: .utf8)) ?? ""
                    #expect(!text.contains("<<<<<<<"), "\(device.name): \(file)")
                }
            }
            #expect(world.treesAgree())
        }
    }

    /// The month's only entry moved to the trash on one device while the other
    /// wrote a new one that month: git took the month's folder as moved to
    /// `trash/` and the new entry with it (a conflict every sync refused).
    @Test func aMonthsLastEntryTrashedDoesNotTakeTheOtherDevicesNewEntriesWithIt() throws {
        try withSyncWorld { world in
            let first = try world.started()
            let written = try world.a.write("Written on the laptop the same month.")
            try world.a.sync()
            #expect(try world.b.run(["delete", "--force", first]).status == 0)
            try world.b.sync()
            try world.a.sync()
            for device in [world.a, world.b] {
                #expect(device.text(written)?.contains("the same month") == true, "\(device.name): \(device.entryFiles())")
                #expect(device.text(first) == nil, "\(device.name)")
                #expect(FileManager.default.fileExists(atPath: device.journal.appendingPathComponent("trash/\(first).md").path), "\(device.name)")
            }
            #expect(world.treesAgree())
        }
    }

    @Test func anIdMadeOnBothDevicesGivesThisDevicesEntryANewOne() throws {
        try withSyncWorld { world in
            _ = try world.started()
            // The same id, written by hand (or by another tool) on both devices.
            let id = "20261126-120000-000ab"
            for (device, words) in [(world.a, "Noon on the laptop."), (world.b, "Noon at home.")] {
                let path = device.entryPath(id)
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data("---\nid: \(id)\ncreated: 2026-11-26T12:00:00+00:00\n---\n\(words)\n".utf8).write(to: URL(fileURLWithPath: path))
            }
            try world.a.sync()
            let result = try world.b.sync(["--json"])
            let renamed = try #require((try jsonObject(result.stdout) as? [String: Any])?["renamed"] as? [[String: String]])
            #expect(renamed.count == 1 && renamed.first?["of"] == id, "\(result.stdout)")
            let newID = try #require(renamed.first?["id"])
            try world.a.sync()
            for device in [world.a, world.b] {
                #expect(device.text(id)?.contains("Noon on the laptop.") == true)
                let copy = try #require(device.text(newID))
                #expect(copy.contains("Noon at home.") && copy.contains("id: \(newID)") && !copy.contains("conflict-of"), "\(copy)")
            }
        }
    }

    @Test func anotherFileChangedOnBothKeepsBothTexts() throws {
        try withSyncWorld { world in
            _ = try world.started()
            let notes = world.a.journal.appendingPathComponent("notes.txt")
            try Data("A line.\n".utf8).write(to: notes)
            try world.a.sync()
            try world.b.sync()
            try Data("A line, from the laptop.\n".utf8).write(to: notes)
            try Data("A line, from home.\n".utf8).write(to: world.b.journal.appendingPathComponent("notes.txt"))
            try world.a.sync()
            let result = try world.b.sync()
            #expect(result.stderr.contains("reflect: warning: notes.txt changed on both devices"), "\(result.stderr)")
            try world.a.sync()
            for device in [world.a, world.b] {
                #expect(try String(contentsOf: device.journal.appendingPathComponent("notes.txt"), encoding: .utf8) == "A line, from the laptop.\n")
                #expect(try String(contentsOf: device.journal.appendingPathComponent("notes.txt.home"), encoding: .utf8) == "A line, from home.\n")
            }
        }
    }

    @Test func anUnreachableRemoteFailsKeepsTheCommitAndALaterSyncWorks() throws {
        try withSyncWorld { world in
            _ = try world.started()
            let moved = world.root.appendingPathComponent("moved.git")
            try FileManager.default.moveItem(at: world.remote, to: moved)
            let id = try world.a.write("Written on the train.")
            let failed = try world.a.run(["sync"])
            #expect(failed.status == 1)
            #expect(failed.stderr.contains("cannot fetch") && failed.stderr.contains("committed here"), "\(failed.stderr)")
            #expect(world.a.git(["log", "-1", "--format=%s"]).output == "reflect: write \(id)\n")
            try FileManager.default.moveItem(at: moved, to: world.remote)
            try world.a.sync()
            try world.b.sync()
            #expect(world.b.text(id) != nil)
        }
    }

    @Test func aRemoteThatWouldAskForAPasswordReturnsWithinTheLimit() throws {
        try withSyncWorld { world in
            _ = try world.started()
            // An ssh that never answers (as one waiting at a prompt would): killed at the time limit.
            let ssh = world.root.appendingPathComponent("ssh.sh")
            try Data("#!/bin/sh\nsleep 60\n".utf8).write(to: ssh)
            world.a.git(["remote", "set-url", "origin", "ssh://example.invalid/journal.git"])
            let start = Date()
            let result = try world.a.run(["sync"], ["GIT_SSH_COMMAND": "sh \(ssh.path)", "REFLECT_SYNC_TIMEOUT": "2"])
            #expect(result.status == 1)
            #expect(result.stderr.contains("did not finish in time"), "\(result.stderr)")
            #expect(Date().timeIntervalSince(start) < 10)
        }
    }

    @Test func aMergeStartedByHandIsRefusedWithAdvice() throws {
        try withSyncWorld { world in
            _ = try world.started()
            let head = world.a.git(["rev-parse", "HEAD"]).output
            try Data(head.utf8).write(to: world.a.journal.appendingPathComponent(".git/MERGE_HEAD"))
            let result = try world.a.run(["sync"])
            #expect(result.status == 1)
            #expect(result.stderr.contains("a merge is in progress") && result.stderr.contains("merge --abort"), "\(result.stderr)")
        }
    }

    @Test func readingCommandsNeverStartGit() throws {
        try withSyncWorld { world in
            let id = try world.started()
            let (path, log) = try world.recordingGit()
            // Even with automatic sync on.
            #expect(try world.a.run(["config", "sync.auto", "after-write"]).status == 0)
            for arguments in [["today"], ["list"], ["show", id], ["search", "laptop"], ["status"], ["review"], ["today", "--date", "tomorrow"]] {
                let result = try world.a.run(arguments, path)
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
            }
            #expect(!FileManager.default.fileExists(atPath: log.path), "\((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
            // The fake is the git a write starts.
            _ = try world.a.run(["write", "-m", "Through the fake."], path)
            #expect(FileManager.default.fileExists(atPath: log.path))
        }
    }

    /// What a sync with nothing to do costs is mostly the git it starts: each
    /// is there for a reason (the version; the settings; the branch; anything
    /// not committed; the fetch; where both ends are), and nothing else runs.
    @Test func aSyncWithNothingToDoStartsEightGits() throws {
        try withSyncWorld { world in
            _ = try world.started()
            try world.a.sync()
            let (path, log) = try world.recordingGit()
            let result = try world.a.run(["sync"], path)
            #expect(result.status == 0 && result.stdout.hasPrefix("Up to date"), "\(result.stdout)\(result.stderr)")
            let started = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map { line in
                // The subcommand: the first word after the fixed options.
                let words = line.split(separator: " ").map(String.init)
                let skipped = words.indices.first { index in index > 0 && words[index - 1] != "-c" && words[index - 1] != "-C" && !words[index].hasPrefix("-") }
                return skipped.map { words[$0] } ?? line.description
            }
            #expect(started == ["--version", "config", "symbolic-ref", "add", "rev-parse", "write-tree", "fetch", "rev-parse"], "\(started)")
        }
    }

    @Test func commitsCarryTheCommandAndIdsNeverText() throws {
        try withSyncWorld { world in
            _ = try world.started()
            let dilemma = try #require(try jsonObject(try world.a.run(["dilemma", "new", "Secretmerger title", "-m", "Hidden description", "--json"]).stdout) as? [String: Any])["id"] as? String
            let id = try world.a.write("Confidential zebra words #privatetag", ["--tag", "othertag"])
            #expect(try world.a.run(["link", id, "compassion-humanity"]).status == 0)
            #expect(try world.a.run(["skip"]).status == 0)
            #expect(try world.a.run(["plan", "days", "mon,tue"]).status == 0)
            #expect(try world.a.run(["config", "follow-up", "false"]).status == 0)
            #expect(try world.a.run(["delete", "--force", id]).status == 0)
            #expect(try world.a.run(["restore", id]).status == 0)
            let log = world.a.git(["log", "--format=%B"]).output
            for secret in ["Confidential", "zebra", "privatetag", "othertag", "Secretmerger", "Hidden"] { #expect(!log.contains(secret), "\(secret)") }
            let subjects = world.a.git(["log", "--format=%s"]).output.split(separator: "\n").map(String.init)
            for expected in ["reflect: dilemma new \(dilemma ?? "")", "reflect: write \(id)", "reflect: link \(id)", "reflect: skip",
                             "reflect: plan days", "reflect: config", "reflect: delete \(id)", "reflect: restore \(id)"] {
                #expect(subjects.contains(expected), "\(expected) in \(subjects)")
            }
            // A change that changes nothing makes no empty commit.
            let count = world.a.git(["rev-list", "--count", "HEAD"]).output
            #expect(try world.a.run(["config", "follow-up", "false"]).status == 0)
            #expect(world.a.git(["rev-list", "--count", "HEAD"]).output == count)
            // Each command committed what it changed: nothing is left over.
            #expect(world.a.git(["status", "--porcelain", "--", "entries", "trash", "dilemmas", "plan.json", "skips.json", "settings.json"]).output == "")
        }
    }

    /// With the automatic sync on, `write` and `edit` bring in what the
    /// other device saved before the editor opens (a fast-forward), so the
    /// person writes on the latest text; off, nothing is fetched.
    @Test func theEditorOpensOnWhatTheOtherDeviceSaved() throws {
        try withSyncWorld { world in
            let first = try world.started()
            try world.a.edit(first, "First words", "Laptop words")
            let fromLaptop = try world.a.write("Written on the laptop.")
            try world.a.sync()
            let seen = world.root.appendingPathComponent("seen.txt")
            let editor = world.root.appendingPathComponent("look.sh")
            try Data("#!/bin/sh\ncat \"$1\" > '\(seen.path)'\nls -R '\(world.b.journal.path)/entries' >> '\(seen.path)'\nprintf 'More.\\n' >> \"$1\"\n".utf8).write(to: editor)
            let environment = ["EDITOR": "sh \(editor.path)", "VISUAL": ""]
            // Off: the editor opens on this device's text.
            #expect(try world.b.run(["edit", first], environment).status == 0)
            #expect(try String(contentsOf: seen, encoding: .utf8).contains("First words"))
            #expect(world.b.text(fromLaptop) == nil)
            // On: the edit and the new entry open after a fast-forward.
            #expect(try world.b.run(["config", "sync.auto", "after-write"]).status == 0)
            try world.b.sync()
            try world.a.edit(fromLaptop, "on the laptop", "on the laptop, then the train")
            try world.a.sync()
            let edited = try world.b.run(["edit", fromLaptop], environment)
            #expect(edited.status == 0, "\(edited.stderr)")
            #expect(try String(contentsOf: seen, encoding: .utf8).contains("then the train"), "the edit opened on the latest text")
            let second = try world.a.write("Another from the laptop.")
            try world.a.sync()
            // A person at a terminal (standard input is one): the editor opens.
            let written = try runReflect(["write"], home: world.b.home, environment: world.b.environment.merging(environment) { $1 },
                                         clock: world.b.clock, answers: [])
            #expect(written.status == 0, "\(written.stderr) \(written.stdout)")
            #expect(try String(contentsOf: seen, encoding: .utf8).contains(second + ".md"), "the laptop's new entry was there when the editor opened")
            // An unreachable remote: one warning, and the edit goes on.
            world.b.git(["remote", "set-url", "origin", "file:///nowhere/journal.git"])
            let offline = try world.b.run(["edit", first], environment)
            #expect(offline.status == 0 && offline.stderr.contains("could not bring in the other devices' changes before editing"), "\(offline.stderr)")
        }
    }

    @Test func automaticSyncAfterAWriteAndAFailureIsAWarning() throws {
        try withSyncWorld { world in
            _ = try world.started()
            #expect(try world.a.run(["config", "sync.auto", "after-write"]).stdout == "sync.auto = after-write\n")
            let id = try world.a.write("Sent without asking.")
            let remoteFiles = gitRun(["-C", world.remote.path, "ls-tree", "-r", "--name-only", "main"]).output
            #expect(remoteFiles.contains(id), "the write went to the remote")
            try world.b.sync()
            #expect(world.b.text(id) != nil)
            // Reading commands still never start git (readingCommandsNeverStartGit); a failing remote is one warning.
            world.a.git(["remote", "set-url", "origin", "file:///nowhere/journal.git"])
            let offline = try world.a.run(["write", "-m", "On a plane."])
            #expect(offline.status == 0)
            #expect(offline.stderr.components(separatedBy: "reflect: warning:").count == 2 && offline.stderr.contains("automatic sync"), "\(offline.stderr)")
            #expect(world.a.git(["status", "--porcelain", "--", "entries"]).output == "", "committed all the same")
            #expect(try world.a.run(["config", "sync.auto", "sometimes"]).status == 1)
        }
    }

    @Test func anImportIsOneCommit() throws {
        try withSyncWorld { world in
            _ = try world.started()
            let entries = (1...7).map { "{\"title\": \"Imported \($0).\", \"body\": \"Words \($0).\", \"date\": \"2026-10-0\($0)\", \"time\": \"09:30\", \"tags\": [], \"starred\": false}" }
            let file = world.root.appendingPathComponent("jrnl.json")
            try Data("{\"tags\": {}, \"entries\": [\(entries.joined(separator: ", "))]}".utf8).write(to: file)
            let before = Int(world.a.git(["rev-list", "--count", "HEAD"]).output.trimmed) ?? 0
            let result = try world.a.run(["import", "--from", "jrnl", file.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(Int(world.a.git(["rev-list", "--count", "HEAD"]).output.trimmed) == before + 1)
            #expect(world.a.git(["log", "-1", "--format=%s"]).output == "reflect: import (7 files)\n")
            #expect(world.a.git(["show", "--name-only", "--format=", "HEAD"]).output.split(separator: "\n").count == 7)
        }
    }

    @Test func aFailedCommitWarnsOnceAndTheNextSyncCommitsIt() throws {
        try withSyncWorld { world in
            _ = try world.started()
            let lock = world.a.journal.appendingPathComponent(".git/index.lock")
            try Data().write(to: lock)
            let result = try world.a.run(["write", "-m", "Saved anyway."])
            #expect(result.status == 0)
            #expect(result.stderr.components(separatedBy: "reflect: warning:").count == 2, "\(result.stderr)")
            #expect(result.stderr.contains("not committed"))
            try FileManager.default.removeItem(at: lock)
            let synced = try world.a.sync()
            #expect(synced.stdout.contains("Committed changes that were not committed yet"), "\(synced.stdout)")
            try world.b.sync()
            #expect(world.b.entryFiles().count == 2)
        }
    }

    /// An index lock no git removes (a git killed with its reflect, a power
    /// cut): the sync waits a moment, then says which file and how to remove
    /// it once no git runs, and changes nothing; it never removes it itself.
    @Test func aLeftIndexLockIsNamedAndNeverRemovedBySync() throws {
        try withSyncWorld { world in
            _ = try world.started()
            let id = try world.a.write("Waiting to go.")
            let before = world.a.git(["rev-parse", "HEAD"]).output
            let lock = world.a.journal.appendingPathComponent(".git/index.lock")
            try Data().write(to: lock)
            let started = Date()
            let refused = try world.a.run(["sync"])
            #expect(refused.status == 1)
            #expect(Date().timeIntervalSince(started) < 15, "waited \(Date().timeIntervalSince(started)) s")
            #expect(refused.stderr.contains("locked by \(lock.path)") && refused.stderr.contains("'rm \(lock.path)'")
                    && refused.stderr.contains("another git is running"), "\(refused.stderr)")
            #expect(FileManager.default.fileExists(atPath: lock.path), "the lock is the person's to remove")
            #expect(world.a.git(["rev-parse", "HEAD"]).output == before)
            // Left before the machine last started: said so.
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 86_400)], ofItemAtPath: lock.path)
            let old = try world.a.run(["sync"])
            #expect(old.status == 1 && old.stderr.contains("older than this machine's last start"), "\(old.stderr)")
            #expect(FileManager.default.fileExists(atPath: lock.path))
            try FileManager.default.removeItem(at: lock)
            try world.a.sync()
            try world.b.sync()
            #expect(world.b.text(id)?.contains("Waiting to go.") == true)
        }
    }

    /// Right after a `kill -9` of a sync, the git it started may still hold the
    /// index lock for a moment: the next sync waits for it, and succeeds.
    @Test func anIndexLockThatGoesWithinAMomentIsWaitedFor() throws {
        try withSyncWorld { world in
            _ = try world.started()
            let id = try world.a.write("Written before the kill.")
            let lock = world.a.journal.appendingPathComponent(".git/index.lock")
            try Data().write(to: lock)
            DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { try? FileManager.default.removeItem(at: lock) }
            let result = try world.a.sync()
            #expect(result.stdout.contains("pushed"), "\(result.stdout)")
            try world.b.sync()
            #expect(world.b.text(id) != nil)
        }
    }

    @Test func withoutGitAWriteWarnsAndSyncSaysWhatToInstall() throws {
        try withSyncWorld { world in
            _ = try world.started()
            let write = try world.a.run(["write", "-m", "No git here."], ["PATH": "/nonexistent"])
            #expect(write.status == 0)
            #expect(write.stderr.contains("git is not on PATH"), "\(write.stderr)")
            let sync = try world.a.run(["sync"], ["PATH": "/nonexistent"])
            #expect(sync.status == 1 && sync.stderr.contains("git is not installed"), "\(sync.stderr)")
            let notRepository = world.root.appendingPathComponent("c")
            let plain = try Device(notRepository, name: "c", start: testNow)
            let refused = try plain.run(["sync"])
            #expect(refused.status == 1 && refused.stderr.contains("not a git repository"), "\(refused.stderr)")
        }
    }

    @Test func aMassDeletionIsRefusedThenAllowed() throws {
        try withSyncWorld { world in
            _ = try world.started()
            var ids: [String] = []
            for number in 1...12 { ids.append(try world.a.write("Entry number \(number).")) }
            try world.a.sync()
            try world.b.sync()
            for id in ids { #expect(try world.b.run(["purge", "--force", id]).status == 0) }
            try world.b.sync()
            let refused = try world.a.run(["sync"])
            #expect(refused.status == 1 && refused.stderr.contains("--allow-deletions"), "\(refused.stderr)")
            #expect(world.a.entryFiles().count == 13, "nothing was changed")
            let allowed = try world.a.sync(["--allow-deletions"])
            #expect(allowed.stdout.contains("Removed by the other device"), "\(allowed.stdout)")
            #expect(world.a.entryFiles().count == 1)
        }
    }

    @Test func skipsAndPlanChangesOnBothDevicesAreAllKept() throws {
        try withSyncWorld { world in
            _ = try world.started()
            #expect(try world.a.run(["skip"]).status == 0)
            #expect(try world.b.run(["skip", "--date", "tomorrow"]).status == 0)
            #expect(try world.a.run(["plan", "days", "mon,tue,wed", "--from", "2026-12-07"]).status == 0)
            #expect(try world.b.run(["plan", "days", "sat,sun", "--from", "2026-12-14"]).status == 0)
            try world.a.sync()
            try world.b.sync()
            try world.a.sync()
            #expect(world.treesAgree())
            let skips = try String(contentsOf: world.a.journal.appendingPathComponent("skips.json"), encoding: .utf8)
            #expect(skips.contains("2026-11-26") && skips.contains("2026-11-27"), "\(skips)")
            let plan = try String(contentsOf: world.b.journal.appendingPathComponent("plan.json"), encoding: .utf8)
            #expect(plan.contains("2026-12-07") && plan.contains("2026-12-14"), "\(plan)")
            // Both devices' plans read, and agree on what a day shows.
            let dayA = try world.a.run(["today", "--date", "2026-12-08", "--json"]), dayB = try world.b.run(["today", "--date", "2026-12-08", "--json"])
            #expect(dayA.status == 0 && dayA.stdout == dayB.stdout, "\(dayA.stderr)\(dayB.stderr)")
        }
    }

    @Test func aNewerFormatIsNeverWritten() throws {
        try withSyncWorld { world in
            _ = try world.started()
            try Data("format: 2\nreflect: 9.1.0\n".utf8).write(to: world.a.journal.appendingPathComponent("format"))
            let result = try world.a.run(["write", "-m", "From an older reflect."])
            #expect(result.status == 1)
            #expect(result.stderr.contains("install reflect 9.1.0 or later"), "\(result.stderr)")
            #expect(world.a.entryFiles().count == 1)
            #expect(try world.a.run(["list"]).status == 0, "reading still works")
        }
    }
}

@Suite struct DocumentMergeTests {
    let base = "---\nid: x\ncreated: 2026-11-26T09:30:00+00:00\ntags:\n  - a\n---\nOne.\n\nTwo.\n"

    @Test func keysChangedOnOneSideTakeThatSideAndListsUnite() {
        let ours = base.replacingOccurrences(of: "  - a\n", with: "  - a\n  - b\n") + ""
        let theirs = base.replacingOccurrences(of: "  - a\n", with: "  - a\n  - c\n").replacingOccurrences(of: "---\nOne", with: "mine: kept\n---\nOne")
        let merged = DocumentMerge.merge(base: base, ours: ours, theirs: theirs) { _, _, _ in nil }
        #expect(merged == "---\nid: x\ncreated: 2026-11-26T09:30:00+00:00\ntags:\n  - a\n  - b\n  - c\nmine: kept\n---\nOne.\n\nTwo.\n")
    }

    @Test func updatedTakesTheLaterTimeAndAScalarChangedOnBothFails() {
        let ours = base.replacingOccurrences(of: "tags:", with: "updated: 2026-11-27T10:00:00+00:00\ntags:")
        let theirs = base.replacingOccurrences(of: "tags:", with: "updated: 2026-11-27T11:00:00+00:00\ntags:")
        let merged = DocumentMerge.merge(base: base, ours: ours, theirs: theirs) { _, _, _ in nil }
        #expect(merged == theirs)
        let a = base.replacingOccurrences(of: "id: x", with: "id: x\nmodel: gibbs"), b = base.replacingOccurrences(of: "id: x", with: "id: x\nmodel: kolb")
        #expect(DocumentMerge.merge(base: base, ours: a, theirs: b) { _, _, _ in nil } == nil)
    }

    @Test func bodiesChangedOnBothGoToTheThreeWayMerge() {
        let ours = base.replacingOccurrences(of: "One.", with: "ONE.")
        let theirs = base.replacingOccurrences(of: "Two.", with: "TWO.")
        var asked: [String] = []
        let merged = DocumentMerge.merge(base: base, ours: ours, theirs: theirs) { b, o, t in
            asked = [b, o, t]
            return "ONE.\n\nTWO.\n"
        }
        #expect(asked == ["One.\n\nTwo.\n", "ONE.\n\nTwo.\n", "One.\n\nTWO.\n"])
        #expect(merged?.hasSuffix("---\nONE.\n\nTWO.\n") == true)
        #expect(DocumentMerge.merge(base: base, ours: ours, theirs: theirs) { _, _, _ in nil } == nil)
    }

    @Test func aCopyNamesTheOriginalAndTheDevice() {
        let copy = DocumentMerge.copy(base, newID: "n2", conflictOf: "x", device: "home")
        #expect(copy == "---\nid: n2\ncreated: 2026-11-26T09:30:00+00:00\ntags:\n  - a\nconflict-of: x\nconflict-device: home\n---\nOne.\n\nTwo.\n")
    }

    @Test func credentialsAreNotShown() {
        #expect(Journal.withoutCredentials("https://me:s3cret@example.org/j.git") == "https://example.org/j.git")
        #expect(Journal.withoutCredentials("git@example.org:me/j.git") == "git@example.org:me/j.git")
        #expect(Journal.withoutCredentials("file:///tmp/r.git") == "file:///tmp/r.git")
    }
}

/// `kill -9` of `reflect sync` at random moments, then a clean sync: nothing lost.
@Suite struct KilledSyncTests {
    @Test func aSyncKilledAtRandomMomentsLosesNothing() throws {
        try withSyncWorld { world in
            _ = try world.started()
            var rng = SplitMix64(state: 12)
            var markers: [String] = []
            for round in 0..<6 {
                // Both devices changed: B's sync fetches, merges and pushes.
                let shared = try world.shared("Round \(round) starts.\n\nMiddle.\n\nEnd.")
                for (device, side) in [(world.a, "laptop"), (world.b, "home")] {
                    markers.append("new-\(round)-\(side)")
                    _ = try device.write("Entry new-\(round)-\(side).")
                }
                try world.a.edit(shared, "starts", "starts (laptop-\(round))")
                try world.b.edit(shared, "End", "End (home-\(round))")
                markers += ["laptop-\(round)", "home-\(round)"]
                try world.a.sync()
                let process = Process()
                process.executableURL = reflectBinary
                process.arguments = ["sync"]
                process.environment = testEnvironment(home: world.b.home, world.b.environment)
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try runRetryingWhileBusy(process)
                usleep(UInt32.random(in: 5_000...250_000, using: &rng))
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                // git children it left finish on their own (they are in a session of their own); then a clean sync.
                var clean = try world.b.run(["sync"])
                for _ in 0..<20 where clean.status != 0 {
                    usleep(250_000)
                    clean = try world.b.run(["sync"])
                }
                #expect(clean.status == 0, "round \(round): \(clean.stderr)")
            }
            try world.a.sync()
            #expect(world.treesAgree())
            for device in [world.a, world.b] {
                let all = try device.entryFiles().map { try String(contentsOf: device.journal.appendingPathComponent("entries/" + $0), encoding: .utf8) }.joined()
                for marker in markers { #expect(all.contains(marker), "\(marker) lost on \(device.name)") }
                #expect(!all.contains("<<<<<<<"))
            }
        }
    }
}
