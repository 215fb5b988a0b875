import Foundation

/// A folder of outputs written whole or not at all: files go into a hidden staging folder
/// beside it, which takes the folder's place only when every file was written.
///
/// Per-file atomic writes (temporary file, then rename) cost two directory operations per
/// file; a national run writes 46,000 pages into one folder, so the folder is swapped once
/// instead. A reader sees the old pages or the new ones, never a mix — and pages of OPDs no
/// longer in the list disappear with the old folder. Between the two renames of `commit`
/// the folder is briefly absent (Linux's `RENAME_EXCHANGE` is not reachable from Swift).
public struct StagedDirectory: Sendable {
    /// The folder being replaced.
    public let path: String
    /// Where the files go until `commit`.
    let staging: String

    /// Prepares the staging folder `.<name>.staging-<pid>` beside `path`.
    ///
    /// Fails when something other than a folder is in the way at `path`, or the staging
    /// folder cannot be made.
    public init(_ path: String) throws(FileError) {
        if FileSystem.exists(path), !FileSystem.isDirectory(path) { throw .notADirectory(path) }
        let (parent, name) = Self.split(path)
        self.path = path
        staging = FileSystem.join(parent, ".\(name).staging-\(getpid())")
        try FileSystem.removeTree(staging)
        try FileSystem.createDirectory(staging)
    }

    /// Writes `bytes` as `name` inside the folder-to-be; errors name the final path.
    public func write(_ bytes: [UInt8], name: String) throws(FileError) {
        let failure = bytes.withUnsafeBytes { FileSystem.writeFile($0, to: FileSystem.join(staging, name), reportedAs: FileSystem.join(path, name)) }
        if let failure { throw failure }
    }

    /// Writes `text` (UTF-8) as `name` inside the folder-to-be.
    public func write(_ text: String, name: String) throws(FileError) {
        var text = text
        let failure = text.withUTF8 {
            FileSystem.writeFile(UnsafeRawBufferPointer($0), to: FileSystem.join(staging, name), reportedAs: FileSystem.join(path, name))
        }
        if let failure { throw failure }
    }

    /// Puts the staged folder in place of `path` and removes the old one.
    public func commit() throws(FileError) {
        let (parent, name) = Self.split(path)
        let old = FileSystem.join(parent, ".\(name).old-\(getpid())")
        if FileSystem.exists(path) {
            try FileSystem.removeTree(old)
            try FileSystem.move(path, to: old)
        }
        do throws(FileError) { try FileSystem.move(staging, to: path) } catch {
            // Put the old folder back rather than leave none.
            if FileSystem.exists(old) { try? FileSystem.move(old, to: path) }
            throw error
        }
        try FileSystem.removeTree(old)
    }

    /// Removes the staging folder: the old folder stays as it was.
    public func abandon() {
        try? FileSystem.removeTree(staging)
    }

    static func split(_ path: String) -> (parent: String, name: String) {
        var trimmed = path
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return (".", trimmed) }
        let parent = String(trimmed[..<slash])
        return (parent.isEmpty ? "/" : parent, String(trimmed[trimmed.index(after: slash)...]))
    }
}
