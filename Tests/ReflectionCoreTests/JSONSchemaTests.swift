import Foundation
import Testing
@testable import ReflectionCore

/// Every command's JSON output matches its definition in
/// `docs/json-schema.json` (checked with Python's jsonschema), so the
/// documented contract and the output cannot drift apart.
@Suite struct JSONSchemaTests {
    @Test func everyJSONOutputMatchesTheSchema() throws {
        try withJournal { world in
            let id = try world.write(["--prompt", "compassion-humanity-p1", "-m", "Listened more than I spoke. #feedback"])
            try world.write(["-m", "Free words."])
            _ = try world.run(["plan", "focus", "resilience", "--from", "2026-12-01"])
            let trashed = try world.write(["-m", "Deleted words."])
            _ = try world.run(["delete", "--force", trashed])
            let dilemma = try world.newDilemma("Two trusts merging", "My team distrusts the other side.")
            try world.write(["--dilemma", dilemma, "--prompt", "compassion-humanity-p1", "-m", "Filed under it."])
            let outputs: [(String, [String])] = [
                ("questions", ["questions"]), ("themes", ["themes"]), ("prompts", ["prompts"]),
                ("source", ["source", "compassion-humanity-p1"]), ("source", ["source", "compassion"]), ("suggest", ["suggest", id]),
                ("suggest", ["suggest", "--text", "Two trusts are merging and my team distrusts the other side"]),
                ("today", ["today"]), ("today", ["today", "--date", "2026-12-02"]), ("schedule", ["schedule", "--days", "10"]),
                ("plan", ["plan"]), ("status", ["status"]), ("list", ["list"]), ("list", ["list", "--tag", "feedback"]),
                ("list", ["source", "compassion-humanity", "--entries"]), ("show", ["show", id]), ("search", ["search", "spoke"]),
                ("trash", ["trash"]), ("export", ["export"]), ("write", ["write", "-m", "Saved for a script. #json", "--tag", "tool"]),
                ("actions", ["actions", "--all"]), ("config", ["config"]), ("review", ["review"]), ("review", ["review", "--theme", "compassion-humanity"]),
                ("dilemma new", ["dilemma", "new", "Rota gaps", "-m", "Nights."]), ("dilemma", ["dilemma"]), ("dilemma list", ["dilemma", "list"]),
                ("dilemma show", ["dilemma", "show", dilemma]), ("dilemma show", ["dilemma", "show", dilemma, "--full"]),
                ("dilemma close", ["dilemma", "close", dilemma, "-m", "One team."]), ("dilemma list", ["dilemma", "list"]),
                ("dilemma reopen", ["dilemma", "reopen", dilemma]),
                ("sync status", ["sync", "status"]), ("sync init", ["sync", "init", "--device", "schema"]), ("sync status", ["sync", "status"]),
            ]
            // All outputs are checked in one Python run.
            var pairs: [String] = []
            for (index, (name, arguments)) in outputs.enumerated() {
                let result = try world.run(arguments + (name == "export" ? [] : ["--json"]))
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
                let file = world.root.appendingPathComponent("out-\(index).json")
                try Data(result.stdout.utf8).write(to: file)
                pairs += [name, file.path]
            }
            let script = """
            import json, sys
            try:
                import jsonschema
            except ImportError:
                print("python3 module jsonschema is missing: pip install jsonschema"); sys.exit(1)
            schema = json.load(open(sys.argv[1]))
            args = sys.argv[2:]
            for name, path in zip(args[::2], args[1::2]):
                sub = dict(schema["properties"][name], **{"$defs": schema["$defs"]})
                try:
                    jsonschema.validate(json.load(open(path)), sub)
                except jsonschema.ValidationError as error:
                    print(name, path, error.message, list(error.absolute_path))
            print("checked", len(args) // 2)
            """
            let process = try runPython(script, [packageRoot.appendingPathComponent("docs/json-schema.json").path] + pairs)
            #expect(process.status == 0 && process.output == "checked \(outputs.count)\n", "\(process.output)")
        }
    }
}
