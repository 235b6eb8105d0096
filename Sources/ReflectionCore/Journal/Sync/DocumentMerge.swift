/// Merging an entry or a dilemma changed on two devices, never dropping
/// text: the front matter key by key, the body three ways.
///
/// - A key changed on one side only takes that side; a key one side added
///   is kept; a key removed on one side and left alone on the other goes.
/// - Changed on both sides: `updated` takes the later time, a list becomes
///   the union (this side's items, then the other's new ones); any other
///   value changed differently on both sides cannot be merged.
/// - The body: one side's when only it changed, else the three-way merge
///   the caller gives (git's `merge-file`), which fails on overlapping edits.
///
/// When a merge fails the caller keeps both texts (a conflict copy).
enum DocumentMerge {
    /// The merged text, or nil when it cannot be merged cleanly.
    ///
    /// - Parameters:
    ///   - base: the text both started from (nil when both sides added the file).
    ///   - mergeBodies: a three-way merge of (base, ours, theirs), nil on a conflict.
    static func merge(base: String?, ours: String, theirs: String,
                      mergeBodies: (_ base: String, _ ours: String, _ theirs: String) -> String?) -> String? {
        guard let (oursMatter, oursBody) = try? FrontMatter.parse(ours),
              let (theirsMatter, theirsBody) = try? FrontMatter.parse(theirs) else { return nil }
        var baseMatter = FrontMatter()
        var baseBody = ""
        if let base {
            guard let parsed = try? FrontMatter.parse(base) else { return nil }
            (baseMatter, baseBody) = parsed
        }
        guard let matter = mergeFields(base: baseMatter, ours: oursMatter, theirs: theirsMatter) else { return nil }
        let body: String
        if oursBody == theirsBody || theirsBody == baseBody {
            body = oursBody
        } else if oursBody == baseBody {
            body = theirsBody
        } else {
            guard let merged = mergeBodies(baseBody, oursBody, theirsBody) else { return nil }
            body = merged
        }
        let text = (matter.fields.isEmpty && oursMatter.fields.isEmpty && !ours.hasPrefix("---") ? "" : matter.text) + body
        // What is saved must read back as a front matter.
        guard (try? FrontMatter.parse(text)) != nil else { return nil }
        return text
    }

    /// The fields of the two sides merged against the base (kept in this
    /// side's layout and order, the other side's new keys after them); nil
    /// when a value changed differently on both sides.
    static func mergeFields(base: FrontMatter, ours: FrontMatter, theirs: FrontMatter) -> FrontMatter? {
        var keys = ours.fields.map(\.key)
        for field in theirs.fields where !keys.contains(field.key) { keys.append(field.key) }
        func field(_ matter: FrontMatter, _ key: String) -> FrontMatter.Field? { matter.fields.first { $0.key == key } }
        var merged = ours
        merged.fields = []
        for key in keys {
            let b = field(base, key), o = field(ours, key), t = field(theirs, key)
            let chosen: FrontMatter.Field?
            if o?.lines == t?.lines {
                chosen = o
            } else if o?.lines == b?.lines {
                chosen = t
            } else if t?.lines == b?.lines {
                chosen = o
            } else if let o, let t {
                guard let both = mergeBothChanged(key: key, ours: o, theirs: t) else { return nil }
                chosen = both
            } else {
                // Removed on one side, changed on the other: the change is kept.
                chosen = o ?? t
            }
            if let chosen { merged.fields.append(chosen) }
        }
        return merged
    }

    /// A key both sides changed: `updated` takes the later time; lists their union.
    static func mergeBothChanged(key: String, ours: FrontMatter.Field, theirs: FrontMatter.Field) -> FrontMatter.Field? {
        if key == "updated" {
            guard case .string(let a) = ours.value, case .string(let b) = theirs.value,
                  let first = Timestamp(iso: a), let second = Timestamp(iso: b) else { return nil }
            return second > first ? theirs : ours
        }
        switch (ours.value, theirs.value) {
        case (.list(let a), .list(let b)):
            var union = a
            for item in b where !union.contains(item) { union.append(item) }
            return FrontMatter.Field(key: key, value: .list(union), lines: FrontMatter.emit(key, .list(union)))
        default:
            return nil
        }
    }

    /// A copy of a text under a new id, with `conflict-of` naming the
    /// original and `conflict-device` this device (left out for an id
    /// created on both sides, which is a different text, not a conflict).
    static func copy(_ text: String, newID: String, conflictOf original: String?, device: String) -> String? {
        guard let (parsed, body) = try? FrontMatter.parse(text) else { return nil }
        var matter = parsed
        matter.set("id", .string(newID))
        if let original {
            matter.set("conflict-of", .string(original))
            matter.set("conflict-device", .string(device))
        }
        return matter.text + body
    }
}
