/// Where the journal lives: `$REFLECT_HOME`, else `$XDG_DATA_HOME/reflect`,
/// else `~/.local/share/reflect`. An empty or relative XDG value is ignored,
/// as the XDG Base Directory spec says.
public enum JournalLocation {
    /// The journal folder for an environment, or nil when neither
    /// `REFLECT_HOME` nor `HOME` says where.
    public static func folder(environment: [String: String]) -> String? {
        if let home = environment["REFLECT_HOME"], !home.isEmpty { return home }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/reflect" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/share/reflect" }
        return nil
    }
}
