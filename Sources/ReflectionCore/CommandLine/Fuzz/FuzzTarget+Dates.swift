extension FuzzTarget {
    /// The day every relative date is resolved from in the date target.
    static let fuzzToday = CalendarDate(year: 2026, month: 11, day: 26)!

    /// A date read is written back as the same text; a time read is written
    /// as a time that reads back the same; a `--date` or `--since` word names
    /// the day it says, counted from today.
    static func checkDates(_ payload: [UInt8]) throws(FuzzFailure) {
        let text = String(decoding: payload, as: UTF8.self)
        if let date = CalendarDate(iso: text) {
            try expect(date.description == text, "\(text) reads as \(date)")
            try expect(CalendarDate(dayNumber: date.dayNumber) == date, "\(date) is not the date of its day number")
            try expect((0..<7).contains(date.weekday), "\(date) has weekday \(date.weekday)")
        }
        if let time = Timestamp(iso: text) {
            try expect(Timestamp(iso: time.description) == time, "\(text) reads as \(time), which does not read back")
            try expect(time.description.hasPrefix(time.date.description), "\(time) does not start with its date")
        }
        for direction in [DateArgument.Direction.back, .forward] {
            guard let argument = DateArgument(text, direction: direction) else { continue }
            let day = argument.resolve(today: fuzzToday)
            let days = day.dayNumber - fuzzToday.dayNumber
            try expect(CalendarDate(iso: day.description) == day, "'\(text)' resolves to \(day), which is not a date")
            switch argument {
            case .date(let date): try expect(date.description == text && day == date, "'\(text)' resolves to \(day)")
            case .today: try expect(days == 0, "'\(text)' resolves to \(day)")
            case .yesterday: try expect(days == -1, "'\(text)' resolves to \(day)")
            case .tomorrow: try expect(days == 1, "'\(text)' resolves to \(day)")
            case .daysAgo(let count): try expect(days == -count, "'\(text)' resolves to \(day), \(-days) days ago")
            case .monthsAgo(let count):
                let months = (fuzzToday.year * 12 + fuzzToday.month) - (day.year * 12 + day.month)
                try expect(months == count || (day == CalendarDate(year: 1, month: 1, day: 1) && months < count),
                           "'\(text)' resolves to \(day), \(months) months ago")
            case .weekday(let weekday, let way):
                let ahead = way == .back ? -days : days
                try expect(day.weekday == weekday && (0..<7).contains(ahead), "'\(text)' looking \(way) resolves to \(day)")
            }
        }
    }
}
