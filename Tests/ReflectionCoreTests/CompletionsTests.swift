import Foundation
import Testing
@testable import ReflectionCore

/// Shell completion (issue 11): the scripts `reflect completions` prints, run
/// in the real shells without a terminal, and the hidden `__complete` they
/// ask for ids. bash is driven through `COMP_WORDS`/`COMP_CWORD` and
/// `COMPREPLY`; zsh through its real completion system in a pseudo-terminal
/// (`zpty`); fish through `complete -C`. CI installs zsh and fish.
@Suite struct CompletionsTests {
    // MARK: - Running the shells

    /// What a shell offers at the end of each line ("reflect plan "), one run of the shell for all of them.
    static func complete(_ shell: Completions.Shell, _ lines: [String], in world: World) throws -> [[String]] {
        let script = world.folder.appendingPathComponent("reflect.\(shell.rawValue)")
        try Completions.script(for: shell).write(to: script, atomically: true, encoding: .utf8)
        let output: String
        switch shell {
        case .bash:
            output = try world.run("bash", ["--norc", "--noprofile", "-c", bashDriver, "bash", script.path], stdin: lines.joined(separator: "\n") + "\n")
        case .zsh:
            // Autoloaded from a folder on fpath, as `make install` puts it.
            let functions = world.folder.appendingPathComponent("site-functions")
            try FileManager.default.createDirectory(at: functions, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: script, to: functions.appendingPathComponent("_reflect"))
            let hits = world.folder.appendingPathComponent("zsh-hits")
            _ = try world.run("zsh", ["-f", "-c", zshDriver, "zsh", functions.path, hits.path] + lines)
            output = (try? String(contentsOf: hits, encoding: .utf8)) ?? ""
        case .fish:
            output = try world.run("fish", ["--no-config", "-c", fishDriver, script.path] + lines)
        }
        var results = output.components(separatedBy: "--END--\n").map { block in
            block.split(separator: "\n").map { String($0.split(separator: "\t").first ?? "") }
        }
        results.removeLast()
        #expect(results.count == lines.count, "\(shell): \(output)")
        return results
    }

    /// Reads lines, splits each into COMP_WORDS as bash would (`=` apart only when spaced so),
    /// calls `_reflect` and prints COMPREPLY.
    static let bashDriver = #"""
    source "$1"
    while IFS= read -r line; do
        read -ra COMP_WORDS <<< "$line"
        [[ $line == *' ' ]] && COMP_WORDS+=('')
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1)) COMP_LINE=$line COMP_POINT=${#line}
        _reflect
        ((${#COMPREPLY[@]})) && printf '%s\n' "${COMPREPLY[@]}"
        echo --END--
    done
    """#

    /// Types each line and a tab into an interactive zsh with compinit, and
    /// records what completion adds (every `compadd` that is not a query).
    /// The tab runs a widget that completes, then marks the end and clears the
    /// line; the next line is typed only then (zsh completes nothing while keys wait).
    static let zshDriver = #"""
    zmodload zsh/zpty || exit 2
    dir=$1 out=$2
    shift 2
    zpty z zsh -f -i
    zpty -w z "PS1=''; unsetopt auto_list auto_menu beep list_beep; fpath=(${(q)dir} \$fpath); autoload -U compinit; compinit -u -D"
    zpty -w z 'compadd() { if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi; local -a hits; builtin compadd -A hits "$@"; (( $#hits )) && print -rl -- $hits >&2; builtin compadd "$@"; }'
    zpty -w z '_complete_line() { zle complete-word; print -u2 -- --END--; BUFFER=; }; zle -N _complete_line'
    zpty -w z "bindkey '^I' _complete_line; exec 2>${(q)out}"
    typeset -i n=0 tries
    typeset -a ended
    for line in "$@"; do
        zpty -w -n z "$line"$'\t'
        n+=1
        for ((tries = 0; tries < 1000; tries++)); do
            [[ -f $out ]] && ended=(${(M)${(f)"$(<$out)"}:#--END--}) && (($#ended >= n)) && break
            sleep 0.01
        done
    done
    zpty -d z
    """#

    static let fishDriver = #"""
    source $argv[1]
    for line in $argv[2..-1]
        complete -C "$line"
        echo --END--
    end
    """#

    /// A temporary HOME with a journal, the built binary on PATH (the scripts ask it for ids).
    struct World {
        var folder: URL
        var environment: [String: String]

        func run(_ program: String, _ arguments: [String], stdin: String = "") throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [program] + arguments
            process.environment = environment
            process.currentDirectoryURL = folder
            let input = Pipe(), output = Pipe(), errors = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let problems = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0 && problems.isEmpty, "\(program): \(problems)")
            return text
        }
    }

    static func withWorld<T>(_ body: (World) throws -> T) throws -> T {
        try withTemporaryDirectory { folder in
            let home = folder.appendingPathComponent("home")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            // zle is off on a dumb terminal: the zsh in the pseudo-terminal needs a real one.
            var environment = testEnvironment(home: home, ["TERM": "xterm"])
            environment["PATH"] = reflectBinary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
            return try body(World(folder: folder, environment: environment))
        }
    }

    /// Whether a program is on the PATH; if not, says CI installs it.
    static func installed(_ program: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        if path.split(separator: ":").contains(where: { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }) { return true }
        Issue.record("\(program) is not installed (.ci/run installs it)")
        return false
    }

    // MARK: - What each shell offers

    /// Two entries and a dilemma, written as a person would; their ids, newest entry first.
    static func journal(in world: World) throws -> (entries: [String], dilemma: String) {
        let home = world.folder.appendingPathComponent("home")
        for (text, date) in [("An older entry.", "yesterday"), ("A newer entry.", "today")] {
            #expect(try runReflect(["write", "-m", text, "--date", date], home: home).status == 0)
        }
        let entries = try runReflect(["list", "--format", "json"], home: home).stdout
        let ids = try #require(try jsonObject(entries) as? [[String: Any]]).compactMap { $0["id"] as? String }
        let created = try runReflect(["dilemma", "new", "Rota gaps", "--json"], home: home).stdout
        let dilemma = try #require((try jsonObject(created) as? [String: Any])?["id"] as? String)
        return (ids, dilemma)
    }

    static let themes = PromptLibrary.builtIn().questions.flatMap(\.themes).map(\.id)

    /// Lines typed and what every shell must offer there (in any order).
    static func cases(entries: [String], dilemma: String) -> [(line: String, offered: [String])] {
        [
            ("reflect pl", ["plan"]),
            ("reflect plan ", ["rotate", "focus", "days"]),
            ("reflect write --", Write.spec.allOptions.map { "--\($0.name)" }),
            ("reflect write --model ", ReflectiveModel.allCases.map(\.rawValue)),
            ("reflect plan focus --model g", ["gibbs"]),
            ("reflect export --format ", ["json", "markdown"]),
            ("reflect show ", entries),
            ("reflect show \(entries[0].prefix(11))", [entries[0]]),
            ("reflect dilemma show ", [dilemma]),
            ("reflect list --dilemma ", [dilemma]),
            ("reflect link \(entries[0]) ", themes),
            ("reflect link \(entries[0]) \(themes[0]) compassion-h", ["compassion-humanity"]),
            ("reflect prompts --theme resilience-ta", ["resilience-taking-time-to-think"]),
            ("reflect plan focus resou", ["resources"] + themes.filter { $0.hasPrefix("resou") }),
            ("reflect help plan f", ["focus"]),
            ("reflect completions ", ["bash", "zsh", "fish"]),
            ("reflect --library team", ["team.json"]),
        ]
    }

    /// The same lines in each shell. `--model=dr` is completed whole in bash
    /// and fish, and after the `=` in zsh (which keeps `--model=` itself).
    @Test(arguments: Completions.Shell.allCases)
    func eachShellCompletesCommandsOptionsValuesAndIds(shell: Completions.Shell) throws {
        guard shell == .bash || Self.installed(shell.rawValue) else { return }
        try Self.withWorld { world in
            let journal = try Self.journal(in: world)
            try Data().write(to: world.folder.appendingPathComponent("team.json"))
            var cases = Self.cases(entries: journal.entries, dilemma: journal.dilemma)
            cases.append(("reflect write --model=dr", [shell == .zsh ? "driscoll" : "--model=driscoll"]))
            // bash splits --name=value into three words; the value is completed alone.
            if shell == .bash { cases.append(("reflect export --format = m", ["markdown"])) }
            let results = try Self.complete(shell, cases.map(\.line), in: world)
            for (item, offered) in zip(cases, results) {
                #expect(Set(offered) == Set(item.offered), "\(shell): \(item.line)")
            }
            // Entries newest first, as `list` shows them (fish sorts what it is given).
            if shell != .fish { #expect(results[6] == journal.entries, "\(shell)") }
        }
    }

    @Test func eachScriptIsValidSyntax() throws {
        try Self.withWorld { world in
            for (shell, check) in [(Completions.Shell.bash, ["-n"]), (.zsh, ["-n"]), (.fish, ["--no-execute"])] {
                guard Self.installed(shell.rawValue) else { continue }
                let script = world.folder.appendingPathComponent("script.\(shell.rawValue)")
                try Completions.script(for: shell).write(to: script, atomically: true, encoding: .utf8)
                _ = try world.run(shell.rawValue, check + [script.path])
            }
        }
    }

    // MARK: - One source of truth

    /// Every command and option the parser knows is in the man page, in the
    /// command's `--help`, and offered by each shell's script. The hidden
    /// `__complete` is for the scripts alone: left out here on purpose, and
    /// checked to be absent below.
    @Test func everyCommandAndOptionIsInTheManPageHelpAndEveryScript() throws {
        let man = try String(contentsOf: packageRoot.appendingPathComponent("man/reflect.1"), encoding: .utf8)
        let specs = Commands.specs.filter { !$0.hidden }
        #expect(specs.count == Commands.specs.count - 1)
        for spec in specs {
            #expect(man.contains(".It Cm \(spec.name)") || spec.name == "version", "man: \(spec.name)")
            let help = try runReflect(spec.name.split(separator: " ").map(String.init) + ["--help"])
            for option in spec.allOptions {
                #expect(man.contains("Fl -\(option.name)") || option.short.map { man.contains("Fl \($0)") } == true,
                        "man: \(spec.name) --\(option.name)")
                #expect(help.stdout.contains("--\(option.name)"), "--help: \(spec.name) --\(option.name)")
            }
        }
        // What each shell offers: every command's options, the commands, every subcommand.
        var lines = ["reflect "] + Commands.topLevelNames.map { "reflect \($0) " } + specs.map { "reflect \($0.name) --" }
        let expected = [Set(Commands.topLevelNames)] + Commands.topLevelNames.map { Set(Commands.subcommands(of: $0)) }
            + specs.map { Set($0.allOptions.map { "--\($0.name)" }) }
        lines.append("reflect __")
        for shell in Completions.Shell.allCases where shell == .bash || Self.installed(shell.rawValue) {
            try Self.withWorld { world in
                let results = try Self.complete(shell, lines, in: world)
                for (index, wanted) in expected.enumerated() {
                    #expect(wanted.isSubset(of: Set(results[index])), "\(shell): \(lines[index]) \(wanted.subtracting(results[index]))")
                }
                #expect(results.allSatisfy { !$0.contains(CompleteIDs.spec.name) }, "\(shell) offers the hidden command")
            }
        }
    }

    @Test func theHiddenCommandIsLeftOutOfHelpTheManPageAndTheScripts() throws {
        let spec = CompleteIDs.spec
        #expect(spec.hidden)
        #expect(!HelpText.overview().contains(spec.name))
        #expect(!ManPage.synopsis().contains(spec.name))
        let man = try String(contentsOf: packageRoot.appendingPathComponent("man/reflect.1"), encoding: .utf8)
        #expect(!man.contains(".It Cm \(spec.name)"))
        #expect(!Commands.topLevelNames.contains(spec.name))
        for shell in Completions.Shell.allCases {
            let script = Completions.script(for: shell)
            // Only the helpers that ask it for ids name it.
            #expect(script.components(separatedBy: "reflect \(spec.name)").count - 1 == 2, "\(shell)")
        }
        // A typo is not answered with it.
        #expect(throws: UsageError.unknownCommand(command: "__compl", suggestions: [])) { try Invocation.parse(["__compl"]) }
    }

    /// Every argument and option value that names an id, a file or a path says so in its spec,
    /// so that the scripts offer it; action ids (`actions done`) are hashes no one types from memory.
    @Test func everyIDAndFileArgumentSaysWhatItCompletesTo() {
        for spec in Commands.documented {
            for option in spec.allOptions {
                switch option.value {
                case "ID": if case .ids = option.completion {} else { Issue.record("\(spec.name) --\(option.name)") }
                case "FILE", "PATH": #expect(option.completion == .file, "\(spec.name) --\(option.name)")
                default: break
                }
            }
            let words = spec.arguments.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "[].")) }
            for (index, word) in words.enumerated() where ["ID", "FILE", "THEME", "QUESTION", "COMMAND", "SUBCOMMAND", "SHELL", "DAYS"].contains(word) {
                if spec.name.hasPrefix("actions ") { continue }
                #expect(spec.completion(ofArgument: index) != nil, "\(spec.name) \(word)")
            }
        }
        #expect(Link.spec.completion(ofArgument: 5) == .ids([.theme]))
        #expect(Commands.named("config")?.spec.completion(ofArgument: 1) == nil)
    }

    // MARK: - The hidden command

    @Test func idsComeFromTheLibraryWithAPrefix() throws {
        let themes = try runReflect(["__complete", "theme", "--", "resilience-ta"])
        #expect(themes.stdout == "resilience-taking-time-to-think\n" && themes.status == 0)
        let several = try runReflect(["__complete", "question,prompt", "resilience"]).stdout.split(separator: "\n")
        let resilience = try #require(PromptLibrary.builtIn().questions.first { $0.id == "resilience" })
        #expect(several.first == "resilience" && several.count == 1 + resilience.themes.flatMap(\.prompts).count)
        let notes = try runReflect(["__complete", "note", "compassion-humanity-n"]).stdout
        #expect(notes.hasPrefix("compassion-humanity-n1\n"))
    }

    @Test func entryIdsComeFromFileNamesNewestFirstAtMost200() throws {
        try withTemporaryDirectory { home in
            let journal = home.appendingPathComponent("journal")
            var names: [String] = []
            for (month, count) in [("2026/10", 150), ("2026/11", 60)] {
                let folder = journal.appendingPathComponent("entries/\(month)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                for i in 0..<count {
                    let id = "2026\(month.suffix(2))\(String(format: "%02d", i / 24 + 1))-\(String(format: "%02d", i % 24))0000-abcde"
                    names.append(id)
                    // Nothing in the file is read: not even front matter.
                    try Data("not an entry".utf8).write(to: folder.appendingPathComponent("\(id).md"))
                }
            }
            let environment = ["REFLECT_HOME": journal.path]
            let all = try runReflect(["__complete", "entry"], home: home, environment: environment)
            #expect(all.stdout.split(separator: "\n").map(String.init) == Array(names.sorted(by: >).prefix(200)))
            #expect(all.stderr.isEmpty && all.status == 0)
            let october = try runReflect(["__complete", "entry", "202610"], home: home, environment: environment)
            #expect(october.stdout.split(separator: "\n").count == 150)
        }
    }

    @Test func journalIdsComeFromFolders() throws {
        try withTemporaryDirectory { home in
            let journal = home.appendingPathComponent("journal")
            for (folder, name) in [("dilemmas", "d20261120-abcd"), ("dilemmas", "d20261126-kfqm"), ("dilemmas", "notes"),
                                   ("trash", "20261126-093012-417kf-2"), ("drafts", "20261125-080000-zzzzz")] {
                try FileManager.default.createDirectory(at: journal.appendingPathComponent(folder), withIntermediateDirectories: true)
                try Data().write(to: journal.appendingPathComponent("\(folder)/\(name).md"))
            }
            let environment = ["REFLECT_HOME": journal.path]
            #expect(try runReflect(["__complete", "dilemma"], home: home, environment: environment).stdout == "d20261126-kfqm\nd20261120-abcd\n")
            #expect(try runReflect(["__complete", "trash"], home: home, environment: environment).stdout == "20261126-093012-417kf-2\n")
            #expect(try runReflect(["__complete", "draft", "2026"], home: home, environment: environment).stdout == "20261125-080000-zzzzz\n")
        }
    }

    /// Completion never makes a journal and never fails: any problem is nothing offered, exit 0.
    @Test func problemsOfferNothingQuietly() throws {
        try withTemporaryDirectory { home in
            let missing = home.appendingPathComponent("none/journal")
            let file = home.appendingPathComponent("a-file")
            try Data("not a journal\n".utf8).write(to: file)
            let linked = home.appendingPathComponent("linked")
            try FileManager.default.createDirectory(at: linked, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: linked.path + "/entries", withDestinationPath: home.path + "/unmounted")
            for (arguments, environment) in [
                (["__complete", "entry,dilemma,trash,draft"], ["REFLECT_HOME": missing.path]),
                (["__complete", "entry,dilemma,trash,draft"], ["REFLECT_HOME": file.path]),
                (["__complete", "entry"], ["REFLECT_HOME": linked.path]),
                (["__complete", "nonsense"], [:]),
                (["__complete"], [:]),
                (["__complete", "theme,entry", "x", "y"], [:]),
                (["__complete", "theme"], ["REFLECT_LIBRARY": home.appendingPathComponent("broken.json").path]),
                (["__complete", "entry"], ["REFLECT_HOME": "", "HOME": "", "XDG_DATA_HOME": ""]),
            ] as [([String], [String: String])] {
                let result = try runReflect(arguments, home: home, environment: environment)
                #expect(result == ProcessOutput(stdout: "", stderr: "", status: 0), "\(arguments) \(environment)")
            }
            #expect(!FileManager.default.fileExists(atPath: missing.deletingLastPathComponent().path))
            #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent(".local").path))
        }
    }

    // MARK: - The command

    @Test func completionsPrintsEachShellsScript() throws {
        for shell in Completions.Shell.allCases {
            let result = try runReflect(["completions", shell.rawValue])
            #expect(result.stdout == Completions.script(for: shell) && result.status == 0)
        }
        let refused = try runReflect(["completions", "tcsh"])
        #expect(refused.status == ExitCode.usage)
        #expect(refused.stderr == "reflect: error: invalid value 'tcsh' for completions: expected bash, zsh or fish\n")
    }
}

extension ProcessOutput: Equatable {
    static func == (a: ProcessOutput, b: ProcessOutput) -> Bool { (a.stdout, a.stderr, a.status) == (b.stdout, b.stderr, b.status) }
}
