// The reflect command: parse, run, print, exit. Every decision lives in
// ReflectionCore, where it is tested without a process.
import ReflectionCore

let result = Runner.run(Array(CommandLine.arguments.dropFirst()), context: .current())
StandardStreams.write(result.stdout, to: 1)
StandardStreams.write(result.stderr, to: 2)
exitProcess(result.status)
