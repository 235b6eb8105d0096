/// Text an editor session left unsaved, kept privately in the journal folder
/// (never in /tmp) until `reflect write --resume` continues it.
public struct Draft: Equatable, Sendable {
    /// What the new entry will be, saved beside the text.
    public struct Plan: Codable, Equatable, Sendable {
        public var prompt: String?
        public var model: String
        public var tags: [String]
        /// The entry's date, if `--date` was given.
        public var date: String?
        /// The template the editor opened on, to tell an unchanged draft.
        public var template: String
        /// For `reflect edit`: the entry being edited, and its text before.
        public var editing: String?
        public var original: String?
        /// On a focus day: the focus (question or theme id) and the stage the entry writes.
        public var focus: String?
        public var stage: Int?
        /// The dilemma the new entry is filed under (`write --dilemma`).
        public var dilemma: String? = nil
        /// For `dilemma edit`: `editing` is a dilemma's file, not an entry's.
        public var editingDilemma: Bool? = nil
    }

    /// The file the editor edits.
    public var path: String
    public var plan: Plan

    /// Where the plan is kept.
    public var planPath: String { String(path.dropLast(3)) + ".json" }

    /// The draft's id: its file name, made like an entry id when the draft was begun.
    public var id: String { Journal.id(fromPath: path) }

    /// When the draft was begun, from its id (`2026-11-26 09:30`), or its id.
    public var begun: String {
        let bytes = Array(id.utf8)
        guard EntryID.isEntryID(id) else { return id }
        func part(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        return "\(part(0..<4))-\(part(4..<6))-\(part(6..<8)) \(part(9..<11)):\(part(11..<13))"
    }
}

extension Journal {
    /// Creates a private draft file holding `text`, with its plan beside it.
    public func createDraft(text: String, plan: Draft.Plan) throws(JournalError) -> Draft {
        try makeFolder(draftsFolder)
        for _ in 0..<32 {
            let now = clock.reading()
            let draft = Draft(path: "\(draftsFolder)/\(EntryID.make(for: now.time, millisecond: now.millisecond)).md", plan: plan)
            do {
                try FileSystem.write(Array(text.utf8), to: draft.path, replace: .never)
            } catch where error.code == EEXIST {
                continue
            } catch {
                throw .fileSystem(error)
            }
            try saveDraftPlan(draft)
            return draft
        }
        throw .fileSystem(FileSystemError(path: draftsFolder, operation: "create a draft in", code: EEXIST))
    }

    func saveDraftPlan(_ draft: Draft) throws(JournalError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = (try? encoder.encode(draft.plan)) ?? Data()
        do { try FileSystem.write(Array(data), to: draft.planPath, replace: .atomically) } catch { throw .fileSystem(error) }
    }

    /// The newest draft, if any.
    public func latestDraft() -> Draft? { drafts().first }

    /// The ids of the drafts, newest first, from their file names alone.
    public func draftIDs() -> [String] { Self.entryNames(in: draftsFolder).map { String($0.dropLast(3)) } }

    /// Every draft whose plan can be read, newest first.
    public func drafts() -> [Draft] {
        draftIDs().compactMap { id in
            let path = "\(draftsFolder)/\(id).md"
            let planPath = String(path.dropLast(3)) + ".json"
            guard let bytes = try? FileSystem.read(planPath),
                  let plan = try? JSONDecoder().decode(Draft.Plan.self, from: Data(bytes)) else { return nil }
            return Draft(path: path, plan: plan)
        }
    }

    /// The draft with this id or unique id prefix.
    ///
    /// - Throws: `JournalError.unknownDraft` with the nearest ids, or
    ///   `.ambiguousDraft` when the prefix matches several.
    public func resolveDraft(_ prefix: String) throws(JournalError) -> Draft {
        let all = drafts()
        if let exact = all.first(where: { $0.id == prefix }) { return exact }
        let matches = all.filter { $0.id.hasPrefix(prefix) }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 { throw .ambiguousDraft(prefix: prefix, matches: matches.map(\.id).sorted()) }
        throw .unknownDraft(id: prefix, suggestions: NearestMatch.suggestions(for: prefix, in: all.map(\.id)))
    }

    /// The day a draft was last worked on: the later of the day it was begun
    /// (its id) and the day its file last changed (a resumed session).
    public func lastWorkedOn(_ draft: Draft) -> CalendarDate? {
        let changed = FileSystem.modificationSeconds(of: draft.path).map { Timestamp.local(epochSeconds: $0).date }
        return [EntryID.date(of: draft.id), changed].compactMap { $0 }.max()
    }

    /// The first words the person wrote in a draft (not the template's).
    public func firstWords(of draft: Draft, limit: Int = 50) -> String {
        guard let bytes = try? FileSystem.read(draft.path), let text = String(validating: bytes, as: UTF8.self) else { return "(unreadable)" }
        let zero = Timestamp(date: CalendarDate(dayNumber: 0), hour: 0, minute: 0, second: 0, offset: 0)
        let words: String
        if let editing = draft.plan.editing {
            let body = (try? EntryFile.parse(bytes, path: draft.path, fallbackID: editing))?.body ?? text
            words = "edit of \(editing): " + Entry(id: editing, created: zero, body: body).firstWords(limit)
        } else {
            words = EntryTemplate.extract(from: text, template: draft.plan.template).map { Entry(id: "", created: zero, body: $0).firstWords(limit) } ?? ""
        }
        return words.isEmpty ? "(nothing written yet)" : words
    }

    /// Removes a draft once its entry is saved.
    public func removeDraft(_ draft: Draft) {
        FileSystem.remove(draft.path)
        FileSystem.remove(draft.planPath)
    }
}

#if canImport(Glibc)
import Glibc
#endif
