/// Renders a prompt library as Swift source, so that the built-in library is
/// compiled into reflect as values rather than parsed at every start.
///
/// `Prompts/questions.json` stays the one file a person edits; the test
/// `embeddedLibraryIsGeneratedFromTheFile` regenerates the source from it and
/// fails when `BuiltInLibrary.swift` differs (`scripts/embed-library` rewrites it).
public enum BuiltInLibrarySource {
    /// The path of the generated file, relative to the package root.
    public static let path = "Sources/ReflectionCore/Library/BuiltInLibrary.swift"

    /// The complete text of `BuiltInLibrary.swift` for a library.
    public static func render(_ library: PromptLibrary) -> String {
        var out = """
        // Generated from Prompts/questions.json by scripts/embed-library. Do not edit:
        // edit the JSON, then run scripts/embed-library.

        extension PromptLibrary {
            /// The library of Prompts/questions.json, as compiled into reflect.
            static let embedded = PromptLibrary(
                schemaVersion: \(library.schemaVersion),
                source: Source(title: \(quote(library.source.title)), organisation: \(quote(library.source.organisation)), facilitators: \(list(library.source.facilitators))),
                hosts: [

        """
        for host in library.hosts {
            out += "            Host(id: \(quote(host.id)), name: \(quote(host.name)), role: \(quote(host.role)), organisation: \(quote(host.organisation)), conversation: \(optional(host.conversation))),\n"
        }
        out += "        ],\n        questions: [\n"
        for question in library.questions {
            out += "            Question(\n"
            out += "                id: \(quote(question.id)), text: \(quote(question.text)),\n"
            out += "                askedBy: \(quote(question.askedBy)), context: \(optional(question.context)),\n"
            out += "                themes: [\n"
            for theme in question.themes {
                out += "                    Theme(\n"
                out += "                        id: \(quote(theme.id)), title: \(quote(theme.title)),\n"
                out += "                        notes: [\n"
                for note in theme.notes {
                    out += "                            Note(id: \(quote(note.id)), text: \(quote(note.text))),\n"
                }
                out += "                        ],\n                        prompts: [\n"
                for prompt in theme.prompts {
                    let angle = prompt.angle.map { ", angle: \(quote($0))" } ?? ""
                    out += "                            Prompt(id: \(quote(prompt.id)), text: \(quote(prompt.text)), sources: \(list(prompt.sources))\(angle)),\n"
                }
                out += "                        ]"
                if let keywords = theme.keywords { out += ",\n                        keywords: \(list(keywords))" }
                out += "),\n"
            }
            out += "                ]),\n"
        }
        out += "        ])\n}\n"
        return out
    }

    static func quote(_ text: String) -> String {
        let body = text.escaped { scalar in
            switch scalar {
            case "\\": return "\\\\"
            case "\"": return "\\\""
            case "\n": return "\\n"
            case "\r": return "\\r"
            case "\t": return "\\t"
            case _ where scalar.value < 0x20: return "\\u{" + String.hex(scalar, width: 1) + "}"
            default: return nil
            }
        }
        return "\"" + body + "\""
    }

    static func optional(_ text: String?) -> String { text.map(quote) ?? "nil" }

    static func list(_ items: [String]) -> String { "[" + items.map(quote).joined(separator: ", ") + "]" }
}
