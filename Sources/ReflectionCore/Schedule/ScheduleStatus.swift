/// Where the daily practice stands on a day: `reflect status`.
public struct ScheduleStatus: Sendable {
    public var date: CalendarDate
    /// The day's prompt, if the plan gives the day one.
    public var pick: SchedulePick?
    /// Whether an entry of the day answers it.
    public var answered: Bool
    /// Whether it was skipped (and not answered).
    public var skipped: Bool
    /// The thread of the focus in the plan on the day, if any.
    public var thread: FocusThread?
    /// Days among the last 28 (the day included) with at least one entry, prompted or free.
    public var daysReflectedInLast28: Int
    /// How many entries the journal holds.
    public var entries: Int
    public var plan: Plan
    public var tomorrow: SchedulePick?
}

extension DailySchedule {
    /// The status of the practice on `today`.
    public func status(on today: CalendarDate) -> ScheduleStatus {
        let pick = pick(today)
        // Every entry is a day reflected, whether it answered a prompt or was written freely; a skip is not.
        let window = (today.dayNumber - 27)...today.dayNumber
        let days = entryDays.filter { window.contains($0) }
        let answered = pick.map(isAnswered) ?? false
        return ScheduleStatus(date: today, pick: pick, answered: answered, skipped: !answered && (pick.map(isSkipped) ?? false),
                              thread: focusThread(on: today, afterEnd: 7), daysReflectedInLast28: days.count,
                              entries: entryCount, plan: plan, tomorrow: self.pick(today.adding(days: 1)))
    }
}
