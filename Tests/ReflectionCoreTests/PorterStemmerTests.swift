import Foundation
import Testing
@testable import ReflectionCore

/// The Porter (1980) stemmer against the paper's examples and 4,500 reference pairs.
@Suite struct PorterStemmerTests {
    /// `Fixtures/porter/pairs.tsv`, beside this file: word TAB stem per line.
    static func referencePairs() throws -> [(word: String, stem: String)] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/porter/pairs.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return (String(fields[0]), fields.count > 1 ? String(fields[1]) : "")
        }
    }

    @Test func everyReferencePairMatches() throws {
        let pairs = try Self.referencePairs()
        #expect(pairs.count >= 500)
        #expect(pairs.allSatisfy { !$0.word.isEmpty && !$0.stem.isEmpty }, "a line of pairs.tsv is not word TAB stem")
        let failures = pairs.compactMap { pair -> String? in
            let got = PorterStemmer.stem(pair.word)
            return got == pair.stem ? nil : "\(pair.word): expected \(pair.stem), got \(got)"
        }
        #expect(failures.isEmpty, "\(failures.count) of \(pairs.count) words stem wrongly:\n\(failures.prefix(50).joined(separator: "\n"))")
    }

    /// The examples printed beside each rule in the paper, and the steps' edge cases.
    @Test(arguments: [
        // Step 1a
        ("caresses", "caress"), ("ponies", "poni"), ("ties", "ti"), ("caress", "caress"), ("cats", "cat"),
        // Step 1b
        ("feed", "feed"), ("agreed", "agre"), ("plastered", "plaster"), ("bled", "bled"), ("motoring", "motor"),
        ("sing", "sing"), ("conflated", "conflat"), ("troubled", "troubl"), ("sized", "size"), ("hopping", "hop"),
        ("tanned", "tan"), ("falling", "fall"), ("hissing", "hiss"), ("fizzed", "fizz"), ("failing", "fail"),
        ("filing", "file"), ("trekking", "trek"),
        // Step 1c
        ("happy", "happi"), ("sky", "sky"),
        // Step 2 (then later steps)
        ("relational", "relat"), ("conditional", "condit"), ("rational", "ration"), ("valenci", "valenc"),
        ("hesitanci", "hesit"), ("digitizer", "digit"), ("conformabli", "conform"), ("radicalli", "radic"),
        ("differentli", "differ"), ("vileli", "vile"), ("analogousli", "analog"), ("vietnamization", "vietnam"),
        ("predication", "predic"), ("operator", "oper"), ("feudalism", "feudal"), ("decisiveness", "decis"),
        ("hopefulness", "hope"), ("callousness", "callous"), ("formaliti", "formal"), ("sensitiviti", "sensit"),
        ("sensibiliti", "sensibl"),
        // Step 3
        ("triplicate", "triplic"), ("formative", "form"), ("formalize", "formal"), ("electriciti", "electr"),
        ("electrical", "electr"), ("hopeful", "hope"), ("goodness", "good"),
        // Step 4
        ("revival", "reviv"), ("allowance", "allow"), ("inference", "infer"), ("airliner", "airlin"),
        ("gyroscopic", "gyroscop"), ("adjustable", "adjust"), ("defensible", "defens"), ("irritant", "irrit"),
        ("replacement", "replac"), ("adjustment", "adjust"), ("dependent", "depend"), ("adoption", "adopt"),
        ("homologou", "homolog"), ("communism", "commun"), ("activate", "activ"), ("angulariti", "angular"),
        ("homologous", "homolog"), ("effective", "effect"), ("bowdlerize", "bowdler"),
        // Step 5
        ("probate", "probat"), ("rate", "rate"), ("cease", "ceas"), ("controll", "control"), ("roll", "roll"),
        // Whole words the paper and REFERENCE.md name
        ("generalizations", "gener"), ("oscillators", "oscil"), ("compassion", "compass"),
        ("compassionate", "compassion"), ("organization", "organ"),
    ])
    func paperExample(word: String, stem: String) {
        #expect(PorterStemmer.stem(word) == stem, "\(word): expected \(stem), got \(PorterStemmer.stem(word))")
    }

    @Test func leavesShortAndNonLetterWordsAlone() {
        for word in ["", "a", "is", "as", "us", "naïve", "café", "Running", "covid19", "e-mail", "it's"] {
            #expect(PorterStemmer.stem(word) == word, "\(word) should be returned unchanged")
        }
    }
}
