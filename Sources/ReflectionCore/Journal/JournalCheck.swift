/// What `reflect check` found: how many entries it read, and each problem.
public struct CheckReport: Equatable, Sendable {
    /// One problem, as `path: message`.
    public struct Problem: Equatable, Sendable {
        public var path: String
        public var message: String
    }

    /// A draft nobody has worked on for a while: unfinished text, not a
    /// problem of the journal, so it does not change check's exit status.
    public struct OldDraft: Equatable, Sendable {
        public var id: String
        public var path: String
        public var lastWorkedOn: CalendarDate
        public var firstWords: String
    }

    public var checked: Int
    public var problems: [Problem]
    /// Drafts last worked on more than `JournalCheck.oldDraftDays` days ago, oldest first.
    public var oldDrafts: [OldDraft] = []
    /// Temporary files an interrupted write left (`.NAME.tmp-XXXXXX`), with their age in seconds.
    public var leftovers: [(path: String, age: Int)] = []

    public static func == (a: CheckReport, b: CheckReport) -> Bool {
        a.checked == b.checked && a.problems == b.problems && a.oldDrafts == b.oldDrafts
            && a.leftovers.map(\.path) == b.leftovers.map(\.path) && a.leftovers.map(\.age) == b.leftovers.map(\.age)
    }
}

/// `reflect check`: reads every entry and dilemma and reports what is wrong, changing nothing.
public struct JournalCheck {
    public let library: PromptLibrary
    public let journal: Journal

    public init(library: PromptLibrary, journal: Journal) {
        self.library = library
        self.journal = journal
    }

    /// How old a leftover temporary file must be before `check --fix` removes it:
    /// a younger one may belong to a write still under way.
    public static let leftoverSeconds = 3600

    /// Temporary files of interrupted writes, in every folder reflect writes in.
    public func leftovers() -> [(path: String, age: Int)] {
        var folders = [journal.folder, journal.entriesFolder, journal.draftsFolder, journal.trashFolder, journal.dilemmasFolder]
        for year in FileSystem.names(in: journal.entriesFolder) where Journal.yearFolder(year) != nil {
            for month in FileSystem.names(in: "\(journal.entriesFolder)/\(year)") where Journal.monthFolder(month) != nil {
                folders.append("\(journal.entriesFolder)/\(year)/\(month)")
            }
        }
        let now = Int(Clock.fileSystemSeconds())
        var found: [(String, Int)] = []
        for folder in folders {
            for name in FileSystem.names(in: folder, startingWith: [UInt8(ascii: ".")]) where name.contains(".tmp-") {
                let path = "\(folder)/\(name)"
                found.append((path, max(0, now - (FileSystem.modificationSeconds(of: path) ?? now))))
            }
        }
        return found.sorted { $0.0 < $1.0 }
    }

    /// Removes leftover temporary files over an hour old, under the journal's lock.
    /// - Returns: the paths removed.
    public func removeLeftovers() throws(JournalError) -> [String] {
        try journal.checkWritable()
        return try journal.locked { () throws(JournalError) -> [String] in
            leftovers().filter { $0.age >= Self.leftoverSeconds }.compactMap { unlink($0.path) == 0 ? $0.path : nil }
        }
    }

    /// Every problem in the journal.
    public func run() -> CheckReport {
        typealias Problem = CheckReport.Problem
        var problems: [Problem] = []
        // Folders: private.
        var folders = [journal.folder, journal.entriesFolder, journal.draftsFolder, journal.trashFolder, journal.dilemmasFolder]
        for year in FileSystem.names(in: journal.entriesFolder) {
            let yearPath = "\(journal.entriesFolder)/\(year)"
            // A name that is not a year or a month is left out of every listing: said here, so its files are not lost from view.
            guard Journal.yearFolder(year) != nil else {
                if !year.hasPrefix(".") {
                    problems.append(Problem(path: yearPath, message: "not a year (YYYY): reflect does not read what is in it"))
                }
                continue
            }
            folders.append(yearPath)
            for month in FileSystem.names(in: yearPath) {
                guard Journal.monthFolder(month) != nil else {
                    if !month.hasPrefix("."), !month.hasSuffix(".md") {
                        problems.append(Problem(path: "\(yearPath)/\(month)", message: "not a month (01 to 12): reflect does not read what is in it"))
                    }
                    continue
                }
                folders.append("\(yearPath)/\(month)")
            }
        }
        for folder in folders {
            // A link inside the journal may point anywhere: it is read, but never written through.
            if FileSystem.kind(folder) == .symbolicLink, folder != journal.folder {
                problems.append(Problem(path: folder, message: "a symbolic link to \(FileSystem.linkTarget(folder) ?? "?"): reflect does not write through it"))
                continue
            }
            if let mode = FileSystem.mode(of: folder), (mode & 0o777) != FileSystem.folderMode {
                problems.append(Problem(path: folder, message: "folder permissions are \(octal(mode)), expected 700"))
            }
        }
        let paths = Array(journal.paths())
        var ids = Set<String>()
        var entries: [(String, Entry)] = []
        for path in paths {
            if let mode = FileSystem.mode(of: path), (mode & 0o777) != FileSystem.fileMode {
                problems.append(Problem(path: path, message: "file permissions are \(octal(mode)), expected 600"))
            }
            do {
                let entry = try journal.read(path: path)
                ids.insert(entry.id)
                entries.append((path, entry))
            } catch .unreadableEntry(let error) {
                problems.append(Problem(path: path, message: "line \(error.line): \(error.message)"))
            } catch {
                problems.append(Problem(path: path, message: error.description))
            }
        }
        let fileIDs = Set(paths.map(Journal.id(fromPath:)))
        let dilemmaIDs = checkDilemmas(&problems)
        for (path, entry) in entries {
            let fileID = Journal.id(fromPath: path)
            if entry.id != fileID { problems.append(Problem(path: path, message: "id '\(entry.id)' does not match the file name '\(fileID)'")) }
            // An entry whose 'created' was edited to another month is in the wrong folder: listings by month miss it.
            let date = entry.created.date
            let month = "\(date.year)/\(Timestamp.two(date.month))"
            if path.hasPrefix(journal.entriesFolder + "/"), !path.hasPrefix("\(journal.entriesFolder)/\(month)/") {
                problems.append(Problem(path: path, message: "written \(date) but kept under another month: move it to \(journal.entriesFolder)/\(month)/"))
            }
            func expect(_ id: String?, _ field: String, _ isKind: (LibraryItem) -> Bool) {
                guard let id else { return }
                if let item = library.item(withID: id), isKind(item) { return }
                let hint = NearestMatch.suggestions(for: id, in: library.allIDs).first.map { " (did you mean '\($0)'?)" } ?? ""
                problems.append(Problem(path: path, message: "\(field) '\(id)' is not in the prompt library\(hint)"))
            }
            expect(entry.prompt, "prompt") { if case .prompt = $0 { return true }; return false }
            expect(entry.question, "question") { if case .question = $0 { return true }; return false }
            for theme in entry.themes { expect(theme, "theme") { if case .theme = $0 { return true }; return false } }
            for source in entry.sources { expect(source, "source") { if case .note = $0 { return true }; return false } }
            if let dilemma = entry.dilemma, !dilemmaIDs.contains(dilemma) {
                let hint = NearestMatch.suggestions(for: dilemma, in: dilemmaIDs).first.map { " (did you mean '\($0)'?)" } ?? ""
                problems.append(Problem(path: path, message: "dilemma '\(dilemma)' is not in the journal's dilemmas\(hint)"))
            }
            // A conflict copy `reflect sync` made, while its original is still there: the person decides.
            if let original = entry.frontMatter.string("conflict-of"), fileIDs.contains(original) {
                let device = entry.frontMatter.string("conflict-device").map { "from \($0)" } ?? "from another device"
                problems.append(Problem(path: path, message: "a conflict copy of \(original) (\(device)), kept by reflect sync: compare the two and delete one"))
            }
            for link in Links.inBody(entry.body) where library.item(withID: link) == nil && !fileIDs.contains(link) && !ids.contains(link) {
                problems.append(Problem(path: path, message: "link [[\(link)]] does not resolve"))
            }
        }
        var report = CheckReport(checked: paths.count, problems: problems, oldDrafts: oldDrafts())
        report.leftovers = leftovers()
        for (path, age) in report.leftovers {
            let when = age < 3600 ? "\(age / 60) minutes old: perhaps a write still under way" : "\(age / 3600) hours old; 'reflect check --fix' removes it"
            report.problems.append(Problem(path: path, message: "a temporary file an interrupted write left, \(when)"))
        }
        return report
    }

    /// The dilemmas' files: private, readable, each id matching its file
    /// name. Returns the ids of the dilemmas there are, for the entries filed under them.
    func checkDilemmas(_ problems: inout [CheckReport.Problem]) -> [String] {
        let ids = journal.dilemmaIDs()
        for id in ids {
            guard let path = journal.path(forDilemma: id) else { continue }
            if let mode = FileSystem.mode(of: path), (mode & 0o777) != FileSystem.fileMode {
                problems.append(CheckReport.Problem(path: path, message: "file permissions are \(octal(mode)), expected 600"))
            }
            do {
                let dilemma = try journal.readDilemma(path: path)
                if dilemma.id != id { problems.append(CheckReport.Problem(path: path, message: "id '\(dilemma.id)' does not match the file name '\(id)'")) }
            } catch .unreadableDilemma(let error) {
                problems.append(CheckReport.Problem(path: path, message: "line \(error.line): \(error.message)"))
            } catch {
                problems.append(CheckReport.Problem(path: path, message: error.description))
            }
        }
        return ids
    }

    /// A draft untouched for longer than this many days is mentioned.
    public static let oldDraftDays = 30

    /// Drafts last worked on before `oldDraftDays` days ago, oldest first.
    func oldDrafts() -> [CheckReport.OldDraft] {
        let cutoff = journal.clock.today.adding(days: -Self.oldDraftDays)
        return journal.drafts().reversed().compactMap { draft in
            guard let day = journal.lastWorkedOn(draft), day < cutoff else { return nil }
            return CheckReport.OldDraft(id: draft.id, path: draft.path, lastWorkedOn: day, firstWords: journal.firstWords(of: draft, limit: 40))
        }
    }

    func octal(_ mode: mode_t) -> String { String(mode & 0o777, radix: 8) }
}

#if canImport(Glibc)
import Glibc
#endif
