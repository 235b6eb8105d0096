/// Writes iCalendar (RFC 5545) text: CRLF line ends, lines folded at 75
/// octets without splitting a UTF-8 character, TEXT values escaped.
public struct ICalendar {
    /// One event of the calendar.
    public struct Event: Equatable, Sendable {
        public var uid: String
        /// All-day on this date, or at `time` (local, floating) when given.
        public var date: CalendarDate
        public var time: (hour: Int, minute: Int)?
        public var summary: String
        public var description: String
        /// `RRULE` value, for a repeating event.
        public var recurrence: String?
        /// Minutes before the start for the reminder (for an all-day event,
        /// before 09:00 that day).
        public var alarmMinutes: Int

        public init(uid: String, date: CalendarDate, time: (hour: Int, minute: Int)?, summary: String, description: String,
                    recurrence: String? = nil, alarmMinutes: Int) {
            self.uid = uid
            self.date = date
            self.time = time
            self.summary = summary
            self.description = description
            self.recurrence = recurrence
            self.alarmMinutes = alarmMinutes
        }

        public static func == (a: Event, b: Event) -> Bool {
            a.uid == b.uid && a.date == b.date && a.time?.hour == b.time?.hour && a.time?.minute == b.time?.minute
                && a.summary == b.summary && a.description == b.description && a.recurrence == b.recurrence && a.alarmMinutes == b.alarmMinutes
        }
    }

    public var events: [Event]
    /// When the calendar was made (UTC), for `DTSTAMP`.
    public var stamp: Timestamp

    public init(events: [Event], stamp: Timestamp) {
        self.events = events
        self.stamp = stamp
    }

    /// The calendar as text.
    public var text: String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//reflect//reflect \(HelpText.version)//EN", "CALSCALE:GREGORIAN"]
        let dtstamp = Self.utc(stamp)
        for event in events {
            lines += ["BEGIN:VEVENT", "UID:\(event.uid)", "DTSTAMP:\(dtstamp)"]
            let day = Self.compact(event.date)
            if let time = event.time {
                lines.append("DTSTART:\(day)T\(Timestamp.two(time.hour))\(Timestamp.two(time.minute))00")
                lines.append("DURATION:PT15M")
            } else {
                lines.append("DTSTART;VALUE=DATE:\(day)")
            }
            if let rule = event.recurrence { lines.append("RRULE:\(rule)") }
            lines += ["SUMMARY:\(Self.escape(event.summary))", "DESCRIPTION:\(Self.escape(event.description))", "TRANSP:TRANSPARENT",
                      "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:\(Self.trigger(event))",
                      "DESCRIPTION:\(Self.escape(event.summary))", "END:VALARM", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined()
    }

    static func trigger(_ event: Event) -> String {
        if event.time != nil { return event.alarmMinutes == 0 ? "PT0S" : "-PT\(event.alarmMinutes)M" }
        // All-day: relative to 09:00 local, as calendars show such alarms.
        let minutes = 9 * 60 - event.alarmMinutes
        return minutes >= 0 ? "PT\(minutes)M" : "-PT\(-minutes)M"
    }

    /// `20270301`.
    static func compact(_ date: CalendarDate) -> String { date.description.replacing("-", with: "") }

    /// `20261126T093012Z`.
    static func utc(_ time: Timestamp) -> String {
        let seconds = time.epochSeconds
        let date = CalendarDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
        let rest = seconds - date.dayNumber * 86_400
        return "\(compact(date))T\(Timestamp.two(rest / 3600))\(Timestamp.two(rest % 3600 / 60))\(Timestamp.two(rest % 60))Z"
    }

    /// TEXT escaping: backslash, semicolon, comma, and line breaks as `\n`.
    public static func escape(_ text: String) -> String {
        text.replacing("\r\n", with: "\n").escaped { scalar in
            switch scalar {
            case "\\": return "\\\\"
            case ";": return "\\;"
            case ",": return "\\,"
            case "\n", "\r": return "\\n"
            default: return nil
            }
        }
    }

    /// A content line folded at 75 octets (CRLF and a space), never inside a
    /// UTF-8 sequence, ending in CRLF.
    public static func fold(_ line: String) -> String {
        var out: [UInt8] = []
        var width = 0
        for scalar in line.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if width + bytes.count > 75 {
                out += [0x0D, 0x0A, 0x20]
                width = 1
            }
            out += bytes
            width += bytes.count
        }
        out += [0x0D, 0x0A]
        return String(decoding: out, as: UTF8.self)
    }
}
