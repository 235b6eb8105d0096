/// A day given on the command line: a date, or one relative to today.
public enum DateArgument: Equatable, Sendable {
    /// Which way a weekday name looks from today: the option declares it
    /// (`Arguments.date(_:direction:)`).
    public enum Direction: Equatable, Sendable {
        /// The most recent such day: `--since monday` is this week's Monday.
        case back
        /// The next such day: `schedule --from monday` is the coming Monday.
        case forward
    }

    case date(CalendarDate)
    case today
    case yesterday
    case tomorrow
    /// `3d`, `2w`, `6m`, `1y`: that long before today.
    case daysAgo(Int)
    case monthsAgo(Int)
    /// `monday` or `mon` (0) to `sunday` or `sun` (6): the nearest such day
    /// in the direction, today itself when today is that weekday.
    case weekday(Int, Direction)

    /// Weekday names from Monday, in full; the first three letters name a day too.
    static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Parses `YYYY-MM-DD`, `today`, `yesterday`, `tomorrow`, a weekday
    /// (`monday` or `mon`, any case: the nearest such day in `direction`,
    /// today included), or a count of days, weeks, months or years ago
    /// (`3d`, `2w`, `6m`, `1y`).
    public init?(_ text: String, direction: Direction = .back) {
        let word = text.lowercased()
        switch word {
        case "today": self = .today
        case "yesterday": self = .yesterday
        case "tomorrow": self = .tomorrow
        default:
            if let day = Self.weekdayNames.firstIndex(where: { $0 == word || $0.prefix(3) == word }) {
                self = .weekday(day, direction)
                return
            }
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
        case .tomorrow: return today.adding(days: 1)
        case .daysAgo(let days): return today.adding(days: -days)
        case .monthsAgo(let months): return today.adding(months: -months)
        case .weekday(let day, .back): return today.adding(days: -((today.weekday - day + 7) % 7))
        case .weekday(let day, .forward): return today.adding(days: (day - today.weekday + 7) % 7)
        }
    }
}
