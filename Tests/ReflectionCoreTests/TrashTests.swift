import Foundation
import Testing
@testable import ReflectionCore

extension JournalWorld {
    /// The trash's file names.
    func trashFiles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: journal.appendingPathComponent("trash").path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
    }

    /// Every entry, trash and draft file with its bytes (not the caches), to show that a refusal changed nothing.
    func snapshot() -> [String: Data] {
        var files: [String: Data] = [:]
        for folder in ["entries", "trash", "drafts"] {
            let base = journal.appendingPathComponent(folder)
            for case let path as String in FileManager.default.enumerator(atPath: base.path)?.allObjects ?? [] {
                if let data = FileManager.default.contents(atPath: base.appendingPathComponent(path).path) { files["\(folder)/\(path)"] = data }
            }
        }
        return files
    }

    func entryPath(_ id: String) -> String {
        journal.appendingPathComponent("entries/\(EntryID.monthFolder(ofPrefix: id)!)/\(id).md").path
    }

    func trashPath(_ name: String) -> String { journal.appendingPathComponent("trash/\(name).md").path }
}

/// Sets a file's modification time to noon UTC on a day.
func setModified(_ path: String, _ day: String) throws {
    let date = try #require(ISO8601DateFormatter().date(from: "\(day)T12:00:00Z"))
    try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path)
}

@Suite struct TrashTests {
    @Test func trashListsDeletedEntriesNewestFirstAndRestoreGivesTheSameBytes() throws {
        try withJournal { world in
            let empty = try world.run(["trash"])
            #expect(empty.status == 0 && empty.stdout == "" && empty.stderr == "The trash is empty.\n")
            let first = try world.write(["-m", "The first entry, about listening."])
            let second = try world.write(["-m", "The second entry, about #trust."])
            let before = try Data(contentsOf: URL(fileURLWithPath: world.entryPath(first)))
            for id in [first, second] { #expect(try world.run(["delete", "--force", id]).status == 0) }
            #expect(world.entryFiles().isEmpty)
            try setModified(world.trashPath(first), "2026-11-20")
            try setModified(world.trashPath(second), "2026-11-10")

            let listed = try world.run(["trash"])
            #expect(listed.status == 0 && listed.stderr == "", "\(listed.stderr)")
            let lines = listed.stdout.split(separator: "\n")
            #expect(lines.count == 2)
            #expect(lines[0].hasPrefix("\(first)  2026-11-20 ") && lines[0].hasSuffix("The first entry, about listening."))
            #expect(lines[1].hasPrefix("\(second)  2026-11-10 ") && lines[1].hasSuffix("The second entry, about #trust."))
            let json = try #require(try jsonObject(try world.run(["trash", "--json"]).stdout) as? [[String: Any]])
            #expect(json.map { $0["name"] as? String } == [first, second])
            #expect(json[0]["id"] as? String == first)
            #expect((json[0]["trashed"] as? String)?.hasPrefix("2026-11-20T") == true)
            #expect(json[0]["path"] as? String == world.trashPath(first))
            #expect(json[0]["firstWords"] as? String == "The first entry, about listening.")
            #expect(try world.run(["trash", "--format", "text"]).stdout == listed.stdout)

            // A unique prefix restores; the file comes back byte for byte, private.
            let restored = try world.run(["restore", String(first.prefix(19))])
            #expect(restored.status == 0, "\(restored.stderr)")
            #expect(restored.stdout == "Restored \(first): \(world.entryPath(first))\n")
            #expect(try Data(contentsOf: URL(fileURLWithPath: world.entryPath(first))) == before)
            #expect(mode(world.entryPath(first)) == 0o600)
            #expect(world.trashFiles() == ["\(second).md"])
            #expect(try world.listJSON().map { $0["id"] as? String } == [first])
            #expect(try world.run(["check"]).status == 0)

            let unknown = try world.run(["restore", "20991231"])
            #expect(unknown.status == 1)
            #expect(unknown.stderr.contains("nothing in the trash is called '20991231'"))
        }
    }

    @Test func deleteRecordsWhenAnEntryWasTrashed() throws {
        try withJournal { world in
            let id = try world.write(["-m", "Old words."])
            try setModified(world.entryPath(id), "2020-01-01")
            #expect(try world.run(["delete", "-f", id]).status == 0)
            let modified = try #require(try FileManager.default.attributesOfItem(atPath: world.trashPath(id))[.modificationDate] as? Date)
            #expect(abs(modified.timeIntervalSinceNow) < 600, "the modification time says when it was trashed")
        }
    }

    @Test func aRestoreNeverReplacesAnEntryWithTheSameID() throws {
        try withJournal { world in
            let id = try world.write(["-m", "Trashed words."])
            #expect(try world.run(["delete", "-f", id]).status == 0)
            // An entry with that id is back (written again, imported, restored by hand).
            try Data("---\nid: \(id)\ncreated: 2026-11-26T09:30:00+00:00\n---\nNew words.\n".utf8).write(to: URL(fileURLWithPath: world.entryPath(id)))
            let before = world.snapshot()
            let refused = try world.run(["restore", id])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("an entry with id \(id) is already in the journal"))
            #expect(refused.stderr.contains("nothing was restored"))
            #expect(world.snapshot() == before)

            // Trashed a second time: the trash keeps both, the second as -2.
            let again = try world.run(["delete", "-f", id])
            #expect(again.status == 0)
            #expect(again.stderr == "'reflect restore \(id)-2' brings it back.\n")
            #expect(world.trashFiles() == ["\(id)-2.md", "\(id).md"])
            let ambiguous = try world.run(["restore", String(id.prefix(8))])
            #expect(ambiguous.status == 1)
            #expect(ambiguous.stderr.contains("matches 2 entries (\(id), \(id)-2)"))
            let json = try #require(try jsonObject(try world.run(["trash", "--json"]).stdout) as? [[String: Any]])
            #expect(Set(json.compactMap { $0["name"] as? String }) == [id, "\(id)-2"])
            #expect(json.allSatisfy { $0["id"] as? String == id })

            // The -2 copy goes back under the entry's own id; then the other is refused.
            let second = try world.run(["restore", "\(id)-2"])
            #expect(second.status == 0, "\(second.stderr)")
            #expect(try String(contentsOfFile: world.entryPath(id), encoding: .utf8).contains("New words."))
            let before2 = world.snapshot()
            #expect(try world.run(["restore", id]).status == 1)
            #expect(world.snapshot() == before2)
            #expect(world.trashFiles() == ["\(id).md"])
        }
    }

    @Test func purgeAsksOrNeedsForceAndSaysWhenAnEntryIsNotInTheTrash() throws {
        try withJournal { world in
            let trashed = try world.write(["-m", "Going for good."])
            let kept = try world.write(["-m", "Still in the journal."])
            #expect(try world.run(["delete", "-f", trashed]).status == 0)
            let before = world.snapshot()

            let refused = try world.run(["purge", trashed])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("not deleting \(trashed) from the trash for good without --force"))
            let declined = try world.run(["purge", trashed], answers: ["n"])
            #expect(declined.status == 0)
            #expect(declined.stderr.contains("Delete entry \(trashed) (Going for good.) from the trash for good? This cannot be undone. [y/N]"))
            #expect(declined.stderr.contains("Nothing deleted."))
            let noAnswer = try world.run(["purge", trashed], answers: [])
            #expect(noAnswer.status == 0 && noAnswer.stderr.contains("Nothing deleted."))
            #expect(world.snapshot() == before)

            let purged = try world.run(["purge", trashed], answers: ["y"])
            #expect(purged.status == 0)
            #expect(purged.stdout == "Deleted \(trashed) from the trash for good.\n")
            #expect(world.trashFiles().isEmpty)

            // An entry of the journal: said plainly, and the same care.
            let before2 = world.snapshot()
            let notTrashed = try world.run(["purge", kept])
            #expect(notTrashed.status == 1)
            #expect(notTrashed.stderr.contains("not deleting \(kept) which is not in the trash for good without --force"))
            let asked = try world.run(["purge", kept], answers: ["no"])
            #expect(asked.stderr.contains("Delete entry \(kept) (Still in the journal.) which is not in the trash for good?"))
            #expect(world.snapshot() == before2)
            let forced = try world.run(["purge", "--force", kept])
            #expect(forced.status == 0)
            #expect(forced.stdout == "Deleted \(kept) which is not in the trash for good.\n")
            #expect(world.entryFiles().isEmpty && world.trashFiles().isEmpty)

            let unknown = try world.run(["purge", "-f", kept])
            #expect(unknown.status == 1)
            #expect(unknown.stderr.contains("no entry '\(kept)'"))
        }
    }

    @Test func emptyingTheTrashAsksOrNeedsForceAndCanKeepRecentEntries() throws {
        try withJournal { world in
            let nothing = try world.run(["trash", "empty", "--force"])
            #expect(nothing.status == 0 && nothing.stderr == "The trash is empty.\n")
            var ids: [String] = []
            for words in ["Old one.", "Older one.", "Recent one."] {
                let id = try world.write(["-m", words])
                #expect(try world.run(["delete", "-f", id]).status == 0)
                ids.append(id)
            }
            try setModified(world.trashPath(ids[0]), "2026-09-01")
            try setModified(world.trashPath(ids[1]), "2026-06-15")
            try setModified(world.trashPath(ids[2]), "2026-11-20")
            let before = world.snapshot()

            let refused = try world.run(["trash", "empty", "--older-than", "30d"])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("not deleting 2 entries deleted before 2026-10-27 for good without --force"))
            let declined = try world.run(["trash", "empty", "--older-than", "30d"], answers: [""])
            #expect(declined.stderr.contains("Delete 2 entries deleted before 2026-10-27 for good? This cannot be undone. [y/N]"))
            #expect(world.snapshot() == before)
            for bad in ["2026-01-01", "today", "30", "3x"] {
                let usage = try world.run(["trash", "empty", "--older-than", bad, "--force"])
                #expect(usage.status == 64, "\(bad)")
                #expect(usage.stderr.contains("expected an age such as 30d, 2w, 6m or 1y"))
            }
            #expect(world.snapshot() == before)
            let none = try world.run(["trash", "empty", "--older-than", "1y", "-f"])
            #expect(none.status == 0 && none.stderr == "Nothing in the trash was deleted before 2025-11-26.\n")

            let older = try world.run(["trash", "empty", "--older-than", "3m", "--force"])
            #expect(older.status == 0, "\(older.stderr)")
            #expect(older.stdout == "Deleted 1 entry from the trash for good.\n")
            #expect(world.trashFiles() == ["\(ids[0]).md", "\(ids[2]).md"])
            let all = try world.run(["trash", "empty"], answers: ["yes"])
            #expect(all.status == 0)
            #expect(all.stderr.contains("Delete 2 entries in the trash for good?"))
            #expect(all.stdout == "Deleted 2 entries from the trash for good.\n")
            #expect(world.trashFiles().isEmpty)
            #expect(try world.run(["trash"]).stderr == "The trash is empty.\n")
        }
    }

    /// `--older-than 30d` on 26 November deletes what was deleted before
    /// 27 October and keeps what was deleted on that day itself (issue 10:
    /// an off-by-one mutant that took the cut-off day survived).
    @Test func theCutOffDayItselfIsKept() throws {
        try withJournal { world in
            var ids: [String] = []
            for (words, day) in [("Deleted on the cut-off day.", "2026-10-27"), ("Deleted the day before.", "2026-10-26")] {
                let id = try world.write(["-m", words])
                #expect(try world.run(["delete", "-f", id]).status == 0)
                try setModified(world.trashPath(id), day)
                ids.append(id)
            }
            let out = try world.run(["trash", "empty", "--older-than", "30d", "--force"])
            #expect(out.stdout == "Deleted 1 entry from the trash for good.\n", "\(out.stdout)\(out.stderr)")
            #expect(world.trashFiles() == ["\(ids[0]).md"])
        }
    }
}
