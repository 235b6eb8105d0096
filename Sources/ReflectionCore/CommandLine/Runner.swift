/// What running a command produced: its output streams and exit status.
public struct CommandResult: Equatable, Sendable {
    public var stdout: String = ""
    public var stderr: String = ""
    public var status: Int32 = 0
    /// The pager to show standard output through (long output on a terminal), if any.
    public var pager: String?

    public init(stdout: String = "", stderr: String = "", status: Int32 = 0, pager: String? = nil) {
        self.stdout = stdout
        self.stderr = stderr
        self.status = status
        self.pager = pager
    }

    /// A failure: `reflect: error: ...` on stderr and the given status.
    public static func failure(_ message: String, status: Int32 = ExitCode.failure) -> CommandResult {
        CommandResult(stderr: "reflect: error: \(message)\n", status: status)
    }
}

extension RunContext {
    /// The context of this process: its environment, the system clock, and
    /// its standard input and terminal.
    public static func current() -> RunContext {
        var context = RunContext(environment: ProcessEnvironment.current(), clock: .system)
        context.stdinIsTerminal = StandardStreams.isTerminal(0)
        context.screen = Screen.standardOutput(environment: context.environment)
        context.errorColor = Screen.wantsColor(environment: context.environment, isTerminal: StandardStreams.isTerminal(2))
        context.readStandardInput = { FileSystem.readAll(descriptor: 0) }
        context.inheritsProcessEnvironment = true
        // The theme matcher, once built for a library, is kept in the user's cache folder (XDG).
        let environment = context.environment
        if let cache = environment["XDG_CACHE_HOME"].flatMap({ $0.hasPrefix("/") ? $0 : nil }) ?? environment["HOME"].map({ $0 + "/.cache" }),
           cache.hasPrefix("/") {
            ThemeMatcher.cacheFolder.withLock { $0 = cache + "/reflect" }
        }
        context.ask = { question in
            StandardStreams.write(question, to: 2)
            return Swift.readLine()
        }
        return context
    }
}

/// Runs a command line: parses it, loads the library, runs the command and
/// renders its report in the chosen format. The `reflect` executable is
/// only this plus printing; tests call it in process with a fixed context.
public enum Runner {
    /// Parses and runs a command line (the arguments after the program name).
    public static func run(_ arguments: [String], context: RunContext) -> CommandResult {
        let invocation: Invocation
        do {
            invocation = try Invocation.parse(arguments)
        } catch {
            var message = "reflect: error: \(error.description)\n"
            if case .missingArgument(_, let command) = error, let type = Commands.named(command) {
                message += HelpText.usage(type.spec) + "\n"
            }
            return CommandResult(stderr: message, status: ExitCode.usage)
        }
        return run(invocation, context: context)
    }

    /// Runs an already parsed command.
    public static func run(_ invocation: Invocation, context: RunContext) -> CommandResult {
        var context = context
        context.screen = context.screen.choosing(invocation.color)
        context.errorColor = context.errorColor && invocation.color != .never || invocation.color == .always
        // The files the command changes, committed when the journal is a git repository.
        let changes = ChangedPaths()
        context.changedPaths = changes
        var result = outcome(of: invocation, context: context)
        for warning in context.commit(changes, command: type(of: invocation.command).spec.name) {
            result.stderr += "reflect: warning: \(warning)\n"
        }
        // Messages: `error:` and `warning:` styled on a terminal's standard error.
        if context.errorColor, !result.stderr.isEmpty {
            result.stderr = result.stderr.lineSlices.map { line in
                for (word, style) in [("error:", Style.red), ("warning:", Style.yellow)] where line.hasPrefix("reflect: \(word)") {
                    return "reflect: " + style.apply(word, when: true) + line.dropFirst("reflect: \(word)".count)
                }
                return String(line)
            }.joined(separator: "\n")
            result.stderr = Style.realize(result.stderr)
        }
        // Long output on a terminal goes through the pager (`--no-pager`, `PAGER=cat` or a pipe: none).
        if type(of: invocation.command).pagesOutput, context.screen.isTerminal, !invocation.noPager, !result.stdout.isEmpty {
            result.pager = Pager.command(environment: context.environment)
        }
        return result
    }

    /// Runs a command and renders its outcome.
    static func outcome(of invocation: Invocation, context: RunContext) -> CommandResult {
        var context = context
        if type(of: invocation.command).usesLibrary {
            do {
                context.library = try loadLibrary(invocation.library, context: context)
            } catch {
                return .failure(error.description)
            }
        }
        let outcome: Outcome
        do {
            outcome = try invocation.command.run(context)
        } catch let failure as CommandFailure {
            return .failure(failure.message, status: failure.status)
        } catch let error as UsageError {
            return .failure(error.description, status: ExitCode.usage)
        } catch let error as JournalError {
            return .failure(error.description, status: error.status)
        } catch let error as any Error & CustomStringConvertible {
            return .failure(error.description)
        } catch {
            return .failure("\(error)")
        }
        var stdout = invocation.format.render(outcome.report, library: context.library, screen: context.screen)
        // `--output FILE`: the whole output in a private file, written atomically (whole or absent).
        if let path = outcome.outputFile {
            // A rename would replace a device, a link or a folder with a plain file: only a file is written over.
            if let what = FileSystem.kind(path).notAFile {
                return .failure("\(path) is \(what), not a file: --output writes a regular file (use standard output for anything else); nothing was written")
            }
            do {
                try FileSystem.write(Array(stdout.utf8), to: path, replace: .atomically)
            } catch {
                return .failure("cannot write \(path): \(error.description); nothing was written")
            }
            stdout = ""
        }
        let late = outcome.renderWarnings
        var note = outcome.note
        var status = outcome.status
        // A run that skipped an unreadable file fails, as grep does, after printing what it could.
        if !late.isEmpty, status == ExitCode.success { status = outcome.failureStatus }
        if let empty = outcome.whenEmpty, outcome.report.isEmptyListing, status == ExitCode.success {
            note += empty.note
            status = empty.status
        }
        let stderr = note + (outcome.warnings + late).map { "reflect: warning: \($0)\n" }.joined()
        return CommandResult(stdout: stdout, stderr: stderr, status: status)
    }

    /// The library named by `--library`, else `REFLECT_LIBRARY`, else the built-in one.
    public static func loadLibrary(_ path: String?, context: RunContext) throws(LibraryError) -> PromptLibrary {
        if let path = path ?? context.environment["REFLECT_LIBRARY"].flatMap({ $0.isEmpty ? nil : $0 }) {
            return try PromptLibrary.load(path: path)
        }
        return PromptLibrary.builtIn()
    }
}
