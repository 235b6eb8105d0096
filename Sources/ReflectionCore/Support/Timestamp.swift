#if canImport(Glibc)
import Glibc
#endif

/// A moment as a person's journal records it: a local date and time with its
/// UTC offset, written ISO 8601 (`2026-11-26T09:30:12+00:00`).
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var date: CalendarDate
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// Offset from UTC in seconds (east positive).
    public var offset: Int

    public init(date: CalendarDate, hour: Int, minute: Int, second: Int, offset: Int) {
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.offset = offset
    }

    /// Seconds since 1970-01-01T00:00:00Z, for ordering across offsets.
    public var epochSeconds: Int {
        date.dayNumber * 86_400 + hour * 3600 + minute * 60 + second - offset
    }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.epochSeconds < b.epochSeconds }

    /// A moment in the local time zone.
    public static func local(epochSeconds: Int) -> Timestamp {
        var seconds = time_t(epochSeconds)
        var parts = tm()
        localtime_r(&seconds, &parts)
        let date = CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? CalendarDate(dayNumber: epochSeconds / 86_400)
        return Timestamp(date: date, hour: Int(parts.tm_hour), minute: Int(parts.tm_min), second: Int(parts.tm_sec),
                         offset: Int(parts.tm_gmtoff))
    }

    /// The same wall-clock time on another local date (for `--date`), with
    /// that date's offset.
    public func moved(to day: CalendarDate) -> Timestamp {
        var parts = tm()
        parts.tm_year = Int32(day.year - 1900)
        parts.tm_mon = Int32(day.month - 1)
        parts.tm_mday = Int32(day.day)
        parts.tm_hour = Int32(hour)
        parts.tm_min = Int32(minute)
        parts.tm_sec = Int32(second)
        parts.tm_isdst = -1
        let seconds = mktime(&parts)
        guard seconds != -1 else { return Timestamp(date: day, hour: hour, minute: minute, second: second, offset: offset) }
        return Timestamp.local(epochSeconds: Int(seconds))
    }

    /// `2026-11-26T09:30:12+00:00`.
    public var description: String {
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        return "\(date)T\(Self.two(hour)):\(Self.two(minute)):\(Self.two(second))\(sign)\(Self.two(magnitude / 3600)):\(Self.two(magnitude % 3600 / 60))"
    }

    /// `2026-11-26 09:30`, for lists.
    public var shortDescription: String { "\(date) \(Self.two(hour)):\(Self.two(minute))" }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Parses ISO 8601 as people and tools write it in front matter:
    /// `2026-11-26T09:30:12+01:00`, `...Z`, `2026-11-26 09:30`, or a bare date
    /// (taken as midnight). Fractional seconds are accepted and dropped. A
    /// time without an offset is taken as UTC.
    public init?(iso text: String) {
        let text = text.trimmed
        guard text.utf8.count >= 10, let date = CalendarDate(iso: String(text.prefix(10))) else { return nil }
        var rest = Substring(text.dropFirst(10))
        var hour = 0, minute = 0, second = 0, offset = 0
        if let first = rest.first, first == "T" || first == "t" || first == " " {
            rest = rest.dropFirst()
            func number(_ count: Int) -> Int? {
                let digits = rest.prefix(count)
                guard digits.count == count, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(digits) else { return nil }
                rest = rest.dropFirst(count)
                return n
            }
            guard let h = number(2), rest.first == ":" else { return nil }
            rest = rest.dropFirst()
            guard let m = number(2) else { return nil }
            hour = h
            minute = m
            if rest.first == ":" {
                rest = rest.dropFirst()
                guard let s = number(2) else { return nil }
                second = s
                if rest.first == "." { rest = rest.dropFirst().drop { $0.isASCII && $0.isNumber } }
            }
            rest = rest.drop { $0 == " " }
            if rest == "Z" || rest == "z" {
                rest = ""
            } else if let sign = rest.first, sign == "+" || sign == "-" {
                rest = rest.dropFirst()
                guard let oh = number(2) else { return nil }
                if rest.first == ":" { rest = rest.dropFirst() }
                let om = number(2) ?? 0
                // An offset past 23:59 could not be written back as two digits of hours.
                guard oh < 24, om < 60 else { return nil }
                offset = (oh * 3600 + om * 60) * (sign == "-" ? -1 : 1)
            }
            guard rest.isEmpty, hour < 24, minute < 60, second < 61 else { return nil }
        } else if !rest.isEmpty {
            return nil
        }
        self.init(date: date, hour: hour, minute: minute, second: min(second, 59), offset: offset)
    }
}
