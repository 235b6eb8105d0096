/// How the schedule's files merge when two devices changed them (`reflect
/// sync`): as the union of their dated records. A record removed on one
/// device and left alone on the other goes (`skip --undo`); where both
/// devices recorded the same day differently, the record already shared
/// (the remote's, which reached the shared history first) wins.
extension SyncRules {
    public static let schedule = SyncRules(files: [
        "shown.log": ScheduleLedger.merge,
        "skips.json": SkipLog.merge,
        "plan.json": Plan.merge,
    ])
}

/// A three-way merge of keyed records: a key's record changed on one side
/// takes that side; changed on both, `theirs`.
func mergeRecords<Record: Equatable>(base: [String: Record], ours: [String: Record], theirs: [String: Record]) -> [String: Record] {
    var merged: [String: Record] = [:]
    for key in Set(ours.keys).union(theirs.keys) {
        let b = base[key], o = ours[key], t = theirs[key]
        let chosen = o == t ? o : o == b ? t : t == b ? o : (t ?? o)
        if let chosen { merged[key] = chosen }
    }
    return merged
}

extension ScheduleLedger {
    /// Every line of both ledgers, each once, in date order: where both
    /// devices recorded a day, the reader takes the line recorded first.
    static func merge(base: [UInt8]?, ours: [UInt8], theirs: [UInt8]) -> [UInt8]? {
        var lines = Set<Substring>()
        for bytes in [ours, theirs] {
            for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where !line.trimmed.isEmpty { lines.insert(line) }
        }
        return Array(lines.sorted().map { $0 + "\n" }.joined().utf8)
    }
}

extension SkipLog {
    /// The skips of both devices, one per day and prompt.
    static func merge(base: [UInt8]?, ours: [UInt8], theirs: [UInt8]) -> [UInt8]? {
        func decode(_ bytes: [UInt8]) -> SkipLog? { try? JSONInput.decode(SkipLog.self, from: Data(bytes)) }
        guard let mine = decode(ours), let other = decode(theirs) else { return nil }
        let ancestor = base.flatMap(decode) ?? SkipLog()
        func keyed(_ log: SkipLog) -> [String: Skip] {
            Dictionary(log.skips.map { ("\($0.date) \($0.prompt) \($0.focus ?? "") \($0.stage ?? 0)", $0) }, uniquingKeysWith: { a, _ in a })
        }
        var log = mine
        log.schemaVersion = max(mine.schemaVersion, other.schemaVersion)
        log.skips = mergeRecords(base: keyed(ancestor), ours: keyed(mine), theirs: keyed(other)).sorted { $0.key < $1.key }.map(\.value)
        return Array(JSONOutput.encode(log).utf8)
    }
}

extension Plan {
    /// The plan's settings of both devices, each with the day it took
    /// effect: the latest is the current one, the others its history.
    static func merge(base: [UInt8]?, ours: [UInt8], theirs: [UInt8]) -> [UInt8]? {
        func decode(_ bytes: [UInt8]) -> Plan? {
            guard let plan = try? JSONInput.decode(Plan.self, from: Data(bytes)), plan.problem == nil else { return nil }
            return plan
        }
        guard let mine = decode(ours), let other = decode(theirs) else { return nil }
        let ancestor = base.flatMap(decode) ?? Plan()
        func keyed(_ plan: Plan) -> [String: Period] {
            Dictionary(plan.periods.map { (($0.fromDate ?? defaultEpoch).description, $0) }, uniquingKeysWith: { _, b in b })
        }
        var periods = mergeRecords(base: keyed(ancestor), ours: keyed(mine), theirs: keyed(other)).sorted { $0.key < $1.key }.map(\.value)
        // A setting the same as the one before it is no change.
        periods = periods.reduce(into: []) { kept, period in
            if let last = kept.last, last.days == period.days, last.focus == period.focus { return }
            kept.append(period)
        }
        var plan = mine
        plan.schemaVersion = max(mine.schemaVersion, other.schemaVersion)
        plan.seed = mine.seed == other.seed || other.seed == ancestor.seed ? mine.seed : other.seed
        plan.salt = mine.salt == other.salt || other.salt == ancestor.salt || other.salt == nil ? mine.salt : other.salt
        guard let current = periods.last else { return nil }
        plan.history = Array(periods.dropLast())
        plan.days = current.days
        plan.focus = current.focus
        plan.from = plan.history.isEmpty && current.fromDate == defaultEpoch ? nil : current.from
        return Array(JSONOutput.encode(plan).utf8)
    }
}
