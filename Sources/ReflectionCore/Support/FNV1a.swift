/// FNV-1a 64: a fixed hash, the same in every process and on every machine
/// (unlike `Hasher`, which is seeded per process).
public struct FNV1a: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// Mixes in bytes.
    public mutating func combine(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
    }

    /// Mixes in a string's UTF-8, then a separator so that ("ab","c") and ("a","bc") differ.
    public mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(buffer: $0) }
        combine(CollectionOfOne(0))
    }

    /// Mixes in bytes from a buffer (the fast path for strings).
    public mutating func combine(buffer bytes: UnsafeBufferPointer<UInt8>) {
        var hash = value
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        value = hash
    }

    /// Mixes in a number, little-endian.
    public mutating func combine(_ number: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) {
            value ^= (number >> UInt64(shift)) & 0xFF
            value = value &* 0x0000_0100_0000_01b3
        }
    }

    /// The hash of a seed and strings.
    public static func hash(seed: UInt64, _ parts: String...) -> UInt64 {
        var hasher = FNV1a()
        hasher.combine(seed)
        for part in parts { hasher.combine(part) }
        return hasher.value
    }
}
