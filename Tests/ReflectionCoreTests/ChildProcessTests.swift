import Foundation
import Synchronization
import Testing
@testable import ReflectionCore

/// `ChildProcess` as threads use it at once: the tests run reflect in
/// process, in parallel, and each sync starts git children.
@Suite struct ChildProcessTests {
    /// A child started on another thread while a run still writes its input
    /// must not inherit that input's pipe: holding it open, the other child
    /// kept `cat` from ever reading the end of its input (two syncs feeding
    /// `cat-file --batch` at once could wait on each other until the time
    /// limit killed one, and the sync failed).
    @Test func aChildStartedMeanwhileDoesNotHoldAnotherRunsPipes() throws {
        try withTemporaryDirectory { folder in
            let started = folder.appendingPathComponent("started").path
            let input = [UInt8](repeating: 0x61, count: 1_000_000)
            let reading = Mutex<ChildProcess.Result?>(nil)
            let done = DispatchSemaphore(value: 0)
            // The reader waits before reading: its input's pipe is full, and reflect's end of it stays open meanwhile.
            DispatchQueue.global().async {
                let result = ChildProcess.run("/bin/sh", ["-c", "touch \"$0\"; sleep 0.5; exec cat", started], environment: [:], input: input, timeout: 2)
                reading.withLock { $0 = result }
                done.signal()
            }
            while !FileManager.default.fileExists(atPath: started) { usleep(10_000) }
            let other = ChildProcess.run("/bin/sh", ["-c", "sleep 3"], environment: [:], timeout: 10)
            #expect(other.succeeded)
            done.wait()
            let result = reading.withLock { $0 }
            let (timedOut, status, count) = (result?.timedOut, result?.status, result?.stdout.count)
            #expect(timedOut == false, "cat never saw the end of its input while another child held the pipe")
            #expect(status == 0 && count == input.count, "status \(String(describing: status)), \(String(describing: count)) bytes")
        }
    }
}
