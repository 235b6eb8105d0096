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
    /// Whether output is styled (bold headings, the prompt, dates): on a
    /// terminal unless `NO_COLOR` is set or `TERM` is `dumb`; `--color`
    /// overrides it.
    public var color: Bool

    public init(width: Int = Screen.defaultWidth, isTerminal: Bool = false, color: Bool = false) {
        self.width = width
        self.isTerminal = isTerminal
        self.color = color
    }

    /// `--color WHEN`: `auto` leaves the decision to the terminal and the environment.
    public enum ColorChoice: String, Sendable, CaseIterable {
        case auto, always, never
    }

    /// Whether to style output on a stream: only a terminal, and never with
    /// `NO_COLOR` set to anything non-empty (no-color.org) or `TERM=dumb`.
    public static func wantsColor(environment: [String: String], isTerminal: Bool) -> Bool {
        guard isTerminal else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    /// The screen with `--color` applied.
    public func choosing(_ choice: ColorChoice?) -> Screen {
        var screen = self
        switch choice {
        case .always?: screen.color = true
        case .never?: screen.color = false
        case .auto?, nil: break
        }
        return screen
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
        return Screen(width: width(environment: environment, window: terminal ? windowColumns(1) : nil), isTerminal: terminal,
                      color: wantsColor(environment: environment, isTerminal: terminal))
    }

    /// The columns of the terminal window on a descriptor (`TIOCGWINSZ`), or nil.
    static func windowColumns(_ descriptor: Int32) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}

/// The few styles reflect uses, applied only when the screen says so:
/// emphasis where it helps reading, never meaning that only colour carries
/// (every styled word reads the same without it).
///
/// A style is written as a placeholder that no text can forge (private-use
/// characters around a token drawn at random for the process), and made an
/// SGR escape sequence by `realize` only after the rendered text has had
/// its own control characters escaped: an entry can never style the
/// terminal, while reflect's own emphasis survives the escaping.
public enum Style: String, Sendable, CaseIterable {
    /// The day's prompt, and headings.
    case bold = "1"
    /// Dates and ids in listings.
    case dim = "2"
    /// A focus stage.
    case cyan = "36"
    /// A warning.
    case yellow = "33"
    /// An error.
    case red = "31"

    /// The process's token: eight private-use characters drawn at random.
    static let token: String = {
        var generator = SystemRandomNumberGenerator()
        return String(String.UnicodeScalarView((0..<8).compactMap { _ in Unicode.Scalar(UInt32.random(in: 0xE010...0xE0FF, using: &generator)) }))
    }()

    static func placeholder(_ code: String) -> String { "\u{E000}\(token)\(code)\u{E001}" }

    /// `text` in this style on `screen` (unchanged when it is not coloured).
    public func apply(_ text: String, on screen: Screen) -> String { apply(text, when: screen.color) }

    /// `text` in this style when `color` is true. Each line is styled on its
    /// own, so that a pager shows every line right.
    public func apply(_ text: String, when color: Bool) -> String {
        guard color, !text.isEmpty else { return text }
        let open = Self.placeholder(rawValue), reset = Self.placeholder("0")
        return text.lineSlices.map { $0.isEmpty ? "" : open + $0 + reset }.joined(separator: "\n")
    }

    /// The text with its style placeholders made escape sequences.
    public static func realize(_ text: String) -> String {
        guard text.unicodeScalars.contains("\u{E000}") else { return text }
        let parts = text.split(separator: "\u{E000}", omittingEmptySubsequences: false)
        var out = String(parts[0])
        for part in parts.dropFirst() {
            // Ours: the token, a code, U+E001. Anything else was in the text: kept as it was.
            if part.hasPrefix(token), let end = part.firstIndex(of: "\u{E001}") {
                let code = part[part.index(part.startIndex, offsetBy: token.count)..<end]
                if code == "0" || allCases.contains(where: { $0.rawValue == code }) {
                    out += "\u{1B}[\(code)m" + part[part.index(after: end)...]
                    continue
                }
            }
            out += "\u{E000}" + part
        }
        return out
    }
}
