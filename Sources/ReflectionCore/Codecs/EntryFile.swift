/// Why an entry file could not be read.
public struct EntryFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var message: String

    public var description: String { "\(path):\(line): \(message)" }
}

/// Converts between entries and the text of their Markdown files.
public enum EntryFile {
    /// The text of an entry's file: front matter, then the body.
    ///
    /// Fields reflect owns are set from the entry; other keys, and reflect's
    /// keys whose values did not change, keep their lines and places.
    public static func text(of entry: Entry) -> String {
        var matter = entry.frontMatter
        func set(_ key: String, _ value: String?) {
            if let value { matter.set(key, .string(value)) } else { matter.remove(key) }
        }
        func setList(_ key: String, _ values: [String], keepEmpty: Bool = false) {
            if values.isEmpty && !keepEmpty && matter[key] == nil { return }
            if values.isEmpty && !keepEmpty { matter.remove(key); return }
            matter.set(key, .list(values))
        }
        set("id", entry.id)
        // Timestamps are written plain, so YAML and Obsidian read them as date-times.
        upsertRaw(&matter, key: "created", value: entry.created.description)
        if let updated = entry.updated { upsertRaw(&matter, key: "updated", value: updated.description) } else { matter.remove("updated") }
        set("prompt", entry.prompt)
        set("question", entry.question)
        setList("themes", entry.themes)
        setList("sources", entry.sources)
        set("dilemma", entry.dilemma)
        set("focus", entry.focus)
        // A stage is a number, written plain so that YAML reads an integer.
        if let stage = entry.stage {
            if matter.string("stage").flatMap(Int.init) != stage {
                let field = FrontMatter.Field(key: "stage", value: .string(String(stage)), lines: ["stage: \(stage)"])
                if let index = matter.fields.firstIndex(where: { $0.key == "stage" }) { matter.fields[index] = field } else { matter.fields.append(field) }
            }
        } else {
            matter.remove("stage")
        }
        setList("tags", entry.tags)
        set("model", entry.model)
        // Keys keep their place in the file; a key reflect adds goes at the end
        // (for a new entry, that is the order above).
        // A file read from disk keeps its body's bytes (a last line with no
        // line end, or `\r\n` ends, stay so); a new entry ends with a line end.
        var body = entry.body
        if entry.frontMatter.fields.isEmpty, body.utf8.last != 0x0A { body += "\n" }
        return matter.text + body
    }

    /// Sets a key to a time written plain, keeping its line when the time is the same.
    static func upsertRaw(_ matter: inout FrontMatter, key: String, value: String) {
        let field = FrontMatter.Field(key: key, value: .string(value), lines: ["\(key): \(value)"])
        if let index = matter.fields.firstIndex(where: { $0.key == key }) {
            if case .string(let old) = matter.fields[index].value, Timestamp(iso: old) == Timestamp(iso: value) { return }
            matter.fields[index] = field
        } else {
            matter.fields.append(field)
        }
    }

    /// Reads an entry from its file's bytes.
    ///
    /// - Parameter fallbackID: the id from the file name, used when the front matter has none.
    /// - Throws: `EntryFileError` naming the path and line: invalid UTF-8, no
    ///   front matter, a malformed line, a missing or malformed `created`.
    /// A file's front matter and body, read as every journal file is: valid
    /// UTF-8, front matter first; errors name the file and line.
    public struct Parsed {
        public var matter: FrontMatter
        public var body: String

        /// The line a key is on (1 when it is not there), for messages.
        public func line(of key: String) -> Int {
            var number = 2 + matter.leadingLines.count
            for field in matter.fields {
                if field.key == key { return number }
                number += field.lines.count
            }
            return 1
        }
    }

    public static func parseFrontMatter(_ bytes: [UInt8], path: String) throws(EntryFileError) -> Parsed {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw EntryFileError(path: path, line: lineOfFirstInvalidByte(bytes), message: "not valid UTF-8")
        }
        let matter: FrontMatter
        let body: String
        do {
            (matter, body) = try FrontMatter.parse(text)
        } catch {
            throw EntryFileError(path: path, line: error.line, message: error.message)
        }
        guard !matter.fields.isEmpty else { throw EntryFileError(path: path, line: 1, message: "no front matter (expected '---' on the first line)") }
        return Parsed(matter: matter, body: body)
    }

    public static func parse(_ bytes: [UInt8], path: String, fallbackID: String) throws(EntryFileError) -> Entry {
        let parsed = try parseFrontMatter(bytes, path: path)
        let (matter, body) = (parsed.matter, parsed.body)
        func line(of key: String) -> Int { parsed.line(of: key) }
        guard let createdText = matter.string("created") else {
            throw EntryFileError(path: path, line: 1, message: "front matter has no 'created' time")
        }
        guard let created = Timestamp(iso: createdText) else {
            throw EntryFileError(path: path, line: line(of: "created"), message: "'created' is not an ISO 8601 time: \(createdText)")
        }
        for key in ["themes", "sources", "tags"] {
            if matter[key] == .other { throw EntryFileError(path: path, line: line(of: key), message: "'\(key)' must be a list of strings") }
        }
        var entry = Entry(id: matter.string("id") ?? fallbackID, created: created, prompt: matter.string("prompt"),
                          question: matter.string("question"), themes: matter.list("themes"), sources: matter.list("sources"),
                          dilemma: matter.string("dilemma"), tags: matter.list("tags").map(Tags.normalise), model: matter.string("model"),
                          body: body)
        if let updated = matter.string("updated") { entry.updated = Timestamp(iso: updated) }
        entry.focus = matter.string("focus")
        if let stageText = matter.string("stage") {
            guard let stage = Int(stageText), (1...99).contains(stage) else {
                throw EntryFileError(path: path, line: line(of: "stage"), message: "'stage' must be a number from 1, not \(stageText)")
            }
            entry.stage = stage
        }
        entry.frontMatter = matter
        return entry
    }

    /// What the schedule needs of an entry: its date, the prompt it answers,
    /// its themes, and the focus stage it writes.
    public struct ScheduleFields: Equatable, Sendable {
        public var date: CalendarDate
        public var prompt: String?
        public var themes: [String]
        public var focus: String?
        public var stage: Int?

        public init(date: CalendarDate, prompt: String? = nil, themes: [String] = [], focus: String? = nil, stage: Int? = nil) {
            self.date = date
            self.prompt = prompt
            self.themes = themes
            self.focus = focus
            self.stage = stage
        }
    }

    /// The created date, prompt, themes and focus stage of an entry file: what the
    /// schedule needs each morning. Plain `key: value` lines and block lists
    /// (as reflect writes them) are read straight from the bytes, within the
    /// boundary `EntryHeader` finds; anything else falls back to the full
    /// parser. Nil for a file that cannot be read.
    public static func scheduleFields(_ bytes: [UInt8], path: String) -> ScheduleFields? {
        func full() -> ScheduleFields? {
            guard let entry = try? parse(bytes, path: path, fallbackID: id(fromPath: path)) else { return nil }
            return ScheduleFields(date: entry.created.date, prompt: entry.prompt, themes: entry.themes, focus: entry.focus, stage: entry.stage)
        }
        var date: CalendarDate?
        var prompt: String?
        var focus: String?
        var stage: Int?
        var themes: [String] = []
        var inThemes = false
        var inOtherList = false
        var plain = true
        let closed = EntryHeader.lines(bytes) { line in
            // A comment or blank line is no key, and does not end a list
            // (the parser keeps it in the field when more items follow).
            if line.isEmpty || line.first == UInt8(ascii: "#") { return true }
            if line.starts(with: Array("  - ".utf8)) {
                if inOtherList { return true }
                guard inThemes else { plain = false; return false }
                let item = String(decoding: line.dropFirst(4), as: UTF8.self)
                guard isPlainID(item) else { plain = false; return false }
                themes.append(item)
                return true
            }
            inThemes = false
            inOtherList = false
            if line.starts(with: Array("created: ".utf8)) {
                guard let parsed = CalendarDate(iso: String(decoding: line.dropFirst(9).prefix(10), as: UTF8.self)) else { plain = false; return false }
                date = parsed
            } else if line.starts(with: Array("prompt: ".utf8)) {
                let value = String(decoding: line.dropFirst(8), as: UTF8.self)
                guard isPlainID(value) else { plain = false; return false }
                prompt = value
            } else if line.starts(with: Array("focus: ".utf8)) {
                let value = String(decoding: line.dropFirst(7), as: UTF8.self)
                guard isPlainID(value) else { plain = false; return false }
                focus = value
            } else if line.starts(with: Array("stage: ".utf8)) {
                guard let value = Int(String(decoding: line.dropFirst(7), as: UTF8.self)), (1...99).contains(value) else { plain = false; return false }
                stage = value
            } else if line.elementsEqual("themes:".utf8) {
                inThemes = true
            } else if line.starts(with: Array("themes:".utf8)) || line.starts(with: Array("prompt:".utf8))
                        || line.starts(with: Array("focus:".utf8)) || line.starts(with: Array("stage:".utf8))
                        || line.starts(with: Array("created:".utf8)) || line.first == 0x20 || line.first == 0x2D || line.first == 0x09 {
                plain = false
                return false
            } else if line.last == UInt8(ascii: ":") {
                inOtherList = true
            }
            return true
        }
        guard plain, closed != nil, let date else { return full() }
        return ScheduleFields(date: date, prompt: prompt, themes: themes, focus: focus, stage: stage)
    }

    /// Whether a value is an id written plain: lower-case letters, digits
    /// and hyphens, and not `null`, which YAML reads as no value.
    static func isPlainID(_ text: String) -> Bool {
        !text.isEmpty && text != "null" && text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    /// The id part of an entry's file name (`.../20261126-093012-417kf.md`).
    public static func id(fromPath path: String) -> String {
        let utf8 = path.utf8
        let start = utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
        let name = Substring(path.utf8[start...])
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : String(name)
    }

    static func lineOfFirstInvalidByte(_ bytes: [UInt8]) -> Int {
        var line = 1
        var index = 0
        while index < bytes.count {
            let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            if String(validating: bytes[index..<end], as: UTF8.self) == nil { return line }
            line += 1
            index = end + 1
        }
        return line
    }
}
