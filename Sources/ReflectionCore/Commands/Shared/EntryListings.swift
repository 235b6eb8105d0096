/// Listing entries as `list` and `source --entries` print them.
enum EntryListings {
    /// Index records that pass a scan's filters (and mention one of `ids`),
    /// or, for formats that print whole entries, the entries themselves.
    static func listed(_ scan: EntryScan, mentioning ids: [String] = [], wholeEntries: Bool) -> Outcome {
        var warnings: [String] = []
        let records = scan.records(mentioning: ids) { warnings.append($0) }
        guard wholeEntries else { return Outcome(.listing(.records(records)), warnings: warnings) }
        var entries: [StoredEntry] = []
        for (_, path) in records {
            do { entries.append(StoredEntry(entry: try scan.journal.read(path: path), path: path)) } catch {
                warnings.append(error.description)
            }
        }
        return Outcome(.listing(.entries(entries)), warnings: warnings)
    }

    /// The entries of a scan, read whole, with unreadable files as warnings.
    static func entries(_ scan: EntryScan, search: SearchQuery? = nil) -> (entries: [StoredEntry], warnings: [String]) {
        var warnings: [String] = []
        let entries = scan.entries(search: search) { warnings.append($0.description) }
        return (entries, warnings)
    }

    /// The entries of a scan, read one at a time as the renderer asks.
    static func stream(_ scan: EntryScan, search: SearchQuery? = nil) -> EntryStream {
        EntryStream { problem, visit in
            scan.forEach(search: search, problems: { problem($0.description) }, visit: visit)
        }
    }
}
