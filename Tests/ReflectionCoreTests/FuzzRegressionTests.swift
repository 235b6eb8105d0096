import Foundation
import Testing
@testable import ReflectionCore

/// The fuzz targets (`FuzzTarget`, run under libFuzzer by `scripts/fuzz`)
/// on every input kept in `Fuzz/`: the corpus, and each input that once
/// broke a property, so both stay meaningful in `swift test`.
@Suite struct FuzzRegressionTests {
    static let fuzz = packageRoot.appendingPathComponent("Fuzz")

    /// The files of `Fuzz/FOLDER/TARGET`, none when there is no such folder.
    static func inputs(_ folder: String, _ target: FuzzTarget) -> [URL] {
        let url = fuzz.appendingPathComponent(folder).appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.sorted().map { url.appendingPathComponent($0) }
    }

    @Test(arguments: FuzzTarget.allCases)
    func everyKeptInputKeepsEveryProperty(_ target: FuzzTarget) throws {
        let corpus = Self.inputs("corpus", target)
        #expect(corpus.count >= 3, "Fuzz/corpus/\(target.rawValue) has the target's seeds")
        for file in corpus + Self.inputs("crashes", target) {
            let bytes = try [UInt8](Data(contentsOf: file))
            do { try target.check(bytes) } catch { Issue.record("\(target.rawValue) \(file.lastPathComponent): \(error)") }
        }
    }

    /// The seeds reach the round trips, not only the refusals.
    @Test func theSeedsReachTheRoundTrips() throws {
        func seed(_ target: FuzzTarget, _ name: String) throws -> [UInt8] {
            try [UInt8](Data(contentsOf: Self.fuzz.appendingPathComponent("corpus/\(target.rawValue)/\(name)")))
        }
        _ = try PromptLibrary.load(data: Data(try seed(.library, "one-question.json")), origin: "seed")
        #expect(try EntryFile.parse(try seed(.frontMatter, "reflect-written.md"), path: "e.md", fallbackID: "e").prompt == "compassion-humanity-p1")
        #expect(EntryFile.scheduleFields(try seed(.entryHeader, "reflect-written.md"), path: "e.md")?.themes == ["compassion-humanity"])
        #expect(try Invocation.parse(String(decoding: try seed(.arguments, "write-date"), as: UTF8.self).split(separator: "\0").map(String.init)).spec.name == "write")
    }

    @Test func theFirstByteSelectsTheTarget() {
        #expect(FuzzTarget.select([]) == nil)
        for (index, target) in FuzzTarget.allCases.enumerated() {
            #expect(FuzzTarget.select([UInt8(index), 1, 2])! == (target, [1, 2]))
            #expect(FuzzTarget.select([UInt8(index + FuzzTarget.allCases.count)])!.0 == target)
        }
    }
}
