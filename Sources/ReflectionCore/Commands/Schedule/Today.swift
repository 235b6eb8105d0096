/// `reflect today`: the day's prompt with its workshop notes.
struct Today: Command {
    static let date = OptionSpec("date", value: "DATE", help: "The day to show (YYYY-MM-DD, today, tomorrow, monday, 3d).")
    static let ifUnanswered = OptionSpec("if-unanswered", help: "Print nothing when the day's prompt already has an entry or was skipped.")
    static let noFollowUp = OptionSpec("no-follow-up", help: "Leave out the open action from over a week ago ('reflect config follow-up false' always).")
    static let spec = CommandSpec("today", summary: "Show the prompt for today (or another day) with its workshop notes.",
                                  options: [date, ifUnanswered, noFollowUp], formats: [.text, .json],
                                  discussion: "Examples:\n  reflect today\n  reflect today --date 2026-12-01 --json\n  reflect today --if-unanswered   # in a shell start-up file")

    var date: DateArgument?
    var ifUnanswered: Bool
    var followUp: Bool

    init(_ arguments: inout Arguments) throws(UsageError) {
        date = try arguments.date(Self.date)
        ifUnanswered = arguments.flag(Self.ifUnanswered)
        followUp = !arguments.flag(Self.noFollowUp)
    }

    func run(_ context: RunContext) throws -> Outcome {
        let day = date?.resolve(today: context.today) ?? context.today
        let journal = try context.journalOrEmpty()
        let schedule = try DailySchedule(journal: journal, library: context.library, today: context.today)
        let pick = schedule.pick(day)
        let answered = pick.map { schedule.isAnswered($0) } ?? false
        let skipped = !answered && (pick.map { schedule.isSkipped($0) } ?? false)
        if ifUnanswered, answered || skipped || pick == nil { return Outcome(.nothing) }
        var isFocusDay = false
        if case .focus? = pick?.reason { isFocusDay = true }
        // One open action a day from over a week ago, so that commitments are not lost between reviews.
        var action: FollowUp?
        var warnings: [String] = []
        if followUp, day == context.today {
            // A settings file that cannot be read is said, and the defaults used: the prompt still comes.
            var settings = JournalSettings()
            do { settings = try journal.loadSettings() } catch { warnings.append("\(error.description); using the default settings") }
            if settings.followUp { action = schedule.followUp(on: day) }
        }
        // A focus's free day (every 7th) keeps the rotation: say so, so the focus does not look ended.
        var restingFocus: String?
        if !isFocusDay, let thread = schedule.focusThread(on: day), case .running(let next) = thread.state(on: day),
           next <= thread.stages {
            let heading = thread.focus.reflectiveModel.stages[next - 1].heading
            let when = day == context.today ? "Today" : TextLayout.longDate(day)
            restingFocus = "\(when) is a free day of the focus on \(thread.focus.name); stage \(next) (\(heading)) comes next."
        }
        return Outcome(.day(DayReport(date: day, today: context.today, pick: pick, answered: answered, skipped: skipped, onThisDay: journal.onThisDay(day),
                                      plan: schedule.plan, thread: isFocusDay ? schedule.focusThread(on: day) : nil, followUp: action,
                                      restingFocus: restingFocus)),
                       // A broken settings file is said, not fatal: the morning prompt still succeeds.
                       warnings: warnings, status: ExitCode.success)
    }
}
