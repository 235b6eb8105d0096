#if canImport(Glibc)
import Glibc
#endif

/// Substring search over raw file bytes, the inner loop of `search` and of
/// the filters' quick rejection of files that cannot match.
public enum ByteSearch {
    /// Whether `needle` occurs in `haystack[from...]`.
    public static func contains(_ haystack: [UInt8], _ needle: [UInt8], from start: Int = 0) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count - start >= needle.count else { return false }
        return find(haystack, needle, from: start) != nil
    }

    /// Whether `needle` (lower-case) occurs in `haystack[range]`, ASCII
    /// letters compared without case. Stops at the first occurrence and
    /// copies nothing, so a common word costs almost nothing per file.
    public static func containsIgnoringASCIICase(_ haystack: [UInt8], _ needle: [UInt8], in range: Range<Int>? = nil) -> Bool {
        haystack.withUnsafeBufferPointer { containsIgnoringASCIICase($0, needle, in: range ?? 0..<haystack.count) }
    }

    /// The same, in a slice.
    public static func containsIgnoringASCIICase(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { containsIgnoringASCIICase($0, needle, in: 0..<$0.count) }
    }

    static func containsIgnoringASCIICase(_ h: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], in bounds: Range<Int>) -> Bool {
        guard let first = needle.first else { return true }
        guard bounds.count >= needle.count else { return false }
        let isLetter = first >= 0x61 && first <= 0x7A
        return needle.withUnsafeBufferPointer { n in
                guard let base = h.baseAddress else { return false }
                let last = bounds.upperBound - n.count
                // memchr (vectorised in glibc) finds each candidate first
                // byte, in both cases for a letter; the rest is compared here.
                var i = bounds.lowerBound
                while i <= last {
                    let remaining = last - i + 1
                    var next = memchr(base + i, Int32(first), remaining).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? Int.max
                    if isLetter, let upper = memchr(base + i, Int32(first ^ 0x20), min(remaining, next == Int.max ? remaining : next - i)) {
                        next = base.distance(to: upper.assumingMemoryBound(to: UInt8.self))
                    }
                    guard next <= last else { return false }
                    var j = 1
                    while j < n.count {
                        let c = h[next + j], wanted = n[j]
                        if c != wanted && !(wanted >= 0x61 && wanted <= 0x7A && c | 0x20 == wanted) { break }
                        j += 1
                    }
                    if j == n.count { return true }
                    i = next + 1
                }
                return false
        }
    }

    /// ASCII letters lowered; other bytes (UTF-8 sequences) unchanged.
    public static func asciiLowercased(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        out.withUnsafeMutableBufferPointer { buffer in
            for i in buffer.indices where buffer[i] >= 0x41 && buffer[i] <= 0x5A { buffer[i] |= 0x20 }
        }
        return out
    }

    /// The line (from 1) of the first NUL byte in a text, or nil if it has none.
    public static func lineOfFirstNUL(_ bytes: [UInt8]) -> Int? {
        guard let index = bytes.firstIndex(of: 0) else { return nil }
        return bytes[..<index].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }

    /// The offset of the first occurrence of `needle` at or after `start`.
    public static func find(_ haystack: [UInt8], _ needle: [UInt8], from start: Int) -> Int? {
        guard haystack.count - start >= needle.count, !needle.isEmpty else { return nil }
        return haystack.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in
                // memchr for the first byte, memcmp for the rest: glibc's
                // vectorised routines do the scanning.
                guard let base = h.baseAddress, let pattern = n.baseAddress else { return nil }
                let first = Int32(n[0])
                var offset = start
                let last = h.count - n.count
                while offset <= last {
                    guard let hit = memchr(base + offset, first, last - offset + 1) else { return nil }
                    let position = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(hit, pattern, n.count) == 0 { return position }
                    offset = position + 1
                }
                return nil
            }
        }
    }
}
