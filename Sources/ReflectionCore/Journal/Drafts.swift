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
    }

    /// The file the editor edits.
    public var path: String
    public var plan: Plan

    /// Where the plan is kept.
    public var planPath: String { String(path.dropLast(3)) + ".json" }
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
    public func latestDraft() -> Draft? {
        let names = FileSystem.names(in: draftsFolder).filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted(by: >)
        for name in names {
            let path = "\(draftsFolder)/\(name)"
            let planPath = String(path.dropLast(3)) + ".json"
            guard let bytes = try? FileSystem.read(planPath),
                  let plan = try? JSONDecoder().decode(Draft.Plan.self, from: Data(bytes)) else { continue }
            return Draft(path: path, plan: plan)
        }
        return nil
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
