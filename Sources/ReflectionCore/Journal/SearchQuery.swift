/// A search: words and "quoted phrases", every one of which must occur
/// (case-insensitively) in an entry's text.
public struct SearchQuery: Equatable, Sendable {
    /// The terms, lower-cased.
    public var terms: [String]

    /// Parses `long "short term" board` into `long`, `short term`, `board`.
    public init(_ text: String) {
        var terms: [String] = []
        var current = ""
        var inPhrase = false
        for c in text {
            if c == "\"" || c == "“" || c == "”" {
                if inPhrase, !current.trimmed.isEmpty { terms.append(current.trimmed) }
                if !inPhrase, !current.trimmed.isEmpty { terms.append(current.trimmed) }
                current = ""
                inPhrase.toggle()
            } else if c.isWhitespace, !inPhrase {
                if !current.isEmpty { terms.append(current) }
                current = ""
            } else {
                current.append(c)
            }
        }
        if !current.trimmed.isEmpty { terms.append(current.trimmed) }
        self.terms = terms.map { $0.lowercased() }
        needles = self.terms.map { Array($0.utf8) }
        isASCII = self.terms.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
    }

    /// The terms as bytes, and whether all are ASCII (then matching is done on bytes).
    let needles: [[UInt8]]
    let isASCII: Bool

    /// Whether every term occurs in an entry file's body.
    ///
    /// ASCII is folded on the raw bytes (fast); other letters are folded
    /// with Unicode rules when a term has any.
    public func matches(fileBytes bytes: [UInt8]) -> Bool {
        let start = EntryHeader.bodyOffset(bytes)
        if isASCII {
            return needles.allSatisfy { ByteSearch.containsIgnoringASCIICase(bytes, $0, in: start..<bytes.count) }
        }
        let body = String(decoding: bytes[start...], as: UTF8.self).lowercased()
        return terms.allSatisfy { body.contains($0) }
    }

    /// The lines of a body that contain any term, 1-based within the body.
    public func matchingLines(in body: String) -> [(line: Int, text: String)] {
        var result: [(Int, String)] = []
        if isASCII {
            let bytes = Array(body.utf8)
            var start = 0, number = 1
            while start <= bytes.count {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                if needles.contains(where: { ByteSearch.containsIgnoringASCIICase(bytes, $0, in: start..<end) }) {
                    let shown = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
                    result.append((number, String(decoding: bytes[start..<shown], as: UTF8.self)))
                }
                start = end + 1
                number += 1
            }
            return result
        }
        for (index, raw) in body.lineSlices.enumerated() {
            let line = raw.withoutCarriageReturn
            let lowered = line.lowercased()
            if terms.contains(where: { lowered.contains($0) }) { result.append((index + 1, String(line))) }
        }
        return result
    }
}
