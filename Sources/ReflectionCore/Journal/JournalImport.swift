/// Reads other journals' exports into entries, without writing anything:
/// the whole file is checked before the first entry is saved.
public enum JournalImport {
    /// Why an import file was refused.
    public enum Failure: Error, Equatable, Sendable {
        case json(JSONInputError)
        case invalidUTF8
        case unsupportedSchemaVersion(Int)
        /// An entry of the file that cannot become an entry, by its index.
        case badEntry(index: Int, message: String)
        /// A dilemma of the file that cannot become a dilemma, by its index.
        case badDilemma(index: Int, message: String)

        public func description(origin: String) -> String {
            switch self {
            case .json(let error): return error.description(origin: origin)
            case .invalidUTF8: return "\(origin) is not valid UTF-8"
            case .unsupportedSchemaVersion(let version):
                return "\(origin): schemaVersion \(version) is newer than this reflect reads (\(JournalExport.currentSchemaVersion))"
            case .badEntry(let index, let message): return "\(origin): entries[\(index)]: \(message)"
            case .badDilemma(let index, let message): return "\(origin): dilemmas[\(index)]: \(message)"
            }
        }
    }

    /// jrnl's `--format json` entry.
    struct JrnlEntry: Decodable {
        var title: String
        var body: String
        var date: String
        var time: String
        var tags: [String]?
        var starred: Bool?
    }

    struct JrnlExport: Decodable {
        var entries: [JrnlEntry]
    }

    /// Entries from jrnl's JSON export. jrnl has no ids, seconds or time
    /// zones: each entry gets a new id, and its time is taken as local.
    public static func fromJrnl(_ data: Data) throws(Failure) -> [Entry] {
        guard String(validating: data, as: UTF8.self) != nil else { throw .invalidUTF8 }
        let export: JrnlExport
        do { export = try JSONInput.decode(JrnlExport.self, from: data) } catch { throw .json(error) }
        var entries: [Entry] = []
        for (index, item) in export.entries.enumerated() {
            guard let day = CalendarDate(iso: item.date) else { throw .badEntry(index: index, message: "date '\(item.date)' is not YYYY-MM-DD") }
            guard let clock = Timestamp(iso: "\(item.date)T\(item.time)") else {
                throw .badEntry(index: index, message: "time '\(item.time)' is not HH:MM")
            }
            // jrnl's title is the entry's first sentence; the body follows it.
            let body = item.body.trimmed
            let text = item.title.trimmed + (body.isEmpty ? "" : (item.body.hasPrefix("\n") ? "\n" : " ") + body)
            guard !text.trimmed.isEmpty else { throw .badEntry(index: index, message: "the entry is empty") }
            var entry = Entry(id: "", created: clock.moved(to: day), tags: (item.tags ?? []).map(Tags.normalise), body: text + "\n")
            if item.starred == true {
                entry.frontMatter.fields.append(FrontMatter.Field(key: "starred", value: .string("true"), lines: ["starred: true"]))
            }
            entries.append(entry)
        }
        return entries
    }

    /// The dilemmas of reflect's own export, each checked and with its file as it was.
    public static func dilemmasFromReflect(_ data: Data) throws(Failure) -> [(dilemma: Dilemma, file: String)] {
        let export: JournalExport
        do { export = try JSONInput.decode(JournalExport.self, from: data) } catch { throw .json(error) }
        var result: [(Dilemma, String)] = []
        for (index, object) in (export.dilemmas ?? []).enumerated() {
            guard DilemmaID.isDilemmaID(object.id) else { throw .badDilemma(index: index, message: "'\(object.id)' is not a dilemma id") }
            let dilemma: Dilemma
            do throws(EntryFileError) {
                dilemma = try DilemmaFile.parse(Array(object.file.utf8), path: "dilemmas[\(index)]", fallbackID: object.id)
            } catch {
                throw .badDilemma(index: index, message: error.description)
            }
            guard dilemma.id == object.id else { throw .badDilemma(index: index, message: "its file has the id '\(dilemma.id)', not '\(object.id)'") }
            result.append((dilemma, object.file))
        }
        return result
    }

    /// Entries from reflect's own export, with their ids and front matter as they were.
    public static func fromReflect(_ data: Data) throws(Failure) -> [Entry] {
        guard String(validating: data, as: UTF8.self) != nil else { throw .invalidUTF8 }
        struct Version: Decodable { var schemaVersion: Int }
        let version: Version
        do { version = try JSONInput.decode(Version.self, from: data) } catch { throw .json(error) }
        guard version.schemaVersion <= JournalExport.currentSchemaVersion else { throw .unsupportedSchemaVersion(version.schemaVersion) }
        let export: JournalExport
        do { export = try JSONInput.decode(JournalExport.self, from: data) } catch { throw .json(error) }
        var entries: [Entry] = []
        for (index, object) in export.entries.enumerated() {
            guard EntryID.isEntryID(object.id) else { throw .badEntry(index: index, message: "'\(object.id)' is not an entry id") }
            var entry: Entry
            if let matter = object.frontMatter {
                do {
                    entry = try EntryFile.parse(Array((matter + object.body).utf8), path: "entries[\(index)]", fallbackID: object.id)
                } catch {
                    throw .badEntry(index: index, message: "front matter \(error.description)")
                }
            } else {
                guard let created = Timestamp(iso: object.created) else {
                    throw .badEntry(index: index, message: "created '\(object.created)' is not an ISO 8601 time")
                }
                entry = Entry(id: object.id, created: created, prompt: object.prompt, question: object.question, themes: object.themes,
                              sources: object.sources, dilemma: object.dilemma, tags: object.tags.filter { !Tags.inBody(object.body).contains($0) },
                              model: object.model, body: object.body)
                entry.updated = object.updated.flatMap(Timestamp.init(iso:))
                entry.focus = object.focus
                entry.stage = object.stage
            }
            entry.id = object.id
            guard !entry.body.trimmed.isEmpty else { throw .badEntry(index: index, message: "the entry is empty") }
            entries.append(entry)
        }
        return entries
    }
}

extension Journal {
    /// Saves imported entries under one hold of the journal lock. An entry
    /// whose id is already in the journal (an import of reflect's own
    /// export, run again) is skipped and counted, never replaced.
    ///
    /// - Parameter keepingIDs: keep each entry's own id (reflect's export).
    /// - Returns: how many were imported and skipped.
    /// - Throws: the first failure, saying how many were imported before it.
    public func importEntries(_ entries: [Entry], keepingIDs: Bool,
                              dilemmas: [(dilemma: Dilemma, file: String)] = []) throws(JournalError) -> (imported: Int, skipped: Int, dilemmas: Int) {
        try checkWritable()
        return try locked { () throws(JournalError) in
            var imported = 0, skipped = 0, dilemmasAdded = 0
            // An import run again (after an interruption) finds what it imported already: the same
            // time and text on that day are skipped and counted, never imported twice.
            var days: [CalendarDate: [(created: Timestamp, body: String)]] = [:]
            func alreadyThere(_ entry: Entry) -> Bool {
                let day = entry.created.date
                if days[day] == nil {
                    days[day] = JournalIndex.records(on: day, in: self).compactMap { record in
                        guard let path = try? resolve(record.id), let stored = try? read(path: path) else { return nil }
                        return (stored.created, stored.body.trimmed)
                    }
                }
                let body = entry.body.trimmed
                return days[day]?.contains { $0.created == entry.created && $0.body == body } ?? false
            }
            // Dilemmas first, so that no entry is filed under one not there; one already there is kept as it is.
            if !dilemmas.isEmpty { try makeFolder(dilemmasFolder) }
            for (dilemma, file) in dilemmas {
                guard let path = path(forDilemma: dilemma.id) else { continue }
                do throws(FileSystemError) {
                    try FileSystem.write(Array(file.utf8), to: path, replace: .never)
                    recordChange(path)
                    dilemmasAdded += 1
                } catch where error.code == EEXIST {
                    continue
                } catch {
                    throw .importStopped(JournalError.fileSystem(error).description, imported: imported, of: entries.count)
                }
            }
            for entry in entries {
                if !keepingIDs, alreadyThere(entry) {
                    skipped += 1
                    continue
                }
                do throws(JournalError) {
                    _ = try addLocked(entry, keepingID: keepingIDs)
                    imported += 1
                } catch .fileSystem(let error) where error.code == EEXIST {
                    skipped += 1
                } catch {
                    throw .importStopped(error.description, imported: imported, of: entries.count)
                }
            }
            return (imported, skipped, dilemmasAdded)
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
