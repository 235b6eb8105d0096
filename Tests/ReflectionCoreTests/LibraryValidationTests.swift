import Foundation
import Testing
@testable import ReflectionCore

/// Loading refuses a broken library with an error that says where.
@Suite struct LibraryValidationTests {
    /// A small valid library, as JSON text, to break in each test.
    static let valid = """
    {
      "schemaVersion": 1,
      "source": {"title": "T", "organisation": "O", "facilitators": []},
      "hosts": [{"id": "ann", "name": "Ann", "role": "Chair", "organisation": "Trust"}],
      "questions": [{
        "id": "q", "text": "Why?", "askedBy": "ann",
        "themes": [{
          "id": "q-t", "title": "Theme",
          "notes": [{"id": "q-t-n1", "text": "A note."}, {"id": "q-t-n2", "text": "Another."}],
          "prompts": [{"id": "q-t-p1", "text": "What did you do?", "sources": ["q-t-n1"]}]
        }]
      }]
    }
    """

    func load(_ text: String) throws(LibraryError) -> PromptLibrary {
        try PromptLibrary.load(data: Data(text.utf8), origin: "lib.json")
    }

    /// Prompt ids are permanent (entries and the ledger of shown days refer
    /// to them): every id ever issued is still in the library, and every id
    /// in the library is in the register, so a renumbering fails here.
    @Test func promptIdsAreNeverRenumberedOrRemoved() throws {
        let register = try String(contentsOf: packageRoot.appendingPathComponent("Prompts/prompt-ids.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
        let library = PromptLibrary.builtIn().placedPrompts.map(\.prompt.id)
        #expect(Set(register).count == register.count, "an id is registered twice")
        let missing = register.filter { !library.contains($0) }
        #expect(missing.isEmpty, "ids removed or renumbered (mend the prompt in place instead): \(missing)")
        let unregistered = library.filter { !register.contains($0) }
        #expect(unregistered.isEmpty, "append these new ids to Prompts/prompt-ids.txt: \(unregistered)")
    }

    @Test func loadsAValidLibrary() throws {
        let library = try load(Self.valid)
        #expect(library.placedPrompts.map(\.prompt.id) == ["q-t-p1"])
    }

    @Test func malformedJSONNamesLineAndColumn() {
        let broken = Self.valid.replacingOccurrences(of: "\"text\": \"Why?\",", with: "\"text\": \"Why?\"")
        #expect(throws: LibraryError.malformedJSON(origin: "lib.json", line: 6, column: 31, message: "expected ',' or '}'")) {
            try load(broken)
        }
        #expect(throws: LibraryError.malformedJSON(origin: "lib.json", line: 1, column: 1, message: "unexpected end of file, expected a value")) {
            try load("")
        }
    }

    @Test func describesTheErrorWithFileLineAndColumn() {
        let error = LibraryError.malformedJSON(origin: "lib.json", line: 6, column: 31, message: "expected ',' or '}'")
        #expect(error.description == "lib.json:6:31: malformed JSON: expected ',' or '}'")
    }

    @Test func duplicateIDIsNamed() {
        let broken = Self.valid.replacingOccurrences(of: "\"q-t-n2\"", with: "\"q-t-n1\"")
        #expect(throws: LibraryError.duplicateID(origin: "lib.json", id: "q-t-n1")) { try load(broken) }
    }

    @Test func unresolvedSourceIsNamedWithTheNearestNote() {
        let broken = Self.valid.replacingOccurrences(of: "[\"q-t-n1\"]", with: "[\"q-t-n3\"]")
        #expect(throws: LibraryError.unresolvedSource(origin: "lib.json", prompt: "q-t-p1", source: "q-t-n3", suggestions: ["q-t-n1", "q-t-n2"])) {
            try load(broken)
        }
    }

    @Test func emptyTextIsNamed() {
        let broken = Self.valid.replacingOccurrences(of: "\"Another.\"", with: "\"  \"")
        #expect(throws: LibraryError.emptyText(origin: "lib.json", id: "q-t-n2", field: "text")) { try load(broken) }
    }

    @Test func promptAngleIsOptionalAndChecked() throws {
        let withAngle = Self.valid.replacingOccurrences(of: "\"sources\": [\"q-t-n1\"]", with: "\"sources\": [\"q-t-n1\"], \"angle\": \"feelings\"")
        #expect(try load(withAngle).placedPrompts.map(\.prompt.angle) == ["feelings"])
        #expect(try load(Self.valid).placedPrompts.map(\.prompt.angle) == [nil])
        let broken = withAngle.replacingOccurrences(of: "\"feelings\"", with: "\"feeling\"")
        #expect(throws: LibraryError.unknownAngle(origin: "lib.json", prompt: "q-t-p1", angle: "feeling")) { try load(broken) }
        #expect(LibraryError.unknownAngle(origin: "lib.json", prompt: "q-t-p1", angle: "feeling").description
                == "lib.json: prompt 'q-t-p1' has angle 'feeling', which is not 'feelings' or 'other-view'")
        #expect(throws: LibraryError.schemaMismatch(origin: "lib.json", path: "questions[0].themes[0].prompts[0].angle", message: "expected a string")) {
            try load(withAngle.replacingOccurrences(of: "\"feelings\"", with: "1"))
        }
    }

    @Test func themeKeywordsAreOptionalAndChecked() throws {
        let prompts = "\"prompts\": [{\"id\": \"q-t-p1\", \"text\": \"What did you do?\", \"sources\": [\"q-t-n1\"]}]"
        func withKeywords(_ json: String) -> String { Self.valid.replacingOccurrences(of: prompts, with: prompts + ", \"keywords\": " + json) }
        #expect(try load(withKeywords("[\"merger\", \"waiting list\"]")).questions[0].themes[0].keywords == ["merger", "waiting list"])
        #expect(try load(Self.valid).questions[0].themes[0].keywords == nil)
        #expect(throws: LibraryError.emptyText(origin: "lib.json", id: "q-t", field: "keywords")) { try load(withKeywords("[\"merger\", \" \"]")) }
        #expect(throws: LibraryError.schemaMismatch(origin: "lib.json", path: "questions[0].themes[0].keywords[0]", message: "expected a string")) {
            try load(withKeywords("[3]"))
        }
        #expect(throws: LibraryError.schemaMismatch(origin: "lib.json", path: "questions[0].themes[0].keywords", message: "expected a list")) {
            try load(withKeywords("\"merger\""))
        }
        // Every theme of the built-in library has keywords for the matcher.
        #expect(PromptLibrary.builtIn().questions.flatMap(\.themes).allSatisfy { ($0.keywords ?? []).count >= 5 })
    }

    @Test func badIDAndUnknownHostAreNamed() {
        #expect(throws: LibraryError.invalidID(origin: "lib.json", id: "Q-T")) {
            try load(Self.valid.replacingOccurrences(of: "\"q-t\",", with: "\"Q-T\","))
        }
        #expect(throws: LibraryError.unknownHost(origin: "lib.json", question: "q", host: "bob")) {
            try load(Self.valid.replacingOccurrences(of: "\"askedBy\": \"ann\"", with: "\"askedBy\": \"bob\""))
        }
    }

    @Test func schemaMismatchNamesThePath() {
        let broken = Self.valid.replacingOccurrences(of: "{\"id\": \"q-t-n2\", \"text\": \"Another.\"}", with: "{\"id\": \"q-t-n2\"}")
        #expect(throws: LibraryError.schemaMismatch(origin: "lib.json", path: "questions[0].themes[0].notes[1]", message: "missing key 'text'")) {
            try load(broken)
        }
    }

    @Test func newerSchemaAndInvalidUTF8AreRefused() {
        #expect(throws: LibraryError.unsupportedSchemaVersion(origin: "lib.json", version: 2)) {
            try load(Self.valid.replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 2"))
        }
        #expect(throws: LibraryError.invalidUTF8(origin: "x")) {
            try PromptLibrary.load(data: Data([0x7B, 0xFF, 0x7D]), origin: "x")
        }
    }

    @Test(arguments: [
        ("{\"a\": [1, 2,]}", 1, 13),
        ("{\"a\": \"x\ny\"}", 1, 9),
        ("[1, 2] 3", 1, 8),
        ("{\n  \"a\": tru\n}", 2, 8),
        ("{\"é\": \"ü\" \"b\"}", 1, 11),
    ])
    func jsonSyntaxErrorPositions(text: String, line: Int, column: Int) throws {
        let error = try #require(JSONSyntax.firstError(in: Array(text.utf8)))
        #expect(error.line == line)
        #expect(error.column == column)
    }

    @Test func validJSONHasNoSyntaxError() {
        #expect(JSONSyntax.firstError(in: Array(Self.valid.utf8)) == nil)
        #expect(JSONSyntax.firstError(in: Array("[-0.5e+3, \"\\u00e9\", true, null, {}]".utf8)) == nil)
    }
}
