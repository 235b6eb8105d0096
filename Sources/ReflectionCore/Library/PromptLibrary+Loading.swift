extension PromptLibrary {
    /// Decodes and validates a library from the bytes of a JSON file.
    ///
    /// - Parameter origin: how to name the file in errors (a path, or "built-in library").
    /// - Throws: `LibraryError`, naming the line and column of a JSON syntax
    ///   error, the key path of a schema mismatch, or the id at fault.
    public static func load(data: Data, origin: String) throws(LibraryError) -> PromptLibrary {
        guard String(validating: data, as: UTF8.self) != nil else { throw .invalidUTF8(origin: origin) }
        let library: PromptLibrary
        do {
            library = try JSONInput.decode(PromptLibrary.self, from: data)
        } catch {
            switch error {
            case .malformed(let line, let column, let message):
                throw .malformedJSON(origin: origin, line: line, column: column, message: message)
            case .mismatch(let path, let message):
                throw .schemaMismatch(origin: origin, path: path, message: message)
            }
        }
        try library.validate(origin: origin)
        return library
    }

    /// Reads and loads a library file.
    public static func load(path: String) throws(LibraryError) -> PromptLibrary {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw .unreadable(origin: path, reason: !exists ? "no such file" : isDirectory ? "it is a folder" : "permission denied")
        }
        return try load(data: data, origin: path)
    }

    /// Checks what the JSON schema cannot: ids well formed and unique, texts
    /// not empty, every cited note a note of the same question, every prompt
    /// angle one of `angles`, every keyword some words.
    public func validate(origin: String) throws(LibraryError) {
        guard Self.supportedSchemaVersions.contains(schemaVersion) else {
            throw .unsupportedSchemaVersion(origin: origin, version: schemaVersion)
        }
        var seen = Set<String>()
        func check(_ id: String, text: String, field: String = "text") throws(LibraryError) {
            guard Self.isValidID(id) else { throw .invalidID(origin: origin, id: id) }
            guard seen.insert(id).inserted else { throw .duplicateID(origin: origin, id: id) }
            guard !text.allSatisfy(\.isWhitespace) else { throw .emptyText(origin: origin, id: id, field: field) }
        }
        for host in hosts { try check(host.id, text: host.name, field: "name") }
        let hostIDs = Set(hosts.map(\.id))
        guard !questions.isEmpty else { throw .emptyList(origin: origin, id: "library", field: "questions") }
        for question in questions {
            try check(question.id, text: question.text)
            guard hostIDs.contains(question.askedBy) else {
                throw .unknownHost(origin: origin, question: question.id, host: question.askedBy)
            }
            guard !question.themes.isEmpty else { throw .emptyList(origin: origin, id: question.id, field: "themes") }
            for theme in question.themes {
                try check(theme.id, text: theme.title, field: "title")
                guard !theme.notes.isEmpty else { throw .emptyList(origin: origin, id: theme.id, field: "notes") }
                guard !theme.prompts.isEmpty else { throw .emptyList(origin: origin, id: theme.id, field: "prompts") }
                for note in theme.notes { try check(note.id, text: note.text) }
                for keyword in theme.keywords ?? [] where keyword.allSatisfy(\.isWhitespace) {
                    throw .emptyText(origin: origin, id: theme.id, field: "keywords")
                }
            }
            let noteIDs = question.themes.flatMap { $0.notes.map(\.id) }
            let questionNotes = Set(noteIDs)
            for theme in question.themes {
                for prompt in theme.prompts {
                    try check(prompt.id, text: prompt.text)
                    guard !prompt.sources.isEmpty else { throw .emptyList(origin: origin, id: prompt.id, field: "sources") }
                    if let angle = prompt.angle, !Self.angles.contains(angle) {
                        throw .unknownAngle(origin: origin, prompt: prompt.id, angle: angle)
                    }
                    for source in prompt.sources where !questionNotes.contains(source) {
                        throw .unresolvedSource(origin: origin, prompt: prompt.id, source: source,
                                                suggestions: NearestMatch.suggestions(for: source, in: noteIDs))
                    }
                }
            }
        }
    }

    /// Whether `id` is lower-case letters, digits and single hyphens, starting with a letter or digit.
    public static func isValidID(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard let first = bytes.first, first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-") else { return false }
        return bytes.allSatisfy { ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-") }
    }
}
