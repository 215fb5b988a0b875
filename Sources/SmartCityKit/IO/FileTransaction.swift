import Foundation

/// Several files replaced together, all or none: `import` changes answer files, service files
/// and `audit.log` in one step, and a failure halfway must leave the workspace as it was.
///
/// Two phases. Staging writes every new content to a hidden temporary file beside its target
/// (`.<name>.txn-<pid>`), making missing folders; a failure there removes the temporaries and
/// the folders it made, and no target has changed. Committing then renames each temporary over
/// its target (rename(2) is atomic per file), after keeping the old file under a hidden backup
/// name — a hard link, so the target never goes missing, or a rename where the file system has
/// no hard links (FAT on a USB stick). A failure while committing renames the backups back in
/// reverse order and removes the targets that were new, so every file has its old bytes again.
///
/// What it cannot promise: the process killed (or the power lost) between two renames leaves
/// some targets new and some old, with the backups beside them. Writes are ordered so that the
/// file describing the change (`audit.log`) comes last.
public enum FileTransaction {
    /// One file to write: its final path and its whole new content.
    public struct Write: Sendable, Hashable {
        public var path: String
        public var bytes: [UInt8]

        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// Where a test makes a transaction fail on purpose: before staging write `n`, or before
    /// renaming write `n` into place (after writes `0..<n` were renamed).
    enum FailurePoint: Sendable, Hashable {
        case staging(Int)
        case renaming(Int)
    }

    /// Writes every file of `writes`, in order, or none of them.
    public static func commit(_ writes: [Write]) throws(FileError) {
        try commit(writes, failingAt: nil)
    }

    static func commit(_ writes: [Write], failingAt failure: FailurePoint?) throws(FileError) {
        let pid = getpid()
        var created: [String] = []
        var temporaries: [String] = []
        func cleanUp() {
            for temporary in temporaries { _ = unlink(temporary) }
            for directory in created.reversed() { try? FileSystem.removeTree(directory) }
        }
        // Phase 1: stage.
        for (index, write) in writes.enumerated() {
            let (directory, name) = split(write.path)
            do throws(FileError) {
                if failure == .staging(index) { throw FileError.notWritable(write.path, reason: "injected failure") }
                if !FileSystem.isDirectory(directory) {
                    if let top = topmostMissing(directory) { created.append(top) }
                    try FileSystem.createDirectory(directory)
                }
            } catch {
                cleanUp()
                throw error
            }
            let temporary = FileSystem.join(directory, ".\(name).txn-\(pid)")
            let problem = write.bytes.withUnsafeBytes { FileSystem.writeFile($0, to: temporary, reportedAs: write.path) }
            if let problem {
                cleanUp()
                throw problem
            }
            temporaries.append(temporary)
        }
        // Phase 2: commit, remembering how to undo each step.
        var done: [(target: String, backup: String?)] = []
        func rollBack() {
            for step in done.reversed() {
                if let backup = step.backup { _ = rename(backup, step.target) } else { _ = unlink(step.target) }
            }
            cleanUp()
        }
        for (index, write) in writes.enumerated() {
            let (directory, name) = split(write.path)
            if failure == .renaming(index) {
                rollBack()
                throw .notWritable(write.path, reason: "injected failure")
            }
            var backup: String?
            var movedAway = false
            if FileSystem.exists(write.path) {
                let path = FileSystem.join(directory, ".\(name).backup-\(pid)")
                _ = unlink(path)
                if link(write.path, path) != 0 {
                    guard rename(write.path, path) == 0 else {
                        let reason = String(cString: strerror(errno))
                        rollBack()
                        throw .notWritable(write.path, reason: reason)
                    }
                    movedAway = true
                }
                backup = path
            }
            guard rename(temporaries[index], write.path) == 0 else {
                let reason = String(cString: strerror(errno))
                if let backup { if movedAway { _ = rename(backup, write.path) } else { _ = unlink(backup) } }
                rollBack()
                throw .notWritable(write.path, reason: reason)
            }
            done.append((write.path, backup))
        }
        for step in done { if let backup = step.backup { _ = unlink(backup) } }
    }

    /// The folder and the name of a path (`.` for a bare name).
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }

    /// The outermost folder of `directory` that does not exist yet, which is what to remove
    /// to undo making `directory`.
    static func topmostMissing(_ directory: String) -> String? {
        var missing: String?
        var current = directory
        while !current.isEmpty, current != "/", current != ".", !FileSystem.exists(current) {
            missing = current
            current = split(current).directory
        }
        return missing
    }
}
