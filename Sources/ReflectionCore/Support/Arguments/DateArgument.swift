/// A day given on the command line: a date, or one relative to today.
public enum DateArgument: Equatable, Sendable {
    case date(CalendarDate)
    case today
    case yesterday
    /// `3d`, `2w`, `6m`, `1y`: that long before today.
    case daysAgo(Int)
    case monthsAgo(Int)

    /// Parses `YYYY-MM-DD`, `today`, `yesterday`, or a count of days, weeks,
    /// months or years ago (`3d`, `2w`, `6m`, `1y`).
    public init?(_ text: String) {
        switch text.lowercased() {
        case "today": self = .today
        case "yesterday": self = .yesterday
        default:
            if let date = CalendarDate(iso: text) {
                self = .date(date)
                return
            }
            guard let unit = text.last, let count = Int(text.dropLast()), count >= 0, count <= 100_000,
                  text.dropLast().allSatisfy(\.isNumber) else { return nil }
            switch unit {
            case "d": self = .daysAgo(count)
            case "w": self = .daysAgo(count * 7)
            case "m": self = .monthsAgo(count)
            case "y": self = .monthsAgo(count * 12)
            default: return nil
            }
        }
    }

    /// The calendar date, given today's.
    public func resolve(today: CalendarDate) -> CalendarDate {
        switch self {
        case .date(let date): return date
        case .today: return today
        case .yesterday: return today.adding(days: -1)
        case .daysAgo(let days): return today.adding(days: -days)
        case .monthsAgo(let months): return today.adding(months: -months)
        }
    }
}
