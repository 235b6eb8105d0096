import Foundation
import Synchronization
import Testing
@testable import ReflectionCore

/// Every read-modify-write of a journal file holds the journal's lock.
@Suite struct JournalLockTests {
    /// A command that would change the journal while another reflect holds
    /// the lock waits, then says the journal is busy (exit 75) and changes nothing.
    @Test func aHeldLockMakesWritersWaitThenSayBusy() throws {
        try withJournal { world in
            try world.write(["-m", "First."])
            let plan = world.journal.appendingPathComponent("plan.json")
            let journal = Journal(folder: world.journal.path, clock: .fixed(testNow))
            try FileLock.withLock(journal.lockPath, wait: 0) { () throws(JournalError) in
                for arguments in [["plan", "days", "weekdays"], ["skip"], ["write", "-m", "Second."]] {
                    let started = Date()
                    let result = try? world.run(arguments, ["REFLECT_LOCK_TIMEOUT": "0.3"])
                    #expect(result?.status == ExitCode.busy, "\(arguments)")
                    #expect(result?.stderr.contains("the journal is busy") == true, "\(result?.stderr ?? "")")
                    if arguments[0] == "write" { #expect(result?.stderr.contains("your text is kept in") == true, "\(result?.stderr ?? "")") }
                    #expect(Date().timeIntervalSince(started) >= 0.25, "it waited")
                }
            }
            #expect(!FileManager.default.fileExists(atPath: plan.path))
            #expect(world.entryFiles().count == 1)
            // The text of the write that could not wait is kept as a draft, and said so.
            #expect(world.drafts().count == 1)
            // The real binary reads REFLECT_LOCK_TIMEOUT too (it passes only the variables it knows).
            try FileLock.withLock(journal.lockPath, wait: 0) { () throws(JournalError) in
                let started = Date()
                let result = try? world.process(["skip"], ["REFLECT_LOCK_TIMEOUT": "0.2"])
                #expect(result?.status == ExitCode.busy)
                #expect(Date().timeIntervalSince(started) < 3, "waited 0.2 s, not the default 5 s")
            }
            // Free again: the same commands go through.
            #expect(try world.run(["plan", "days", "weekdays"]).status == 0)
        }
    }

    /// Eight skips of different days at once, and plan changes racing each
    /// other, in separate processes: every change is kept.
    @Test func concurrentSkipsAndPlanChangesAreAllKept() throws {
        try withJournal { world in
            let days = (1...8).map { "2026-11-\(String(format: "%02d", $0 + 10))" }
            let group = DispatchGroup()
            let statuses = LockedArray()
            for day in days {
                group.enter()
                DispatchQueue.global().async {
                    let result = try? world.process(["skip", "--date", day])
                    statuses.append(result?.status ?? -1)
                    group.leave()
                }
            }
            for arguments in [["plan", "days", "mon,tue,wed,thu,fri,sat"], ["plan", "focus", "resilience", "--from", "2026-12-01"]] {
                group.enter()
                DispatchQueue.global().async {
                    let result = try? world.process(arguments)
                    statuses.append(result?.status ?? -1)
                    group.leave()
                }
            }
            group.wait()
            #expect(statuses.values == Array(repeating: 0, count: 10))
            let skips = try #require(try jsonObject(String(contentsOf: world.journal.appendingPathComponent("skips.json"), encoding: .utf8)) as? [String: Any])
            let dates = Set(((skips["skips"] as? [[String: Any]]) ?? []).compactMap { $0["date"] as? String })
            #expect(dates == Set(days))
            let plan = try #require(try jsonObject(String(contentsOf: world.journal.appendingPathComponent("plan.json"), encoding: .utf8)) as? [String: Any])
            #expect(plan["days"] as? [Int] == [0, 1, 2, 3, 4, 5])
            #expect((plan["focus"] as? [String: Any])?["id"] as? String == "resilience")
        }
    }

    /// A skip reads the skips again once it holds the lock: one that waited
    /// for the lock keeps the skip made while it waited. (The processes
    /// above rarely meet in that moment; here the second skip is made to
    /// wait. Issue 10: a mutant that read them before the lock survived.)
    @Test func aSkipThatWaitedForTheLockKeepsTheSkipMadeMeanwhile() throws {
        try withJournal { world in
            let journal = Journal(folder: world.journal.path, clock: .fixed(testNow))
            let first = Skip(date: CalendarDate(year: 2026, month: 11, day: 20)!, prompt: "frames-history-p1")
            let second = Skip(date: CalendarDate(year: 2026, month: 11, day: 21)!, prompt: "compassion-humanity-p1")
            let started = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
            try journal.updateSkips { (log: inout SkipLog) throws(JournalError) in
                DispatchQueue.global().async {
                    started.signal()
                    _ = try? journal.updateSkips { (log: inout SkipLog) throws(JournalError) in log.skips.append(second) }
                    done.signal()
                }
                started.wait()
                Thread.sleep(forTimeInterval: 0.3)  // the other skip is waiting for the lock by now
                log.skips.append(first)
            }
            done.wait()
            #expect(try journal.loadSkips().skips == [first, second])
        }
    }

    /// An edit whose file changed after the editor opened it is refused
    /// under the lock, and the edit is kept as a draft: whether the other
    /// edit added a line or changed bytes without changing the size (issue
    /// 10: a mutant that compared only sizes survived).
    @Test(arguments: ["Original.\nChanged elsewhere.\n", "Originel.\n"])
    func anEditOfAFileChangedMeanwhileIsRefused(elsewhere: String) throws {
        try withJournal { world in
            let id = try world.write(["-m", "Original."])
            let journal = Journal(folder: world.journal.path, clock: .fixed(testNow))
            let path = try journal.resolve(id)
            let original = try FileSystem.read(path)
            let text = String(decoding: original, as: UTF8.self)
            let draft = try journal.createDraft(text: text, plan: Draft.Plan(prompt: nil, model: "", tags: [], date: nil, template: text,
                                                                               editing: path, original: text))
            // Another edit lands while the editor is open.
            try #require(text.hasSuffix("\nOriginal.\n"))
            try Data((text.dropLast("Original.\n".count) + elsewhere).utf8).write(to: URL(fileURLWithPath: path))
            #expect(throws: JournalError.changedMeanwhile(path: path)) {
                try journal.finishEdit(draft, edited: text + "My edit.\n", entryPath: path)
            }
            #expect(try String(contentsOfFile: path, encoding: .utf8).hasSuffix("\n" + elsewhere))
            #expect(FileManager.default.fileExists(atPath: draft.path), "the edit is kept as a draft")
        }
    }
}

/// The races a fault campaign found, as tests: processes whose editors
/// close at the same moment (a barrier in the editor script), so the
/// changed-meanwhile check and the rename meet (issue 10).
@Suite struct RacesLoseNothingTests {
    /// An editor that waits until `count` editors are open, then appends its line.
    func barrierEditor(_ world: JournalWorld, _ name: String, barrier: URL, count: Int, line: String) throws -> String {
        try world.editorScript(name, """
            mkdir -p '\(barrier.path)' && touch '\(barrier.path)'/$$
            while [ $(ls '\(barrier.path)' | wc -l) -lt \(count) ]; do sleep 0.005; done
            printf '%s\\n' '\(line)' >> "$1"
            """)
    }

    /// Runs commands at once in separate processes; their results in order.
    func together(_ runs: [@Sendable () -> ProcessOutput?]) -> [ProcessOutput?] {
        let group = DispatchGroup()
        let results = Mutex([ProcessOutput?](repeating: nil, count: runs.count))
        for (index, run) in runs.enumerated() {
            group.enter()
            DispatchQueue.global().async {
                let result = run()
                results.withLock { $0[index] = result }
                group.leave()
            }
        }
        group.wait()
        return results.withLock { $0 }
    }

    /// Two edits of one entry whose editors close together: never both
    /// "Updated". Every edit reported saved is in the file; the other is
    /// refused and kept as a draft.
    @Test func twoEditsClosingTogetherLoseNeither() throws {
        try withJournal { world in
            let id = try world.write(["-m", "Original."])
            for round in 0..<10 {
                let barrier = world.root.appendingPathComponent("barrier-\(round)")
                let lines = ["Edit A\(round).", "Edit B\(round)."]
                let editors = try lines.enumerated().map { try barrierEditor(world, "edit-\(round)-\($0.offset).sh", barrier: barrier, count: 2, line: $0.element) }
                let drafts = world.drafts().count
                let results = together(editors.map { editor in { try? world.process(["edit", id], ["EDITOR": editor, "VISUAL": ""]) } })
                let path = try #require(world.entryFiles().first { $0.hasSuffix(id + ".md") })
                let text = try String(contentsOf: world.journal.appendingPathComponent("entries/" + path), encoding: .utf8)
                var saved = 0
                for (result, line) in zip(results, lines) {
                    let result = try #require(result)
                    if result.status == 0 {
                        saved += 1
                        #expect(text.contains(line), "round \(round): '\(line)' reported saved and lost")
                    } else {
                        #expect(result.stderr.contains("changed while you were editing it"), "\(result.stderr)")
                        #expect(!text.contains(line))
                    }
                }
                #expect(saved >= 1)
                #expect(world.drafts().count == drafts + (2 - saved), "a refused edit is kept as a draft")
            }
        }
    }

    /// `delete` racing an `edit` whose editor closes at that moment: the
    /// entry is either in the trash (the edit refused, kept as a draft) or
    /// edited and then deleted; never reported trashed and back in entries/.
    @Test func deleteRacingAnEditNeverComesBack() throws {
        try withJournal { world in
            for round in 0..<10 {
                let id = try world.write(["-m", "Round \(round)."])
                let barrier = world.root.appendingPathComponent("barrier-\(round)")
                let editor = try barrierEditor(world, "edit-\(round).sh", barrier: barrier, count: 2, line: "Late edit.")
                let results = together([
                    { try? world.process(["edit", id], ["EDITOR": editor, "VISUAL": ""]) },
                    {
                        // The delete starts when the editor is open, and goes with it.
                        while ((try? FileManager.default.contentsOfDirectory(atPath: barrier.path)) ?? []).isEmpty { usleep(1000) }
                        try? FileManager.default.createDirectory(at: barrier, withIntermediateDirectories: true)
                        _ = FileManager.default.createFile(atPath: barrier.appendingPathComponent("delete").path, contents: nil)
                        return try? world.process(["delete", "--force", id])
                    },
                ])
                let (edit, delete) = (try #require(results[0]), try #require(results[1]))
                #expect(delete.status == 0 && delete.stdout.contains("Moved"), "\(delete.stderr)")
                #expect(!world.entryFiles().contains { $0.hasSuffix(id + ".md") }, "round \(round): reported trashed, back in entries/")
                if edit.status != 0 {
                    #expect(edit.stderr.contains("changed while you were editing it") || edit.stderr.contains("no longer"), "\(edit.stderr)")
                }
            }
        }
    }

    /// Eight writers at once, each with its own text: eight entries, each whole.
    @Test func eightWritersAtOnceKeepEveryEntry() throws {
        try withJournal { world in
            let texts = (1...8).map { "Writer \($0) was here, with a line of its own." }
            let results = together(texts.map { text in { try? world.process(["write", "-m", text]) } })
            #expect(results.map { $0?.status } == Array(repeating: 0, count: 8))
            let bodies = try world.listJSON().compactMap { $0["body"] as? String }.map(\.trimmed)
            #expect(Set(bodies) == Set(texts))
        }
    }
}

/// Results gathered from several threads.
final class LockedArray: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Int32] = []
    func append(_ value: Int32) { lock.lock(); items.append(value); lock.unlock() }
    var values: [Int32] { lock.lock(); defer { lock.unlock() }; return items }
}
