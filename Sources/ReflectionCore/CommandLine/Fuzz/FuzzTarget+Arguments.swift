extension FuzzTarget {
    /// The command line (the payload split on NUL) parses to a command named
    /// by its first words, in a format the command prints, or to a usage
    /// error; `--library FILE` in front changes only the library. Parsing
    /// only: nothing runs.
    static func checkArguments(_ payload: [UInt8]) throws(FuzzFailure) {
        let words = payload.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        let arguments = payload.isEmpty ? [] : words
        let plain = Result { () throws(UsageError) in try Invocation.parse(arguments) }
        let withLibrary = Result { () throws(UsageError) in try Invocation.parse(["--library", "fuzz.json"] + arguments) }
        switch (plain, withLibrary) {
        case (.success(let invocation), .success(let other)):
            let spec = invocation.spec
            try expect(spec.formats.isEmpty ? invocation.format == .text : spec.formats.contains(invocation.format),
                       "\(arguments) parses to format \(invocation.format), which '\(spec.name)' does not print")
            let name = spec.name.split(separator: " ").map(String.init)
            let given = arguments.drop { $0 == "--library" || $0.hasPrefix("--library=") }
            try expect(type(of: invocation.command) is Help.Type || type(of: invocation.command) is Version.Type || containsInOrder(given, name),
                       "\(arguments) parses to '\(spec.name)'")
            try expect(other.spec.name == spec.name && other.format == invocation.format && other.library == (invocation.library ?? "fuzz.json"),
                       "--library in front of \(arguments) changes more than the library")
        case (.failure(let error), .failure(let other)):
            try expect(!error.description.isEmpty && error == other, "--library in front of \(arguments) changes the error \(error) to \(other)")
        default:
            throw FuzzFailure(message: "--library in front of \(arguments) changes whether it parses: \(plain), \(withLibrary)")
        }
    }

    /// Whether `words` appear in `list` in order (not necessarily together).
    private static func containsInOrder(_ list: some Sequence<String>, _ words: [String]) -> Bool {
        var remaining = words[...]
        for item in list where item == remaining.first { remaining = remaining.dropFirst() }
        return remaining.isEmpty
    }
}
