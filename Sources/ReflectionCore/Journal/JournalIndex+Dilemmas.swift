extension JournalIndex.Line {
    /// The entry's created time and dilemma (fields 5 and 12), without
    /// decoding the rest: all `dilemma list` needs of each entry.
    var dilemmaFields: (created: String, dilemma: String?)? {
        var fields: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        while fields.count < 13 {
            let end = bytes[start...].firstIndex(of: 0x09) ?? bytes.endIndex
            fields.append(bytes[start..<end])
            if end == bytes.endIndex { break }
            start = end + 1
        }
        guard fields.count == 13 else { return nil }
        return (JournalIndex.unescape(fields[5]), fields[12].isEmpty ? nil : JournalIndex.unescape(fields[12]))
    }
}

extension JournalIndex {
    /// For each dilemma an entry is filed under, how many entries are and
    /// when the newest was written, in one pass over the index lines
    /// (decoded only as far as the dilemma field).
    ///
    /// - Parameter problems: called with `path:line: message` for each file
    ///   the index could not read.
    public func dilemmaCounts(journal: Journal, problems: (String) -> Void) -> [String: (count: Int, last: Timestamp?)] {
        var counts: [String: (count: Int, last: Timestamp?)] = [:]
        for key in months.keys.sorted(by: >) {
            guard let month = months[key] else { continue }
            for name in month.lines.keys.sorted(by: >) {
                guard let line = month.lines[name] else { continue }
                if Self.isError(line.bytes) {
                    let path = "\(journal.entriesFolder)/\(key)/\(name)"
                    problems(line.record.problem(at: path) ?? "\(path): index damaged")
                    continue
                }
                guard let (created, dilemma) = line.dilemmaFields, let dilemma else { continue }
                let previous = counts[dilemma] ?? (0, nil)
                counts[dilemma] = (previous.count + 1, [previous.last, Timestamp(iso: created)].compactMap { $0 }.max())
            }
        }
        return counts
    }
}
