import Foundation
import Testing
@testable import ReflectionCore

/// Colour and the pager: only on a terminal, as the platform's conventions
/// say (no-color.org, `TERM=dumb`, `--color`, `$PAGER`, `--no-pager`) (issue 11).
@Suite struct TerminalMannersTests {
    @Test func colourIsWantedOnlyOnATerminalWithoutNoColorOrADumbTerm() {
        #expect(Screen.wantsColor(environment: [:], isTerminal: true))
        #expect(!Screen.wantsColor(environment: [:], isTerminal: false))
        #expect(!Screen.wantsColor(environment: ["NO_COLOR": "1"], isTerminal: true))
        #expect(Screen.wantsColor(environment: ["NO_COLOR": ""], isTerminal: true), "an empty NO_COLOR is unset (no-color.org)")
        #expect(!Screen.wantsColor(environment: ["TERM": "dumb"], isTerminal: true))
        let plain = Screen(isTerminal: true, color: false)
        #expect(plain.choosing(.always).color && !Screen(isTerminal: true, color: true).choosing(.never).color)
        #expect(Screen(isTerminal: true, color: true).choosing(.auto).color && !plain.choosing(nil).color)
    }

    /// Runs in process with standard output a terminal that wants colour, or not.
    func run(_ world: JournalWorld, _ arguments: [String], color: Bool, terminal: Bool = true) -> CommandResult {
        var context = RunContext(environment: testEnvironment(home: world.home, world.environment), clock: world.clock)
        context.screen = Screen(width: 80, isTerminal: terminal, color: color)
        return Runner.run(arguments, context: context)
    }

    @Test func theDayIsStyledOnATerminalAndPlainOtherwise() throws {
        try withJournal { world in
            let styled = run(world, ["today"], color: true).stdout
            #expect(styled.contains("\u{1B}[1mFrom the workshop\u{1B}[0m"), "\(styled)")
            #expect(styled.hasPrefix("\u{1B}[1m") && styled.contains("\u{1B}[0m"))
            // Without the styles, the same text.
            let plain = run(world, ["today"], color: false).stdout
            #expect(!plain.contains("\u{1B}"))
            #expect(styled.replacingOccurrences(of: "\u{1B}[1m", with: "").replacingOccurrences(of: "\u{1B}[0m", with: "") == plain)
            // --color never on a terminal; --color always in a pipe.
            #expect(!run(world, ["today", "--color", "never"], color: true).stdout.contains("\u{1B}"))
            #expect(run(world, ["--color=always", "today"], color: false, terminal: false).stdout.contains("\u{1B}[1m"))
            // A bad value is a usage error naming the choices.
            let bad = run(world, ["today", "--color", "purple"], color: false)
            #expect(bad.status == ExitCode.usage && bad.stderr.contains("expected auto, always or never"), "\(bad.stderr)")
        }
    }

    /// An entry's own escape sequences stay escaped on a terminal, colour or
    /// not; reflect's styles are the only ones that reach it, and no text
    /// can forge them (not even one with the private-use characters they are made of).
    @Test func anEntryCannotStyleTheTerminal() throws {
        try withJournal { world in
            let forged = "\u{E000}\(Style.token.prefix(3))1\u{E001}"
            let id = try world.write(["-m", "Hello \u{1B}[31mred and \u{E000}1\u{E001} and \(forged)"])
            for arguments in [["list"], ["show", id], ["search", "red"]] {
                let out = run(world, arguments, color: true).stdout
                #expect(!out.contains("\u{1B}[31m"), "\(arguments): \(out)")
                #expect(out.contains("\\u{1b}[31m"), "\(arguments): shown escaped: \(out)")
                // Every escape sequence left is one of reflect's styles.
                let sequences = out.components(separatedBy: "\u{1B}[").dropFirst().map { $0.prefix { $0 != "m" } }
                #expect(sequences.allSatisfy { ["0", "1", "2", "36", "33", "31"].contains(String($0)) && $0 != "31" }, "\(arguments): \(sequences)")
                #expect(out.contains("\u{E000}1\u{E001}") && out.contains(forged), "the text's own private-use characters are kept")
            }
        }
    }

    @Test func errorsAndWarningsAreStyledOnlyOnATerminalsStandardError() throws {
        try withJournal { world in
            var context = RunContext(environment: testEnvironment(home: world.home, world.environment), clock: world.clock)
            context.errorColor = true
            let styled = Runner.run(["show", "20990101-000000-zzzzz"], context: context)
            #expect(styled.stderr.hasPrefix("reflect: \u{1B}[31merror:\u{1B}[0m "), "\(styled.stderr)")
            #expect(Runner.run(["--color", "never", "show", "20990101-000000-zzzzz"], context: context).stderr.hasPrefix("reflect: error: "))
            context.errorColor = false
            #expect(Runner.run(["show", "20990101-000000-zzzzz"], context: context).stderr.hasPrefix("reflect: error: "))
        }
    }

    @Test func longOutputIsPagedOnlyOnATerminal() throws {
        try withJournal { world in
            try world.write(["-m", "Paged words."])
            let paged = world.root.appendingPathComponent("paged.txt")
            let pager = try world.editorScript("pager.sh", "cat > '\(paged.path)'")
            func pagedText() -> String? { try? String(contentsOf: paged, encoding: .utf8) }
            // The listing commands page on a terminal.
            var context = RunContext(environment: testEnvironment(home: world.home, world.environment.merging(["PAGER": pager]) { $1 }), clock: world.clock)
            context.screen = Screen(width: 80, isTerminal: true)
            let list = Runner.run(["list"], context: context)
            #expect(list.pager == pager && list.stdout.contains("Paged words."))
            #expect(Runner.run(["list", "--no-pager"], context: context).pager == nil)
            #expect(Runner.run(["--no-pager", "search", "paged"], context: context).pager == nil)
            #expect(Runner.run(["today"], context: context).pager == nil, "the morning prompt is never paged")
            // PAGER=cat or empty: none; unset: less -FRX.
            for (value, expected) in [("cat", nil), ("", nil), (" less -R ", "less -R")] as [(String, String?)] {
                context.environment["PAGER"] = value
                #expect(Runner.run(["list"], context: context).pager == expected)
            }
            context.environment["PAGER"] = nil
            #expect(Runner.run(["list"], context: context).pager == "less -FRX")
            // Not a terminal: never.
            context.screen = Screen(width: 80, isTerminal: false)
            #expect(Runner.run(["list"], context: context).pager == nil)

            // The real binary on a terminal: the pager gets the listing; with --no-pager the terminal does.
            let shown = try runReflectInTerminal(["list"], home: world.home, environment: world.environment.merging(["PAGER": pager]) { $1 })
            #expect(shown.status == 0 && pagedText()?.contains("Paged words.") == true && !shown.stdout.contains("Paged words."), "\(shown.stdout)")
            try? FileManager.default.removeItem(at: paged)
            let direct = try runReflectInTerminal(["list", "--no-pager"], home: world.home, environment: world.environment.merging(["PAGER": pager]) { $1 })
            #expect(direct.stdout.contains("Paged words.") && pagedText() == nil)
            // A pager that is not installed: the output is printed, not lost.
            let missing = try runReflectInTerminal(["list"], home: world.home, environment: world.environment.merging(["PAGER": "no-such-pager -x"]) { $1 })
            #expect(missing.status == 0 && missing.stdout.contains("Paged words."), "\(missing.stdout)")
        }
    }
}

/// Every error names what was wrong and the nearest valid choice; a
/// command missing an argument prints its usage line (issue 11).
@Suite struct ErrorsNameTheNearestChoiceTests {
    @Test(arguments: [
        (["list", "--format", "jsno"], "invalid value 'jsno' for --format: expected text or json (did you mean 'json'?)"),
        (["write", "--model", "gibs", "-m", "x"], "expected driscoll, gibbs, kolb or free (did you mean 'gibbs'?)"),
        (["today", "--colour", "never"], "unknown option '--colour' for 'reflect today' (did you mean '--color'?)"),
        (["config", "nope"], "unknown setting 'nope'; expected 'follow-up', 'sync.auto'"),
        (["todya"], "unknown command 'todya' (did you mean 'today'?)"),
        (["show"], "'reflect show' needs ID; see 'reflect help show'\nusage: reflect show"),
    ])
    func theMessageSaysWhatAndWhatWasMeant(_ arguments: [String], _ expected: String) throws {
        try withJournal { world in
            let result = try world.run(arguments)
            #expect(result.status != 0 && result.stderr.contains(expected), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }
}
