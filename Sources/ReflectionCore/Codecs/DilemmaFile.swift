/// Converts between dilemmas and the text of their Markdown files, with the
/// front-matter reader and writer entries use.
public enum DilemmaFile {
    /// The text of a dilemma's file: front matter, then the description.
    ///
    /// Fields reflect owns are set from the dilemma; other keys, and
    /// reflect's keys whose values did not change, keep their lines and places.
    public static func text(of dilemma: Dilemma) -> String {
        var matter = dilemma.frontMatter
        matter.set("id", .string(dilemma.id))
        matter.set("title", .string(dilemma.title))
        // Times are written plain, as in entries, so YAML reads them as date-times.
        EntryFile.upsertRaw(&matter, key: "created", value: dilemma.created.description)
        matter.set("status", .string(dilemma.status.rawValue))
        if let closed = dilemma.closed { EntryFile.upsertRaw(&matter, key: "closed", value: closed.description) } else { matter.remove("closed") }
        if let outcome = dilemma.outcome, !outcome.isEmpty { matter.set("outcome", .string(outcome)) } else { matter.remove("outcome") }
        var body = dilemma.description
        // On bytes, as in an entry: a last "\r\n" is a line break too.
        if !body.isEmpty, body.utf8.last != 0x0A { body += "\n" }
        return matter.text + body
    }

    /// Reads a dilemma from its file's bytes.
    ///
    /// - Parameter fallbackID: the id from the file name, used when the front matter has none.
    /// - Throws: `EntryFileError` naming the path and line: invalid UTF-8, no
    ///   front matter, a malformed line, a missing title, a missing or
    ///   malformed `created` or `closed`, a status other than open or closed.
    public static func parse(_ bytes: [UInt8], path: String, fallbackID: String) throws(EntryFileError) -> Dilemma {
        let parsed = try EntryFile.parseFrontMatter(bytes, path: path)
        let (matter, body) = (parsed.matter, parsed.body)
        func line(of key: String) -> Int { parsed.line(of: key) }
        guard let title = matter.string("title")?.trimmed, !title.isEmpty else {
            throw EntryFileError(path: path, line: line(of: "title"), message: "a dilemma needs a 'title'")
        }
        guard let createdText = matter.string("created") else {
            throw EntryFileError(path: path, line: 1, message: "front matter has no 'created' time")
        }
        guard let created = Timestamp(iso: createdText) else {
            throw EntryFileError(path: path, line: line(of: "created"), message: "'created' is not an ISO 8601 time: \(createdText)")
        }
        let statusText = matter.string("status") ?? Dilemma.Status.open.rawValue
        guard let status = Dilemma.Status(rawValue: statusText) else {
            throw EntryFileError(path: path, line: line(of: "status"), message: "'status' must be open or closed, not \(statusText)")
        }
        var closed: Timestamp?
        if let closedText = matter.string("closed") {
            guard let time = Timestamp(iso: closedText) else {
                throw EntryFileError(path: path, line: line(of: "closed"), message: "'closed' is not an ISO 8601 time: \(closedText)")
            }
            closed = time
        }
        var dilemma = Dilemma(id: matter.string("id") ?? fallbackID, title: title, created: created, status: status, closed: closed,
                              outcome: matter.string("outcome"), description: body)
        dilemma.frontMatter = matter
        return dilemma
    }
}
