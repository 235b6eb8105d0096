#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's environment variables.
public enum ProcessEnvironment {
    /// The variables reflect reads. Only these are copied at start-up: a
    /// dictionary of the whole environment cost more than the rest of
    /// `reflect today`. The editor inherits the real environment whole.
    public static let names = ["REFLECT_HOME", "REFLECT_LIBRARY", "XDG_DATA_HOME", "XDG_CACHE_HOME", "HOME", "VISUAL", "EDITOR",
                               "SOURCE_DATE_EPOCH", "NO_COLOR", "TERM", "PAGER", "COLUMNS",
                               "REFLECT_LOCK_TIMEOUT"]

    /// Every variable of this process (for a program reflect starts).
    public static func all() -> [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") { result[String(text[..<equals])] = String(text[text.index(after: equals)...]) }
            pointer += 1
        }
        return result
    }

    /// The variables reflect reads, from this process.
    public static func current() -> [String: String] {
        var result: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { result[name] = String(cString: value) }
        }
        return result
    }
}
