/// Dilemma ids: `d20261126-kfqm`, `d`, the local date it was named on, and
/// four random letters. Opaque like an entry id and never derived from the
/// title, which can be private (ids appear in file names) and could clash
/// with a library id as a slug. A new one never collides with a dilemma on
/// disk: the file is created exclusively, and a clash is retried.
///
/// Only text with this exact shape ever becomes a path, so nothing a person
/// types (`../plan`) can name a file outside the journal's dilemmas folder.
public enum DilemmaID {
    /// How many random letters end an id.
    static let letterCount = 4

    /// A new id for a moment: its date and random letters (entries' alphabet,
    /// without the letters that read as digits).
    public static func make(for time: Timestamp, millisecond: Int) -> String {
        var random = [UInt8](repeating: 0, count: letterCount)
        EntryID.fillRandom(&random, seed: UInt64(time.epochSeconds) &* 1000 &+ UInt64(millisecond) &+ 0x64)
        var suffix = ""
        for byte in random { suffix.append(Character(UnicodeScalar(EntryID.letters[Int(byte) % EntryID.letters.count]))) }
        let d = time.date
        return "d\(d.year)\(Timestamp.two(d.month))\(Timestamp.two(d.day))-\(suffix)"
    }

    /// Whether text is a whole dilemma id: `d`, eight digits, `-`, then 3 to 8 lower-case letters.
    public static func isDilemmaID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 13, bytes.count <= 18, bytes[0] == UInt8(ascii: "d"), bytes[9] == UInt8(ascii: "-") else { return false }
        return bytes[1..<9].allSatisfy(EntryID.isDigit) && bytes[10...].allSatisfy(isLetter)
    }

    /// Whether text can be the start of a dilemma id (`d2026`, `d20261126-k`):
    /// what a person may type for one.
    public static func isPrefix(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, first == UInt8(ascii: "d"), bytes.count <= 18 else { return false }
        for (index, byte) in bytes.enumerated().dropFirst() {
            switch index {
            case 1..<9: guard EntryID.isDigit(byte) else { return false }
            case 9: guard byte == UInt8(ascii: "-") else { return false }
            default: guard isLetter(byte) else { return false }
            }
        }
        return true
    }

    static func isLetter(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
}
