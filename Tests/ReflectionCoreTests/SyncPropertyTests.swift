import Foundation
import Testing
@testable import ReflectionCore

/// Random histories on two devices, synced in random order: nothing saved is ever lost.
///
/// Each step is one command on one device: a new entry, a line inserted by
/// `edit`, the same entry edited on both devices, `link`, `delete`, `restore`,
/// `skip`, a plan change, or a sync. Each text saved carries markers (words no
/// other text has), so what a version held can be looked for after any merge.
///
/// `REFLECT_SYNC_SEEDS` runs more histories on demand: a count (`200`: seeds
/// 1 to 200) or a list (`3,11,29`); `REFLECT_SYNC_STEPS` sets their length.
@Suite struct SyncNeverLosesAWordTests {
    /// The seeds CI runs, or those `REFLECT_SYNC_SEEDS` names.
    static let seeds: [UInt64] = {
        guard let text = ProcessInfo.processInfo.environment["REFLECT_SYNC_SEEDS"], !text.isEmpty else { return [3, 11, 29, 47] }
        if !text.contains(","), let count = UInt64(text), count > 0 { return Array(1...count) }
        return text.split(separator: ",").compactMap { UInt64($0.trimmingCharacters(in: .whitespaces)) }
    }()

    static let steps = ProcessInfo.processInfo.environment["REFLECT_SYNC_STEPS"].flatMap { Int($0) } ?? 40

    /// Themes `link` records (from the built-in library).
    static let themes = ["compassion-humanity", "relationships-breaking-down-barriers", "strategic-plan-relationship-management"]

    /// What one saved text held: its markers and its themes.
    struct Version: Hashable, CustomStringConvertible {
        var markers: Set<String>
        var themes: Set<String>

        /// The markers (words starting `mk`) and the `themes:` list of an entry's text.
        init(_ text: String) {
            markers = Set(text.split { !$0.isLetter && !$0.isNumber }.filter { $0.hasPrefix("mk") }.map(String.init))
            themes = []
            var inThemes = false
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line == "---", inThemes { break }
                if line.hasPrefix("themes:") { inThemes = true; continue }
                guard inThemes else { continue }
                guard line.hasPrefix("  - ") else { inThemes = false; continue }
                themes.insert(String(line.dropFirst(4)))
            }
        }

        /// Whether another version holds all that this one holds.
        func isIn(_ other: Version) -> Bool { markers.isSubset(of: other.markers) && themes.isSubset(of: other.themes) }

        var description: String { "markers \(markers.sorted()) themes \(themes.sorted())" }
    }

    /// One history: the two devices and what the test knows they must keep.
    final class History {
        let world: SyncWorld
        let seed: UInt64
        var rng: SplitMix64
        /// Each device's last saved version of each entry (by device name, then id).
        var lastSaved: [String: [String: Version]] = [:]
        /// What each deletion moved to the trash: a version held there may go, the person saw it go.
        var deleted: [Version] = []
        var skipped: Set<String> = []
        /// Plan changes still in force: from a day, the days of the week (0 is Monday).
        var planned: [Int: (from: String, days: Set<Int>)] = [:]
        /// The plan changes each device has seen (its own, and what its syncs brought), and the remote.
        var known: [String: Set<Int>] = [:]
        var remoteKnows: Set<Int> = []
        /// The steps so far, for a failure's message.
        var log: [String] = []
        var markerCount = 0

        init(_ world: SyncWorld, seed: UInt64) {
            self.world = world
            self.seed = seed
            rng = SplitMix64(state: seed)
        }

        func random(_ range: Range<Int>) -> Int { Int.random(in: range, using: &rng) }
        func pick<T>(_ items: [T]) -> T? { items.isEmpty ? nil : items[random(0..<items.count)] }

        func newMarker() -> String {
            markerCount += 1
            return "mk\(seed)x\(markerCount)"
        }

        /// Runs a command that must succeed; a failure names the seed, the step, what it printed and the history so far.
        @discardableResult
        func run(_ device: Device, _ arguments: [String], _ extra: [String: String] = [:]) throws -> ProcessOutput {
            let result = try device.run(arguments, extra)
            log.append("\(device.name): reflect \(arguments.joined(separator: " ")) -> \(result.status)")
            #expect(result.status == 0, """
                seed \(seed), step \(log.count): \(device.name): reflect \(arguments.joined(separator: " ")) exited \(result.status)
                stderr: \(result.stderr)
                stdout: \(result.stdout)
                history:
                \(log.joined(separator: "\n"))
                """)
            return result
        }

        /// Records the text of an entry as this device's last saved version of it.
        func saved(_ id: String, on device: Device) {
            guard let text = device.text(id) else { return }
            lastSaved[device.name, default: [:]][id] = Version(text)
        }

        /// Inserts a marker line into an entry's body with `reflect edit` (sed as the editor).
        func insert(into id: String, on device: Device) throws {
            guard let text = device.text(id) else { return }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            // After the front matter's closing line: somewhere in the body.
            guard let close = lines.indices.dropFirst().first(where: { lines[$0] == "---" }) else { return }
            let after = random((close + 1)..<max(close + 2, lines.count))
            let script = device.root.appendingPathComponent("insert-\(UUID().uuidString).sh")
            try Data("#!/bin/sh\nsed -i '\(after)a Added \(newMarker()).' \"$1\"\n".utf8).write(to: script)
            let result = try run(device, ["edit", id], ["EDITOR": "sh \(script.path)", "VISUAL": ""])
            #expect(result.stdout.hasPrefix("Updated"), "seed \(seed): \(result.stdout)")
            saved(id, on: device)
        }

        func ids(on device: Device) -> [String] { device.entryFiles().map { Journal.id(fromPath: $0) } }

        func trashed(on device: Device) -> [String] {
            let trash = device.journal.appendingPathComponent("trash").path
            let names = (try? FileManager.default.contentsOfDirectory(atPath: trash)) ?? []
            let live = Set(ids(on: device))
            // Not one whose id is back in the journal: a restore never replaces an entry.
            return names.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.filter { !live.contains($0) }.sorted()
        }

        func plan(on device: Device) -> String {
            (try? String(contentsOf: device.journal.appendingPathComponent("plan.json"), encoding: .utf8)) ?? ""
        }

        /// One random step.
        func step() throws {
            let device = random(0..<2) == 0 ? world.a : world.b
            switch random(0..<20) {
            case 0..<3:
                let id = try device.write("Paragraph one, \(newMarker()).\n\nParagraph two.\n\nParagraph three.")
                log.append("\(device.name): write -> \(id)")
                saved(id, on: device)
            case 3..<6:
                if let id = pick(ids(on: device)) { try insert(into: id, on: device) }
            case 6..<8:
                // The same entry edited on both devices before either syncs.
                let both = Set(ids(on: world.a)).intersection(ids(on: world.b)).sorted()
                if let id = pick(both) {
                    try insert(into: id, on: world.a)
                    try insert(into: id, on: world.b)
                }
            case 8:
                if let id = pick(ids(on: device)), let theme = pick(SyncNeverLosesAWordTests.themes) {
                    try run(device, ["link", id, theme])
                    saved(id, on: device)
                }
            case 9..<11:
                if let id = pick(ids(on: device)), let text = device.text(id) {
                    try run(device, ["delete", "--force", id])
                    deleted.append(Version(text))
                }
            case 11:
                if let name = pick(trashed(on: device)) { try run(device, ["restore", name]) }
            case 12:
                let day = String(format: "2026-11-%02d", 10 + random(0..<17))
                try run(device, ["skip", "--date", day])
                skipped.insert(day)
            case 13:
                let day = String(format: "2026-12-%02d", 1 + random(0..<28))
                let (days, numbers) = pick([("mon,tue", [0, 1]), ("weekdays", [0, 1, 2, 3, 4]), ("weekends", [5, 6]), ("all", Array(0...6)),
                                            ("wed,fri,sun", [2, 4, 6])]) ?? ("all", Array(0...6))
                try run(device, ["plan", "days", days, "--from", day])
                // A change from a day replaces the changes from that day on that this device has seen.
                let seen = known[device.name, default: []]
                planned = planned.filter { $0.value.from < day || !seen.contains($0.key) }
                // A change to the days there already are records nothing.
                if plan(on: device).contains("\"\(day)\"") {
                    planned[log.count] = (day, Set(numbers))
                    known[device.name, default: []].insert(log.count)
                }
            default:
                try sync(device)
            }
        }

        /// A sync: the device has what the remote had, and the remote what the device has.
        func sync(_ device: Device) throws {
            try run(device, ["sync"])
            known[device.name, default: []].formUnion(remoteKnows)
            remoteKnows.formUnion(known[device.name, default: []])
            // A merge drops a change that repeats the setting before it (Plan.merge): it said nothing
            // then, and is no longer looked for (a later change the other device made, not knowing it,
            // then holds from its own day on). It must have said nothing.
            let text = plan(on: device)
            for (key, change) in planned where known[device.name, default: []].contains(key) && !text.contains("\"\(change.from)\"") {
                #expect(planDays(text, on: change.from) == change.days,
                        "a sync on \(device.name) dropped the plan change from \(change.from); seed \(seed); history:\n\(log.joined(separator: "\n"))")
                planned[key] = nil
            }
        }

        /// The days of the week a plan file gives a day: those of its latest change from that day or before.
        func planDays(_ text: String, on day: String) -> Set<Int>? {
            guard let plan = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return nil }
            let changes = ((plan["history"] as? [[String: Any]]) ?? []) + [plan]
            let latest = changes.filter { ($0["from"] as? String ?? "") <= day }.max { ($0["from"] as? String ?? "") < ($1["from"] as? String ?? "") }
            return latest.map { Set(($0["days"] as? [Int]) ?? Array(0...6)) }
        }

        /// The files of a journal (not git's), by path relative to it.
        func files(on device: Device) -> [String] {
            let all = (FileManager.default.enumerator(atPath: device.journal.path)?.allObjects as? [String]) ?? []
            return all.filter { !$0.hasPrefix(".git/") && $0 != ".git" }.filter {
                var folder: ObjCBool = false
                return FileManager.default.fileExists(atPath: device.journal.appendingPathComponent($0).path, isDirectory: &folder) && !folder.boolValue
            }.sorted()
        }

        /// The properties, after A, B and A synced.
        func check() throws {
            let context = "seed \(seed); history:\n\(log.joined(separator: "\n"))"
            #expect(world.treesAgree(), "the two HEAD trees differ; \(context)")
            for device in [world.a, world.b] {
                #expect(device.git(["status", "--porcelain"]).output == "", "\(device.name) has files that differ from HEAD; \(context)")
                let versions = try device.entryFiles().map {
                    Version(try String(contentsOf: device.journal.appendingPathComponent("entries/" + $0), encoding: .utf8))
                }
                // Every version last saved on either device is here, as an entry or a conflict copy, unless a deletion took it.
                for (saver, entries) in lastSaved {
                    for (id, version) in entries where !deleted.contains(where: { version.isIn($0) }) {
                        #expect(versions.contains { version.isIn($0) },
                                "\(id) as last saved on \(saver) (\(version)) is not on \(device.name); \(context)")
                    }
                }
                for path in files(on: device) {
                    guard let text = try? String(contentsOf: device.journal.appendingPathComponent(path), encoding: .utf8) else { continue }
                    #expect(!text.contains("<<<<<<<") && !text.contains(">>>>>>>"), "a conflict marker in \(path) on \(device.name); \(context)")
                }
                let skips = (try? String(contentsOf: device.journal.appendingPathComponent("skips.json"), encoding: .utf8)) ?? ""
                for day in skipped { #expect(skips.contains("\"\(day)\""), "the skip of \(day) is not on \(device.name); \(context)") }
                let plan = plan(on: device)
                // Two changes from one day that neither device saw before the other: the one recorded first wins.
                for (day, changes) in Dictionary(grouping: planned.values, by: \.from) {
                    let days = planDays(plan, on: day)
                    #expect(changes.contains { $0.days == days }, "the plan on \(device.name) gives \(day) the days \(String(describing: days)), not those of a change from it; \(context)")
                }
            }
            // Every front matter, in the journal and the trash, reads with PyYAML.
            let script = """
            import sys, yaml
            bad = []
            for path in sys.argv[1:]:
                text = open(path, encoding="utf-8").read()
                try:
                    assert text.startswith("---\\n")
                    yaml.safe_load(text[4:text.index("\\n---\\n", 3)])
                except Exception as error:
                    bad.append(f"{path}: {error}")
            print("\\n".join(bad) or "ok")
            """
            let paths = [world.a, world.b].flatMap { device in
                files(on: device).filter { ($0.hasPrefix("entries/") || $0.hasPrefix("trash/")) && $0.hasSuffix(".md") }
                    .map { device.journal.appendingPathComponent($0).path }
            }
            let parsed = try runPython(script, paths)
            #expect(parsed.output == "ok\n", "seed \(seed): \(parsed.output)")
        }
    }

    @Test(arguments: seeds)
    func everyVersionSavedOnEitherDeviceEndsUpOnBoth(seed: UInt64) throws {
        try withSyncWorld { world in
            let first = try world.started()
            let history = History(world, seed: seed)
            history.saved(first, on: world.a)
            for _ in 0..<Self.steps { try history.step() }
            for device in [world.a, world.b, world.a] { try history.sync(device) }
            try history.check()
        }
    }
}
