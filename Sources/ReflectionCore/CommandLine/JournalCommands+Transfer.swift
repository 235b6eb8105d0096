/// `reflect import`: every entry of the file is read and checked before any is saved.
extension JournalCommands {
    func importEntries(_ format: ImportFormat, file: String) -> CommandResult {
        let bytes: [UInt8]
        do {
            try journal.checkWritable()
            bytes = file == "-" ? context.readStandardInput() : try FileSystem.read(file)
        } catch let error as JournalError {
            return .failure(error.description)
        } catch let error as FileSystemError {
            return .failure(error.description)
        } catch {
            return .failure("\(error)")
        }
        let origin = file == "-" ? "standard input" : file
        let entries: [Entry]
        do {
            switch format {
            case .jrnl: entries = try JournalImport.fromJrnl(Data(bytes))
            case .reflect: entries = try JournalImport.fromReflect(Data(bytes))
            }
        } catch {
            return .failure(error.description(origin: origin))
        }
        var imported = 0, skipped = 0
        for entry in entries {
            do {
                _ = try journal.add(entry, keepingID: format == .reflect)
                imported += 1
            } catch .fileSystem(let error) where error.code == EEXIST {
                skipped += 1
            } catch {
                return .failure("\(error.description); \(imported) of \(entries.count) entries were imported before this")
            }
        }
        var message = "Imported \(imported) \(imported == 1 ? "entry" : "entries") from \(origin)"
        if skipped > 0 { message += "; skipped \(skipped) already in the journal" }
        return CommandResult(stdout: message + ".\n")
    }
}

#if canImport(Glibc)
import Glibc
#endif
