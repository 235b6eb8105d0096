extension FuzzTarget {
    /// Byte search finds what a plain scan finds, with and without ASCII
    /// case, in any range, and finds a needle planted in the haystack;
    /// a search query matches a file exactly when each of its terms is in
    /// the file's body, and so it matches once they are planted there.
    ///
    /// The payload: a byte giving the needle's length (1 to 16), the
    /// needle, then the haystack.
    static func checkSearch(_ payload: [UInt8]) throws(FuzzFailure) {
        guard let first = payload.first else { return }
        let needle = Array(payload.dropFirst().prefix(Int(first % 16) + 1))
        let haystack = Array(payload.dropFirst(1 + needle.count))
        guard !needle.isEmpty else { return }
        let lowered = ByteSearch.asciiLowercased(needle)
        let start = haystack.isEmpty ? 0 : Int(first) % (haystack.count + 1)
        let found = ByteSearch.find(haystack, needle, from: start)
        try expect(found == plainFind(haystack, needle, from: start), "find from \(start) gives \(String(describing: found))")
        try expect(ByteSearch.contains(haystack, needle, from: start) == (found != nil), "contains disagrees with find")
        for range in [0..<haystack.count, 0..<start, start / 2..<(start + haystack.count) / 2] {
            try expect(ByteSearch.containsIgnoringASCIICase(haystack, lowered, in: range) == plainContainsIgnoringCase(haystack[range], lowered),
                       "ASCII-case search in \(range) disagrees with a plain scan")
        }
        try expect(ByteSearch.containsIgnoringASCIICase(haystack[start...], lowered) == plainContainsIgnoringCase(haystack[start...], lowered),
                   "ASCII-case search in a slice disagrees with a plain scan")
        try expect(ByteSearch.lineOfFirstNUL(haystack) == haystack.firstIndex(of: 0).map { haystack[..<$0].count { $0 == 0x0A } + 1 },
                   "the line of the first NUL is wrong")

        // Planted, the needle is found, in either case.
        var planted = haystack
        planted.insert(contentsOf: needle, at: start)
        try expect(ByteSearch.find(planted, needle, from: start).map { $0 <= start } == true, "a needle planted at \(start) is not found")
        planted.replaceSubrange(start..<start + needle.count, with: needle.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 })
        try expect(ByteSearch.containsIgnoringASCIICase(planted, lowered, in: start..<planted.count), "a needle planted in upper case is not found")

        // The query `reflect search` runs, on the haystack as an entry file.
        let query = SearchQuery(String(decoding: needle, as: UTF8.self))
        guard query.isASCII else { _ = query.matches(fileBytes: haystack); return }
        func plainMatches(_ file: [UInt8]) -> Bool {
            let body = file[EntryHeader.bodyOffset(file)...]
            return query.needles.allSatisfy { plainContainsIgnoringCase(body, $0) }
        }
        try expect(query.matches(fileBytes: haystack) == plainMatches(haystack), "the query \(query.terms) disagrees with a plain scan")
        let file = Array("---\ncreated: 2026-11-26\n---\n".utf8) + haystack + [0x0A] + query.needles.joined(separator: [0x0A])
        try expect(query.matches(fileBytes: file), "the query \(query.terms) does not match a body with its terms planted")
        let body = String(decoding: file[EntryHeader.bodyOffset(file)...], as: UTF8.self)
        let lines = query.matchingLines(in: body)
        try expect(query.needles.allSatisfy { $0.contains(0x0A) } || !lines.isEmpty, "no line of a body with the terms planted matches \(query.terms)")
    }

    // Plain scans, written as loops: the fuzz binary is built without optimisation.

    private static func plainFind(_ haystack: [UInt8], _ needle: [UInt8], from start: Int) -> Int? {
        var offset = start
        while offset + needle.count <= haystack.count {
            var matched = 0
            while matched < needle.count, haystack[offset + matched] == needle[matched] { matched += 1 }
            if matched == needle.count { return offset }
            offset += 1
        }
        return nil
    }

    private static func plainContainsIgnoringCase(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        var offset = haystack.startIndex
        while offset + needle.count <= haystack.endIndex {
            var matched = 0
            while matched < needle.count {
                let c = haystack[offset + matched], wanted = needle[matched]
                guard c == wanted || (wanted >= 0x61 && wanted <= 0x7A && c == wanted - 0x20) else { break }
                matched += 1
            }
            if matched == needle.count { return true }
            offset += 1
        }
        return false
    }
}
