/// The journal's small JSON files (the plan, the skips, the settings): read
/// with a default when absent, errors with file, line and column, and a
/// schema version newer than this reflect refused (the file never overwritten).
/// Files with a schema version, checked when read.
protocol HasSchemaVersion {
    var schemaVersion: Int { get }
    /// The newest version this reflect reads and writes.
    static var currentSchemaVersion: Int { get }
}
extension Journal {
    func loadJSON<T: Decodable & HasSchemaVersion>(_ type: T.Type, path: String, default value: T) throws(PlanFileError) -> T {
        let bytes: [UInt8]
        do { bytes = try FileSystem.read(path) } catch {
            if error.code == ENOENT { return value }
            throw PlanFileError(path: path, message: error.description)
        }
        let decoded: T
        do { decoded = try JSONInput.decode(T.self, from: Data(bytes)) } catch {
            switch error {
            case .malformed(let line, let column, let message): throw PlanFileError(path: "\(path):\(line):\(column)", message: "malformed JSON: \(message)")
            case .mismatch(let key, let message): throw PlanFileError(path: path, message: "\(key.isEmpty ? "top level" : key): \(message)")
            }
        }
        guard decoded.schemaVersion <= T.currentSchemaVersion else { throw PlanFileError(path: path, message: "schemaVersion \(decoded.schemaVersion) is newer than this reflect reads") }
        return decoded
    }
}

#if canImport(Glibc)
import Glibc
#endif
