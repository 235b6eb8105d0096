/// `[[id]]` links in an entry's body, as Obsidian writes wiki links.
public enum Links {
    /// The targets of `[[target]]` and `[[target|label]]` links, in order.
    public static func inBody(_ body: String) -> [String] {
        let bytes = Array(body.utf8)
        let open: [UInt8] = [0x5B, 0x5B], close: [UInt8] = [0x5D, 0x5D]
        var targets: [String] = []
        var position = 0
        while let start = ByteSearch.find(bytes, open, from: position) {
            guard let end = ByteSearch.find(bytes, close, from: start + 2) else { break }
            let inside = bytes[(start + 2)..<end]
            if !inside.contains(0x0A) {
                let target = Substring(String(decoding: inside.split(separator: 0x7C, maxSplits: 1, omittingEmptySubsequences: false).first ?? [], as: UTF8.self)).trimmed
                if !target.isEmpty { targets.append(target) }
            }
            position = end + 2
        }
        return targets
    }
}
