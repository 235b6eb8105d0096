import Foundation
import Testing
@testable import ReflectionCore

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
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/strace") else {
            Issue.record("strace is not installed (.ci/run installs it)")
            return
        }
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
