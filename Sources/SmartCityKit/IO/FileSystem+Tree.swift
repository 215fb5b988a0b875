import Foundation

/// What a name in a folder is, read without following symbolic links.
enum EntryKind: Sendable, Equatable {
    case file
    case directory
    /// A symbolic link, a FIFO, a socket, a device: never something `smartcity` wrote.
    case other
}

extension FileSystem {
    /// The kind of `path` itself (`lstat`: a symbolic link is `.other`, not its target); nil
    /// when nothing is there.
    static func entryKind(_ path: String) -> EntryKind? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// Every name in a folder, hidden ones included, sorted by their UTF-8 bytes.
    static func listAll(_ directory: String) throws(FileError) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { throw .notReadable(directory) }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// Every entry below `directory`, as paths relative to it, folders with a trailing `/`,
    /// parents before children; symbolic links are listed, never followed.
    static func walk(_ directory: String) throws(FileError) -> [(path: String, kind: EntryKind)] {
        var entries: [(String, EntryKind)] = []
        func visit(_ relative: String) throws(FileError) {
            for name in try listAll(relative.isEmpty ? directory : join(directory, relative)) {
                let child = relative.isEmpty ? name : relative + name
                let kind = entryKind(join(directory, child)) ?? .other
                if kind == .directory {
                    entries.append((child + "/", kind))
                    try visit(child + "/")
                } else {
                    entries.append((child, kind))
                }
            }
        }
        try visit("")
        return entries
    }

    /// Removes the file (or link) `path`; a missing one is not an error.
    static func removeFile(_ path: String) throws(FileError) {
        guard unlink(path) == 0 || errno == ENOENT else { throw .notWritable(path, reason: String(cString: strerror(errno))) }
    }

    /// Removes the folder `path` if it is empty; false when something is still inside.
    @discardableResult
    static func removeEmptyDirectory(_ path: String) -> Bool {
        rmdir(path) == 0 || errno == ENOENT
    }

    /// Removes `path` and everything below it without following symbolic links: a link is
    /// removed, never what it points at. Only for folders `smartcity` made itself (a
    /// staging folder); a missing path is not an error.
    ///
    /// `last` (a staging folder's marker) goes after everything else in the folder, so a
    /// removal killed half-way leaves a folder still marked as ours for the next run.
    static func removeOwnTree(_ path: String, last: String? = nil) throws(FileError) {
        guard let kind = entryKind(path) else { return }
        guard kind == .directory else { return try removeFile(path) }
        let names = try listAll(path)
        for name in names where name != last { try removeOwnTree(join(path, name)) }
        if let last, names.contains(last) { try removeOwnTree(join(path, last)) }
        guard rmdir(path) == 0 || errno == ENOENT else { throw .notWritable(path, reason: String(cString: strerror(errno))) }
    }

    /// A second name for the file `from` at `to` (a hard link: no bytes copied); copies the
    /// bytes where the file system has no hard links.
    static func link(_ from: String, to: String) throws(FileError) {
        if Glibc.link(from, to) == 0 { return }
        let reason = String(cString: strerror(errno))
        guard errno == EPERM || errno == EXDEV || errno == EMLINK || errno == ENOTSUP else { throw .notWritable(to, reason: reason) }
        let bytes = try readBytes(from)
        if let failure = bytes.withUnsafeBytes({ writeFile($0, to: to, reportedAs: to) }) { throw failure }
    }

    /// Swaps the folders `a` and `b` in one step (`renameat2` with `RENAME_EXCHANGE`, Linux
    /// 3.15 and later): a reader sees the one or the other at each name, never neither.
    ///
    /// `renameat2` is not in the Swift Glibc module (glibc declares it only with
    /// `_GNU_SOURCE`), so it is looked up by name. Returns false, touching nothing, where the
    /// system or the file system cannot exchange.
    static func exchange(_ a: String, _ b: String) throws(FileError) -> Bool {
        guard let renameat2 = Self.renameat2 else { return false }
        let exchangeFlag: UInt32 = 2 // RENAME_EXCHANGE in <linux/fs.h>
        if renameat2(AT_FDCWD, a, AT_FDCWD, b, exchangeFlag) == 0 { return true }
        if errno == EINVAL || errno == ENOSYS || errno == ENOTSUP { return false }
        throw .notWritable(b, reason: String(cString: strerror(errno)))
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    private static let renameat2: RenameAt2? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    /// `path` with every symbolic link and `..` resolved as far as it exists, the rest
    /// appended lexically: where an output would really land. Relative paths are taken from
    /// the current folder.
    public static func resolved(_ path: String) -> String {
        var existing = absolute(path)
        var rest: [String] = []
        while existing != "/", entryKind(existing) == nil {
            let (parent, name) = split(existing)
            rest.insert(name, at: 0)
            existing = parent
        }
        var base = existing
        if let real = realpath(existing, nil) {
            base = String(cString: real)
            free(real)
        }
        return normalized(rest.reduce(base) { join($0, $1) })
    }

    /// Whether `inner` is `outer` or lies inside it (both resolved, absolute).
    static func isWithin(_ inner: String, _ outer: String) -> Bool {
        inner == outer || outer == "/" || inner.hasPrefix(outer + "/")
    }
}
