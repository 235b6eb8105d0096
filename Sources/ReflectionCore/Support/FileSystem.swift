#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file-system operation that failed, with the path and the reason.
public struct FileSystemError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var operation: String
    public var code: Int32

    public init(path: String, operation: String, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    public var description: String { "cannot \(operation) \(path): \(reason)" }

    /// What was given is over what reflect reads (`readLimit`).
    public static func tooLarge(_ path: String) -> FileSystemError { FileSystemError(path: path, operation: "read", code: EFBIG) }

    /// A code of reflect's own: the file is a pipe, a device or a socket.
    public static let notRegular: Int32 = -2

    /// Why, in words: "permission denied".
    public var reason: String {
        switch code {
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "read-only file system"
        case ENOSPC: return "no space left on device"
        case EDQUOT: return "disk quota exceeded"
        case ENOENT: return "no such file or folder"
        case EEXIST: return "already exists"
        case ENOTDIR: return "not a folder"
        case EISDIR: return "is a folder"
        case ELOOP: return "a symbolic link (reflect reads only the journal's own files)"
        case Self.notRegular: return "not a regular file (a pipe or a device)"
        case EFBIG where operation != "read": return "over the file-size limit (ulimit -f); nothing was changed"
        case EFBIG: return "larger than reflect reads (\(FileSystem.readLimit / 1_000_000) MB for an entry or a text, \(FileSystem.importLimit / 1_000_000) MB for an import)"
        default: return String(cString: strerror(code))
        }
    }
}

/// The few file operations the journal needs, done with POSIX calls so that
/// every write is private, atomic and durable.
public enum FileSystem {
    /// Private modes: only the owner reads or writes, whatever the umask.
    public static let fileMode: mode_t = 0o600
    public static let folderMode: mode_t = 0o700

    /// Creates `path` and any missing parents as private folders.
    public static func makePrivateFolder(_ path: String) throws(FileSystemError) {
        var isFolder = false
        if exists(path, isFolder: &isFolder) {
            guard isFolder else { throw FileSystemError(path: path, operation: "create folder", code: ENOTDIR) }
            return
        }
        let parent = parentFolder(of: path)
        if parent != path, !parent.isEmpty { try makePrivateFolder(parent) }
        if mkdir(path, folderMode) != 0, errno != EEXIST {
            throw FileSystemError(path: path, operation: "create folder", code: errno)
        }
        // mkdir applies the umask; the journal is private whatever it is.
        chmod(path, folderMode)
        // The new folder's name is durable in its parent before anything is saved in it:
        // the first entry of a month survives a power cut after "Saved".
        syncFolder(parent.isEmpty ? "." : parent)
    }

    /// Whether something exists at `path`, and whether it is a folder.
    public static func exists(_ path: String, isFolder: inout Bool) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        isFolder = (info.st_mode & S_IFMT) == S_IFDIR
        return true
    }

    public static func exists(_ path: String) -> Bool {
        var isFolder = false
        return exists(path, isFolder: &isFolder)
    }

    /// What is at a path that should be a folder reflect can read.
    public enum FolderState: Equatable, Sendable {
        /// Nothing is there (yet).
        case missing
        /// A folder this process may list and enter.
        case readable
        /// A file (or anything else) that is not a folder.
        case notAFolder
        /// A symbolic link to something that does not exist.
        case brokenLink(target: String)
        /// The folder (or a folder on the way to it) cannot be read: `code` says why (EACCES).
        case unreadable(code: Int32)
    }

    /// Whether `path` is a folder this process can read, and if not, why.
    /// Follows symbolic links, as opening the folder would.
    public static func folderState(_ path: String) -> FolderState {
        var info = stat()
        guard lstat(path, &info) == 0 else { return errno == ENOENT ? .missing : .unreadable(code: errno) }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            guard stat(path, &info) == 0 else {
                let code = errno
                return code == ENOENT ? .brokenLink(target: linkTarget(path) ?? "?") : .unreadable(code: code)
            }
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return .notAFolder }
        // Listing needs read permission, and opening what is inside needs search (x).
        guard access(path, R_OK | X_OK) == 0 else { return .unreadable(code: errno) }
        return .readable
    }

    /// What is at a path, not following a symbolic link: nothing, a regular
    /// file, or something else (a link, a folder, a device) that a write
    /// by rename must not replace.
    public enum Kind: Equatable, Sendable {
        case missing, regularFile, symbolicLink, other(String)

        /// What it is in words when it is there and not a regular file.
        public var notAFile: String? {
            switch self {
            case .missing, .regularFile: return nil
            case .symbolicLink: return "a symbolic link"
            case .other(let what): return what
            }
        }
    }

    public static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regularFile
        case S_IFLNK: return .symbolicLink
        case S_IFDIR: return .other("a folder")
        case S_IFCHR, S_IFBLK: return .other("a device")
        default: return .other("not a regular file")
        }
    }

    /// Where a symbolic link points, as written in the link.
    public static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The permission bits of a file or folder, or nil if it does not exist.
    public static func mode(of path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }

    /// The folder part of a path.
    public static func parentFolder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Reads a whole file as bytes.
    public static func read(_ path: String) throws(FileSystemError) -> [UInt8] {
        try read(path, in: AT_FDCWD, path: path)
    }

    /// The most reflect reads of one of its files or of a text given to it.
    public static let readLimit = 10_000_000
    /// The most reflect reads of a file to import.
    public static let importLimit = 200_000_000

    /// Reads a file a person names (`--file`, an import): a pipe is fine
    /// (`<(command)`), a folder is not, and no more than `limit` bytes are
    /// read (`/dev/zero` is an error, not the end of memory).
    public static func readGiven(_ path: String, limit: Int = readLimit) throws(FileSystemError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystemError(path: path, operation: "read", code: errno) }
        defer { close(fd) }
        var info = stat()
        fstat(fd, &info)
        if (info.st_mode & S_IFMT) == S_IFDIR { throw FileSystemError(path: path, operation: "read", code: EISDIR) }
        if (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) > limit { throw FileSystemError(path: path, operation: "read", code: EFBIG) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(path: path, operation: "read", code: errno)
            }
            if n == 0 { break }
            bytes += chunk[0..<n]
            if bytes.count > limit { throw FileSystemError(path: path, operation: "read", code: EFBIG) }
        }
        return bytes
    }

    /// Reads a whole file named relative to an open folder.
    /// - Parameter path: how to name the file in an error.
    public static func read(_ name: String, in directory: Int32, path: String) throws(FileSystemError) -> [UInt8] {
        // A journal's own file: never a link followed, a pipe waited on, or a
        // device read until memory runs out (a FIFO named x.md hung every command).
        let fd = openat(directory, name, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
        guard fd >= 0 else { throw FileSystemError(path: path, operation: "read", code: errno) }
        defer { close(fd) }
        var info = stat()
        fstat(fd, &info)
        if (info.st_mode & S_IFMT) == S_IFDIR { throw FileSystemError(path: path, operation: "read", code: EISDIR) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw FileSystemError(path: path, operation: "read", code: FileSystemError.notRegular) }
        guard Int(info.st_size) <= readLimit else { throw FileSystemError(path: path, operation: "read", code: EFBIG) }
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
        var count = 0
        let regular = (info.st_mode & S_IFMT) == S_IFREG
        while true {
            // A regular file read to its size in one call is complete: no second read for EOF.
            if regular, count == Int(info.st_size), count > 0 { break }
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let n = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(path: path, operation: "read", code: errno)
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// Reads all of a file descriptor (standard input).
    public static func readAll(descriptor: Int32) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            // No more than an import may be: `< /dev/zero` ends here, and the caller says it is too large.
            if bytes.count > importLimit { break }
        }
        return bytes
    }

    /// How a write treats a file already at the path.
    public enum Replace: Sendable {
        /// Fail with EEXIST: a new entry never overwrites anything.
        case never
        /// Replace it atomically: readers see the old file or the new, never a mix.
        case atomically
    }

    /// Writes `bytes` to `path` atomically and durably: a private temporary
    /// file in the same folder, fsync, then link or rename into place, then
    /// fsync the folder. On any failure the temporary file is removed and
    /// whatever was at `path` before is untouched.
    public static func write(_ bytes: [UInt8], to path: String, replace: Replace) throws(FileSystemError) {
        let folder = parentFolder(of: path)
        let name = path[path.index(after: path.lastIndex(of: "/") ?? path.startIndex)...]
        var template = Array("\(folder)/.\(name).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw FileSystemError(path: folder, operation: "write to", code: errno) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: FileSystemError?
        fchmod(fd, fileMode)
        var offset = 0
        while offset < bytes.count, failure == nil {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                failure = FileSystemError(path: path, operation: "write", code: errno)
            } else {
                offset += n
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = FileSystemError(path: path, operation: "write", code: errno) }
        if close(fd) != 0, failure == nil { failure = FileSystemError(path: path, operation: "write", code: errno) }
        if failure == nil {
            switch replace {
            case .never:
                // Fails if the name exists: no window in which another process's entry could be replaced.
                let code = renameWithoutReplacing(temporary, to: path)
                if code != 0 { failure = FileSystemError(path: path, operation: "create", code: code) }
            case .atomically:
                if rename(temporary, path) != 0 { failure = FileSystemError(path: path, operation: "replace", code: errno) }
            }
        }
        if let failure {
            unlink(temporary)
            throw failure
        }
        syncFolder(folder)
    }

    /// Makes a folder's entries (a rename, a link) durable.
    public static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Moves a file, failing rather than replacing one at the destination.
    public static func moveWithoutReplacing(_ from: String, to: String) throws(FileSystemError) {
        let code = renameWithoutReplacing(from, to: to)
        guard code == 0 else { throw FileSystemError(path: to, operation: "move to", code: code) }
        syncFolder(parentFolder(of: to))
        syncFolder(parentFolder(of: from))
    }

    /// Renames `from` to `to` in one step, failing with EEXIST rather than
    /// replacing what is there (renameat2 with RENAME_NOREPLACE): a kill
    /// leaves the file in one place or the other, never both. Where the file
    /// system cannot (EINVAL), a link then an unlink do it in two steps.
    /// - Returns: 0, or the errno of the failure.
    static func renameWithoutReplacing(_ from: String, to: String) -> Int32 {
        if let renameat2 = renameNoReplace {
            if renameat2(AT_FDCWD, from, AT_FDCWD, to, 1 /* RENAME_NOREPLACE */) == 0 { return 0 }
            let code = errno
            guard code == EINVAL || code == ENOSYS else { return code }
        }
        guard link(from, to) == 0 else { return errno }
        guard unlink(from) == 0 else {
            let code = errno
            unlink(to)
            return code
        }
        return 0
    }

    /// renameat2(2), found at run time: glibc declares it only for _GNU_SOURCE, which Swift's Glibc module leaves out.
    private static let renameNoReplace: (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32)? = {
        guard let program = dlopen(nil, RTLD_NOW), let symbol = dlsym(program, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32).self)
    }()

    /// Removes a file for good and makes that durable (fsync of its folder).
    public static func delete(_ path: String) throws(FileSystemError) {
        guard unlink(path) == 0 else { throw FileSystemError(path: path, operation: "delete", code: errno) }
        syncFolder(parentFolder(of: path))
    }

    /// A file's modification time in seconds since 1970, if it can be read.
    public static func modificationSeconds(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_mtim.tv_sec)
    }

    /// Sets a file's modification time to now (the file system's clock),
    /// leaving its bytes alone.
    public static func touch(_ path: String) {
        // No times given: both become now.
        _ = utimensat(AT_FDCWD, path, nil, 0)
    }

    /// Removes a file; a missing file is not an error.
    public static func remove(_ path: String) {
        unlink(path)
    }

    /// The names in a folder (not `.` or `..`), unsorted; empty if it cannot be read.
    public static func names(in folder: String) -> [String] { names(in: folder, startingWith: []) }

    /// The names in a folder that start with `prefix` (bytes): the others are
    /// passed over without making a string of them.
    public static func names(in folder: String, startingWith prefix: [UInt8]) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name: String? = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = raw.prefix { $0 != 0 }
                guard bytes.count >= prefix.count, bytes.starts(with: prefix) else { return nil }
                return String(decoding: bytes, as: UTF8.self)
            }
            if let name, name != ".", name != ".." { names.append(name) }
        }
        return names
    }
}
