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
///
/// It reads UTF-8 bytes, with a fast path for ASCII, since the matcher
/// tokenizes the whole library once per process.
public enum Tokenizer {
    /// The words of `text`, lower-cased, in order.
    public static func words(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { words(in: $0) }
    }

    /// A character of the text: what it is, and its bytes (lower-cased) when it is part of a word.
    private enum Kind { case word, apostrophe, ampersand, other }

    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (kind: Kind, length: Int) {
        let byte = bytes[index]
        if byte < 0x80 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return (.word, 1)
            case UInt8(ascii: "'"): return (.apostrophe, 1)
            case UInt8(ascii: "&"): return (.ampersand, 1)
            default: return (.other, 1)
            }
        }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        guard index + length <= bytes.count, length > 1 else { return (.other, 1) }
        // U+2019, the typographic apostrophe.
        if length == 3, byte == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 { return (.apostrophe, 3) }
        guard let scalar = scalar(bytes, at: index, length: length) else { return (.other, 1) }
        return (scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? .word : .other, length)
    }

    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Unicode.Scalar? {
        var value = UInt32(bytes[index]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
        }
        return Unicode.Scalar(value)
    }

    private static func words(in bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var index = 0
        func flush() {
            guard !current.isEmpty else { return }
            words.append(String(decoding: current, as: UTF8.self))
            current.removeAll(keepingCapacity: true)
        }
        func append(_ index: Int, _ length: Int) {
            if length == 1 {
                let byte = bytes[index]
                current.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
            } else if let scalar = scalar(bytes, at: index, length: length) {
                current += String(scalar).lowercased().utf8
            }
        }
        while index < bytes.count {
            let (kind, length) = classify(bytes, at: index)
            let next = index + length
            switch kind {
            case .word:
                append(index, length)
            case .apostrophe where !current.isEmpty && next < bytes.count && classify(bytes, at: next).kind == .word:
                // Read the letters after the apostrophe to decide what it is.
                var end = next, tail: [UInt8] = []
                while end < bytes.count {
                    let (kind, length) = classify(bytes, at: end)
                    guard kind == .word else { break }
                    if tail.count < 3 { tail.append(bytes[end] | 0x20) }
                    end += length
                }
                if end - next <= 2, Self.droppedTails.contains(tail) {
                    index = end
                    continue
                }
                // "don't", "o'clock": the apostrophe is dropped, the word joined.
            case .ampersand where !current.isEmpty && next < bytes.count && classify(bytes, at: next).kind == .word:
                current.append(UInt8(ascii: "&"))
            default:
                flush()
            }
            index = next
        }
        flush()
        return words
    }

    /// What follows an apostrophe in a possessive or a short verb form: dropped.
    private static let droppedTails: Set<[UInt8]> = Set(["s", "ll", "ve", "re", "d", "m"].map { Array($0.utf8) })
}
