/// The journal's settings (`settings.json` in the journal, so they travel
/// with it): shown and changed with `reflect config`.
public struct JournalSettings: Codable, Equatable, Sendable, HasSchemaVersion {
    public static let currentSchemaVersion = 1
    public var schemaVersion = JournalSettings.currentSchemaVersion
    /// `today` shows the oldest open action written over a week before.
    public var followUp = true
    /// `after-write`: every command that commits a change then syncs
    /// (`reflect sync`, a short time limit, a failure only a warning); `off`
    /// (the default): only `reflect sync` does.
    public var syncAuto = "off"

    public init() {}

    enum CodingKeys: String, CodingKey { case schemaVersion, followUp, syncAuto }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decodeIfPresent(Int.self, forKey: .schemaVersion) ?? Self.currentSchemaVersion
        followUp = try container.decodeIfPresent(Bool.self, forKey: .followUp) ?? true
        syncAuto = try container.decodeIfPresent(String.self, forKey: .syncAuto) ?? "off"
    }

    /// A setting as `reflect config` names it.
    public struct Key: Sendable {
        public var name: String
        public var help: String
        public var get: @Sendable (JournalSettings) -> String
        /// Sets the value from text; nil when the text is not a valid value.
        public var set: @Sendable (inout JournalSettings, String) -> Bool
        public var expected: String
    }

    public static let keys: [Key] = [
        Key(name: "follow-up", help: "today shows the oldest open action written over a week before",
            get: { $0.followUp ? "true" : "false" },
            set: { settings, text in
                guard let value = bool(text) else { return false }
                settings.followUp = value
                return true
            }, expected: "true or false"),
        Key(name: "sync.auto", help: "after-write: each command that changes the journal syncs it too (a failure is a warning); off: only reflect sync",
            get: { $0.syncAuto },
            set: { settings, text in
                guard ["off", "after-write"].contains(text) else { return false }
                settings.syncAuto = text
                return true
            }, expected: "off or after-write"),
    ]

    static func bool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "on", "1": return true
        case "false", "no", "off", "0": return false
        default: return nil
        }
    }
}

extension Journal {
    public var settingsPath: String { folder + "/settings.json" }

    /// The settings, or the defaults when there is no file.
    /// - Throws: for a file that is not valid settings (never overwritten).
    public func loadSettings() throws(JournalError) -> JournalSettings {
        do throws(PlanFileError) { return try loadJSON(JournalSettings.self, path: settingsPath, default: JournalSettings()) } catch { throw .plan(error) }
    }

    /// Changes the settings under the journal lock (read again, changed, written atomically).
    public func updateSettings(_ change: (inout JournalSettings) throws(JournalError) -> Void) throws(JournalError) -> JournalSettings {
        try locked { () throws(JournalError) -> JournalSettings in
            var settings = try loadSettings()
            try change(&settings)
            do throws(FileSystemError) {
                try FileSystem.write(Array(JSONOutput.encode(settings).utf8), to: settingsPath, replace: .atomically)
            } catch {
                throw .fileSystem(error)
            }
            recordChange(settingsPath)
            return settings
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
