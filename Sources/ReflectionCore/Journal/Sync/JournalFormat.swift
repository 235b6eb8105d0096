/// The journal's format version, in its `format` file (tracked, so it
/// travels to every device): a reflect that finds a newer format than it
/// writes refuses to write, and says which reflect to install, rather than
/// guessing. A journal without the file is format 1.
///
/// ```
/// format: 1
/// reflect: 0.1.0
/// ```
/// `reflect` is the first version that reads and writes the format.
public enum JournalFormat {
    /// The format this reflect reads and writes.
    public static let current = 1
    /// The first reflect that writes `current`.
    public static let firstReflect = "0.1.0"
    public static let fileName = "format"

    /// The file's text for the current format.
    public static var text: String { "format: \(current)\nreflect: \(firstReflect)\n" }

    /// The format a journal folder records, and the reflect it names; nil
    /// when there is no file (format 1) or it cannot be read as one.
    public static func recorded(in folder: String) -> (format: Int, reflect: String)? {
        guard let bytes = try? FileSystem.read(folder + "/" + fileName) else { return nil }
        var format: Int?
        var reflect = "a newer version"
        for line in String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline) {
            let parts = line.split(separator: ":", maxSplits: 1).map { String($0).trimmed }
            guard parts.count == 2 else { continue }
            if parts[0] == "format" { format = Int(parts[1]) }
            if parts[0] == "reflect", !parts[1].isEmpty { reflect = parts[1] }
        }
        return format.map { ($0, reflect) }
    }
}

extension Journal {
    /// Refuses to write a journal in a newer format than this reflect's.
    func checkFormat() throws(JournalError) {
        if let found = JournalFormat.recorded(in: folder), found.format > JournalFormat.current {
            throw .newerFormat(format: found.format, reflect: found.reflect)
        }
    }
}
