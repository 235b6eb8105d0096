import Foundation
import Testing
@testable import ReflectionCore

/// The theme matcher's parts: words, stop words, spelling folding, aliases,
/// phrases, BM25 itself, and rankings a person would expect.
@Suite struct ThemeMatcherTests {
    @Test(arguments: [
        ("The team's A&E rota isn't working", ["the", "team", "a&e", "rota", "isnt", "working"]),
        ("I'll ask; they're late. We'd know", ["i", "ask", "they", "late", "we", "know"]),
        ("Don’t over-treat — ‘I’m great’", ["dont", "over", "treat", "i", "great"]),
        ("Over-85s in 2030: 70 per cent", ["over", "85s", "in", "2030", "70", "per", "cent"]),
        ("ÉQUIPE naïve café", ["équipe", "naïve", "café"]),
        ("others’ shoes, 'quoted' & done", ["others", "shoes", "quoted", "done"]),
        ("", []),
    ])
    func tokenizing(text: String, words: [String]) {
        #expect(Tokenizer.words(text) == words)
    }

    @Test(arguments: [
        ("organisation", "organization"), ("organisational", "organizational"), ("organisations", "organizations"),
        ("recognise", "recognize"), ("prioritising", "prioritizing"), ("realised", "realized"), ("analyse", "analyze"),
        ("behaviour", "behavior"), ("behaviours", "behaviors"), ("neighbourhood", "neighborhood"), ("favourite", "favorite"),
        ("colourful", "colorful"), ("labour", "labor"), ("centre", "center"), ("programme", "program"),
        ("paediatricians", "pediatricians"), ("learnt", "learned"), ("burnt", "burned"), ("judgement", "judgment"),
        // Left alone: -ise and -our that are not the British endings.
        ("promise", "promise"), ("exercise", "exercise"), ("advised", "advised"), ("surprising", "surprising"),
        ("otherwise", "otherwise"), ("enterprise", "enterprise"), ("raise", "raise"), ("crises", "crises"),
        ("hour", "hour"), ("flour", "flour"), ("detour", "detour"), ("devour", "devour"), ("journey", "journey"),
        ("encourage", "encourage"), ("resources", "resources"), ("yours", "yours"), ("program", "program"),
    ])
    func spellingFolding(british: String, folded: String) {
        #expect(SpellingFolding.fold(british) == folded)
    }

    @Test func foldingMakesBothSpellingsOneTerm() {
        let analyzer = TextAnalyzer(options: .standard, phrases: [])
        #expect(analyzer.terms("organisation behaviour").map(\.key) == analyzer.terms("organization behavior").map(\.key))
        // Without folding the stemmer keeps them apart (the pitfall REFERENCE.md names).
        let plain = TextAnalyzer(options: .plain, phrases: [])
        #expect(plain.terms("organisation").map(\.key) != plain.terms("organization").map(\.key))
    }

    @Test func stopWordsAreDropped() {
        let analyzer = TextAnalyzer(options: .plain, phrases: [])
        #expect(analyzer.terms("I don't think that we were at the meeting").map(\.key) == ["think", "meet"])
        #expect(analyzer.terms("the of and to").isEmpty)
        // A journal's filler: when, how sure, any thing or person.
        #expect(analyzer.terms("Tonight I actually got something done, maybe").map(\.key) == ["done"])
    }

    @Test func aliasesAddWhatStemmingMisses() {
        let analyzer = TextAnalyzer(options: .standard, phrases: [])
        let keys = analyzer.terms("I was burnt out after a week in A&E").map(\.key)
        #expect(keys.contains("burnout"))
        #expect(keys.contains("emerg") && keys.contains("depart"))
        // The words themselves still count, and the alias shows the words it came from.
        #expect(keys.contains("week"))
        #expect(analyzer.terms("A&E").contains(MatchTerm(key: "emerg", surface: "a&e")))
        #expect(!TextAnalyzer(options: ThemeMatcher.Options(aliases: false), phrases: []).terms("burnt out").map(\.key).contains("burnout"))
        // Past tenses the stemmer cannot reach, and shorthand.
        func meets(_ text: String, _ other: String) -> Bool {
            Set(analyzer.terms(text).map(\.key)).isSuperset(of: analyzer.terms(other).map(\.key))
        }
        #expect(meets("I cried", "crying") && meets("she felt it", "feelings") && meets("they taught us", "teaching"))
        #expect(meets("she wept", "tears") && meets("they fought it", "fighting") && meets("well-being", "wellbeing"))
        // Only what stemming misses: no acronym spelt out into words many themes share.
        #expect(!meets("the ICB", "integrated care board") && !meets("our CEO", "chief executive"))
    }

    @Test func keywordPhrasesCountAsPhrases() {
        let analyzer = TextAnalyzer(options: .standard, phrases: ["waiting list"])
        let terms = analyzer.terms("The waiting lists grow")
        #expect(terms.contains(MatchTerm(key: "wait list", surface: "waiting lists")))
        #expect(terms.map(\.key).contains("wait") && terms.map(\.key).contains("list"))
        // Stop words between are skipped, other words are not.
        #expect(!analyzer.terms("waiting a week for the list").map(\.key).contains("wait list"))
        // A phrase shows the words as written, stop words between included.
        let empty = TextAnalyzer(options: .standard, phrases: ["running on empty"]).terms("I am running on empty again")
        #expect(empty.contains { $0.key.contains(" ") && $0.surface == "running on empty" }, "\(empty)")
        // An alias that means a phrase finds it too.
        let emergency = TextAnalyzer(options: .standard, phrases: ["emergency department"])
        #expect(emergency.terms("a night in A&E").contains(MatchTerm(key: "emerg depart", surface: "a&e")), "\(emergency.terms("A&E"))")
    }

    @Test func bm25FollowsTheFormula() {
        #expect(abs(ThemeMatcher.idf(documents: 56, containing: 1) - log(1 + 55.5 / 1.5)) < 1e-12)
        #expect(ThemeMatcher.idf(documents: 56, containing: 56) > 0)
        // Two one-theme libraries: a term in one theme alone, counted once, in a document of average length.
        let library = Self.library(["alpha": "alpha words here", "beta": "beta words here"])
        let matcher = ThemeMatcher(library: library, options: .plain)
        let ranked = matcher.rank("alpha")
        #expect(ranked.map(\.theme.id) == ["q-alpha"])
        let tf = 1.0, idf = ThemeMatcher.idf(documents: 2, containing: 1)
        #expect(abs(ranked[0].score - idf * tf * 2.2 / (tf + 1.2)) < 1e-9)
        #expect(matcher.rank("nothing in common").isEmpty)
        #expect(matcher.rank("").isEmpty)
    }

    static func library(_ themes: [String: String]) -> PromptLibrary {
        let list = themes.keys.sorted().map { id in
            Theme(id: "q-\(id)", title: themes[id]!, notes: [Note(id: "q-\(id)-n1", text: "")], prompts: [])
        }
        return PromptLibrary(schemaVersion: 1, source: Source(title: "", organisation: "", facilitators: []), hosts: [],
                             questions: [Question(id: "q", text: "", askedBy: "", context: nil, themes: list)])
    }

    @Test(arguments: [
        ("Two trusts are merging their community services and the merger talks keep stalling.", "strategic-plan-relationship-management"),
        ("The silos between managers and clinicians, primary and secondary care, run deep here.", "we-are-great-silos-tribes"),
        ("I am burnt out and cancelled my annual leave again; I need to look after myself.", "resilience-compassion-for-self"),
        ("Our STP is shrouded in mystery and the public think it is a secret plan to close hospitals.", "resilience-demystifying-stps"),
        ("In Shetland and on the islands people die at home and staff take on several roles.", "resources-learn-from-rural"),
        ("We should treat the pilot as an experiment: failure isn't binary, we will learn.", "resilience-redefining-success"),
    ])
    func rankingPutsTheRelevantThemeFirst(text: String, theme: String) throws {
        let ranked = ThemeMatcher.shared(for: .builtIn()).rank(text)
        #expect(ranked.first?.theme.id == theme, "\(ranked.map { ($0.theme.id, $0.score) })")
        #expect(ranked.count <= 3)
        #expect(zip(ranked, ranked.dropFirst()).allSatisfy { $0.score >= $1.score })
    }

    @Test func matchedWordsAreTheTextsOwn() throws {
        let ranked = ThemeMatcher.shared(for: .builtIn()).rank("The merger has made my team distrust the other side.")
        let first = try #require(ranked.first)
        #expect(first.matched.contains("merger"))
        #expect(first.matched.allSatisfy { !$0.isEmpty })
        #expect(ThemeMatcher.shared(for: .builtIn()).rank("zzz qqq xyzzy").isEmpty)
    }

    @Test func theSharedMatcherIsBuiltOnce() {
        let library = PromptLibrary.builtIn()
        let start = ContinuousClock.now
        _ = ThemeMatcher.shared(for: library)
        let again = ContinuousClock.now
        _ = ThemeMatcher.shared(for: library).rank("A week of winter pressures on the wards")
        // The second call reuses the index: far cheaper than building it.
        #expect(ContinuousClock.now - again < .seconds(1))
        _ = start
    }
}

/// The matcher kept between runs ranks exactly as the one built from the library.
@Suite struct ThemeMatcherCacheTests {
    @Test func aMatcherReadBackRanksAsTheOneBuilt() throws {
        let library = PromptLibrary.builtIn()
        let built = ThemeMatcher(library: library)
        let bytes = built.serialized
        let read = try #require(ThemeMatcher(serialized: bytes, library: library))
        let url = packageRoot.appendingPathComponent("Tests/ReflectionCoreTests/Fixtures/matching/tuning-2.jsonl")
        let texts = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["text"] as? String
        }
        #expect(texts.count >= 70)
        for text in texts + ["Burnt out, running on empty; the waiting list keeps growing at A&E", ""] {
            #expect(read.rank(text) == built.rank(text), "\(text)")
        }
        // A damaged or foreign file is refused, never half read.
        #expect(ThemeMatcher(serialized: Array(bytes.prefix(bytes.count / 2)) + Array("Z\tx\n".utf8), library: library) == nil)
        #expect(ThemeMatcher(serialized: Array("reflect-matcher\t0\n".utf8), library: library) == nil)
        // Terms are found by binary search on the bytes: out of order, or a
        // postings list that is not whole, the file is refused.
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let postings = lines.indices.filter { lines[$0].first == UInt8(ascii: "P") }
        #expect(postings.count > 1000)
        var swapped = lines
        swapped.swapAt(postings[10], postings[11])
        #expect(ThemeMatcher(serialized: Array(swapped.joined(separator: [0x0A])), library: library) == nil)
        for broken in ["3:", "3:1 ", "3:1  4:2", "999:1", "3:1:2", ""] {
            var cut = lines
            let term = cut[postings[20]].split(separator: 0x09)[1]
            cut[postings[20]] = ArraySlice(Array("P\t".utf8) + term + Array("\t\(broken)".utf8))
            #expect(ThemeMatcher(serialized: Array(cut.joined(separator: [0x0A])), library: library) == nil, "\(broken)")
        }
        // Written back, a matcher read from the file gives the same file.
        #expect(read.serialized == bytes)
    }

    /// The binary keeps it in the XDG cache folder, private, and reads it back.
    @Test func theBinaryKeepsItInTheCacheFolder() throws {
        try withJournal { world in
            let cache = world.root.appendingPathComponent("cache")
            let first = try world.process(["suggest", "--text", "two trusts merging"], ["XDG_CACHE_HOME": cache.path])
            let files = try FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent("reflect").path)
            #expect(files.count == 1 && files[0].hasPrefix("matcher-"), "\(files)")
            let mode = try FileManager.default.attributesOfItem(atPath: cache.appendingPathComponent("reflect").path)[.posixPermissions] as? Int
            #expect(mode == 0o700)
            let second = try world.process(["suggest", "--text", "two trusts merging"], ["XDG_CACHE_HOME": cache.path])
            #expect(first.status == 0 && second.stdout == first.stdout && !first.stdout.isEmpty)
            // A home folder that is not there is never made for a cache.
            let missing = world.root.appendingPathComponent("no-such-home")
            let third = try world.process(["suggest", "--text", "two trusts merging"], ["HOME": missing.path, "XDG_CACHE_HOME": ""])
            #expect(third.stdout == first.stdout && !FileManager.default.fileExists(atPath: missing.path))
        }
    }
}
