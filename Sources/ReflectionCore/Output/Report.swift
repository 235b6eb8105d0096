/// What a command found or did, as a value: rendered into text, JSON,
/// Markdown or iCalendar by the renderer of the format the person chose.
/// A command never formats its own output.
public enum Report: Sendable {
    /// Nothing to print (`today --if-unanswered` on an answered day).
    case nothing
    /// A sentence for the person ("Saved ..."), printed as it is.
    case message(String)
    case questions([Question])
    /// The themes of these questions.
    case themes([Question])
    case prompts([PlacedPrompt])
    /// The workshop context of a library item.
    case source(LibraryItem)
    case day(DayReport)
    case forecast(Forecast)
    /// One repeating calendar event that says to run `reflect today`.
    case reminder(Reminder)
    case plan(PlanReport)
    case status(ScheduleStatus)
    /// Entries listed newest first: from the index, or read whole.
    case listing(EntryListing)
    case entry(ShownEntry)
    /// A new entry, just saved (`write`): "Saved ID (PATH)", or its object for scripts.
    case saved(StoredEntry)
    /// Search results, read and rendered one at a time.
    case search(EntryStream, SearchQuery)
    /// Entry ids, one a line (`search -l`).
    case ids([String])
    /// Every entry, oldest first, for a backup or a document, with the
    /// dilemmas they are filed under (every dilemma, for a whole backup).
    case export([StoredEntry], dilemmas: [DilemmaExport])
    case check(CheckReport)
    /// The trash's entries, most recently trashed first.
    case trash([TrashedEntry])
    /// Actions from the entries, oldest first.
    case actions(ActionsReport)
    /// The journal's settings.
    case settings(SettingsReport)
    /// The journal over a period against the workshop's themes.
    case review(Review)
    /// The person's dilemmas, open ones first.
    case dilemmas([DilemmaSummary])
    /// A dilemma's thread (`dilemma show`).
    case dilemma(DilemmaThread)
    /// A dilemma just created, closed or reopened.
    case dilemmaChanged(StoredDilemma, DilemmaChange)
    /// The themes that best match a text, best first (`suggest`).
    case suggestions([ThemeMatcher.Match])
    /// What `reflect sync` (or `sync init`, `sync clone`) did.
    case sync(SyncSummary)
    /// `reflect sync status`.
    case syncState(SyncState)

    /// Whether a list of entries came out empty (read after rendering, for a stream).
    public var isEmptyListing: Bool {
        switch self {
        case .listing(.records(let records)): return records.isEmpty
        case .listing(.entries(let entries)): return entries.isEmpty
        case .listing(.stream(let stream)), .search(let stream, _): return stream.count == 0
        case .ids(let ids): return ids.isEmpty
        case .export(let entries, _): return entries.isEmpty
        case .dilemmas(let dilemmas): return dilemmas.isEmpty
        case .suggestions(let matches): return matches.isEmpty
        default: return false
        }
    }
}

/// `reflect today`: a day's prompt, whether it is answered, and entries from
/// the same day in the past.
public struct DayReport: Sendable {
    public var date: CalendarDate
    /// The day the command ran: the hints differ for another day.
    public var today: CalendarDate
    public var pick: SchedulePick?
    public var answered: Bool
    /// Whether the day's prompt was skipped (and not answered since).
    public var skipped: Bool = false
    public var onThisDay: [PastEntry]
    public var plan: Plan
    /// On a focus day: the thread so far.
    public var thread: FocusThread?
    /// An open action written over a week before, to follow up.
    public var followUp: FollowUp?
    /// On a focus's free day: a line saying so, and which stage comes next.
    public var restingFocus: String?

    public init(date: CalendarDate, today: CalendarDate, pick: SchedulePick?, answered: Bool, skipped: Bool = false, onThisDay: [PastEntry],
                plan: Plan, thread: FocusThread? = nil, followUp: FollowUp? = nil, restingFocus: String? = nil) {
        self.restingFocus = restingFocus
        self.skipped = skipped && !answered
        self.thread = thread
        self.followUp = followUp
        self.date = date
        self.today = today
        self.pick = pick
        self.answered = answered
        self.onThisDay = onThisDay
        self.plan = plan
    }
}

/// The plan as it stands on a day, with the threads of its focuses.
public struct PlanReport: Sendable {
    public var plan: Plan
    public var today: CalendarDate
    /// The thread of each focus from today on, by `id@start`.
    public var threads: [String: FocusThread]
    /// When a change was made: from which day it applies, and why then.
    public var change: String?

    public init(plan: Plan, today: CalendarDate, threads: [String: FocusThread], change: String? = nil) {
        self.plan = plan
        self.today = today
        self.threads = threads
        self.change = change
    }

    /// The report of a journal's plan, with the threads of its focuses that have not ended before today.
    public init(plan: Plan, today: CalendarDate, journal: Journal, change: String? = nil) {
        var threads: [String: FocusThread] = [:]
        let skips = (try? journal.loadSkips()) ?? SkipLog()
        for period in plan.periods {
            guard let focus = period.focus, let end = focus.endDate, end >= today else { continue }
            threads["\(focus.id)@\(focus.start)"] = FocusThread(focus: focus, journal: journal, skips: skips)
        }
        self.init(plan: plan, today: today, threads: threads, change: change)
    }
}

/// Actions, and the day their ages are counted to.
public struct ActionsReport: Sendable {
    public var actions: [JournalAction]
    public var today: CalendarDate
}

/// The journal's settings: every key with its value, or one.
public struct SettingsReport: Sendable {
    public var values: [(key: String, value: String, help: String)]
    /// Only the value of one key was asked for.
    public var only: String?
}

/// How calendar events are made: all day or at a time, with an alarm.
public struct CalendarOptions: Sendable {
    public var time: (hour: Int, minute: Int)?
    /// Minutes before the event.
    public var alarm: Int
    /// DTSTAMP: now, or `SOURCE_DATE_EPOCH` for reproducible files.
    public var stamp: Timestamp

    public init(time: (hour: Int, minute: Int)?, alarm: Int, stamp: Timestamp) {
        self.time = time
        self.alarm = alarm
        self.stamp = stamp
    }
}

/// `reflect schedule`: the coming days' prompts.
public struct Forecast: Sendable {
    public var days: [(date: CalendarDate, pick: SchedulePick?)]
    public var plan: Plan
    public var calendar: CalendarOptions

    public init(days: [(date: CalendarDate, pick: SchedulePick?)], plan: Plan, calendar: CalendarOptions) {
        self.days = days
        self.plan = plan
        self.calendar = calendar
    }
}

/// `reflect schedule --reminder`.
public struct Reminder: Sendable {
    public var from: CalendarDate
    public var plan: Plan
    public var calendar: CalendarOptions

    public init(from: CalendarDate, plan: Plan, calendar: CalendarOptions) {
        self.from = from
        self.plan = plan
        self.calendar = calendar
    }
}

/// Entries to list: index records (enough for a line each), whole entries,
/// or entries read one at a time as they are rendered.
public enum EntryListing: Sendable {
    case records([(record: IndexRecord, path: String)])
    case entries([StoredEntry])
    case stream(EntryStream)
}

/// Entries produced one at a time while a renderer writes them, so memory
/// stays flat however many match; files that could not be read are
/// collected as warnings on the way.
public final class EntryStream: @unchecked Sendable {
    private let produce: (_ problem: (String) -> Void, _ visit: (StoredEntry) -> Void) -> Void
    /// Problems met while producing (filled as the stream is read).
    public private(set) var warnings: [String] = []

    public init(_ produce: @escaping (_ problem: (String) -> Void, _ visit: (StoredEntry) -> Void) -> Void) {
        self.produce = produce
    }

    /// How many entries the stream gave (once it has been read).
    public private(set) var count = 0

    /// Calls `visit` with each entry, newest first. Read once.
    public func forEach(_ visit: (StoredEntry) -> Void) {
        produce({ warnings.append($0) }) { entry in
            count += 1
            visit(entry)
        }
    }
}

/// `reflect show`: an entry, and the entries its `[[links]]` name.
public struct ShownEntry: Sendable {
    public var stored: StoredEntry
    /// Linked entries by id (those that could be read).
    public var linked: [String: Entry]

    public init(stored: StoredEntry, linked: [String: Entry]) {
        self.stored = stored
        self.linked = linked
    }
}

/// A command's whole result: the report for standard output, the warnings
/// and messages for standard error, and the exit status.
public struct Outcome: Sendable {
    public var report: Report
    /// Lines for standard error, each printed as `reflect: warning: LINE`.
    public var warnings: [String]
    /// Text for standard error as it is ("Nothing deleted.").
    public var note: String
    public var status: Int32

    /// What to say, and the status, when the report turns out empty
    /// ("no entries match" on standard error).
    public var whenEmpty: (note: String, status: Int32)?
    /// The status when a file could not be read (1; 2 for `search`, as grep).
    public var failureStatus: Int32 = ExitCode.failure
    /// Where the rendered output goes instead of standard output (`--output FILE`).
    public var outputFile: String?

    /// Warnings met while the report was rendered (a stream's unreadable files).
    public var renderWarnings: [String] {
        switch report {
        case .search(let stream, _), .listing(.stream(let stream)): return stream.warnings
        default: return []
        }
    }

    public init(_ report: Report, warnings: [String] = [], note: String = "", status: Int32? = nil,
                whenEmpty: (note: String, status: Int32)? = nil, failureStatus: Int32 = ExitCode.failure) {
        self.report = report
        self.warnings = warnings
        self.note = note
        self.whenEmpty = whenEmpty
        self.failureStatus = failureStatus
        // A run that skipped an unreadable file exits 1, as grep and ls do, after printing what it could.
        self.status = status ?? (warnings.isEmpty ? ExitCode.success : failureStatus)
    }
}
