#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where standard output goes, as far as laying out text is concerned: how
/// many columns prose is wrapped to, and whether it is a terminal (then a
/// listing's long lines are cut to the width rather than left to wrap).
///
/// The width is `COLUMNS` when it is set to a whole number from 1 to 10,000;
/// otherwise the terminal window's width when standard output is a
/// terminal; otherwise 80. It is found once per process
/// (`RunContext.current()`), and tests set it.
public struct Screen: Sendable, Equatable {
    /// Columns to lay text out in.
    public var width: Int
    /// Whether standard output is a terminal.
    public var isTerminal: Bool

    public init(width: Int = Screen.defaultWidth, isTerminal: Bool = false) {
        self.width = width
        self.isTerminal = isTerminal
    }

    /// The width when nothing says otherwise.
    public static let defaultWidth = 80

    /// The width from `COLUMNS`, else `window` (the terminal's columns, if
    /// standard output is one), else 80.
    public static func width(environment: [String: String], window: Int?) -> Int {
        if let text = environment["COLUMNS"], let columns = Int(text), (1...10_000).contains(columns) { return columns }
        if let window, window > 0 { return window }
        return defaultWidth
    }

    /// Standard output's: whether it is a terminal, and its width.
    public static func standardOutput(environment: [String: String]) -> Screen {
        let terminal = StandardStreams.isTerminal(1)
        return Screen(width: width(environment: environment, window: terminal ? windowColumns(1) : nil), isTerminal: terminal)
    }

    /// The columns of the terminal window on a descriptor (`TIOCGWINSZ`), or nil.
    static func windowColumns(_ descriptor: Int32) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
