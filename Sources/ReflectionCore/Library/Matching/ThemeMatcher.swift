import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Ranks the library's themes for a piece of text with BM25 (Robertson and
/// Zaragoza's formulation: k1 1.2, b 0.75, IDF `ln(1 + (N - n + 0.5) / (n + 0.5))`).
///
/// Each theme is one document: its question's text, its title, its notes,
/// its prompts and its curated `keywords`. Text and documents go through
/// the same `TextAnalyzer`: words lower-cased, British spellings folded,
/// the Porter stemmer, an alias table, stop words dropped, and keyword
/// phrases ("waiting list") counted as phrases as well as words.
///
/// ```swift
/// let matcher = ThemeMatcher.shared(for: library)
/// matcher.rank("Two trusts are merging and my team distrusts the other side").first?.theme.id
/// ```
///
/// Building the index reads the whole library once; `shared(for:)` keeps it
/// for the rest of the process.
public struct ThemeMatcher: Sendable {
    /// What the matcher uses beyond plain BM25 over the library's text,
    /// each switchable so that the benchmark can show what it earns.
    public struct Options: Equatable, Sendable {
        /// The themes' curated keywords, and keyword phrases counted as phrases.
        public var keywords = true
        /// British spellings folded into American ones before stemming.
        public var folding = true
        /// The alias table ("A&E", "burnt out").
        public var aliases = true
        /// How many times a keyword counts, against once for a word of the notes.
        public var keywordWeight = 2

        public init(keywords: Bool = true, folding: Bool = true, aliases: Bool = true, keywordWeight: Int = 2) {
            self.keywords = keywords
            self.folding = folding
            self.aliases = aliases
            self.keywordWeight = keywordWeight
        }

        /// Everything on.
        public static let standard = Options()
        /// Plain BM25 over the library's own text: no keywords, folding or aliases.
        public static let plain = Options(keywords: false, folding: false, aliases: false)

        var phrases: Bool { keywords }
    }

    /// One theme's place in a ranking.
    public struct Match: Equatable, Sendable {
        public var theme: Theme
        public var question: Question
        /// The BM25 score: higher is closer; only comparable within one text.
        public var score: Double
        /// The words of the text that counted, most telling first, as written (lower-case).
        public var matched: [String]
    }

    public static let k1 = 1.2
    public static let b = 0.75

    public let options: Options
    private let analyzer: TextAnalyzer
    private let themes: [(theme: Theme, question: Question)]
    /// For each term, the themes it occurs in and how often.
    private let postings: Postings
    private let lengths: [Double]
    private let averageLength: Double

    /// Indexes every theme of `library`.
    public init(library: PromptLibrary, options: Options = .standard) {
        self.options = options
        let themes = library.questions.flatMap { question in question.themes.map { (theme: $0, question: question) } }
        let phrases = options.keywords ? themes.flatMap { $0.theme.keywords ?? [] } : []
        let cache = TextAnalyzer.WordCache()
        let analyzer = TextAnalyzer(options: options, phrases: phrases, cache: cache)
        // A question's text is in the document of each of its themes: analyse it once.
        var questionTerms: [String: [MatchTerm]] = [:]
        var postings: [String: [(document: Int, count: Int)]] = [:]
        var lengths: [Double] = []
        for (document, item) in themes.enumerated() {
            var counts: [String: Int] = [:]
            if questionTerms[item.question.id] == nil { questionTerms[item.question.id] = analyzer.terms(item.question.text, cache: cache) }
            for term in questionTerms[item.question.id] ?? [] { counts[term.key, default: 0] += 1 }
            let texts = [item.theme.title] + item.theme.notes.map(\.text) + item.theme.prompts.map(\.text)
            for text in texts {
                for term in analyzer.terms(text, cache: cache) { counts[term.key, default: 0] += 1 }
            }
            if options.keywords {
                for keyword in item.theme.keywords ?? [] {
                    for term in analyzer.terms(keyword, cache: cache) { counts[term.key, default: 0] += options.keywordWeight }
                }
            }
            for (key, count) in counts { postings[key, default: []].append((document, count)) }
            lengths.append(Double(counts.values.reduce(0, +)))
        }
        self.analyzer = analyzer
        self.themes = themes
        self.postings = .built(postings)
        self.lengths = lengths
        self.averageLength = lengths.isEmpty ? 1 : max(1, lengths.reduce(0, +) / Double(lengths.count))
    }

    /// The inverse document frequency of a term found in `n` of the themes.
    public static func idf(documents: Int, containing n: Int) -> Double {
        let total = Double(documents), n = Double(n)
        return log(1 + (total - n + 0.5) / (n + 0.5))
    }

    /// The themes that share a term with `text`, best first (ties in library
    /// order), at most `limit`; empty when nothing overlaps.
    public func rank(_ text: String, limit: Int = 3) -> [Match] {
        let terms = analyzer.terms(text)
        var surfaces: [String: String] = [:]
        var order: [String] = []
        for term in terms where surfaces[term.key] == nil {
            surfaces[term.key] = term.surface
            order.append(term.key)
        }
        var scores = [Double](repeating: 0, count: themes.count)
        var contributions = [[(key: String, score: Double)]](repeating: [], count: themes.count)
        for key in order {
            guard let list = postings[key] else { continue }
            let idf = Self.idf(documents: themes.count, containing: list.count)
            for (document, count) in list {
                let tf = Double(count)
                let norm = Self.k1 * (1 - Self.b + Self.b * lengths[document] / averageLength)
                let score = idf * tf * (Self.k1 + 1) / (tf + norm)
                scores[document] += score
                contributions[document].append((key, score))
            }
        }
        let ranked = scores.indices.filter { scores[$0] > 0 }.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        return ranked.prefix(max(0, limit)).map { document in
            var matched: [String] = []
            for (key, _) in contributions[document].sorted(by: { $0.score > $1.score }) {
                let surface = surfaces[key] ?? key
                if !matched.contains(surface) { matched.append(surface) }
            }
            return Match(theme: themes[document].theme, question: themes[document].question, score: scores[document], matched: matched)
        }
    }

    /// An entry's body without its Markdown headings: a reflective model's
    /// "Now what?" or "Action plan" says nothing about what the entry is about.
    public static func prose(of body: String) -> String {
        body.lineSlices
            .filter { line in !(line.hasPrefix("#") && (line.drop { $0 == "#" }.first == " ")) }
            .joined(separator: "\n")
    }

    private static let cache = Mutex<(library: PromptLibrary, matcher: ThemeMatcher)?>(nil)

    /// Where built matchers are kept between runs (`$XDG_CACHE_HOME/reflect`,
    /// set once by the process's context); nil keeps none (tests).
    public static let cacheFolder = Mutex<String?>(nil)

    /// The matcher for `library` with the standard options, built on first
    /// use and kept for the process; read from the cache folder when a run
    /// before built it for the same library (indexing every theme's words
    /// costs the library's size, every process: ten times a lookup).
    public static func shared(for library: PromptLibrary) -> ThemeMatcher {
        if let cached = cache.withLock({ $0 }), cached.library == library { return cached.matcher }
        let matcher = loadOrBuild(library)
        cache.withLock { $0 = (library, matcher) }
        return matcher
    }

    static func loadOrBuild(_ library: PromptLibrary) -> ThemeMatcher {
        guard let folder = cacheFolder.withLock({ $0 }) else { return ThemeMatcher(library: library) }
        let path = "\(folder)/matcher-\(library.stamp)"
        if let bytes = try? FileSystem.read(path), let matcher = ThemeMatcher(serialized: bytes, library: library) { return matcher }
        let matcher = ThemeMatcher(library: library)
        // A cache that cannot be written costs only time. The cache folder and
        // reflect's folder in it are made; never a home folder that is not there.
        let cacheRoot = FileSystem.parentFolder(of: folder)
        if FileSystem.exists(FileSystem.parentFolder(of: cacheRoot)), (try? FileSystem.makePrivateFolder(folder)) != nil {
            try? FileSystem.write(matcher.serialized, to: path, replace: .atomically)
        }
        return matcher
    }

    // MARK: - The cache file

    static let cacheHeader = "reflect-matcher\t3"

    /// The built tables as text: `L` the lengths, `A` an alias, `H` a phrase,
    /// `P` a term's postings; one a line, fields separated by tabs.
    var serialized: [UInt8] {
        var out = Self.cacheHeader + "\n"
        out += "L\t" + lengths.map { String(Int($0)) }.joined(separator: " ") + "\n"
        let (aliases, phrases) = analyzer.tables
        for key in aliases.keys.sorted() { out += "A\t\(key)\t\(aliases[key, default: []].joined(separator: " "))\n" }
        for first in phrases.keys.sorted() {
            for phrase in phrases[first, default: []] { out += "H\t\(first)\t\(phrase.joined(separator: " "))\n" }
        }
        guard case .built(let postings) = postings else { return Array(out.utf8) + postings.storedLines }
        // In byte order: a matcher read back finds a term by binary search on the bytes.
        for term in postings.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            out += "P\t\(term)\t" + postings[term, default: []].map { "\($0.document):\($0.count)" }.joined(separator: " ") + "\n"
        }
        return Array(out.utf8)
    }

    /// A matcher read back from `serialized` for the same library (the file's
    /// name carries the library's stamp); nil when the file is not whole.
    ///
    /// One pass over the bytes checks every line and makes strings only for
    /// the aliases and phrases; a term's postings stay in the bytes, found by
    /// binary search when a text asks for them (a `suggest` reads a few dozen
    /// of some six thousand).
    init?(serialized bytes: [UInt8], library: PromptLibrary) {
        let themes = library.questions.flatMap { question in question.themes.map { (theme: $0, question: question) } }
        var lengths: [Double] = []
        var aliases: [String: [String]] = [:]
        var phrases: [String: [[String]]] = [:]
        var records: [Postings.Record] = []
        var start = 0, sawHeader = false
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            defer { start = end + 1 }
            let line = bytes[start..<end]
            if !sawHeader {
                guard line.elementsEqual(Self.cacheHeader.utf8) else { return nil }
                sawHeader = true
                continue
            }
            if line.isEmpty { continue }
            // TAG, tab, then one field (L) or two (A, H, P) separated by a tab.
            guard line.count >= 2, line[start + 1] == 0x09 else { return nil }
            let rest = line[(start + 2)...]
            let tab = rest.firstIndex(of: 0x09)
            func words(_ field: ArraySlice<UInt8>) -> [String] { field.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) } }
            switch line[start] {
            case UInt8(ascii: "L"):
                guard tab == nil else { return nil }
                lengths = rest.split(separator: 0x20).compactMap { Int(String(decoding: $0, as: UTF8.self)).map(Double.init) }
            case UInt8(ascii: "A"):
                guard let tab, !rest[(tab + 1)...].contains(0x09) else { return nil }
                aliases[String(decoding: rest[..<tab], as: UTF8.self)] = words(rest[(tab + 1)...])
            case UInt8(ascii: "H"):
                guard let tab, !rest[(tab + 1)...].contains(0x09) else { return nil }
                phrases[String(decoding: rest[..<tab], as: UTF8.self), default: []].append(words(rest[(tab + 1)...]))
            case UInt8(ascii: "P"):
                guard let tab, Postings.isList(bytes[(tab + 1)..<end], documents: themes.count) else { return nil }
                let record = Postings.Record(term: Int32(rest.startIndex)..<Int32(tab), end: Int32(end))
                // Strictly increasing terms, or the binary search would miss one.
                if let last = records.last, !bytes[last.range].lexicographicallyPrecedes(bytes[record.range]) { return nil }
                records.append(record)
            default:
                return nil
            }
        }
        guard sawHeader, lengths.count == themes.count, bytes.count < Int(Int32.max) else { return nil }
        options = .standard
        analyzer = TextAnalyzer(options: .standard, aliases: aliases, phrases: phrases)
        self.themes = themes
        self.postings = .stored(bytes: bytes, records: records)
        self.lengths = lengths
        averageLength = lengths.isEmpty ? 1 : max(1, lengths.reduce(0, +) / Double(lengths.count))
    }

    /// For each term, the themes it occurs in and how often: the table built
    /// from the library, or the cache file's `P` lines, read in place.
    enum Postings: Sendable {
        case built([String: [(document: Int, count: Int)]])
        /// The file's bytes and, in the terms' byte order, where each `P` line's term is and where the line ends.
        case stored(bytes: [UInt8], records: [Record])

        struct Record: Sendable {
            var term: Range<Int32>
            var end: Int32
            var range: Range<Int> { Int(term.lowerBound)..<Int(term.upperBound) }
        }

        subscript(key: String) -> [(document: Int, count: Int)]? {
            switch self {
            case .built(let table):
                return table[key]
            case .stored(let bytes, let records):
                let key = Array(key.utf8)
                var low = 0, high = records.count
                while low < high {
                    let middle = (low + high) / 2
                    let term = bytes[records[middle].range]
                    if term.elementsEqual(key) { return Self.list(bytes[(Int(records[middle].term.upperBound) + 1)..<Int(records[middle].end)]) }
                    if term.lexicographicallyPrecedes(key) { low = middle + 1 } else { high = middle }
                }
                return nil
            }
        }

        /// The `P` lines as they were read (for a matcher written back as it was read).
        var storedLines: [UInt8] {
            guard case .stored(let bytes, let records) = self else { return [] }
            return records.flatMap { Array("P\t".utf8) + bytes[Int($0.term.lowerBound)..<Int($0.end)] + [0x0A] }
        }

        /// Whether `field` is `DOCUMENT:COUNT` pairs separated by single spaces, each document a theme's index.
        static func isList(_ field: ArraySlice<UInt8>, documents: Int) -> Bool {
            var document = 0, value = 0, digits = 0, sawColon = false
            for byte in field {
                switch byte {
                case 0x30...0x39:
                    guard digits < 9 else { return false }
                    value = value * 10 + Int(byte - 0x30)
                    digits += 1
                case 0x3A:
                    guard digits > 0, !sawColon else { return false }
                    (document, value, digits, sawColon) = (value, 0, 0, true)
                case 0x20:
                    guard digits > 0, sawColon, document < documents else { return false }
                    (value, digits, sawColon) = (0, 0, false)
                default:
                    return false
                }
            }
            return digits > 0 && sawColon && document < documents
        }

        /// The pairs of a field `isList` accepted.
        static func list(_ field: ArraySlice<UInt8>) -> [(document: Int, count: Int)] {
            var list: [(document: Int, count: Int)] = []
            var document = 0, value = 0
            for byte in field {
                switch byte {
                case 0x3A: (document, value) = (value, 0)
                case 0x20: list.append((document, value)); value = 0
                default: value = value * 10 + Int(byte &- 0x30)
                }
            }
            list.append((document, value))
            return list
        }
    }
}
