/// One term of a text as the matcher counts it: a stem ("merger"), a
/// phrase of stems ("wait list"), and the words it came from, for showing.
struct MatchTerm: Equatable, Sendable {
    /// The stem, or the stems of a phrase joined by a space (no stem has one).
    var key: String
    /// The words of the text it came from, lower-cased ("waiting list").
    var surface: String
}

/// Turns text into the terms the matcher counts: words, lower-cased;
/// British spellings folded; stemmed; aliases expanded; stop words dropped;
/// and the library's keyword phrases found as phrases.
struct TextAnalyzer: Sendable {
    var options: ThemeMatcher.Options
    /// Alias keys (stems joined by spaces) and the terms each adds.
    private var aliases: [String: [String]] = [:]
    /// The first stem of every alias key, so that most words are passed over at once.
    private var aliasStarts: Set<String> = []
    private var longestAlias = 0
    /// Phrases (two or more stems), by their first stem.
    private var phrases: [String: [[String]]] = [:]

    /// The tables built from the aliases and phrases, as `ThemeMatcher`'s cache keeps them.
    var tables: (aliases: [String: [String]], phrases: [String: [[String]]]) { (aliases, phrases) }

    /// An analyzer from tables built before (the matcher's cache): the same as the one that built them.
    init(options: ThemeMatcher.Options, aliases: [String: [String]], phrases: [String: [[String]]]) {
        self.options = options
        self.aliases = aliases
        self.phrases = phrases
        for key in aliases.keys {
            let stems = key.split(separator: " ")
            if let first = stems.first { aliasStarts.insert(String(first)) }
            longestAlias = max(longestAlias, stems.count)
        }
    }

    /// - Parameter cache: filled with the words of the phrases, ready to be
    ///   used with this analyzer (for indexing the texts the phrases belong to).
    init(options: ThemeMatcher.Options, phrases phraseTexts: [String], cache: WordCache = WordCache()) {
        self.options = options
        if options.aliases {
            for (written, meaning) in MatchingVocabulary.aliases {
                let key = words(written).map(\.stem)
                guard let first = key.first else { continue }
                aliasStarts.insert(first)
                // Spellings that fold and stem alike ("burnt out", "burned out") share a key: add each meaning once.
                let joined = key.joined(separator: " "), meaning = words(meaning).filter { !$0.isStop }.map(\.stem)
                if aliases[joined] != meaning { aliases[joined, default: []] += meaning }
                longestAlias = max(longestAlias, key.count)
            }
        }
        if options.phrases {
            for text in phraseTexts {
                // A phrase has a space, a hyphen or some other mark between its words: a keyword of letters alone is one word.
                guard text.utf8.contains(where: { !(($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39)) }) else { continue }
                let stems = words(text, cache: cache).filter { !$0.isStop }.map(\.stem)
                guard stems.count > 1, !(phrases[stems[0]]?.contains(stems) ?? false) else { continue }
                phrases[stems[0], default: []].append(stems)
            }
        }
        // The words cached above were analysed before the phrases were all known.
        for (surface, word) in cache.words {
            cache.words[surface]?.startsAlias = !aliasStarts.isEmpty && aliasStarts.contains(word.stem)
            cache.words[surface]?.startsPhrase = !phrases.isEmpty && phrases[word.stem] != nil
        }
    }

    /// A word of the text: as written (lower-case), its stem, and whether it is a stop word.
    struct Word {
        var surface: String
        var stem: String
        var isStop: Bool
        /// Whether an alias or a keyword phrase starts with this word's stem.
        var startsAlias = false, startsPhrase = false
    }

    /// Words already analysed, while a whole library is indexed: most words
    /// recur. Only for the analyzer that filled it (`init` brings the words
    /// it cached up to date once its phrases are complete).
    final class WordCache {
        var words: [String: Word] = [:]
    }

    func words(_ text: String, cache: WordCache? = nil) -> [Word] {
        Tokenizer.words(text).map { surface in
            if let cache {
                if let known = cache.words[surface] { return known }
                let word = analyze(surface)
                cache.words[surface] = word
                return word
            }
            return analyze(surface)
        }
    }

    /// One word as written (lower-case): folded, checked against the stop words, stemmed.
    func analyze(_ surface: String) -> Word {
        var word = surface
        // "over-85s", "the 1990s": a number's plural is the number.
        if word.utf8.count > 1, word.utf8.last == UInt8(ascii: "s"), word.utf8.dropLast().allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            word.removeLast()
        }
        if options.folding { word = SpellingFolding.fold(word) }
        let isStop = MatchingVocabulary.stopWords.contains(word) || MatchingVocabulary.stopWords.contains(surface)
        let stem = PorterStemmer.stem(word)
        return Word(surface: surface, stem: stem, isStop: isStop,
                    startsAlias: !aliasStarts.isEmpty && aliasStarts.contains(stem), startsPhrase: !phrases.isEmpty && phrases[stem] != nil)
    }

    /// The terms of `text`, in order: each word that is not a stop word,
    /// then what aliases add, then the phrases found among either.
    func terms(_ text: String, cache: WordCache? = nil) -> [MatchTerm] {
        let words = words(text, cache: cache)
        // Where each word that is not a stop word stands among all the words.
        let positions = words.indices.filter { !words[$0].isStop }
        let plain = positions.map { MatchTerm(key: words[$0].stem, surface: words[$0].surface) }
        var groups = [plain]
        if !aliases.isEmpty {
            for start in words.indices where words[start].startsAlias {
                var key = ""
                for end in start..<min(words.count, start + longestAlias) {
                    key += (end == start ? "" : " ") + words[end].stem
                    guard let added = aliases[key] else { continue }
                    let surface = words[start...end].map(\.surface).joined(separator: " ")
                    groups.append(added.map { MatchTerm(key: $0, surface: surface) })
                }
            }
        }
        var terms = groups.flatMap { $0 }
        guard !phrases.isEmpty else { return terms }
        for (number, group) in groups.enumerated() {
            for (index, term) in group.enumerated() where number > 0 || words[positions[index]].startsPhrase {
                for phrase in phrases[term.key] ?? [] where index + phrase.count <= group.count {
                    guard (1..<phrase.count).allSatisfy({ group[index + $0].key == phrase[$0] }) else { continue }
                    // The words as written, stop words between included ("running on empty");
                    // an alias's terms all carry the alias's own words.
                    let surface = number > 0 ? term.surface
                        : words[positions[index]...positions[index + phrase.count - 1]].map(\.surface).joined(separator: " ")
                    terms.append(MatchTerm(key: phrase.joined(separator: " "), surface: surface))
                }
            }
        }
        return terms
    }
}
