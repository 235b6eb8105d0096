import Foundation
import Testing

/// The folders of `Sources/ReflectionCore` are layers, and arrows only point
/// down: a file never names a type declared in a layer above its own.
@Suite struct ArchitectureTests {
    static let layers = ["Support", "Codecs", "Library", "Journal", "Schedule", "Output", "Commands", "CommandLine"]
    static let sources = packageRoot.appendingPathComponent("Sources/ReflectionCore")

    /// Every Swift file of the library, by layer index, with its text
    /// stripped of comments and string literals.
    static func files() throws -> [(layer: Int, path: String, code: String)] {
        var result: [(Int, String, String)] = []
        for (index, layer) in layers.enumerated() {
            let folder = sources.appendingPathComponent(layer)
            let paths = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]) ?? []
            for path in paths where path.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
                result.append((index, "\(layer)/\(path)", strip(text)))
            }
        }
        return result
    }

    /// The text without `//` comments and the contents of string literals.
    static func strip(_ text: String) -> String {
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var inString = false
            var previous: Character = " "
            var kept = ""
            for character in line {
                if !inString, character == "/", previous == "/" { kept.removeLast(); break }
                if character == "\"", previous != "\\" { inString.toggle(); kept.append(character) } else if !inString { kept.append(character) }
                previous = character
            }
            out += kept + "\n"
        }
        return out
    }

    @Test func everyFileSitsInALayer() throws {
        let all = (FileManager.default.enumerator(atPath: Self.sources.path)?.allObjects as? [String]) ?? []
        for path in all where path.hasSuffix(".swift") {
            #expect(Self.layers.contains(String(path.split(separator: "/")[0])), "\(path) is outside the layers")
        }
    }

    @Test func noFileNamesATypeFromALayerAbove() throws {
        let files = try Self.files()
        // Types declared at the top level of a file (nested types are reached through their parent).
        let declaration = try Regex(#"(?m)^(?:public |final |indirect )*(?:struct|enum|class|protocol|actor|typealias)\s+([A-Z][A-Za-z0-9]*)"#)
        var layerOf: [String: Int] = [:]
        for file in files {
            for match in file.code.matches(of: declaration) {
                if let name = match.output[1].substring { layerOf[String(name)] = file.layer }
            }
        }
        let word = try Regex(#"\b[A-Z][A-Za-z0-9]*\b"#)
        let anyDeclaration = try Regex(#"(?:struct|enum|class|protocol|actor|typealias)\s+([A-Z][A-Za-z0-9]*)"#)
        var violations: [String] = []
        for file in files {
            // A file's own nested types (Draft.Plan, Editor.Outcome) shadow the names above.
            let own = Set(file.code.matches(of: anyDeclaration).compactMap { $0.output[1].substring.map(String.init) })
            let names = Set(file.code.matches(of: word).map { String(file.code[$0.range]) }).subtracting(own)
            for name in names.sorted() {
                if let layer = layerOf[name], layer > file.layer {
                    violations.append("\(file.path) names \(name) (\(Self.layers[layer]))")
                }
            }
        }
        #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
    }

    /// Time comes from the `Clock` in the run context: nothing else asks the system.
    @Test func onlyTheClockAsksTheSystemForTheTime() throws {
        for file in try Self.files() where file.path != "Support/Clock.swift" {
            for call in ["time(nil)", "clock_gettime", "Date()", "CalendarDate.today()", "Timestamp.now()", "gettimeofday"] {
                #expect(!file.code.contains(call), "\(file.path) calls \(call)")
            }
        }
    }
}
