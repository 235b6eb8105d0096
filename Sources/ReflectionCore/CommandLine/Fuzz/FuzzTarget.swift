/// The parsers reflect runs on what a person types or keeps in files, each
/// with the properties it must keep on any input at all: what `scripts/fuzz`
/// runs under libFuzzer (`Fuzz/FuzzMain.swift`), and what
/// `FuzzRegressionTests` replays from the committed corpus and crashes.
///
/// A target takes any bytes. It returns when every property holds and
/// throws `FuzzFailure` naming the one that did not; a trap inside the code
/// under test is a failure too.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// `FrontMatter` read and written, and an entry's file read, written and
    /// read again (`EntryFile`).
    case frontMatter = "front-matter"
    /// `EntryHeader`, which every scan uses, against the full parser; and the
    /// schedule's fast read of an entry (`EntryFile.scheduleFields`).
    case entryHeader = "entry-header"
    /// `PromptLibrary.load` (a `--library` file).
    case library
    /// `JSONSyntax`, the scanner that locates errors in JSON a person gave, and `JSONInput`.
    case json
    /// `CalendarDate(iso:)`, `Timestamp(iso:)` and `DateArgument` (`--date`, `--since`).
    case date
    /// `Invocation.parse`: the words after `reflect`, split on NUL.
    case arguments
    /// `ByteSearch` and `SearchQuery`, which `reflect search` runs on every file.
    case search

    /// The target an input's first byte selects (its value modulo the
    /// number of targets, in the order above), and the rest of the input.
    public static func select(_ input: [UInt8]) -> (FuzzTarget, [UInt8])? {
        guard let first = input.first else { return nil }
        return (allCases[Int(first) % allCases.count], Array(input.dropFirst()))
    }

    /// Runs the target on a payload.
    ///
    /// - Throws: `FuzzFailure` naming the property that does not hold.
    public func check(_ payload: [UInt8]) throws(FuzzFailure) {
        switch self {
        case .frontMatter: try Self.checkFrontMatter(payload)
        case .entryHeader: try Self.checkEntryHeader(payload)
        case .library: try Self.checkLibrary(payload)
        case .json: try Self.checkJSON(payload)
        case .date: try Self.checkDates(payload)
        case .arguments: try Self.checkArguments(payload)
        case .search: try Self.checkSearch(payload)
        }
    }

    /// Throws unless `condition` holds.
    static func expect(_ condition: Bool, _ message: @autoclosure () -> String) throws(FuzzFailure) {
        if !condition { throw FuzzFailure(message: message()) }
    }
}

/// A property a fuzz target checks that did not hold on an input.
public struct FuzzFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String

    public var description: String { message }
}
