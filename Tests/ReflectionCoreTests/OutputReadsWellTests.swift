import Foundation
import Testing
@testable import ReflectionCore

/// `mandoc`, if installed (CI installs it).
let mandocPath: String? = ["/usr/bin/mandoc", "/usr/local/bin/mandoc", "/opt/homebrew/bin/mandoc"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

/// The man page as `mandoc -T utf8 man/reflect.1 | col -b` shows it.
func renderedManPage() throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(mandocPath))
    process.arguments = ["-T", "utf8", packageRoot.appendingPathComponent("man/reflect.1").path]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    // What `col -b` does: a backspace overstrikes the character before it (bold, underline).
    var text: [Character] = []
    for character in String(decoding: data, as: UTF8.self) {
        if character == "\u{8}" { _ = text.popLast() } else { text.append(character) }
    }
    return String(text)
}

@Suite struct OutputReadsWellTests {
    // MARK: The man page

    @Test(.enabled(if: mandocPath != nil, "mandoc is not installed (apt-get install mandoc); CI installs it"))
    func manPageHasNoStrayQuotes() throws {
        let page = try renderedManPage()
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The `plan days` entry: its heading line to the next blank line.
        let start = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "plan days days" })
        let section = lines[start...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .flatMap { $0.split(whereSeparator: \.isWhitespace) }.joined(separator: " ")
        #expect(section.contains("(‘mon,tue,wed,thu,fri’, ‘weekdays’, ‘weekends’, ‘all’)"), "\(section)")
        #expect(!section.contains("\""), "\(section)")
        #expect(!section.contains("'"), "\(section)")

        // The whole page: quotes open and close within a paragraph, never
        // doubled by a macro nested in another, and no escape leaks through.
        var paragraph: [String] = []
        func checkParagraph() {
            let text = paragraph.joined(separator: " ")
            paragraph = []
            #expect(text.filter { $0 == "‘" }.count == text.filter { $0 == "’" }.count, "unbalanced quotes: \(text)")
            #expect(text.filter { $0 == "“" }.count == text.filter { $0 == "”" }.count, "unbalanced quotes: \(text)")
            #expect(text.filter { $0 == "\"" }.count % 2 == 0, "a stray \": \(text)")
            for doubled in ["’’", "‘‘", "''", "``", "\\"] { #expect(!text.contains(doubled), "\(doubled) in: \(text)") }
        }
        for line in lines {
            if line.trimmingCharacters(in: .whitespaces).isEmpty { checkParagraph() } else { paragraph.append(line) }
        }
        checkParagraph()
    }
}
