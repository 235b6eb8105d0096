/// Reports as an iCalendar file (RFC 5545): the schedule's days, or a reminder.
public struct CalendarRenderer: Renderer {
    public let library: PromptLibrary

    public init(library: PromptLibrary) { self.library = library }

    public func render(_ report: Report) -> String? {
        switch report {
        case .forecast(let forecast):
            let options = forecast.calendar
            return ScheduleCalendar(library: library, plan: forecast.plan)
                .days(forecast.days.compactMap(\.pick), time: options.time, alarm: options.alarm, stamp: options.stamp).text
        case .reminder(let reminder):
            let options = reminder.calendar
            return ScheduleCalendar(library: library, plan: reminder.plan)
                .reminder(from: reminder.from, time: options.time, alarm: options.alarm, stamp: options.stamp).text
        default:
            return nil
        }
    }
}
