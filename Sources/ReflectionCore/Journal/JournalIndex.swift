#if canImport(Glibc)
import Glibc
#endif

/// An action as the index keeps it.
public struct IndexedAction: Equatable, Sendable {
    public var state: Actions.State
    public var key: String
    public var text: String

    /// `o|key|text`.
    var encoded: String { "\(state == .open ? "o" : state == .done ? "d" : "x")|\(key)|\(text)" }

    init(_ item: Actions.Item) {
        state = item.state
        key = item.key
        text = item.text
    }

    init?(encoded: Substring) {
        let parts = encoded.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        switch parts[0] {
        case "o": state = .open
        case "d": state = .done
        case "x": state = .dropped
        default: return nil
        }
        key = String(parts[1])
        text = String(parts[2])
    }
}

/// A theme the matcher ranks for an entry linked to no theme, with its score.
public struct SuggestedTheme: Equatable, Sendable {
    public var theme: String
    public var score: Double

    /// `theme:score`, the score to two decimals.
    var encoded: String { "\(theme):\(Double(Int((score * 100).rounded())) / 100)" }

    public init(theme: String, score: Double) {
        self.theme = theme
        self.score = score
    }

    init?(encoded: Substring) {
        guard let colon = encoded.lastIndex(of: ":"), let score = Double(encoded[encoded.index(after: colon)...]) else { return nil }
        theme = String(encoded[..<colon])
        self.score = score
    }

    /// The built-in library's best themes for an entry's body (headings left out), at most three.
    static func ranking(_ body: String) -> [SuggestedTheme] {
        ThemeMatcher.shared(for: .builtIn()).rank(ThemeMatcher.prose(of: body), limit: 3).map { SuggestedTheme(theme: $0.theme.id, score: $0.score) }
    }
}

/// What the index knows of one entry file: enough to filter and list
/// without reading it.
public struct IndexRecord: Equatable, Sendable {
    public var name: String
    public var mtime: Int64
    public var size: Int64
    public var id: String
    public var created: String
    public var prompt: String?
    public var question: String?
    public var themes: [String]
    public var sources: [String]
    /// Front-matter and body tags.
    public var tags: [String]
    public var model: String?
    public var dilemma: String?
    /// The focus stage the entry writes.
    public var focus: String?
    public var stage: Int?
    /// The entry's actions: `o`, `d` or `x` (open, done, dropped), its key and its text.
    public var actions: [IndexedAction] = []
    public var firstWords: String
    /// `[[targets]]` in the body.
    public var links: [String]
    /// Why the file could not be read (`line N: message`), if it could not.
    public var error: String?
    /// For an entry linked to no theme: the built-in library's best themes
    /// for its text, kept so that a review need not read the entry.
    public var suggested: [SuggestedTheme] = []

    public init(name: String, mtime: Int64, size: Int64, id: String, created: String, prompt: String?, question: String?, themes: [String],
                sources: [String], tags: [String], model: String?, dilemma: String?, firstWords: String, links: [String], error: String?,
                focus: String? = nil, stage: Int? = nil, actions: [IndexedAction] = [], suggested: [SuggestedTheme] = []) {
        self.actions = actions
        self.suggested = suggested
        self.name = name
        self.mtime = mtime
        self.size = size
        self.id = id
        self.created = created
        self.prompt = prompt
        self.question = question
        self.themes = themes
        self.sources = sources
        self.tags = tags
        self.model = model
        self.dilemma = dilemma
        self.focus = focus
        self.stage = stage
        self.firstWords = firstWords
        self.links = links
        self.error = error
    }

    /// The record of a file's bytes.
    static func make(name: String, mtime: Int64, size: Int64, bytes: [UInt8], path: String) -> IndexRecord {
        let fallback = String(name.dropLast(3))
        do {
            let entry = try EntryFile.parse(bytes, path: path, fallbackID: fallback)
            return IndexRecord(name: name, mtime: mtime, size: size, id: entry.id, created: entry.created.description,
                               prompt: entry.prompt, question: entry.question, themes: entry.themes, sources: entry.sources,
                               tags: entry.allTags, model: entry.model, dilemma: entry.dilemma, firstWords: entry.firstWords(),
                               links: Links.inBody(entry.body), error: nil, focus: entry.focus, stage: entry.stage,
                               actions: Actions.items(in: entry.body).map(IndexedAction.init),
                               suggested: entry.themes.isEmpty ? SuggestedTheme.ranking(entry.body) : [])
        } catch {
            return IndexRecord(name: name, mtime: mtime, size: size, id: fallback, created: "", prompt: nil, question: nil, themes: [],
                               sources: [], tags: [], model: nil, dilemma: nil, firstWords: "", links: [], error: "\(error.line): \(error.message)")
        }
    }

    /// The record of a file that cannot be read at all: why, in words.
    static func unreadable(name: String, size: Int64, reason: String) -> IndexRecord {
        IndexRecord(name: name, mtime: 0, size: size, id: String(name.dropLast(3)), created: "", prompt: nil, question: nil, themes: [],
                    sources: [], tags: [], model: nil, dilemma: nil, firstWords: "", links: [], error: reason)
    }

    /// What is wrong with the file at `path`, if anything: `path:line: message`
    /// when it does not parse, `path: reason` when it cannot be read.
    public func problem(at path: String) -> String? {
        guard let error else { return nil }
        return error.first?.isNumber == true ? "\(path):\(error)" : "\(path): \(error)"
    }
}

/// A cache of every entry's front matter, kept in the journal folder
/// (`.index`, private like the entries) so that filters, backlinks and the
/// daily schedule need not read ten thousand files.
///
/// It is never trusted blindly: a month folder whose modification time
/// changed is listed again, and (when asked) every file's time and size is
/// checked, so files added, removed or edited by hand, by reflect or by
/// another program are read again. Times too recent to be sure of are not
/// recorded (the "racy git" problem), so a change in the same tick as a
/// rebuild is still seen next time. A missing, damaged or older index is
/// simply rebuilt; the entries are the truth.
public struct JournalIndex {
    /// The format's version, and a stamp of the built-in library the
    /// suggestions were ranked with: a new library rebuilds the index.
    static let header = "reflect-index\t5\t\(PromptLibrary.builtIn().stamp)"

    /// One entry's line of the index file, decoded only when needed.
    struct Line {
        var name: String
        var mtime: Int64
        var size: Int64
        /// The whole line, as saved (without its line end).
        var bytes: ArraySlice<UInt8>

        var record: IndexRecord {
            var fields: [String] = []
            var start = bytes.startIndex
            while true {
                let end = bytes[start...].firstIndex(of: 0x09) ?? bytes.endIndex
                fields.append(JournalIndex.unescape(bytes[start..<end]))
                if end == bytes.endIndex { break }
                start = end + 1
            }
            guard fields.count == 20 else {
                return IndexRecord(name: name, mtime: 0, size: -1, id: String(name.dropLast(3)), created: "", prompt: nil, question: nil,
                                   themes: [], sources: [], tags: [], model: nil, dilemma: nil, firstWords: "", links: [], error: "index damaged")
            }
            func optional(_ s: String) -> String? { s.isEmpty ? nil : s }
            func list(_ s: String) -> [String] { s.isEmpty ? [] : s.utf8.split(separator: 0x1F).map { String(decoding: $0, as: UTF8.self) } }
            return IndexRecord(name: name, mtime: mtime, size: size, id: fields[4], created: fields[5], prompt: optional(fields[6]),
                               question: optional(fields[7]), themes: list(fields[8]), sources: list(fields[9]), tags: list(fields[10]),
                               model: optional(fields[11]), dilemma: optional(fields[12]), firstWords: fields[13],
                               links: list(fields[14]), error: optional(fields[19]), focus: optional(fields[15]), stage: Int(fields[16]),
                               actions: fields[17].isEmpty ? [] : fields[17].split(separator: "\u{1F}").compactMap { IndexedAction(encoded: $0) },
                               suggested: fields[18].isEmpty ? [] : fields[18].split(separator: "\u{1F}").compactMap { SuggestedTheme(encoded: $0) })
        }

        /// Only what the schedule needs: the created date, the prompt, the
        /// themes and the focus stage (fields 5, 6, 8, 15 and 16), without
        /// decoding the rest.
        var historyFields: EntryFile.ScheduleFields? {
            var fields: [ArraySlice<UInt8>] = []
            var start = bytes.startIndex
            while fields.count < 17 {
                let end = bytes[start...].firstIndex(of: 0x09) ?? bytes.endIndex
                fields.append(bytes[start..<end])
                if end == bytes.endIndex { break }
                start = end + 1
            }
            guard fields.count == 17, fields[5].count >= 10,
                  let date = CalendarDate(iso: String(decoding: fields[5].prefix(10), as: UTF8.self)) else { return nil }
            let prompt = fields[6].isEmpty ? nil : String(decoding: fields[6], as: UTF8.self)
            let themes = fields[8].isEmpty ? [] : fields[8].split(separator: 0x1F).map { String(decoding: $0, as: UTF8.self) }
            let focus = fields[15].isEmpty ? nil : String(decoding: fields[15], as: UTF8.self)
            return EntryFile.ScheduleFields(date: date, prompt: prompt, themes: themes, focus: focus, stage: Int(String(decoding: fields[16], as: UTF8.self)))
        }

        init(name: String, mtime: Int64, size: Int64, bytes: ArraySlice<UInt8>) {
            self.name = name
            self.mtime = mtime
            self.size = size
            self.bytes = bytes
        }

        init(_ r: IndexRecord) {
            let unit = "\u{1F}"
            var fields: [String] = ["E", r.name, String(r.mtime), String(r.size), r.id, r.created, r.prompt ?? "", r.question ?? ""]
            fields += [r.themes.joined(separator: unit), r.sources.joined(separator: unit), r.tags.joined(separator: unit)]
            fields += [r.model ?? "", r.dilemma ?? "", r.firstWords, r.links.joined(separator: unit)]
            fields += [r.focus ?? "", r.stage.map(String.init) ?? "", r.actions.map(\.encoded).joined(separator: unit)]
            // The error stays last: a line that does not end in a tab is an error's (`isError`).
            fields += [r.suggested.map(\.encoded).joined(separator: unit), r.error ?? ""]
            self.init(name: r.name, mtime: r.mtime, size: r.size, bytes: ArraySlice(fields.map(JournalIndex.escape).joined(separator: "\t").utf8))
        }
    }

    struct Month {
        var folderMtime: Int64
        /// Lines by file name.
        var lines: [String: Line]
    }

    var months: [String: Month] = [:]
    var changed = false

    /// The index file of a journal.
    public static func path(of journal: Journal) -> String { journal.folder + "/.index" }

    /// Loads the index (empty when missing or unreadable), brings it up to
    /// date with the entries on disk, and saves it if anything changed and
    /// the journal is writable.
    ///
    /// - Parameter checkFiles: also compare every file's time and size
    ///   (catches edits made in place); without it only folders are checked.
    public static func current(_ journal: Journal, checkFiles: Bool) -> JournalIndex {
        var index = load(journal)
        index.refresh(journal, checkFiles: checkFiles)
        if index.changed { index.save(journal) }
        return index
    }

    /// The records whose index lines contain every one of `needles` (a
    /// quick test on bytes before decoding), newest first, with their paths.
    public func records(since: CalendarDate? = nil, until: CalendarDate? = nil, containing needles: [[UInt8]] = [],
                        journal: Journal) -> [(IndexRecord, String)] {
        let low = since.map { $0.year * 100 + $0.month } ?? 0
        let high = until.map { $0.year * 100 + $0.month } ?? Int.max
        var result: [(IndexRecord, String)] = []
        for key in months.keys.sorted(by: >) {
            let number = (Int(key.prefix(4)) ?? 0) * 100 + (Int(key.suffix(2)) ?? 0)
            guard (low...high).contains(number), let month = months[key] else { continue }
            for name in month.lines.keys.sorted(by: >) {
                guard let line = month.lines[name] else { continue }
                // Lines of unreadable files always pass, so that their problem is reported.
                if !needles.allSatisfy({ ByteSearch.containsIgnoringASCIICase(line.bytes, $0) }), !Self.isError(line.bytes) { continue }
                result.append((line.record, "\(journal.entriesFolder)/\(key)/\(name)"))
            }
        }
        return result
    }

    /// The entries written on a date (id, created time and first words
    /// only), read from their month folder: no index needed.
    public static func records(on date: CalendarDate, in journal: Journal) -> [IndexRecord] {
        let (month, day) = (Timestamp.two(date.month), Timestamp.two(date.day))
        let prefix = "\(date.year)\(month)\(day)"
        let folder = "\(journal.entriesFolder)/\(date.year)/\(month)"
        return FileSystem.names(in: folder, startingWith: Array(prefix.utf8)).filter { $0.hasSuffix(".md") }.sorted().compactMap { name in
            let path = "\(folder)/\(name)"
            guard let bytes = try? FileSystem.read(path) else { return nil }
            // Only the time and the first words are shown: the header is read on bytes, not parsed.
            let bodyStart = EntryHeader.bodyOffset(bytes)
            guard bodyStart > 0, let value = EntryHeader.rawValue(of: "created", in: bytes) else { return nil }
            let entry = Entry(id: String(name.dropLast(3)), created: Timestamp(iso: String(decoding: value, as: UTF8.self).trimmed)
                                ?? Timestamp(date: date, hour: 0, minute: 0, second: 0, offset: 0),
                              body: String(decoding: bytes[bodyStart...], as: UTF8.self))
            return IndexRecord(name: name, mtime: 0, size: Int64(bytes.count), id: entry.id, created: entry.created.description,
                               prompt: nil, question: nil, themes: [], sources: [], tags: [], model: nil, dilemma: nil,
                               firstWords: entry.firstWords(), links: [], error: nil)
        }
    }

    /// Every entry's date, prompt, themes and focus stage, for the schedule.
    public func history() -> [EntryFile.ScheduleFields] {
        months.values.flatMap { $0.lines.values.compactMap(\.historyFields) }
    }

    /// How many entries the index holds.
    public var count: Int { months.values.reduce(0) { $0 + $1.lines.count } }

    /// Whether a line records a file that could not be read (its last field is not empty).
    static func isError(_ bytes: ArraySlice<UInt8>) -> Bool { bytes.last != 0x09 }

    mutating func refresh(_ journal: Journal, checkFiles: Bool) {
        let now = Clock.fileSystemSeconds() * 1_000_000_000
        // A time within two seconds of now may still change in the same tick.
        func settled(_ mtime: Int64) -> Int64 { mtime < now - 2_000_000_000 ? mtime : 0 }
        var seen = Set<String>()
        for folder in journal.monthFolders() {
            let key = String(folder.suffix(7))
            seen.insert(key)
            guard let folderMtime = Self.mtime(of: folder) else { continue }
            var month = months[key] ?? Month(folderMtime: 0, lines: [:])
            if month.folderMtime != 0, month.folderMtime == folderMtime, !checkFiles { continue }
            let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard directory >= 0 else { continue }
            defer { close(directory) }
            var lines: [String: Line] = [:]
            for name in Journal.entryNames(in: folder) {
                var info = stat()
                guard fstatat(directory, name, &info, 0) == 0 else { continue }
                let mtime = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
                let size = Int64(info.st_size)
                if let old = month.lines[name], old.mtime != 0, old.mtime == mtime, old.size == size {
                    lines[name] = old
                    continue
                }
                let path = "\(folder)/\(name)"
                let bytes: [UInt8]
                do { bytes = try FileSystem.read(name, in: directory, path: path) } catch {
                    // A file that cannot be read (over the size reflect reads, a pipe, closed to the user)
                    // is recorded as a problem, never left out in silence; with no time, so it is tried again.
                    let line = Line(IndexRecord.unreadable(name: name, size: size, reason: error.reason))
                    if month.lines[name]?.bytes.elementsEqual(line.bytes) != true { changed = true }
                    lines[name] = line
                    continue
                }
                lines[name] = Line(IndexRecord.make(name: name, mtime: settled(mtime), size: size, bytes: bytes, path: path))
                changed = true
            }
            if lines.count != month.lines.count || month.folderMtime != settled(folderMtime) { changed = true }
            month.lines = lines
            month.folderMtime = settled(folderMtime)
            months[key] = month
        }
        for key in months.keys where !seen.contains(key) {
            months[key] = nil
            changed = true
        }
    }

    static func mtime(of path: String) -> Int64? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }

    // MARK: - The file

    static func load(_ journal: Journal) -> JournalIndex {
        var index = JournalIndex()
        guard let bytes = try? FileSystem.read(path(of: journal)) else { return index }
        let all = ArraySlice(bytes)
        var lineStart = 0
        var current: String?
        var first = true
        while lineStart < all.count {
            let lineEnd = all[lineStart...].firstIndex(of: 0x0A) ?? all.count
            let line = all[lineStart..<lineEnd]
            lineStart = lineEnd + 1
            if first {
                guard line.elementsEqual(header.utf8) else { return index }
                first = false
                continue
            }
            // Only the first four fields are read now; the rest when a record is used.
            var fields: [ArraySlice<UInt8>] = []
            var fieldStart = line.startIndex
            while fields.count < 4 {
                let fieldEnd = line[fieldStart...].firstIndex(of: 0x09) ?? line.endIndex
                fields.append(line[fieldStart..<fieldEnd])
                if fieldEnd == line.endIndex { break }
                fieldStart = fieldEnd + 1
            }
            if fields.count == 3, fields[0].elementsEqual("M".utf8) {
                let key = String(decoding: fields[1], as: UTF8.self)
                current = key
                index.months[key] = Month(folderMtime: Int64(String(decoding: fields[2], as: UTF8.self)) ?? 0, lines: [:])
            } else if fields.count == 4, fields[0].elementsEqual("E".utf8), let key = current {
                let name = unescape(fields[1])
                index.months[key]?.lines[name] = Line(name: name, mtime: Int64(String(decoding: fields[2], as: UTF8.self)) ?? 0,
                                                      size: Int64(String(decoding: fields[3], as: UTF8.self)) ?? -1, bytes: line)
            } else {
                return JournalIndex()
            }
        }
        return index
    }

    func save(_ journal: Journal) {
        guard (try? journal.checkWritable()) != nil, FileSystem.exists(journal.folder) else { return }
        var out = Array((Self.header + "\n").utf8)
        for key in months.keys.sorted() {
            guard let month = months[key] else { continue }
            out += Array("M\t\(key)\t\(month.folderMtime)\n".utf8)
            for name in month.lines.keys.sorted() {
                guard let line = month.lines[name] else { continue }
                out += line.bytes
                out.append(0x0A)
            }
        }
        // Best effort: the index is a cache, and a failure to save it costs only time.
        journal.lockedIfFree { try? FileSystem.write(out, to: Self.path(of: journal), replace: .atomically) }
    }

    static func escape(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return field }
        return field.escaped { scalar in
            switch scalar {
            case "\\": return "\\\\"
            case "\t": return "\\t"
            case "\n": return "\\n"
            case "\r": return "\\r"
            default: return nil
            }
        }
    }

    static func unescape(_ field: ArraySlice<UInt8>) -> String {
        guard field.contains(0x5C) else { return String(decoding: field, as: UTF8.self) }
        var out: [UInt8] = []
        var escaping = false
        for byte in field {
            if escaping {
                switch byte {
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                default: out.append(byte)
                }
                escaping = false
            } else if byte == 0x5C {
                escaping = true
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
