import Foundation
import Testing
@testable import ReflectionCore

/// Whether this process may mount a tmpfs: CI runs as root. Elsewhere the
/// tests of a real full or read-only disk are skipped, saying why.
let tmpfsMountable: Bool = {
    guard getuid() == 0 else { return false }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reflect-mount-\(UUID().uuidString)")
    guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil else { return false }
    defer { try? FileManager.default.removeItem(at: folder) }
    guard command("/usr/bin/mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder.path) == 0 else { return false }
    return command("/usr/bin/umount", folder.path) == 0
}()

/// Runs a program and returns its exit status (-1 if it could not start).
@discardableResult
func command(_ arguments: String...) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: arguments[0])
    process.arguments = Array(arguments.dropFirst())
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return -1 }
    process.waitUntilExit()
    return process.terminationStatus
}

extension JournalWorld {
    /// Runs `body` with the journal folder a tmpfs of `size` (private, as reflect makes it), unmounted after.
    func onTmpfs(size: String, _ body: () throws -> Void) throws {
        try FileManager.default.createDirectory(at: journal, withIntermediateDirectories: true)
        try #require(command("/usr/bin/mount", "-t", "tmpfs", "-o", "size=\(size),mode=700", "tmpfs", journal.path) == 0)
        defer { command("/usr/bin/umount", journal.path) }
        try body()
    }

    /// Temporary files of interrupted writes anywhere in the journal.
    func leftovers() -> [String] {
        ((FileManager.default.enumerator(atPath: journal.path)?.allObjects as? [String]) ?? []).filter { $0.contains(".tmp-") }
    }
}

/// Writes zeros to a new file until the disk is full.
func fillDisk(_ file: URL) {
    let fd = open(file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { return }
    let chunk = [UInt8](repeating: 0, count: 4096)
    while chunk.withUnsafeBytes({ write(fd, $0.baseAddress!, $0.count) }) > 0 {}
    close(fd)
}

/// A real full disk (issue 10): the journal on a 1 MB tmpfs, filled.
@Suite struct FullDiskTests {
    @Test(.enabled(if: tmpfsMountable, "mounting a tmpfs needs root (CI runs as root)"))
    func aWriteOnAFullDiskFailsSaysSoAndLosesNothing() throws {
        try withJournal { world in
            try world.onTmpfs(size: "1m") {
                let before = try world.write(["--date", "2026-11-20", "-m", "Written before the disk filled."])
                let ballast = world.journal.appendingPathComponent("ballast")
                fillDisk(ballast)
                // From standard input: the reason, and that the text could not be kept either.
                let piped = try world.run(["write"], stdin: "Typed when the disk was full.\n")
                #expect(piped.status == 1 && piped.stderr.contains("no space left on device")
                        && piped.stderr.contains("Nothing was saved, and the text could not be kept as a draft either"), "\(piped.stderr)")
                // Nothing half-written: no temporary file, the earlier entry whole; reading still works.
                #expect(world.leftovers().isEmpty && world.entryFiles().count == 1)
                #expect(try world.run(["show", before]).stdout.contains("Written before the disk filled."))
                for arguments in [["check"], ["list"], ["today"], ["review"], ["status"]] {
                    let out = try world.run(arguments)
                    #expect(out.status == 0 && out.stderr.isEmpty, "\(arguments): \(out.stderr)")
                }
                // In the editor: the draft is made while there is room, and the disk fills while the person types.
                try FileManager.default.removeItem(at: ballast)
                let typist = try world.editorScript("type.sh", """
                    printf 'Typed in the editor as the disk filled.\\n' >> "$1"
                    dd if=/dev/zero of='\(ballast.path)' bs=4096 2>/dev/null; true
                    """)
                let typed = try world.run(["write"], ["EDITOR": typist, "VISUAL": ""], answers: [])
                #expect(typed.status == 1 && typed.stderr.contains("no space left on device") && typed.stderr.contains("Your text is kept in"),
                        "\(typed.stderr)")
                let draft = try #require(world.drafts().first)
                let kept = try String(contentsOf: world.journal.appendingPathComponent("drafts/\(draft)"), encoding: .utf8)
                #expect(kept.contains("Typed in the editor as the disk filled."))
                #expect(world.leftovers().isEmpty && world.entryFiles().count == 1)
                // Room again: the draft is saved from where it was kept.
                try FileManager.default.removeItem(at: ballast)
                let resumed = try world.run(["write", "--draft", String(draft.dropLast(3))], ["EDITOR": "true", "VISUAL": ""])
                #expect(resumed.status == 0 && resumed.stdout.hasPrefix("Saved "), "\(resumed.stderr)")
                #expect(world.entryFiles().count == 2 && world.drafts().isEmpty)
            }
        }
    }
}

/// A journal on a file system mounted read-only (issue 10): the permission
/// bits say writable, the kernel says EROFS. Writes say the journal is
/// read-only; reading goes on.
@Suite struct ReadOnlyFileSystemTests {
    @Test(.enabled(if: tmpfsMountable, "mounting a tmpfs needs root (CI runs as root)"))
    func aJournalOnAReadOnlyMountRefusesWritesClearlyAndStillReads() throws {
        try withJournal { world in
            try world.onTmpfs(size: "4m") {
                let id = try world.write(["--date", "2026-11-20", "--tag", "board", "-m", "Written before the remount."])
                let file = world.root.appendingPathComponent("jrnl.json")
                try Data(#"{"entries": [{"title": "Old.", "body": "", "date": "2026-11-02", "time": "09:15"}]}"#.utf8).write(to: file)
                for arguments in [["list"], ["today"]] { _ = try world.run(arguments) }
                try #require(command("/usr/bin/mount", "-o", "remount,ro", world.journal.path) == 0)
                let refused = "reflect: error: the journal folder \(world.journal.path) is read-only; nothing was written\n"
                for arguments in [["write", "-m", "After."], ["delete", "--force", id], ["skip"], ["plan", "days", "weekdays"],
                                  ["link", id, "frames-history"], ["import", "--from", "jrnl", file.path]] {
                    let out = try world.run(arguments)
                    #expect(out.status == 1 && out.stderr == refused, "\(arguments): \(out.stderr)")
                }
                for arguments in [["today"], ["list"], ["list", "--tag", "board"], ["show", id], ["review"], ["status"], ["check"],
                                  ["search", "remount"], ["export"], ["schedule"]] {
                    let out = try world.run(arguments)
                    #expect(out.status == 0 && out.stderr.isEmpty, "\(arguments): \(out.stderr)")
                }
                #expect(world.entryFiles().count == 1)
            }
        }
    }
}

/// Entry files that are empty, over the 10 MB reflect reads, or not text
/// (issue 10): every command that lists entries names each one, and the
/// others are still listed. A file too large to read was left out of a
/// review in silence.
@Suite struct HugeAndOddEntryFilesTests {
    @Test func anEmptyAHugeAndABinaryFileAreNamedAndTheRestStillListed() throws {
        try withJournal { world in
            let id = try world.write(["--date", "2026-11-20", "--tag", "board", "-m", "A good entry.\n\n- [ ] an action"])
            let month = world.journal.appendingPathComponent("entries/2026/11")
            let empty = month.appendingPathComponent("20261121-090000-empty.md")
            let huge = month.appendingPathComponent("20261122-090000-huge.md")
            let binary = month.appendingPathComponent("20261123-090000-binary.md")
            try Data().write(to: empty)
            try Data("---\nid: 20261122-090000-huge\ncreated: 2026-11-22T09:00:00+00:00\ntags: [board]\n---\n".utf8
                     + [UInt8](repeating: UInt8(ascii: "a"), count: 11_000_000)).write(to: huge)
            try Data((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7) }).write(to: binary)
            for file in [empty, huge, binary] {
                try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
            }
            for arguments in [["list"], ["list", "--tag", "board"], ["review"], ["actions"], ["export"], ["check"]] {
                let out = try world.run(arguments)
                #expect(out.status == 1, "\(arguments)")
                for file in [empty, huge, binary] {
                    #expect((out.stdout + out.stderr).contains(file.path), "\(arguments) does not name \(file.lastPathComponent): \(out.stderr)")
                }
                if arguments != ["check"] { #expect(out.stdout.contains(id) || out.stdout.contains("A good entry") || out.stdout.contains("an action"), "\(arguments)") }
            }
            let review = try world.run(["review"])
            #expect(review.stderr.contains("cannot read \(huge.path): larger than reflect reads"), "\(review.stderr)")
        }
    }
}

/// A delete or a restore killed at any step of its move leaves the entry in
/// one place, never in both (issue 10: a kill between the link and the
/// unlink of a move left it in entries/ and in the trash, which check did
/// not name and restore refused). strace kills the binary on entering each
/// call in turn (CI installs it).
@Suite struct KilledMovesTests {
    @Test func aDeleteOrARestoreKilledAtAnyStepLeavesTheEntryInOnePlace() throws {
        guard straceInstalled() else { return }
        try withJournal { world in
            let id = try world.write(["-m", "Moved back and forth."])
            let entry = world.journal.appendingPathComponent("entries/2026/11/\(id).md").path
            let trashed = world.journal.appendingPathComponent("trash/\(id).md").path
            func killed(_ arguments: [String], at call: String) throws {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
                process.arguments = ["-qq", "-o", "/dev/null", "-e", "trace=\(call)", "-e", "inject=\(call):signal=KILL:when=1",
                                     reflectBinary.path] + arguments
                _ = try runProcess(process, environment: testEnvironment(home: world.home, world.environment))
                let places = [entry, trashed].filter { FileManager.default.fileExists(atPath: $0) }
                #expect(places.count == 1, "\(arguments) killed on entering \(call): in \(places)")
            }
            for call in ["link", "unlink", "rename", "renameat2", "fsync"] {
                if !FileManager.default.fileExists(atPath: entry) { _ = try world.run(["restore", id]) }
                try killed(["delete", "--force", id], at: call)
                if !FileManager.default.fileExists(atPath: trashed) { _ = try world.run(["delete", "--force", id]) }
                try killed(["restore", id], at: call)
            }
            // check names only what the kills left: temporary files.
            let check = try world.run(["check"]).stdout.split(separator: "\n").dropLast()
            #expect(check.allSatisfy { $0.contains("a temporary file an interrupted write left") }, "\(check)")
        }
    }
}
