/// Where an entry file's front matter starts and ends, read from its bytes:
/// the one reader of that boundary, shared by the front-matter parser and
/// every fast path that scans files without parsing them (the schedule's
/// morning read, search, tag filters, "on this day"), so that all of them
/// agree about every file.
///
/// The front matter opens with a `---` line on the first line and closes
/// with the next `---` or `...` line. A marker line may end in CRLF and carry
/// spaces or tabs around it.
public enum EntryHeader {
    /// A front-matter marker line.
    public enum Marker: Equatable, Sendable {
        /// `---`: opens, or closes.
        case dashes
        /// `...`: closes only.
        case dots
    }

    /// What a line (without its `\n`) is as a marker, if it is one.
    @inline(__always)
    public static func marker<C: BidirectionalCollection>(_ line: C) -> Marker? where C.Element == UInt8 {
        var end = line.endIndex
        if end > line.startIndex, line[line.index(before: end)] == 0x0D { end = line.index(before: end) }
        guard line.distance(from: line.startIndex, to: end) <= 5 else { return nil }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        var start = line.startIndex
        while start < end, isSpace(line[start]) { start = line.index(after: start) }
        while end > start, isSpace(line[line.index(before: end)]) { end = line.index(before: end) }
        guard line.distance(from: start, to: end) == 3 else { return nil }
        let a = line[start], b = line[line.index(after: start)], c = line[line.index(start, offsetBy: 2)]
        if a == 0x2D, b == 0x2D, c == 0x2D { return .dashes }
        if a == 0x2E, b == 0x2E, c == 0x2E { return .dots }
        return nil
    }

    /// Calls `visit` with each line of the front matter (without its line
    /// end or the carriage returns before it), until it returns false or the front matter
    /// closes.
    ///
    /// - Returns: the offset of the body (just after the closing marker
    ///   line), or nil when the file has no front matter, it never closes,
    ///   or `visit` stopped early.
    @discardableResult
    public static func lines(_ bytes: [UInt8], _ visit: (ArraySlice<UInt8>) -> Bool) -> Int? {
        var start = 0
        var first = true
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let line = bytes[start..<end]
            let next = end == bytes.count ? end : end + 1
            let found = marker(line)
            if first {
                guard found == .dashes else { return nil }
                first = false
            } else if found != nil {
                return next
            } else {
                // Without the carriage returns that end it, as `FrontMatter` reads a line.
                var content = line
                while content.last == 0x0D { content = content.dropLast() }
                if !visit(content) { return nil }
            }
            start = next
        }
        return nil
    }

    /// The offset just after the front matter's closing line (0 when there
    /// is no front matter, or it never closes: then the whole file is body).
    public static func bodyOffset(_ bytes: [UInt8]) -> Int {
        lines(bytes) { _ in true } ?? 0
    }

    /// The value of a plain `key: value` line of the front matter (its first
    /// occurrence, without quotes removed), if there is one.
    public static func rawValue(of key: String, in bytes: [UInt8]) -> ArraySlice<UInt8>? {
        let prefix = Array((key + ":").utf8)
        var found: ArraySlice<UInt8>?
        lines(bytes) { line in
            guard line.starts(with: prefix) else { return true }
            var value = line.dropFirst(prefix.count)
            while let b = value.first, b == 0x20 || b == 0x09 { value = value.dropFirst() }
            while let b = value.last, b == 0x20 || b == 0x09 { value = value.dropLast() }
            found = value
            return false
        }
        return found
    }
}
