/// The original Porter stemming algorithm: M. F. Porter, "An algorithm for
/// suffix stripping", *Program* 14(3), 1980, pp. 130-137.
///
/// This follows the paper as published: Step 2 has `abli -> able` (not the
/// later `bli -> ble`) and no `logi -> log` rule, and any double consonant
/// counts as `*d` in Step 1b (so "trekking" -> "trek"). Like Porter's own
/// implementations it leaves words of one or two letters alone.
///
/// ```swift
/// PorterStemmer.stem("relational")      // "relat"
/// PorterStemmer.stem("generalizations") // "gener"
/// PorterStemmer.stem("hopefulness")     // "hope"
/// ```
///
/// It works on bytes and allocates only the result, so it is cheap to call
/// for every word of a document.
public enum PorterStemmer {
    /// The stem of `word`, by the original Porter (1980) algorithm.
    ///
    /// - Parameter word: one lower-case word. A word of two letters or
    ///   fewer, or one holding anything but the ASCII letters `a`-`z` (upper
    ///   case, digits, punctuation, any non-ASCII character), is returned
    ///   unchanged: fold case and split words before stemming.
    /// - Returns: the stem, which need not be an English word
    ///   ("conditional" -> "condit").
    public static func stem(_ word: String) -> String {
        var letters = [UInt8]()
        letters.reserveCapacity(word.utf8.count)
        for byte in word.utf8 {
            guard byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") else { return word }
            letters.append(byte)
        }
        guard letters.count > 2 else { return word }
        var buffer = Buffer(letters)
        buffer.step1a()
        buffer.step1b()
        buffer.step1c()
        buffer.step2()
        buffer.step3()
        buffer.step4()
        buffer.step5a()
        buffer.step5b()
        return String(decoding: buffer.b, as: UTF8.self)
    }
}

/// A suffix rule: `suffix` becomes `replacement` when the step's condition
/// holds for what is left.
private struct Rule: Sendable {
    let suffix: [UInt8]
    let replacement: [UInt8]

    init(_ suffix: String, _ replacement: String) {
        self.suffix = Array(suffix.utf8)
        self.replacement = Array(replacement.utf8)
    }

    /// Rules longest suffix first: only the rule with the longest matching
    /// suffix is considered, and if its condition fails the step does nothing.
    static func table(_ rules: [Rule]) -> [Rule] {
        rules.sorted { $0.suffix.count > $1.suffix.count }
    }
}

private let step2Rules = Rule.table([
    Rule("ational", "ate"), Rule("tional", "tion"), Rule("enci", "ence"), Rule("anci", "ance"),
    Rule("izer", "ize"), Rule("abli", "able"), Rule("alli", "al"), Rule("entli", "ent"),
    Rule("eli", "e"), Rule("ousli", "ous"), Rule("ization", "ize"), Rule("ation", "ate"),
    Rule("ator", "ate"), Rule("alism", "al"), Rule("iveness", "ive"), Rule("fulness", "ful"),
    Rule("ousness", "ous"), Rule("aliti", "al"), Rule("iviti", "ive"), Rule("biliti", "ble"),
])

private let step3Rules = Rule.table([
    Rule("icate", "ic"), Rule("ative", ""), Rule("alize", "al"), Rule("iciti", "ic"),
    Rule("ical", "ic"), Rule("ful", ""), Rule("ness", ""),
])

private let step4Rules = Rule.table([
    Rule("al", ""), Rule("ance", ""), Rule("ence", ""), Rule("er", ""), Rule("ic", ""),
    Rule("able", ""), Rule("ible", ""), Rule("ant", ""), Rule("ement", ""), Rule("ment", ""),
    Rule("ent", ""), Rule("ion", ""), Rule("ou", ""), Rule("ism", ""), Rule("ate", ""),
    Rule("iti", ""), Rule("ous", ""), Rule("ive", ""), Rule("ize", ""),
])

/// The word being stemmed, as lower-case ASCII letters.
private struct Buffer {
    var b: [UInt8]

    init(_ letters: [UInt8]) { b = letters }

    // MARK: The paper's conditions, on the first `length` letters

    /// Whether the letter at `i` is a consonant: not a, e, i, o or u, and
    /// not a y that follows a consonant.
    func isConsonant(_ i: Int) -> Bool {
        switch b[i] {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): return false
        case UInt8(ascii: "y"): return i == 0 || !isConsonant(i - 1)
        default: return true
        }
    }

    /// m in [C](VC)^m[V]: the number of vowel-consonant sequences.
    func measure(_ length: Int) -> Int {
        var i = 0
        var m = 0
        while i < length, isConsonant(i) { i += 1 }
        while i < length {
            while i < length, !isConsonant(i) { i += 1 }
            guard i < length else { break }
            while i < length, isConsonant(i) { i += 1 }
            m += 1
        }
        return m
    }

    /// *v*: the stem contains a vowel.
    func hasVowel(_ length: Int) -> Bool {
        for i in 0..<length where !isConsonant(i) { return true }
        return false
    }

    /// *d: the stem ends with a double consonant.
    func endsWithDoubleConsonant(_ length: Int) -> Bool {
        length >= 2 && b[length - 1] == b[length - 2] && isConsonant(length - 1)
    }

    /// *o: the stem ends consonant-vowel-consonant, the last not w, x or y.
    func endsCVC(_ length: Int) -> Bool {
        guard length >= 3, isConsonant(length - 3), !isConsonant(length - 2), isConsonant(length - 1) else { return false }
        let last = b[length - 1]
        return last != UInt8(ascii: "w") && last != UInt8(ascii: "x") && last != UInt8(ascii: "y")
    }

    func ends(with suffix: [UInt8]) -> Bool {
        guard suffix.count <= b.count else { return false }
        let start = b.count - suffix.count
        for i in 0..<suffix.count where b[start + i] != suffix[i] { return false }
        return true
    }

    func ends(with suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard count <= b.count else { return false }
        let start = b.count - count
        return suffix.withUTF8Buffer { s in
            for i in 0..<count where b[start + i] != s[i] { return false }
            return true
        }
    }

    mutating func replaceSuffix(length: Int, with replacement: [UInt8]) {
        b.removeLast(length)
        b.append(contentsOf: replacement)
    }

    /// Applies the rule with the longest suffix the word ends with, if
    /// `condition` holds for the stem's length; at most one rule fires.
    mutating func apply(_ rules: [Rule], when condition: (Buffer, Int) -> Bool) {
        for rule in rules where ends(with: rule.suffix) {
            let stem = b.count - rule.suffix.count
            if condition(self, stem) { replaceSuffix(length: rule.suffix.count, with: rule.replacement) }
            return
        }
    }

    // MARK: The steps

    /// Plurals: sses -> ss, ies -> i, ss -> ss, s -> (nothing).
    mutating func step1a() {
        guard b.last == UInt8(ascii: "s") else { return }
        if ends(with: "sses") || ends(with: "ies") {
            b.removeLast(2)
        } else if !ends(with: "ss") {
            b.removeLast()
        }
    }

    /// Past tenses and -ing: (m>0) eed -> ee, (*v*) ed ->, (*v*) ing ->,
    /// then tidying what removing ed or ing left.
    mutating func step1b() {
        if ends(with: "eed") {
            if measure(b.count - 3) > 0 { b.removeLast() }
            return
        }
        let suffix: Int
        if ends(with: "ed") {
            suffix = 2
        } else if ends(with: "ing") {
            suffix = 3
        } else {
            return
        }
        guard hasVowel(b.count - suffix) else { return }
        b.removeLast(suffix)
        if ends(with: "at") || ends(with: "bl") || ends(with: "iz") {
            b.append(UInt8(ascii: "e"))
        } else if endsWithDoubleConsonant(b.count) {
            let last = b[b.count - 1]
            if last != UInt8(ascii: "l"), last != UInt8(ascii: "s"), last != UInt8(ascii: "z") { b.removeLast() }
        } else if measure(b.count) == 1, endsCVC(b.count) {
            b.append(UInt8(ascii: "e"))
        }
    }

    /// (*v*) y -> i.
    mutating func step1c() {
        if b.last == UInt8(ascii: "y"), hasVowel(b.count - 1) { b[b.count - 1] = UInt8(ascii: "i") }
    }

    /// Double suffixes to single ones, when m > 0.
    mutating func step2() {
        apply(step2Rules) { $0.measure($1) > 0 }
    }

    /// -ic-, -full, -ness and the like, when m > 0.
    mutating func step3() {
        apply(step3Rules) { $0.measure($1) > 0 }
    }

    /// Removes a final suffix when m > 1 (ion only after s or t).
    mutating func step4() {
        apply(step4Rules) { buffer, stem in
            guard buffer.measure(stem) > 1 else { return false }
            if buffer.b.count - stem == 3, buffer.ends(with: "ion") {
                let before = stem > 0 ? buffer.b[stem - 1] : 0
                return before == UInt8(ascii: "s") || before == UInt8(ascii: "t")
            }
            return true
        }
    }

    /// (m>1) e ->; (m=1 and not *o) e ->.
    mutating func step5a() {
        guard b.last == UInt8(ascii: "e") else { return }
        let stem = b.count - 1
        let m = measure(stem)
        if m > 1 || (m == 1 && !endsCVC(stem)) { b.removeLast() }
    }

    /// (m>1 and *d and *L) -> single letter.
    mutating func step5b() {
        if b.last == UInt8(ascii: "l"), endsWithDoubleConsonant(b.count), measure(b.count) > 1 { b.removeLast() }
    }
}
