extension FuzzTarget {
    /// Front matter read is written back as the same front matter; a value
    /// reflect sets reads back as that value; an entry or a dilemma read,
    /// written and read again is the same, and written again the same text.
    static func checkFrontMatter(_ payload: [UInt8]) throws(FuzzFailure) {
        let text = String(decoding: payload, as: UTF8.self)
        if let (matter, body) = try? FrontMatter.parse(text) {
            try expect((try? FrontMatter.parse(matter.text + body)).map { $0 == (matter, body) } == true,
                       "front matter read, written and read again is not the same")
            // A value set from the input (the text as a string, its lines as a list) reads back as that value.
            var changed = matter
            changed.set("question", .string(text))
            changed.set("tags", .list(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
            let reread = try? FrontMatter.parse(changed.text + body)
            for field in changed.fields {
                try expect(reread?.0[field.key] == field.value, "'\(field.key)' set to \(field.value) reads back as \(String(describing: reread?.0[field.key]))")
            }
            try expect(reread?.body == body, "setting values changed the body")
        }
        try expectStableRewrite(payload, of: "an entry", parse: { bytes throws(EntryFileError) in try EntryFile.parse(bytes, path: "fuzz.md", fallbackID: "fuzz") },
                                text: EntryFile.text(of:)) { read, again in
            // A file read keeps its body's bytes, a last line with no line end included.
            var expected = read
            expected.frontMatter = again.frontMatter
            return expected
        }
        try expectStableRewrite(payload, of: "a dilemma", parse: { bytes throws(EntryFileError) in try DilemmaFile.parse(bytes, path: "fuzz.md", fallbackID: "fuzz") },
                                text: DilemmaFile.text(of:)) { read, again in
            var expected = read
            expected.frontMatter = again.frontMatter
            return expected
        }
    }

    /// A file that reads (as an entry, or a dilemma) is written as text that
    /// reads back as the same value (`expected`: the value read, with what
    /// writing is meant to change), and is written again as the same text.
    private static func expectStableRewrite<Value: Equatable>(_ bytes: [UInt8], of kind: String, parse: ([UInt8]) throws(EntryFileError) -> Value,
                                                               text: (Value) -> String, expected: (_ read: Value, _ again: Value) -> Value) throws(FuzzFailure) {
        guard let read = try? parse(bytes) else { return }
        let written = text(read)
        let again: Value
        do { again = try parse(Array(written.utf8)) } catch { throw FuzzFailure(message: "\(kind) reflect wrote does not read back: \(error)") }
        try expect(again == expected(read, again), "\(kind) read, written and read again changed: \(read) became \(again)")
        try expect(text(again) == written, "\(kind) written twice is not the same text")
    }

    /// Every scan finds the front matter where the parser does: the body at
    /// the same offset, the same lines in it; the `created` a quick read
    /// finds is the parser's; the schedule's fast read of an entry agrees
    /// with the full parser.
    static func checkEntryHeader(_ bytes: [UInt8]) throws(FuzzFailure) {
        let offset = EntryHeader.bodyOffset(bytes)
        var scanned: [[UInt8]] = []
        let closed = EntryHeader.lines(bytes) { scanned.append(Array($0)); return true }
        try expect((closed ?? 0) == offset, "lines() ends the front matter at \(String(describing: closed)), bodyOffset() at \(offset)")
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        switch Result(catching: { () throws(FrontMatterError) in try FrontMatter.parse(text) }) {
        case .success(let (matter, body)):
            try expect(Array(body.utf8) == Array(bytes[offset...]), "the parser's body starts elsewhere than at bodyOffset \(offset)")
            let parsedLines = (matter.leadingLines + matter.fields.flatMap(\.lines)).map { Array($0.utf8) }
            try expect(offset == 0 || parsedLines == scanned, "the scan and the parser see different front-matter lines")
        case .failure(let error):
            try expect(offset > 0 || error.message.contains("never closed"), "the parser refuses a file (\(error)) whose front matter the scan never finds")
        }
        let fast = EntryFile.scheduleFields(bytes, path: "fuzz.md")
        guard let entry = try? EntryFile.parse(bytes, path: "fuzz.md", fallbackID: "fuzz") else { return }
        let full = EntryFile.ScheduleFields(date: entry.created.date, prompt: entry.prompt, themes: entry.themes, focus: entry.focus, stage: entry.stage)
        try expect(fast == full, "the schedule's fast read gives \(String(describing: fast)), the parser \(full)")
        if let raw = EntryHeader.rawValue(of: "created", in: bytes), let created = Timestamp(iso: String(decoding: raw, as: UTF8.self)) {
            try expect(created == entry.created, "a quick read of 'created' gives \(created), the parser \(entry.created)")
        }
    }
}
