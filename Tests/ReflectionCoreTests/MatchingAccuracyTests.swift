import Foundation
import Testing
@testable import ReflectionCore

/// How well the theme matcher ranks the library's themes for reflections
/// written for the purpose (`Fixtures/matching`, see its README and
/// README-2): top-1 and top-3 accuracy on four sets, two generations of a
/// held-out half (never tuned on; held-out-2 is the honest figure) and a
/// tuning half, with each of keywords, folding and aliases switched off, and
/// plain BM25 over the library's own text. `bench/matching` prints the table.
@Suite struct MatchingAccuracyTests {
    struct Item: Decodable {
        var id: String
        var text: String
        var themes: [String]
    }

    static func items(_ name: String) throws -> [Item] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/matching/\(name).jsonl")
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Item.self, from: Data($0.utf8)) }
    }

    /// The fraction of items with a labelled theme in the top 1 and in the top 3.
    static func accuracy(_ items: [Item], _ matcher: ThemeMatcher) -> (top1: Double, top3: Double) {
        var top1 = 0, top3 = 0
        for item in items {
            let ranked = matcher.rank(item.text, limit: 3).map(\.theme.id)
            if let first = ranked.first, item.themes.contains(first) { top1 += 1 }
            if ranked.contains(where: item.themes.contains) { top3 += 1 }
        }
        return (Double(top1) / Double(items.count), Double(top3) / Double(items.count))
    }

    static let configurations: [(name: String, options: ThemeMatcher.Options)] = [
        ("matcher", .standard),
        ("without keywords", ThemeMatcher.Options(keywords: false)),
        ("without folding", ThemeMatcher.Options(folding: false)),
        ("without aliases", ThemeMatcher.Options(aliases: false)),
        ("plain BM25 (library text only)", .plain),
    ]

    /// The targets, on the half nobody tuned on.
    @Test func heldOutMeetsTheTargets() throws {
        let accuracy = Self.accuracy(try Self.items("held-out"), ThemeMatcher(library: .builtIn()))
        #expect(accuracy.top3 >= 0.90, "held-out top-3 \(accuracy.top3)")
        #expect(accuracy.top1 >= 0.70, "held-out top-1 \(accuracy.top1)")
    }

    /// The second generation's held-out half, written blind to the keywords
    /// (the honest figure). The targets (top-3 0.90, top-1 0.70) are
    /// not reached on it yet; this keeps the figures from slipping back, and
    /// the full matcher ahead of plain BM25 and of the matcher without its
    /// keywords or its aliases.
    @Test func heldOut2DoesNotSlipBack() throws {
        let items = try Self.items("held-out-2"), library = PromptLibrary.builtIn()
        let full = Self.accuracy(items, ThemeMatcher(library: library))
        #expect(full.top3 >= 0.78 && full.top1 >= 0.55, "held-out-2 \(full)")
        for options in [ThemeMatcher.Options.plain, ThemeMatcher.Options(keywords: false), ThemeMatcher.Options(aliases: false)] {
            let other = Self.accuracy(items, ThemeMatcher(library: library, options: options))
            #expect(full.top3 > other.top3 && full.top1 >= other.top1, "\(options): \(other) against \(full)")
        }
    }

    /// The labelled sets, in the order the table shows them: the second
    /// generation's held-out half first (the honest figure: written blind to
    /// the keywords and committed before any keyword was written for it),
    /// then the first generation's, then the two tuning halves.
    static let sets: [(name: String, heldOut: Bool)] = [
        ("held-out-2", true), ("held-out", true), ("tuning-2", false), ("tuning", false),
    ]

    /// Prints the benchmark table (run by bench/matching). With
    /// `REFLECT_MATCHING_TUNING_ONLY=1` it prints the tuning halves alone, and
    /// the items they miss, for working on keywords without seeing the held-out figures.
    @Test func accuracyTable() throws {
        let tuningOnly = ProcessInfo.processInfo.environment["REFLECT_MATCHING_TUNING_ONLY"] == "1"
        let library = PromptLibrary.builtIn()
        let sets = try Self.sets.filter { !tuningOnly || !$0.heldOut }.map { (name: $0.name, items: try Self.items($0.name)) }
        func percent(_ value: Double) -> String { String(Int((value * 100).rounded())) + "%" }
        var table = "| configuration |" + sets.map { " \($0.name) top-1 | \($0.name) top-3 |" }.joined()
        table += "\n|---|" + String(repeating: "---|---|", count: sets.count) + "\n"
        for (name, options) in Self.configurations {
            let matcher = ThemeMatcher(library: library, options: options)
            table += "| \(name) |" + sets.map { set in
                let accuracy = Self.accuracy(set.items, matcher)
                return " \(percent(accuracy.top1)) | \(percent(accuracy.top3)) |"
            }.joined() + "\n"
        }
        print("MatchingAccuracy (" + sets.map { "\($0.name) \($0.items.count) items" }.joined(separator: ", ") + ")\n" + table)
        if tuningOnly {
            let matcher = ThemeMatcher(library: library)
            for set in sets {
                for item in set.items {
                    let ranked = matcher.rank(item.text, limit: 3)
                    guard ranked.first.map({ item.themes.contains($0.theme.id) }) != true else { continue }
                    print("miss \(item.id) \(item.themes): " + ranked.map { "\($0.theme.id) \(Int($0.score)) \($0.matched.prefix(5))" }.joined(separator: " | "))
                }
            }
        }
        #expect(sets.allSatisfy { $0.items.count >= 50 })
    }
}
