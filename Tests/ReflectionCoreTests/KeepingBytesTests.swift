import Foundation
import Testing
@testable import ReflectionCore

/// A hand-written entry keeps its bytes through every rewrite, except what
/// the change asked for: CRLF line ends, a front matter closed with `...`,
/// a body ending in `\r\n` or with no final line end (issue 10).
@Suite struct KeepingBytesTests {
    /// Files as people write them with other tools, each with a word to change.
    static let handWritten: [(name: String, text: String)] = [
        ("CRLF throughout", "---\r\nid: ID\r\ncreated: 2026-11-20T09:00:00Z\r\ntags: [team]\r\nmine: kept # a comment\r\n---\r\nThe alpha rota.\r\n\r\nNow what?\r\n- [ ] ring the chair\r\n"),
        ("closed with ...", "---\nid: ID\ncreated: 2026-11-20T09:00:00Z\nmine: kept\n...\nThe alpha rota.\n- [ ] ring the chair\n"),
        ("no final line end", "---\nid: ID\ncreated: 2026-11-20T09:00:00Z\n---\nThe alpha rota.\n- [ ] ring the chair"),
        ("CRLF body with no final line end", "---\r\nid: ID\r\ncreated: 2026-11-20T09:00:00Z\r\n...\r\nThe alpha rota.\r\n- [ ] ring the chair"),
    ]

    /// Puts a hand-written file in place of an entry's and returns its id and path.
    func plant(_ text: String, in world: JournalWorld) throws -> (id: String, path: String) {
        let id = try world.write(["-m", "Placeholder.", "--date", "2026-11-20"])
        let path = try #require(world.entryFiles().first { $0.hasSuffix(id + ".md") })
        let full = world.journal.appendingPathComponent("entries/" + path).path
        try Data(text.replacingOccurrences(of: "ID", with: id).utf8).write(to: URL(fileURLWithPath: full))
        return (id, full)
    }

    /// The file's bytes with the `updated:` line taken out, and that line.
    func withoutUpdated(_ bytes: Data) -> (rest: String, updated: String?) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let range = text.range(of: "updated: [^\r\n]*\r?\n", options: .regularExpression) else { return (text, nil) }
        return (text.replacingCharacters(in: range, with: ""), String(text[range]))
    }

    @Test(arguments: handWritten.map(\.name))
    func editChangesOnlyWhatWasEditedAndTheUpdatedLine(_ name: String) throws {
        let original = try #require(Self.handWritten.first { $0.name == name }).text
        try withJournal { world in
            let (id, path) = try plant(original, in: world)
            let editor = try world.editorScript("edit.sh", "sed -i 's/alpha/beta/' \"$1\"")
            let result = try world.run(["edit", id], ["EDITOR": editor, "VISUAL": ""], answers: [])
            #expect(result.status == 0, "\(result.stderr)")
            let (rest, updated) = withoutUpdated(try Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(rest == original.replacingOccurrences(of: "ID", with: id).replacingOccurrences(of: "alpha", with: "beta"))
            let lineEnd = original.hasPrefix("---\r\n") ? "\r\n" : "\n"
            #expect(updated?.hasSuffix(lineEnd) == true && updated?.hasSuffix("\n\n") == false, "\(updated ?? "no updated line")")
        }
    }

    @Test(arguments: handWritten.map(\.name))
    func linkAndActionsDoneChangeOnlyTheirLine(_ name: String) throws {
        let original = try #require(Self.handWritten.first { $0.name == name }).text
        try withJournal { world in
            let (id, path) = try plant(original, in: world)
            #expect(try world.run(["link", id, "resilience-compassion-for-self"]).status == 0)
            let actions = try #require(try jsonObject(try world.run(["actions", "--json"]).stdout) as? [[String: Any]])
            let action = try #require(actions.first?["id"] as? String)
            let done = try world.run(["actions", "done", action])
            #expect(done.status == 0, "\(done.stderr)")
            let (text, updated) = withoutUpdated(try Data(contentsOf: URL(fileURLWithPath: path)))
            let lineEnd = original.hasPrefix("---\r\n") ? "\r\n" : "\n"
            // The closing marker as written, with the new key just above it.
            let closing = original.contains("\n...") ? "..." : "---"
            var expected = original.replacingOccurrences(of: "ID", with: id).replacingOccurrences(of: "- [ ] ring", with: "- [x] ring")
            expected = expected.replacingOccurrences(of: "\(lineEnd)\(closing)\(lineEnd)", with: "\(lineEnd)themes:\(lineEnd)  - resilience-compassion-for-self\(lineEnd)\(closing)\(lineEnd)")
            #expect(text == expected)
            #expect(updated?.hasSuffix(lineEnd) == true)
        }
    }

    @Test func exportThenImportGivesBackTheSameBytes() throws {
        try withJournal { world in
            var planted: [String: Data] = [:]
            for (index, file) in Self.handWritten.enumerated() {
                let id = try world.write(["-m", "Placeholder \(index).", "--date", "2026-11-2\(index)"])
                let path = try #require(world.entryFiles().first { $0.hasSuffix(id + ".md") })
                let bytes = Data(file.text.replacingOccurrences(of: "ID", with: id).utf8)
                try bytes.write(to: world.journal.appendingPathComponent("entries/" + path))
                planted[path] = bytes
            }
            let backup = world.root.appendingPathComponent("backup.json").path
            #expect(try world.run(["export", "--output", backup]).status == 0)
            let other = world.root.appendingPathComponent("other")
            let imported = try world.run(["import", "--from", "reflect", backup], ["REFLECT_HOME": other.path])
            #expect(imported.status == 0, "\(imported.stderr)")
            for (path, bytes) in planted {
                #expect(try Data(contentsOf: other.appendingPathComponent("entries/" + path)) == bytes, "\(path)")
            }
        }
    }

    /// The front-matter reader and writer alone: what is read is written back byte for byte.
    @Test(arguments: handWritten.map(\.name))
    func frontMatterWrittenBackIsWhatWasRead(_ name: String) throws {
        let original = try #require(Self.handWritten.first { $0.name == name }).text
        let (matter, body) = try FrontMatter.parse(original)
        #expect(matter.text + body == original)
    }

    /// A body written with `\r\n` line ends reads as its `\n` twin does:
    /// its actions, the lines a search shows, the prose the matcher ranks.
    /// (Split on the Character `"\n"`, such a body was one long line.)
    @Test func aCRLFBodyReadsAsItsLFTwin() {
        let lf = "## What?\nThe rota gap on nights.\n\n## Now what?\n- ring the chair\n- [x] équipe huddle\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(Actions.items(in: crlf) == Actions.items(in: lf))
        #expect(Actions.items(in: crlf).count == 2)
        for query in ["rota", "équipe"] {
            let lines = SearchQuery(query).matchingLines(in: crlf)
            #expect(lines.map(\.line) == SearchQuery(query).matchingLines(in: lf).map(\.line) && !lines.isEmpty)
            #expect(lines.map(\.text) == SearchQuery(query).matchingLines(in: lf).map(\.text), "no \\r shown")
        }
        #expect(ThemeMatcher.prose(of: crlf).replacingOccurrences(of: "\r", with: "") == ThemeMatcher.prose(of: lf))
        #expect(Actions.mark(crlf, line: 4, as: .done) == crlf.replacingOccurrences(of: "- ring", with: "- [x] ring"))
    }
}
