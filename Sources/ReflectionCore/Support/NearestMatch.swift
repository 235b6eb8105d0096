/// Finds the known words nearest to a mistyped one, for "did you mean" hints.
public enum NearestMatch {
    /// The candidates closest to `word` by edit distance: all those that tie
    /// for the smallest distance, up to `limit`.
    ///
    /// A candidate is offered when it is within a third of the word's length
    /// in edits (at least 2), or when one contains the other.
    public static func suggestions(for word: String, in candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let target = Array(word.lowercased().utf8)
        let allowed = max(2, target.count / 3)
        var scored: [(distance: Int, candidate: String)] = []
        for candidate in candidates {
            let lowered = candidate.lowercased()
            var distance = editDistance(target, Array(lowered.utf8), limit: allowed)
            if distance > allowed, target.count >= 3, lowered.contains(word.lowercased()) || word.lowercased().contains(lowered) {
                distance = allowed
            }
            if distance <= allowed { scored.append((distance, candidate)) }
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.candidate < $1.candidate }
        var result: [String] = []
        let best = scored.first?.distance ?? 0
        for (distance, candidate) in scored where distance == best && !result.contains(candidate) && result.count < limit {
            result.append(candidate)
        }
        return result
    }

    /// Levenshtein distance, giving up (returning `limit + 1`) once it exceeds `limit`.
    static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
