/// Plain-text renderings of the schedule commands.
public struct ScheduleText {
    public let library: PromptLibrary

    /// A day's prompt, where it comes from, and entries from this day in the past.
    /// The hints name commands that act on that day: `write --today` only answers today's prompt.
    func day(_ day: DayReport) -> String {
        let date = day.date, isToday = day.date == day.today
        guard let pick = day.pick else {
            return "\(TextLayout.longDate(date))\n\nNo prompt \(isToday ? "today" : "that day"): your plan has prompts on \(day.plan.setting(on: date).daysDescription).\n"
        }
        var focus: String?
        if case .focus(let stage, let number, let count, _) = pick.reason {
            focus = "Focus, stage \(number) of \(count): \(stage.heading) \(stage.questions)"
        }
        var out = LibraryText(library).day(date, pick.prompt, focus: focus)
        if isToday {
            out += day.answered ? "Answered today. 'reflect list --since today' shows it.\n" : "Answer it with: reflect write --today\n"
        } else if day.answered {
            out += "Answered. 'reflect list --since \(date) --until \(date)' shows it.\n"
        } else {
            // write refuses a date after tomorrow without --force (a typo guard).
            let force = date > day.today.adding(days: 1) ? " --force" : ""
            out += "Answer it with: reflect write --prompt \(pick.prompt.prompt.id) --date \(date)\(force)\n"
        }
        if !day.onThisDay.isEmpty {
            out += "\nOn this day\n"
            for past in day.onThisDay {
                out += TextLayout.wrap("\(past.label): \(past.entry.firstWords) [\(past.entry.id)]", indent: "    ", firstIndent: "  ") + "\n"
            }
        }
        return out
    }

    /// One line a day: date, theme, prompt.
    func forecast(_ days: [(CalendarDate, SchedulePick?)]) -> String {
        days.map { date, pick in
            let day = "\(TextLayout.weekdays[date.weekday].prefix(3)) \(date)"
            guard let pick else { return "\(day)  (no prompt)\n" }
            var line = "\(day)  \(pick.prompt.theme.title)"
            if case .focus(let stage, _, _, _) = pick.reason { line += " · focus: \(stage.heading)" }
            return line + "\n" + TextLayout.wrap(pick.prompt.prompt.text + " [\(pick.prompt.prompt.id)]", indent: "    ") + "\n"
        }.joined()
    }

    func plan(_ plan: Plan, today: CalendarDate) -> String {
        var lines = ["Days        \(plan.daysDescription)"]
        if let focus = plan.focus, let start = focus.startDate, let end = focus.endDate {
            let title: String
            switch library.item(withID: focus.id) {
            case .question(let q)?: title = q.text
            case .theme(let t, _)?: title = t.title
            default: title = focus.id
            }
            let state = end < today ? " (ended)" : start > today ? " (not started)" : ""
            lines.append(TextLayout.wrap("\(title) [\(focus.id)]", indent: "            ", firstIndent: "Focus       "))
            lines.append("            \(focus.reflectiveModel.title), \(start) to \(end)\(state); every 7th day keeps the normal rotation")
        } else {
            lines.append("Focus       none: the normal rotation through every theme")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func status(_ status: ScheduleStatus) -> String {
        var lines: [String] = []
        if let pick = status.pick {
            lines.append("Today       \(status.answered ? "answered" : "not answered yet"): \(pick.prompt.theme.title) [\(pick.prompt.prompt.id)]")
        } else {
            lines.append("Today       no prompt (plan: \(status.plan.daysDescription))")
        }
        lines.append("Reflected   \(status.daysReflectedInLast28) of the last 28 days")
        lines.append("Entries     \(status.entries)")
        lines.append("Plan        \(status.plan.daysDescription)" + (status.plan.focus.map { "; focus on \($0.id) until \($0.endDate?.description ?? "?")" } ?? ""))
        if let tomorrow = status.tomorrow {
            lines.append(TextLayout.wrap("\(tomorrow.prompt.prompt.text) [\(tomorrow.prompt.prompt.id)]", indent: "            ", firstIndent: "Tomorrow    "))
        } else {
            lines.append("Tomorrow    no prompt")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
