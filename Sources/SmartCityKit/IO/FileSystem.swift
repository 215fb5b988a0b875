import Foundation

/// The only place the tool touches the file system.
///
/// Reads return bytes (the readers decode and report positions themselves); listings are
/// sorted so every run sees files in the same order; writes are atomic: the content goes to a
/// temporary file in the same folder, which is then renamed over the target, so no output is
/// ever left half-written (rename(2) is atomic within one file system).
public enum FileSystem {
    public static func join(_ base: String, _ name: String) -> String {
        if base.isEmpty || base == "." { return name }
        return base.hasSuffix("/") ? base + name : base + "/" + name
    }

    /// The path with `.` parts and `name/..` pairs removed, lexically (`examples/malang/../../indicators`
    /// becomes `indicators`), so messages show the path a person would write.
    public static func normalized(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            if part == "..", absolute { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// `path` as written in a file of `base`: absolute paths stay, relative ones are taken
    /// from `base`; the result is normalized.
    public static func relative(_ path: String, to base: String) -> String {
        normalized(path.hasPrefix("/") ? path : join(base, path))
    }

    public static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    public static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }

    public static func readBytes(_ path: String) throws(FileError) -> [UInt8] {
        guard exists(path) else { throw .notFound(path) }
        // The size is checked before reading (`stat`, following links): a huge or endless
        // input is refused, not read into memory first.
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > largestInput {
            throw .tooLarge(path, size: Int(info.st_size), limit: largestInput)
        }
        guard !isDirectory(path), let data = FileManager.default.contents(atPath: path) else { throw .notReadable(path) }
        return [UInt8](data)
    }

    /// The largest input file read: 256 MiB, some 15 times the 18 MB of CSV the national
    /// 23,000-OPD workspace holds in all.
    public static let largestInput = 256 << 20

    /// The names in a folder, sorted by their UTF-8 bytes (locale-independent), hidden
    /// files (`.name`) and editor backups (`name~`) left out.
    public static func list(_ directory: String) throws(FileError) -> [String] {
        guard exists(directory) else { throw .notFound(directory) }
        guard isDirectory(directory) else { throw .notADirectory(directory) }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { throw .notReadable(directory) }
        return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix("~") }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    public static func createDirectory(_ path: String) throws(FileError) {
        if isDirectory(path) { return }
        // Something else is in the way: say so plainly rather than quote Foundation's error.
        if exists(path) { throw .notADirectory(path) }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            if isDirectory(path) { return }
            var parent = (path as NSString).deletingLastPathComponent
            while !parent.isEmpty, parent != "/", !exists(parent) { parent = (parent as NSString).deletingLastPathComponent }
            if !parent.isEmpty, exists(parent), !isDirectory(parent) { throw .notADirectory(parent) }
            throw .notWritable(path, reason: String(cString: strerror(EACCES)))
        }
    }

    /// Writes `bytes` to `path` atomically: temporary file in the same folder, then rename.
    ///
    /// Plain POSIX calls: Foundation's file writing adds its own temporary file and URL
    /// handling, which costs several times more when a national run writes 46,000 pages.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileError) {
        let failure = bytes.withUnsafeBytes { buffer in writeAtomically(buffer, to: path) }
        if let failure { throw failure }
    }

    /// `writeAtomically` from memory the caller holds (a string's own UTF-8), without copying it.
    private static func writeAtomically(_ buffer: UnsafeRawBufferPointer, to path: String) -> FileError? {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        if !directory.isEmpty, directory != ".", !isDirectory(directory) {
            do throws(FileError) { try createDirectory(directory) } catch { return error }
        }
        let temporary = join(directory, ".\(name).tmp-\(getpid())")
        if let failure = writeFile(buffer, to: temporary, reportedAs: path) { return failure }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = unlink(temporary)
            return .notWritable(path, reason: reason)
        }
        return nil
    }

    /// Creates (or truncates) `path` and writes `buffer` to it; on failure the file is
    /// removed and the error names `reportedAs`. Not atomic by itself: callers write to a
    /// name nobody reads yet (a temporary file, a staging folder).
    static func writeFile(_ buffer: UnsafeRawBufferPointer, to path: String, reportedAs: String) -> FileError? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .notWritable(reportedAs, reason: String(cString: strerror(errno))) }
        var failure: String?
        var offset = 0
        while offset < buffer.count {
            let n = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno))
                break
            }
            offset += n
        }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            _ = unlink(path)
            return .notWritable(reportedAs, reason: failure)
        }
        return nil
    }

    /// Removes `path` and everything inside it; a missing path is not an error.
    static func removeTree(_ path: String) throws(FileError) {
        guard exists(path) else { return }
        do { try FileManager.default.removeItem(atPath: path) } catch {
            throw .notWritable(path, reason: String(describing: error))
        }
    }

    /// Renames `from` to `to` (same file system), replacing nothing: `to` must not exist.
    static func move(_ from: String, to: String) throws(FileError) {
        guard rename(from, to) == 0 else { throw .notWritable(to, reason: String(cString: strerror(errno))) }
    }

    public static func writeAtomically(_ text: String, to path: String) throws(FileError) {
        var text = text
        let failure = text.withUTF8 { writeAtomically(UnsafeRawBufferPointer($0), to: path) }
        if let failure { throw failure }
    }
}
