import Foundation
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

    /// An edit whose file changed after the editor opened it is refused
    /// under the lock, and the edit is kept as a draft.
    @Test func anEditOfAFileChangedMeanwhileIsRefused() throws {
        try withJournal { world in
            let id = try world.write(["-m", "Original."])
            let journal = Journal(folder: world.journal.path, clock: .fixed(testNow))
            let path = try journal.resolve(id)
            let original = try FileSystem.read(path)
            let text = String(decoding: original, as: UTF8.self)
            let draft = try journal.createDraft(text: text, plan: Draft.Plan(prompt: nil, model: "", tags: [], date: nil, template: text,
                                                                               editing: path, original: text))
            // Another edit lands while the editor is open.
            try Data((text + "Changed elsewhere.\n").utf8).write(to: URL(fileURLWithPath: path))
            #expect(throws: JournalError.changedMeanwhile(path: path)) {
                try journal.finishEdit(draft, edited: text + "My edit.\n", entryPath: path)
            }
            #expect(try String(contentsOfFile: path, encoding: .utf8).hasSuffix("Changed elsewhere.\n"))
            #expect(FileManager.default.fileExists(atPath: draft.path), "the edit is kept as a draft")
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
