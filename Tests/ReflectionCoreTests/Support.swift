import Foundation
import Testing
@testable import ReflectionCore

/// The package's root folder, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Runs `body` with a fresh temporary folder, removed afterwards.
func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("reflect-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url)
}

/// What a run of the real `reflect` binary produced.
struct ProcessOutput {
    var stdout: String
    var stderr: String
    var status: Int32
}

/// The built `reflect` executable, beside the test bundle.
let reflectBinary: URL = {
    let candidates = [
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        Bundle.main.bundleURL,
        Bundle.main.bundleURL.deletingLastPathComponent(),
    ]
    for folder in candidates {
        let url = folder.appendingPathComponent("reflect")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue { return url }
    }
    return packageRoot.appendingPathComponent(".build/debug/reflect")
}()

/// The moment in-process tests run at (a fixed clock): Thursday 26 November
/// 2026, 09:30 UTC. Nothing in a test depends on the day it runs.
let testNow = Timestamp(date: CalendarDate(year: 2026, month: 11, day: 26)!, hour: 9, minute: 30, second: 0, offset: 0)

/// Runs reflect in process, through `Runner`, with a controlled context:
/// HOME and the XDG folders point into `home` (so no test touches the
/// developer's own journal), the clock is fixed at `testNow` (or `clock`),
/// and standard input holds `stdin`. With `executable`, runs that binary as
/// a process instead, for what only a process shows.
///
/// With `answers`, standard input is a terminal at which the person gives
/// these answers, one per question asked; the questions come first in stderr.
func runReflect(_ arguments: [String], home: URL? = nil, environment extra: [String: String] = [:],
                stdin: String? = nil, stdinBytes: [UInt8]? = nil, executable: URL? = nil, clock: Clock? = nil,
                answers: [String]? = nil) throws -> ProcessOutput {
    if let executable {
        return try runReflectProcess(arguments, home: home, environment: extra, stdin: stdin, stdinBytes: stdinBytes, executable: executable)
    }
    var context = RunContext(environment: testEnvironment(home: home, extra), clock: clock ?? .fixed(testNow))
    let bytes = stdinBytes ?? Array((stdin ?? "").utf8)
    context.readStandardInput = { bytes }
    let terminal = TerminalScript(answers ?? [])
    if answers != nil {
        context.stdinIsTerminal = true
        context.ask = { terminal.ask($0) }
    }
    let result = Runner.run(arguments, context: context)
    return ProcessOutput(stdout: result.stdout, stderr: terminal.asked + result.stderr, status: result.status)
}

/// A person at a terminal answering questions from a script; nil (end of input) once the answers run out.
final class TerminalScript: @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [String]
    private var questions = ""

    init(_ answers: [String]) { self.answers = answers }

    func ask(_ question: String) -> String? {
        lock.withLock {
            questions += question + "\n"
            return answers.isEmpty ? nil : answers.removeFirst()
        }
    }

    var asked: String { lock.withLock { questions } }
}

/// Runs the real binary with a controlled environment, as `runReflect` does in process.
/// Output goes through files, so a large output cannot block on a full pipe.
func runReflectProcess(_ arguments: [String], home: URL? = nil, environment extra: [String: String] = [:],
                       stdin: String? = nil, stdinBytes: [UInt8]? = nil, executable: URL = reflectBinary) throws -> ProcessOutput {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = testEnvironment(home: home, extra)
    let capture = FileManager.default.temporaryDirectory.appendingPathComponent("reflect-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: capture, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: capture) }
    let outURL = capture.appendingPathComponent("out"), errURL = capture.appendingPathComponent("err"), inURL = capture.appendingPathComponent("in")
    try Data(stdinBytes ?? Array((stdin ?? "").utf8)).write(to: inURL)
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL), input = try FileHandle(forReadingFrom: inURL)
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try runRetryingWhileBusy(process)
    process.waitUntilExit()
    try out.close(); try err.close(); try input.close()
    return ProcessOutput(stdout: try String(contentsOf: outURL, encoding: .utf8), stderr: try String(contentsOf: errURL, encoding: .utf8),
                         status: process.terminationStatus)
}

func testEnvironment(home: URL?, _ extra: [String: String]) -> [String: String] {
    var environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "TZ": "UTC", "LANG": "C.UTF-8"]
    if let home {
        environment["HOME"] = home.path
        environment["XDG_DATA_HOME"] = home.appendingPathComponent(".local/share").path
    }
    environment.merge(extra) { $1 }
    return environment
}

/// Runs the binary with a terminal as its standard input (through script(1)),
/// as a person at a terminal runs `reflect write`: the editor opens.
/// stdout and stderr arrive together, as on a screen.
func runReflectInTerminal(_ arguments: [String], home: URL, environment extra: [String: String] = [:]) throws -> ProcessOutput {
    func quote(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }
    let command = ([reflectBinary.path] + arguments).map(quote).joined(separator: " ")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    process.arguments = ["-qec", command, "/dev/null"]
    // Plain and unpaged unless a test asks otherwise: what is checked is the text.
    process.environment = testEnvironment(home: home, ["NO_COLOR": "1", "PAGER": "cat"].merging(extra) { $1 })
    let out = Pipe()
    process.standardOutput = out
    process.standardError = out
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    return ProcessOutput(stdout: text, stderr: text, status: process.terminationStatus)
}

/// Decodes JSON output into a Foundation value for shape checks.
func jsonObject(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8))
}

/// Runs a Python script (the interoperability checks: PyYAML,
/// python-frontmatter, vobject) and returns its status and output.
func runPython(_ script: String, _ arguments: String...) throws -> (status: Int32, output: String) {
    try runPython(script, arguments)
}

/// `runPython` with the arguments as an array.
func runPython(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script] + arguments
    process.environment = ProcessInfo.processInfo.environment
    let out = Pipe()
    process.standardOutput = out
    process.standardError = out
    try process.run()
    let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, output)
}


/// Writes an executable file through a descriptor that closes on exec.
/// Foundation's `copyItem` and `Data.write` open theirs without O_CLOEXEC, so
/// every child another test starts while they write keeps the file open for
/// writing for its whole life, and running the file fails with ETXTBSY for
/// seconds (seen in CI: a copied binary, a recording git on PATH). With
/// O_CLOEXEC such a child holds it only until its own exec.
func writeExecutable(_ bytes: [UInt8], to url: URL) throws {
    let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
    guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    defer { close(fd) }
    var offset = 0
    while offset < bytes.count {
        let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        offset += written
    }
    guard fchmod(fd, 0o755) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
}

/// Copies an executable with `writeExecutable`.
func copyExecutable(from source: URL, to destination: URL) throws {
    try writeExecutable(Array(try Data(contentsOf: source)), to: destination)
}

/// Starts a process; when its binary was just copied and another test's
/// fork still holds it open for writing (ETXTBSY), waits and starts it again.
func runRetryingWhileBusy(_ process: Process) throws {
    var tries = 0
    while true {
        do {
            try process.run()
            return
        } catch let error as NSError where error.domain == NSPOSIXErrorDomain && error.code == Int(ETXTBSY) && tries < 10 {
            tries += 1
            usleep(200_000)
        }
    }
}
