import Foundation
import Testing
@testable import ReflectionCore

/// The prompt library against the workshop notes it transcribes.
@Suite struct LibraryContentTests {
    let library: PromptLibrary

    init() throws {
        library = try PromptLibrary.load(path: packageRoot.appendingPathComponent("Prompts/questions.json").path)
    }

    /// Folds what the PDF and typing vary (whitespace, curly quotes, dash
    /// kinds) so that a note can be found in the notes' text.
    static func normalise(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ", "\n", "\t", "\r", "\u{A0}": continue
            case "\u{2018}", "\u{2019}", "\u{2032}": out.append("'")
            case "\u{201C}", "\u{201D}": out.append("\"")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": out.append("-")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// The workshop notes, as kept in the repository (Prompts/source/README.md).
    static let workshopNotesURL = packageRoot.appendingPathComponent("Prompts/source/leading-across-boundaries.txt")

    static func workshopNotes() throws -> String {
        try String(contentsOf: workshopNotesURL, encoding: .utf8)
    }

    @Test func hasTheNineQuestionsInOrder() {
        #expect(library.questions.map(\.id) == ["relationships", "frames", "long-term", "strategic-plan", "clinical-leadership",
                                                "resources", "resilience", "we-are-great", "compassion"])
        #expect(library.questions.first?.text == "How do you build relationships when there isn’t enough time, or they’re fraught or non-existent?")
    }

    @Test func hasEveryThemeOfTheNotes() {
        let counts = library.questions.map(\.themes.count)
        // Columns of each question's table in the notes, in order.
        #expect(counts == [5, 5, 6, 6, 5, 4, 12, 7, 6])
        #expect(counts.reduce(0, +) > 50)
        #expect(library.questions[6].themes.first?.title == "Expressing emotion and vulnerability")
        #expect(library.questions[8].themes.last?.title == "Why compassion?")
    }

    @Test func everyThemeTitleAndQuestionIsInTheNotes() throws {
        let notes = Self.normalise(try Self.workshopNotes())
        for question in library.questions {
            #expect(notes.contains(Self.normalise(question.text)), "\(question.id)")
            for theme in question.themes {
                #expect(notes.contains(Self.normalise(theme.title)), "\(theme.id): \(theme.title)")
            }
        }
    }

    /// Every note is verbatim: found in the notes' text after folding
    /// whitespace, quotes and dashes. A note that a page break cut in two
    /// (the other columns' text comes between) is found as two pieces, in order.
    @Test func everyNoteIsInTheWorkshopNotes() throws {
        let source = Self.normalise(try Self.workshopNotes())
        var split: [String] = []
        for question in library.questions {
            for theme in question.themes {
                for note in theme.notes {
                    let text = Self.normalise(note.text)
                    if source.contains(text) { continue }
                    // The longest prefix found whole, then the rest later on.
                    var low = 0, high = text.count
                    while low < high {
                        let mid = (low + high + 1) / 2
                        if source.contains(String(text.prefix(mid))) { low = mid } else { high = mid - 1 }
                    }
                    let head = String(text.prefix(low)), tail = String(text.dropFirst(low))
                    let found = low >= 10 && tail.count >= 5 &&
                        source.ranges(of: head).contains { source[$0.upperBound...].contains(tail) }
                    #expect(found, "\(note.id) is not in the workshop notes: \(note.text)")
                    split.append(note.id)
                }
            }
        }
        // The notes cut by a page break, as Prompts/README.md records them.
        #expect(split.count <= 8, "\(split)")
    }

    @Test func everyThemeHasNotesAndPrompts() {
        for theme in library.questions.flatMap(\.themes) {
            #expect(!theme.notes.isEmpty, "\(theme.id)")
            #expect(!theme.prompts.isEmpty, "\(theme.id)")
        }
        #expect(library.questions.flatMap(\.themes).flatMap(\.notes).count == 193)
        #expect(library.placedPrompts.count == 145)
    }

    @Test func everyNoteIsCitedByAPrompt() {
        for question in library.questions {
            let cited = Set(question.themes.flatMap(\.prompts).flatMap(\.sources))
            for note in question.themes.flatMap(\.notes) {
                #expect(cited.contains(note.id), "no prompt cites \(note.id): \(note.text)")
            }
        }
    }

    /// Words too common to show that a prompt draws on a note.
    static let stopWords = Set("""
        a an the and or but nor of to in on at by for with from as into about than then so if
        is are was were be been being am it its this that these those there here
        i me my we us our you your they them their he she his her who whom whose which what when where why how
        do does did done not no yes can could will would shall should may might must
        have has had get got make made need needs just all some any more most such very also only eg ie etc
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// The content words of a text: lower case, apostrophes dropped
    /// ("don't" is "dont"), split at anything else that is not a letter or digit.
    static func contentWords(_ text: String) -> Set<String> {
        let folded = text.lowercased().filter { $0 != "'" && $0 != "\u{2019}" && $0 != "\u{2018}" }
        let words = folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
        return Set(words.filter { !stopWords.contains($0) })
    }

    /// Whether two texts share a content word, or a crude stem of one (its
    /// first five letters), so that "relationships" meets "relationship".
    static func shareAWord(_ a: String, _ b: String) -> Bool {
        let wordsA = contentWords(a), wordsB = contentWords(b)
        if !wordsA.isDisjoint(with: wordsB) { return true }
        return !Set(wordsA.map { String($0.prefix(5)) }).isDisjoint(with: wordsB.map { String($0.prefix(5)) })
    }

    @Test func stemsMatchCloseWordsOnly() {
        #expect(Self.shareAWord("How are your relationships?", "Build a relationship."))
        #expect(Self.shareAWord("Don’t over-treat.", "Where did you see treatment?"))
        #expect(!Self.shareAWord("What is this about?", "Which of these is it?"))
        #expect(!Self.shareAWord("Allow time for these conversations.", "What small step could you take?"))
    }

    /// A prompt draws on every note it cites: it shares at least one content word with each.
    @Test func everyPromptUsesTheNotesItCites() throws {
        for question in library.questions {
            let notes = Dictionary(uniqueKeysWithValues: question.themes.flatMap(\.notes).map { ($0.id, $0.text) })
            for prompt in question.themes.flatMap(\.prompts) {
                for source in prompt.sources {
                    let note = try #require(notes[source], "\(prompt.id) cites \(source)")
                    #expect(Self.shareAWord(prompt.text, note), "\(prompt.id) shares no word with \(source): \(note)")
                }
            }
        }
    }

    /// Every question has a prompt on feelings and one from another person's
    /// standpoint, and only those two angles are used.
    @Test func everyQuestionHasAFeelingsAndAnOtherViewPrompt() {
        for question in library.questions {
            let angles = question.themes.flatMap(\.prompts).compactMap(\.angle)
            #expect(angles.contains("feelings"), "\(question.id) has no feelings prompt")
            #expect(angles.contains("other-view"), "\(question.id) has no other-view prompt")
            #expect(Set(angles).isSubset(of: PromptLibrary.angles), "\(question.id): \(angles)")
        }
    }

    /// Prompts use the straight apostrophe and quote throughout (notes keep the source's).
    @Test func promptsUseStraightApostrophes() {
        for prompt in library.placedPrompts.map(\.prompt) {
            #expect(!prompt.text.contains("\u{2019}") && !prompt.text.contains("\u{2018}"), "\(prompt.id): \(prompt.text)")
        }
    }

    /// A question's context is the line the notes give with it; a "[sic: …]"
    /// correction is ours and not in the notes.
    @Test func everyQuestionHasItsContextFromTheNotes() throws {
        let notes = Self.normalise(try Self.workshopNotes())
        for question in library.questions {
            let context = try #require(question.context, "\(question.id) has no context")
            let verbatim = context.replacingOccurrences(of: #" \[sic: [^\]]*\]"#, with: "", options: .regularExpression)
            #expect(notes.contains(Self.normalise(verbatim)), "\(question.id): \(context)")
        }
        let greatGlasgow = try #require(library.questions.first { $0.id == "we-are-great" }?.context)
        #expect(greatGlasgow.contains("NHS Glasgow and Greater Clyde [sic: NHS Greater Glasgow and Clyde]"))
    }

    @Test func everySourceResolvesToANoteOfTheSameQuestion() {
        for question in library.questions {
            let notes = Set(question.themes.flatMap { $0.notes.map(\.id) })
            for prompt in question.themes.flatMap(\.prompts) {
                #expect(!prompt.sources.isEmpty, "\(prompt.id)")
                for source in prompt.sources { #expect(notes.contains(source), "\(prompt.id) cites \(source)") }
            }
        }
    }

    @Test func idsAreUniqueAndWellFormed() {
        let ids = library.hosts.map(\.id) + library.allIDs
        #expect(Set(ids).count == ids.count)
        for id in ids { #expect(PromptLibrary.isValidID(id), "\(id)") }
        // Ids say where they sit: a theme's id starts with its question's, a note's and prompt's with their theme's.
        for question in library.questions {
            for theme in question.themes {
                #expect(theme.id.hasPrefix(question.id + "-"))
                for note in theme.notes { #expect(note.id.hasPrefix(theme.id + "-n")) }
                for prompt in theme.prompts { #expect(prompt.id.hasPrefix(theme.id + "-p")) }
            }
        }
    }

    @Test func everyQuestionNamesItsHost() throws {
        for question in library.questions {
            let host = try #require(library.host(withID: question.askedBy))
            #expect(!host.role.isEmpty)
        }
        #expect(library.hosts.map(\.name) == ["Debbie Sorkin", "Robert Packham", "Nichola Gardner", "David Wylie", "Tony Vickers-Byrne"])
        #expect(library.source.facilitators == ["Patricia Boyle", "Deborah Homa"])
    }

    /// The library compiled into the binary is generated from the file a
    /// person edits: regenerating it gives the same source, and the same values.
    /// `REFLECT_REGENERATE=1` (scripts/embed-library) rewrites it instead.
    @Test func embeddedLibraryIsGeneratedFromTheFile() throws {
        let url = packageRoot.appendingPathComponent(BuiltInLibrarySource.path)
        let expected = BuiltInLibrarySource.render(library)
        if ProcessInfo.processInfo.environment["REFLECT_REGENERATE"] == "1" {
            try Data(expected.utf8).write(to: url, options: .atomic)
        }
        let onDisk = try String(contentsOf: url, encoding: .utf8)
        #expect(onDisk == expected, "BuiltInLibrary.swift is stale: run scripts/embed-library")
        #expect(PromptLibrary.builtIn() == library)
    }
}
