extension FuzzTarget {
    /// A library that loads is written out and loads again as the same
    /// library; one that does not is refused with a line and column inside
    /// the file.
    static func checkLibrary(_ payload: [UInt8]) throws(FuzzFailure) {
        let library: PromptLibrary
        do {
            library = try PromptLibrary.load(data: Data(payload), origin: "fuzz.json")
        } catch {
            if case .malformedJSON(_, let line, let column, _) = error { try expectInside(payload, line: line, column: column) }
            return
        }
        let written: Data
        do { written = try JSONEncoder().encode(library) } catch { throw FuzzFailure(message: "a loaded library cannot be encoded: \(error)") }
        let again = try? PromptLibrary.load(data: written, origin: "fuzz.json")
        try expect(again == library, "a library written out does not load again as the same library")
    }

    /// The scanner's first error is inside the text and moves with it; what
    /// it accepts decodes, and what the encoder writes it accepts.
    static func checkJSON(_ payload: [UInt8]) throws(FuzzFailure) {
        let error = JSONSyntax.firstError(in: payload)
        let shifted = JSONSyntax.firstError(in: Array(" \n".utf8) + payload)
        if let error {
            try expectInside(payload, line: error.line, column: error.column)
            try expect(shifted == JSONSyntaxError(line: error.line + 1, column: error.column, message: error.message),
                       "an error at \(error.line):\(error.column) is not a line later after a line break: \(String(describing: shifted))")
            return
        }
        try expect(shifted == nil, "valid JSON after a line break is invalid: \(String(describing: shifted))")
        // Numbers a Double cannot hold and lone surrogates are valid JSON that
        // the decoder refuses: only what decodes is written out again.
        guard let value = try? JSONInput.decode(JSONValue.self, from: Data(payload)) else { return }
        let written: Data
        do { written = try JSONEncoder().encode(value) } catch { throw FuzzFailure(message: "decoded JSON cannot be encoded: \(error)") }
        let rescanned = JSONSyntax.firstError(in: Array(written))
        try expect(rescanned == nil, "the scanner refuses what JSONEncoder wrote: \(String(describing: rescanned))")
        let again = try? JSONInput.decode(JSONValue.self, from: written)
        try expect(again == value, "JSON decoded, written and decoded again is not the same")
    }

    /// Throws unless a 1-based line and column fall inside the text (or just after its end).
    private static func expectInside(_ bytes: [UInt8], line: Int, column: Int) throws(FuzzFailure) {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        try expect(line >= 1 && line <= lines.count && column >= 1, "an error at line \(line), column \(column) of a text of \(lines.count) lines")
        let length = lines[line - 1].filter { $0 & 0xC0 != 0x80 }.count
        try expect(column <= length + 1, "an error at column \(column) of a line of \(length) characters")
    }

    /// Any JSON value, to decode and encode whatever the scanner accepts.
    indirect enum JSONValue: Codable, Equatable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONValue])
        case object([String: JSONValue])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let value = try? container.decode(Bool.self) {
                self = .bool(value)
            } else if let value = try? container.decode(Double.self) {
                self = .number(value)
            } else if let value = try? container.decode(String.self) {
                self = .string(value)
            } else if let value = try? container.decode([JSONValue].self) {
                self = .array(value)
            } else {
                self = .object(try container.decode([String: JSONValue].self))
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .null: try container.encodeNil()
            case .bool(let value): try container.encode(value)
            case .number(let value): try container.encode(value)
            case .string(let value): try container.encode(value)
            case .array(let value): try container.encode(value)
            case .object(let value): try container.encode(value)
            }
        }
    }
}
