/// JSON as reflect writes it: pretty, keys sorted, slashes unescaped, a
/// final newline. The one encoder for files (the plan, skips) and output.
public enum JSONOutput {
    /// Encodes a value; "null" if it cannot be encoded (no reflect type fails).
    public static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
