/// Splits text into lower-case words for theme matching.
///
/// A word is a run of letters and digits. Apostrophes (straight or curly)
/// inside a word are handled as English writes them: a possessive or a short
/// verb form is dropped ("team's" -> "team", "I'll" -> "i", "they're" ->
/// "they"), and "n't" stays joined ("don't" -> "dont", a stop word). An
/// ampersand between letters joins them ("A&E" -> "a&e"), so that the alias
/// table can name it. Everything else (hyphens, slashes, quotes) separates.
///
/// ```swift
/// Tokenizer.words("The team's A&E rota isn't working") // ["the", "team", "a&e", "rota", "isnt", "working"]
/// ```
public enum Tokenizer {
    /// The words of `text`, lower-cased, in order.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current: [Unicode.Scalar] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func flush() {
            guard !current.isEmpty else { return }
            var word = String(String.UnicodeScalarView(current))
            if current.contains(where: { !$0.isASCII || ($0.value >= 0x41 && $0.value <= 0x5A) }) { word = word.lowercased() }
            words.append(word)
            current.removeAll(keepingCapacity: true)
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if isApostrophe(scalar), !current.isEmpty, index + 1 < scalars.count, isWordScalar(scalars[index + 1]) {
                // Read the letters after the apostrophe to decide what it is.
                var end = index + 1
                while end < scalars.count, isWordScalar(scalars[end]) { end += 1 }
                let tail = String(String.UnicodeScalarView(scalars[(index + 1)..<end])).lowercased()
                if ["s", "ll", "ve", "re", "d", "m"].contains(tail) {
                    index = end
                    continue
                }
                // "don't", "o'clock": the apostrophe is dropped, the word joined.
            } else if scalar == "&", !current.isEmpty, index + 1 < scalars.count, isWordScalar(scalars[index + 1]) {
                current.append(scalar)
            } else {
                flush()
            }
            index += 1
        }
        flush()
        return words
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "\u{2019}" }
}
