/// Plain-text renderings of the schedule commands.
public struct ScheduleText {
    public let library: PromptLibrary
    /// The columns prose is wrapped to.
    public var width = Screen.defaultWidth
    /// Whether to style the text (a terminal that wants colour).
    public var color = false

    func wrap(_ text: String, indent: String = "", firstIndent: String? = nil) -> String {
        TextLayout.wrap(text, width: width, indent: indent, firstIndent: firstIndent)
    }

    /// A day's prompt, where it comes from, and entries from this day in the past.
    /// The hints name commands that act on that day: `write --today` only answers today's prompt.
    func day(_ day: DayReport) -> String {
        let date = day.date, isToday = day.date == day.today
        guard let pick = day.pick else {
            return "\(TextLayout.longDate(date))\n\n" + wrap("No prompt \(isToday ? "today" : "that day"): your plan has prompts on \(day.plan.setting(on: date).daysDescription).") + "\n"
        }
        var focus: String?
        var focusDay = false
        if case .focus(let stage, let number, let count, let model) = pick.reason {
            focusDay = true
            let thread = day.thread ?? FocusThread(focus: Plan.Focus(id: pick.prompt.question.id, model: model, start: date, days: 1), steps: [])
            focus = self.thread(thread, stage: stage, number: number, of: count, before: date)
        }
        var out = LibraryText(library, width: width, color: color).day(date, pick.prompt, focus: focus)
        if day.skipped {
            // A skip is undone by answering: the hint says so rather than asking again.
            let when = isToday ? "today" : "on \(date)"
            let write = isToday ? "--today" : focusDay ? "--today --date \(date)" : "--prompt \(pick.prompt.prompt.id) --date \(date)"
            out += "Skipped \(when). To answer it after all: reflect write \(write)\n"
        } else if isToday {
            // Lines that end in a command are never wrapped: they are copied whole.
            out += day.answered ? "Answered today. 'reflect list --since today' shows it.\n" : "Answer it with: reflect write --today\n"
        } else if day.answered {
            out += "Answered. 'reflect list --since \(date) --until \(date)' shows it.\n"
        } else {
            // write refuses a date after tomorrow without --force (a typo guard).
            let force = date > day.today.adding(days: 1) ? " --force" : ""
            // A focus day's entry records its stage: --today --date writes that day's stage.
            let answer = focusDay ? "--today --date \(date)" : "--prompt \(pick.prompt.prompt.id) --date \(date)"
            out += "Answer it with: reflect write \(answer)\(force)\n"
        }
        if let resting = day.restingFocus { out += "\n" + wrap(resting) + "\n" }
        if let action = day.followUp {
            out += "\n" + wrap("On \(TextLayout.longDate(action.date)) you wrote: \(action.text)") + "\n"
            out += "Done? reflect actions done \(action.id)  (or: reflect actions drop \(action.id))\n"
        }
        if !day.onThisDay.isEmpty {
            out += "\nOn this day\n"
            for past in day.onThisDay {
                out += wrap("\(past.label): \(past.entry.firstWords) [\(past.entry.id)]", indent: "    ", firstIndent: "  ") + "\n"
            }
        }
        return out
    }

    /// One line a day: date, theme, prompt.
    func forecast(_ days: [(CalendarDate, SchedulePick?)]) -> String {
        days.map { date, pick in
            let day = "\(TextLayout.weekdays[date.weekday].prefix(3)) \(date)"
            guard let pick else { return "\(day)  (no prompt)\n" }
            var title = pick.prompt.theme.title
            if case .focus(let stage, _, _, _) = pick.reason { title += " · focus: \(stage.heading)" }
            return wrap(title, indent: String(repeating: " ", count: day.count + 2), firstIndent: day + "  ") + "\n" + wrap(pick.prompt.prompt.text + " [\(pick.prompt.prompt.id)]", indent: "    ") + "\n"
        }.joined()
    }

    /// The plan in effect today, the changes planned ahead, and each
    /// focus with how far its thread has come and how it ends.
    func plan(_ report: PlanReport) -> String {
        let plan = report.plan, today = report.today
        var lines: [String] = []
        func describe(_ period: Plan.Period, indent: String) {
            lines.append(wrap(period.daysDescription, indent: indent + "            ", firstIndent: indent + "Days        "))
            guard let focus = period.focus else {
                lines.append(wrap("none: the normal rotation through every theme", indent: indent + "            ", firstIndent: indent + "Focus       "))
                return
            }
            lines += focusLines(focus, thread: report.threads["\(focus.id)@\(focus.start)"], today: today, indent: indent)
        }
        describe(plan.setting(on: today), indent: "")
        for period in plan.periods {
            guard let from = period.fromDate, from > today else { continue }
            lines.append("")
            lines.append("From \(TextLayout.longDate(from))")
            describe(period, indent: "  ")
        }
        if let change = report.change { lines += ["", change] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A focus: what it is on, its model and days, how it ends, and its thread.
    func focusLines(_ focus: Plan.Focus, thread: FocusThread?, today: CalendarDate, indent: String) -> [String] {
        guard let start = focus.startDate, let end = focus.endDate else { return [] }
        let title = focus.label(in: library)
        let model = focus.reflectiveModel
        let pad = indent + "            "
        var lines = [wrap("\(title) [\(focus.id)]", indent: pad, firstIndent: indent + "Focus       ")]
        lines.append(wrap("\(model.title), \(start) to \(end)", indent: pad, firstIndent: pad))
        let thread = thread ?? FocusThread(focus: focus, steps: [])
        switch thread.state(on: today) {
        case .complete(let day):
            let all = thread.skipped.isEmpty ? "all \(model.stages.count) stages written" : thread.progress
            lines.append(wrap("Ended \(day): \(all).", indent: pad, firstIndent: pad))
        case .expired:
            lines.append(wrap("Ended \(end), its days run out, with \(thread.progress).", indent: pad, firstIndent: pad))
        case .notStarted, .running:
            lines.append(wrap("Ends when its \(model.stages.count) stages are written or on \(end), whichever comes first. "
                                         + "A stage moves on when you write it (or skip it); every 7th day keeps the normal rotation.", indent: pad))
            let next = model.stages[min(thread.done, model.stages.count - 1)]
            let written = thread.progress.prefix(1).uppercased() + thread.progress.dropFirst()
            lines.append(wrap("\(written); next: stage \(thread.done + 1), \(next.heading)", indent: pad, firstIndent: pad))
        }
        return lines
    }

    /// A focus day's thread: the stage of today, and the stages written before it.
    func thread(_ thread: FocusThread, stage: ReflectiveModel.Stage, number: Int, of count: Int, before date: CalendarDate) -> String {
        var lines = [wrap("Focus on \(thread.focus.name), stage \(number) of \(count): \(stage.heading)"),
                     wrap(stage.questions, indent: "  ")]
        // Each earlier stage once, in stage order: its entry (a skip only when it has none).
        let earlier = thread.byStage(before: date.adding(days: 1)).filter { $0.step.date < date || $0.step.stage < number }
        if !earlier.isEmpty {
            lines.append("")
            lines.append("The thread so far")
            let stages = thread.focus.reflectiveModel.stages
            for (step, more) in earlier {
                let heading = stages.indices.contains(step.stage - 1) ? stages[step.stage - 1].heading : "stage \(step.stage)"
                var what = step.entry.map { "\(step.firstWords) [\($0)]" } ?? "(skipped)"
                if more > 0 { what += " (and \(more) more \(more == 1 ? "entry" : "entries"))" }
                lines.append(wrap("\(step.stage). \(heading) (\(step.date)): \(what)", indent: "     ", firstIndent: "  "))
            }
        }
        return lines.joined(separator: "\n")
    }

    func status(_ status: ScheduleStatus) -> String {
        let label = "            "
        var lines: [String] = []
        if let pick = status.pick {
            let state = status.answered ? "answered" : status.skipped ? "skipped" : "not answered yet"
            lines.append(wrap("\(state): \(pick.prompt.theme.title) [\(pick.prompt.prompt.id)]",
                              indent: label, firstIndent: "Today       "))
        } else {
            lines.append(wrap("no prompt (plan: \(status.plan.setting(on: status.date).daysDescription))", indent: label, firstIndent: "Today       "))
        }
        lines.append(wrap("\(status.daysReflectedInLast28) of the last 28 days", indent: label, firstIndent: "Reflected   "))
        lines.append("Entries     \(status.entries)")
        let setting = status.plan.setting(on: status.date)
        var planLine = "Plan        \(setting.daysDescription)"
        // The focus as its thread stands (a skip moves it on; written or run out, it has ended).
        if let thread = status.thread, let end = thread.focus.endDate {
            switch thread.state(on: status.date) {
            case .running(let next):
                planLine += "; focus on \(thread.focus.name), \(thread.progress), stage \(next) next, until its stages are written or \(end)"
            case .notStarted:
                planLine += "; focus on \(thread.focus.name) from \(thread.focus.start) until its stages are written or \(end)"
            // An ended focus is mentioned for a week, then the plan line is the plan's again.
            case .complete(let day) where day >= status.date.adding(days: -7):
                planLine += "; the focus on \(thread.focus.name) ended \(day) (\(thread.progress))"
            case .expired where end >= status.date.adding(days: -7):
                planLine += "; the focus on \(thread.focus.name) ended \(end) (\(thread.progress))"
            case .complete, .expired:
                break
            }
        }
        lines.append(wrap(String(planLine.dropFirst(12)), indent: label, firstIndent: "Plan        "))
        if let tomorrow = status.tomorrow {
            lines.append(wrap("\(tomorrow.prompt.prompt.text) [\(tomorrow.prompt.prompt.id)]", indent: label, firstIndent: "Tomorrow    "))
        } else {
            lines.append("Tomorrow    no prompt")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
