import Foundation
import Testing
@testable import ReflectionCore

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
