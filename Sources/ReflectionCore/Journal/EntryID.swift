#if canImport(Glibc)
import Glibc
#endif

/// Entry ids: `20261126-093012-417kf`, the local time of writing to the
/// millisecond and two random letters. They sort by time (two entries in the
/// same second by their milliseconds), are readable, and a new one never
/// collides with an entry on disk: the file is created exclusively, and a
/// clash is retried with new random letters.
public enum EntryID {
    static let letters = Array("abcdefghjkmnpqrstvwxyz".utf8)

    /// A new id for a moment (a clock reading, or a date given with its
    /// time). It ends in letters, so a YAML parser never reads it as a
    /// number or a date.
    public static func make(for time: Timestamp, millisecond: Int) -> String {
        var random = [UInt8](repeating: 0, count: 2)
        fillRandom(&random, seed: UInt64(time.epochSeconds) &* 1000 &+ UInt64(millisecond))
        var suffix = millisecond < 10 ? "00\(millisecond)" : millisecond < 100 ? "0\(millisecond)" : "\(millisecond)"
        for byte in random { suffix.append(Character(UnicodeScalar(letters[Int(byte) % letters.count]))) }
        let d = time.date
        let digits = "\(d.year)\(Timestamp.two(d.month))\(Timestamp.two(d.day))-\(Timestamp.two(time.hour))\(Timestamp.two(time.minute))\(Timestamp.two(time.second))"
        return "\(digits)-\(suffix)"
    }

    /// Whether text can name an entry file or start one's name: letters,
    /// digits, '-', '_' and '.' (no '/', no "..", no leading '.'), at most
    /// 128 bytes. What reaches a path is only ever this.
    public static func couldBeName(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count <= 128, bytes[0] != UInt8(ascii: "."), !text.contains("..") else { return false }
        return bytes.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x5F || b == 0x2E
        }
    }

    public static func isEntryID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 17, bytes[8] == UInt8(ascii: "-"), bytes[15] == UInt8(ascii: "-") else { return false }
        return bytes[0..<8].allSatisfy(isDigit) && bytes[9..<15].allSatisfy(isDigit)
            && bytes[16...].allSatisfy { isDigit($0) || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// The local date an entry id was made on.
    public static func date(of id: String) -> CalendarDate? {
        let bytes = Array(id.utf8)
        guard bytes.count >= 8, bytes[0..<8].allSatisfy(isDigit) else { return nil }
        return CalendarDate(iso: "\(String(decoding: bytes[0..<4], as: UTF8.self))-\(String(decoding: bytes[4..<6], as: UTF8.self))-\(String(decoding: bytes[6..<8], as: UTF8.self))")
    }

    /// The year and month folder an id's entry lives in (`2026/11`), if the id or prefix is long enough to say.
    public static func monthFolder(ofPrefix prefix: String) -> String? {
        let bytes = Array(prefix.utf8)
        guard bytes.count >= 6, bytes[0..<6].allSatisfy(isDigit) else { return nil }
        return "\(String(decoding: bytes[0..<4], as: UTF8.self))/\(String(decoding: bytes[4..<6], as: UTF8.self))"
    }

    static func fillRandom(_ bytes: inout [UInt8], seed start: UInt64) {
        let count = bytes.count
        var filled = -1
        let fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
        if fd >= 0 {
            filled = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, count) }
            close(fd)
        }
        if filled != count {
            // No entropy source: fall back to time and pid, still made unique by the exclusive create.
            var seed = start ^ (UInt64(UInt32(bitPattern: getpid())) << 32) ^ UInt64(clock())
            for i in 0..<count {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                bytes[i] = UInt8(truncatingIfNeeded: seed >> 33)
            }
        }
    }
}
