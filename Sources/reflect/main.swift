// The reflect command: parse, run, print, exit. Every decision lives in
// ReflectionCore, where it is tested without a process.
import ReflectionCore

prepareProcess()
let result = Runner.run(Array(CommandLine.arguments.dropFirst()), context: .current())
exitProcess(StandardStreams.deliver(stdout: result.stdout, stderr: result.stderr, status: result.status, pager: result.pager))
