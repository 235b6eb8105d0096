/// The text the editor opens on for a new entry, and how the person's own
/// words are taken back out of it.
///
/// Context from reflect (the prompt, the workshop notes it cites, what each
/// stage of the model asks) sits above a scissors line, as in `git commit
/// -v`; everything above the line is dropped on save, so nothing the person
/// did not write is saved as theirs. Below it are the model's headings.
public enum EntryTemplate {
    /// The line that separates reflect's context from the person's text.
    public static let scissors = "# ------------------------ >8 ------------------------"

    /// The template for a prompt (or none) and a model; with `stage` (a
    /// focus day's stage, from 1), that stage's heading only; with a
    /// dilemma, its title and description first, and then the prompt the
    /// workshop offers for it (`offer`, shown, never recorded as answered).
    public static func make(prompt: PlacedPrompt?, notes: [Note], askedBy: String?, model: ReflectiveModel, stage: Int? = nil,
                            dilemma: Dilemma? = nil, offer: PlacedPrompt? = nil) -> String {
        var context: [String] = []
        if let dilemma {
            context.append("# Dilemma: \(dilemma.title) [\(dilemma.id)]")
            let description = dilemma.description.trimmed
            if !description.isEmpty {
                for line in description.split(separator: "\n", omittingEmptySubsequences: false) {
                    context.append(line.isEmpty ? "#" : "#   \(line)")
                }
            }
            context.append("#")
            if let offer {
                context.append("# The workshop offers a prompt for it, from \(offer.theme.title) [\(offer.theme.id)]:")
                context.append("#   \(offer.prompt.text)")
                context.append("#   (to answer it: reflect write --dilemma \(dilemma.id) --prompt \(offer.prompt.id))")
                context.append("#")
            }
        }
        let stages = stage.flatMap { model.stages.indices.contains($0 - 1) ? [model.stages[$0 - 1]] : nil } ?? model.stages
        if let stage, stages.count == 1 {
            context.append("# Focus, stage \(stage) of \(model.stages.count) of \(model.title): \(stages[0].heading)")
            context.append("#   \(stages[0].questions)")
            context.append("#")
        }
        if let prompt {
            context.append("# Prompt: " + prompt.prompt.text)
            context.append("#")
            context.append("# From the workshop: \(prompt.question.text)" + (askedBy.map { " (asked by \($0))" } ?? ""))
            context.append("# Theme: \(prompt.theme.title)")
            for note in notes { context.append("#   - \(note.text)") }
            context.append("#")
        }
        if !model.stages.isEmpty, stage == nil {
            context.append("# \(model.title):")
            for stage in model.stages { context.append("#   \(stage.heading) \(stage.questions)") }
            context.append("#")
        }
        context.append("# Write below the line. Everything above it is context and is not saved;")
        context.append("# an empty or unchanged entry is not saved (your text is kept as a draft).")
        context.append(scissors)
        var body = ""
        if stages.isEmpty {
            body = "\n"
        } else {
            body = stages.map { "## \($0.heading)\n\n" }.joined(separator: "\n")
        }
        return context.joined(separator: "\n") + "\n" + body
    }

    /// The person's text from an edited template: what is below the scissors
    /// line (or, if they removed it, the text without reflect's context
    /// lines), with trailing blank lines trimmed. Nil when nothing was
    /// written beyond the model's headings.
    public static func extract(from edited: String, template: String) -> String? {
        var lines = edited.lineSlices.map { String($0.withoutCarriageReturn) }
        if let cut = lines.firstIndex(of: scissors) {
            lines.removeSubrange(...cut)
        } else {
            let context = Set(template.split(separator: "\n").map(String.init).filter { $0.hasPrefix("#") && !$0.hasPrefix("##") })
            lines.removeAll { context.contains($0) }
        }
        let headings = Set(template.split(separator: "\n").map(String.init).filter { $0.hasPrefix("## ") })
        // A model heading with nothing written under it is the template's, not the person's.
        var kept: [String] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if headings.contains(line) {
                var next = index + 1
                while next < lines.count, lines[next].trimmed.isEmpty { next += 1 }
                if next == lines.count || headings.contains(lines[next]) {
                    index = next
                    continue
                }
            }
            kept.append(line)
            index += 1
        }
        while let first = kept.first, first.trimmed.isEmpty { kept.removeFirst() }
        while let last = kept.last, last.trimmed.isEmpty { kept.removeLast() }
        return kept.isEmpty ? nil : kept.joined(separator: "\n") + "\n"
    }
}
