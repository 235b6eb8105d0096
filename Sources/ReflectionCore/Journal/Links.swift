/// `[[id]]` links in an entry's body, as Obsidian writes wiki links.
public enum Links {
    /// The targets of `[[target]]` and `[[target|label]]` links, in order.
    public static func inBody(_ body: String) -> [String] {
        var targets: [String] = []
        var rest = Substring(body)
        while let open = rest.firstRange(of: "[[") {
            let after = rest[open.upperBound...]
            guard let close = after.firstRange(of: "]]") else { break }
            let inside = after[..<close.lowerBound]
            if !inside.contains("\n") {
                let target = inside.split(separator: "|", maxSplits: 1).first.map { $0.trimmed } ?? ""
                if !target.isEmpty { targets.append(target) }
            }
            rest = after[close.upperBound...]
        }
        return targets
    }
}
