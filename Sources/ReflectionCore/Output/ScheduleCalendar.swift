/// Turns the schedule into calendar events.
public struct ScheduleCalendar {
    public let library: PromptLibrary
    public let plan: Plan

    /// A UID from the journal's salt (random letters made for each journal,
    /// kept in its plan) and a key: stable (re-importing updates the same
    /// event), anonymous (RFC 7986: no personal data), and different for
    /// every journal (the seed, 0 for most, would give everyone the same UIDs).
    func uid(_ key: String) -> String {
        // FNV-1a, then a finalizer (MurmurHash3's fmix64) so that nearby days
        // give unrelated-looking UIDs.
        func mix(_ value: UInt64) -> UInt64 {
            var h = value
            h ^= h >> 33; h = h &* 0xff51_afd7_ed55_8ccd
            h ^= h >> 33; h = h &* 0xc4ce_b9fe_1a85_ec53
            return h ^ (h >> 33)
        }
        let salt = plan.salt ?? ""
        let a = mix(FNV1a.hash(seed: 0, "reflect-calendar", salt, key))
        let b = mix(FNV1a.hash(seed: 0x5bd1_e995, "reflect-calendar", salt, key))
        func hex(_ v: UInt64, _ digits: Int) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: max(0, 16 - s.count)) + s
        }
        let h = hex(a, 16) + hex(b, 16)
        let c = Array(h)
        return "\(String(c[0..<8]))-\(String(c[8..<12]))-\(String(c[12..<16]))-\(String(c[16..<20]))-\(String(c[20..<32]))@reflect"
    }

    /// One event a day carrying its prompt and the notes it cites.
    public func days(_ picks: [SchedulePick], time: (hour: Int, minute: Int)?, alarm: Int, stamp: Timestamp) -> ICalendar {
        ICalendar(events: picks.map { pick in
            var description = pick.prompt.prompt.text + "\n\nFrom the workshop: " + pick.prompt.question.text + "\nTheme: " + pick.prompt.theme.title
            for note in library.citedNotes(of: pick.prompt) { description += "\n– " + note.text }
            var summary = "Reflect: " + pick.prompt.theme.title
            if case .focus(let stage, let number, let count, let model) = pick.reason {
                // A focus day's entry records its stage: the command writes the day's stage, not just the prompt.
                description = "Focus, stage \(number) of \(count) of \(model.title): \(stage.heading)\n\(stage.questions)\n\n" + description
                description += "\n\nreflect write --today --date \(pick.date)"
                summary += " · focus stage \(number): \(stage.heading)"
            } else {
                description += "\n\nreflect write --prompt " + pick.prompt.prompt.id
            }
            return ICalendar.Event(uid: uid(pick.date.description), date: pick.date, time: time,
                                   summary: summary, description: description, alarmMinutes: alarm)
        }, stamp: stamp)
    }

    /// One daily repeating event that says to run `reflect today`: it never goes stale.
    ///
    /// On a plan with some weekdays only, the event repeats on those days and
    /// starts on the first of them on or after `date`: RFC 5545 leaves a
    /// DTSTART its own rule does not include undefined, and calendars differ
    /// on whether that day shows.
    public func reminder(from date: CalendarDate, time: (hour: Int, minute: Int)?, alarm: Int, stamp: Timestamp) -> ICalendar {
        var rule = "FREQ=DAILY"
        var start = date
        // The days of the setting in effect on the first day (a change planned later is not in a repeating event).
        if let days = plan.setting(on: date).days {
            rule = "FREQ=WEEKLY;BYDAY=" + days.map { ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][$0] }.joined(separator: ",")
            // The same days as the rule; a valid plan has at least one, so a week always holds one.
            start = (0..<7).lazy.map { date.adding(days: $0) }.first { days.contains($0.weekday) } ?? date
        }
        let event = ICalendar.Event(uid: uid("reminder"), date: start, time: time, summary: "Reflect",
                                    description: "A few minutes of reflection: run 'reflect today' for today's prompt.",
                                    recurrence: rule, alarmMinutes: alarm)
        return ICalendar(events: [event], stamp: stamp)
    }
}
