import Foundation
import Testing
@testable import ReflectionCore

/// How well the theme matcher ranks the library's themes for reflections
/// written for the purpose (`Fixtures/matching`, see its README and
/// README-2, README-3): top-1 and top-3 accuracy on three held-out sets
/// (never tuned on; held-out-3, written blind and run once, is the honest
/// figure), one of them also in American spelling, and two tuning halves,
/// with each of keywords, folding and aliases switched off, and
/// plain BM25 over the library's own text. `bench/matching` prints the table.
@Suite struct MatchingAccuracyTests {
    struct Item: Decodable {
        var id: String
        var text: String
        var themes: [String]
    }

    static func items(_ name: String) throws -> [Item] {
        // A set rewritten in American spelling: what folding is for (the sets and the library are British).
        if name.hasSuffix(americanSuffix) {
            return try items(String(name.dropLast(americanSuffix.count))).map { Item(id: $0.id, text: american($0.text), themes: $0.themes) }
        }
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/matching/\(name).jsonl")
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Item.self, from: Data($0.utf8)) }
    }

    static let americanSuffix = " (US spelling)"

    /// The text as an American would write it: -ize, -or, -er, and the
    /// words that differ, by a list kept here apart from the matcher's own
    /// folding table (so the figure does not test the table against itself).
    static func american(_ text: String) -> String {
        var out = text
        let words: [(String, String)] = [
            ("centre", "center"), ("programme", "program"), ("paediatric", "pediatric"), ("anaesthet", "anesthet"),
            ("haemat", "hemat"), ("oedema", "edema"), ("orthopaedic", "orthopedic"), ("gynaecolog", "gynecolog"),
            ("behaviour", "behavior"), ("colour", "color"), ("labour", "labor"), ("favour", "favor"), ("honour", "honor"),
            ("neighbour", "neighbor"), ("humour", "humor"), ("rumour", "rumor"), ("endeavour", "endeavor"), ("harbour", "harbor"),
            ("defence", "defense"), ("licence", "license"), ("practise", "practice"), ("judgement", "judgment"),
            ("learnt", "learned"), ("burnt", "burned"), ("travelled", "traveled"), ("travelling", "traveling"),
            ("cancelled", "canceled"), ("modelling", "modeling"), ("counselling", "counseling"), ("fulfil", "fulfill"),
            ("enrol", "enroll"), ("cheque", "check"), ("catalogue", "catalog"), ("dialogue", "dialog"), ("grey", "gray"),
            ("analyse", "analyze"), ("paralyse", "paralyze"), ("mum", "mom"),
        ]
        for (british, us) in words { out = out.replacingOccurrences(of: british, with: us) }
        // -ise, -ised, -ising, -isation (not promise, advise, exercise, otherwise, wise, rise, noise...).
        let keep = ["promis", "advis", "exercis", "otherwis", "wis", "ris", "nois", "pois", "prais", "rais", "surpris", "expertis",
                    "compris", "supervis", "televis", "revis", "devis", "improvis", "concis", "precis", "premis", "enterpris", "franchis", "cruis", "chastis", "demis", "despis", "disguis", "bruis", "circumcis", "incis", "excis"]
        var result = ""
        for word in out.split(separator: " ", omittingEmptySubsequences: false) {
            var w = String(word)
            for ending in ["isation", "ising", "ised", "ises", "ise"] {
                guard let range = w.range(of: ending), w.count > ending.count + 2 else { continue }
                let stem = w[..<range.lowerBound].lowercased() + "is"
                if keep.contains(where: { stem.hasSuffix($0) && stem.count - $0.count <= 3 }) { break }
                w.replaceSubrange(range, with: "iz" + ending.dropFirst(2))
                break
            }
            result += (result.isEmpty ? "" : " ") + w
        }
        return result
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

    /// The targets (top-3 0.90, top-1 0.70), on the third
    /// generation's held-out set: written blind to the keywords, to the
    /// issue's description of the set, and committed before the matcher was
    /// ever run on it; and on the first generation's.
    @Test func heldOutMeetsTheTargets() throws {
        for name in ["held-out-3", "held-out"] {
            let accuracy = Self.accuracy(try Self.items(name), ThemeMatcher(library: .builtIn()))
            #expect(accuracy.top3 >= 0.90, "\(name) top-3 \(accuracy.top3)")
            #expect(accuracy.top1 >= 0.70, "\(name) top-1 \(accuracy.top1)")
        }
    }

    /// Keywords, aliases and folding each earn their keep on text they were
    /// not tuned on: switched off, the figures fall (folding on the
    /// held-out set written in American spelling, since the library and the
    /// sets are British).
    @Test func eachPartEarnsItsKeep() throws {
        let library = PromptLibrary.builtIn()
        let british = try Self.items("held-out-3"), american = try Self.items("held-out-3" + Self.americanSuffix)
        let full = Self.accuracy(british, ThemeMatcher(library: library))
        let noKeywords = Self.accuracy(british, ThemeMatcher(library: library, options: .init(keywords: false)))
        let noAliases = Self.accuracy(british, ThemeMatcher(library: library, options: .init(aliases: false)))
        #expect(full.top1 >= noKeywords.top1 + 0.10 && full.top3 >= noKeywords.top3 + 0.10, "keywords: \(noKeywords) against \(full)")
        #expect(full.top1 > noAliases.top1 && full.top3 >= noAliases.top3, "aliases: \(noAliases) against \(full)")
        let folded = Self.accuracy(american, ThemeMatcher(library: library))
        let unfolded = Self.accuracy(american, ThemeMatcher(library: library, options: .init(folding: false)))
        #expect(folded.top1 > unfolded.top1 && folded.top3 >= unfolded.top3, "folding: \(unfolded) against \(folded)")
    }

    /// The second generation's held-out half, written blind to the keywords
    /// and harder than the issue asks (each item's words shared with its
    /// theme's notes were rewritten): the targets are not reached on it;
    /// this keeps the figures from slipping back, and the matcher well ahead
    /// of plain BM25 and of itself without keywords.
    @Test func heldOut2DoesNotSlipBack() throws {
        let items = try Self.items("held-out-2"), library = PromptLibrary.builtIn()
        let full = Self.accuracy(items, ThemeMatcher(library: library))
        #expect(full.top3 >= 0.80 && full.top1 >= 0.60, "held-out-2 \(full)")
        for options in [ThemeMatcher.Options.plain, ThemeMatcher.Options(keywords: false)] {
            let other = Self.accuracy(items, ThemeMatcher(library: library, options: options))
            #expect(full.top3 > other.top3 + 0.3 && full.top1 > other.top1 + 0.3, "\(options): \(other) against \(full)")
        }
    }

    /// The labelled sets, in the order the table shows them: the second
    /// generation's held-out half first (the honest figure: written blind to
    /// the keywords and committed before any keyword was written for it),
    /// then the first generation's, then the two tuning halves.
    static let sets: [(name: String, heldOut: Bool)] = [
        ("held-out-3", true), ("held-out-3" + americanSuffix, true), ("held-out-2", true), ("held-out", true), ("tuning-2", false), ("tuning", false),
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
