import Foundation

/// An output folder written as one: every file of a run goes into a hidden staging folder
/// beside it, which is swapped with the folder in one step when all were written.
///
/// After a kill or a failed write at any moment, the folder holds the complete previous
/// output or the complete new one, never a mix. Only what `smartcity` wrote is ever
/// replaced or removed: the folder's manifest (`OutputManifest`) lists it, and a folder
/// holding anything else — a user's file inside `opd/`, a folder named like ours that we
/// did not write, a non-empty folder without a manifest, a symbolic link — is refused before
/// anything is written. Nothing outside the folder and its staging sibling is touched.
///
/// A part of the output (`Scope`) may be replaced alone (`roadmap --out` replaces
/// `roadmap/`): the rest of the previous output is carried into the staging folder as hard
/// links, so the swap still replaces the whole folder at once.
///
/// Writes may come from several threads at once (the OPD pages are written in parallel).
public final class OutputFolder: @unchecked Sendable {
    /// Which entries of the previous output a write replaces; the others are kept.
    public struct Scope: Sendable {
        let replaces: @Sendable (String) -> Bool

        public init(replaces: @escaping @Sendable (String) -> Bool) { self.replaces = replaces }

        /// The whole previous output (`run`, `generate`).
        public static let everything = Scope { _ in true }

        /// One folder of it and what is inside (`roadmap/`, `bimtek/`).
        public static func folder(_ name: String) -> Scope {
            Scope { $0 == name + "/" || $0.hasPrefix(name + "/") }
        }
    }

    /// The folder as the user named it, for messages.
    public let path: String
    /// Where it really is, symbolic links resolved: the folder swapped.
    let target: String
    /// The hidden sibling the new output is written into.
    let staging: String
    /// What the previous run wrote, when the folder holds a previous output.
    let previous: OutputManifest?

    private let lock = NSLock()
    private var files: [String] = []
    private var folders: Set<String> = [""]
    private var writes = 0
    private var done = false

    /// Marks a staging folder as ours while it is being filled, so a later run can remove
    /// it after a kill.
    static let stagingMarker = ".smartcity-staging"

    /// Checks that `path` may receive an output, removes what killed runs left beside it,
    /// and prepares the staging folder, carrying the entries of the previous output that
    /// `scope` does not replace.
    ///
    /// Throws, having written nothing, when something is in the way: a file at `path`
    /// (`notADirectory`), a non-empty folder without a manifest (`notOurOutput`), entries
    /// the manifest does not list (`foreignEntries`), a manifest that is not ours.
    public init(_ path: String, replacing scope: Scope) throws(FileError) {
        self.path = path
        target = FileSystem.resolved(path)
        let (parent, name) = FileSystem.split(target)
        staging = FileSystem.join(parent, ".\(name).smartcity-\(getpid())")
        // First what killed runs left: a previous output set aside is back in place before
        // the folder is checked.
        Self.removeStale(parent: parent, name: name)
        switch FileSystem.entryKind(target) {
        case nil: previous = nil
        case .directory?: previous = try Self.checkOwnership(target, reportedAs: path)
        default: throw .notADirectory(path)
        }
        try FileSystem.createDirectory(parent)
        try FileSystem.removeOwnTree(staging, last: Self.stagingMarker)
        try FileSystem.createDirectory(staging)
        do throws(FileError) {
            try write(Array("smartcity staging folder for \(name)\n".utf8), at: Self.stagingMarker, counted: false)
            if let previous {
                for entry in previous.entries where !scope.replaces(entry) {
                    let source = FileSystem.join(target, entry)
                    if entry.hasSuffix("/") {
                        guard FileSystem.entryKind(source) == .directory else { continue }
                        try makeFolder(String(entry.dropLast()))
                    } else {
                        guard FileSystem.entryKind(source) == .file else { continue }
                        try makeFolder(FileSystem.split(entry).parent)
                        try FileSystem.link(source, to: FileSystem.join(staging, entry))
                        lock.withLock { files.append(entry) }
                    }
                }
            }
        } catch {
            abandon()
            throw error
        }
    }

    /// Writes `bytes` as `relative` (`opd/dinkes.html`) in the new output; errors name the
    /// final path.
    public func write(_ bytes: [UInt8], at relative: String) throws(FileError) {
        try write(bytes, at: relative, counted: true)
    }

    /// Writes `text` (UTF-8) as `relative` in the new output.
    public func write(_ text: String, at relative: String) throws(FileError) {
        var text = text
        let failure = text.withUTF8 { buffer -> FileError? in
            do throws(FileError) { try write(UnsafeRawBufferPointer(buffer), at: relative, counted: true) } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }

    private func write(_ bytes: [UInt8], at relative: String, counted: Bool) throws(FileError) {
        let failure = bytes.withUnsafeBytes { buffer -> FileError? in
            do throws(FileError) { try write(buffer, at: relative, counted: counted) } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }

    private func write(_ buffer: UnsafeRawBufferPointer, at relative: String, counted: Bool) throws(FileError) {
        let reported = FileSystem.join(path, relative)
        try makeFolder(FileSystem.split(relative).parent)
        if let failure = FileSystem.writeFile(buffer, to: FileSystem.join(staging, relative), reportedAs: reported) { throw failure }
        guard counted else { return }
        let n = lock.withLock {
            files.append(relative)
            writes += 1
            return writes
        }
        try WriteFault.reached(.write(n), path: reported)
    }

    /// Makes a folder of the new output (relative; "" is the output itself) once.
    private func makeFolder(_ relative: String) throws(FileError) {
        let folder = relative == "." ? "" : relative
        if lock.withLock({ folders.contains(folder) }) { return }
        do throws(FileError) { try FileSystem.createDirectory(FileSystem.join(staging, folder)) } catch {
            // Named as the user will see it once the output is in place.
            throw error.mapPath { $0.hasPrefix(staging) ? path + $0.dropFirst(staging.count) : $0 }
        }
        _ = lock.withLock { folders.insert(folder) }
    }

    /// Puts the new output in place of the previous one in one step and removes the
    /// previous one. Returns the manifest written.
    @discardableResult
    public func commit() throws(FileError) -> OutputManifest {
        let manifest = OutputManifest(files: lock.withLock { files })
        do throws(FileError) {
            try write(manifest.rendered(), at: OutputManifest.fileName, counted: false)
            // From here the staging folder is known as ours by its manifest.
            try FileSystem.removeFile(FileSystem.join(staging, Self.stagingMarker))
            try WriteFault.reached(.beforeSwitch, path: path)
            if FileSystem.entryKind(target) == .directory {
                if try !FileSystem.exchange(staging, target) { try switchInTwoSteps() }
            } else {
                try FileSystem.move(staging, to: target)
            }
        } catch {
            abandon()
            throw error
        }
        lock.withLock { done = true }
        // The new output is in place: from here a failure could only leave the previous one
        // behind, never undo the switch.
        try? WriteFault.reached(.afterSwitch, path: path)
        // The staging name now holds the previous output (or the empty folder it replaced).
        Self.removeOutput(staging, manifest: previous)
        return manifest
    }

    /// Where the file system cannot exchange two folders: the previous output steps aside
    /// first. Killed between the two renames, the next run puts it back (`removeStale`).
    private func switchInTwoSteps() throws(FileError) {
        let aside = staging + Self.asideSuffix
        try FileSystem.move(target, to: aside)
        do throws(FileError) { try FileSystem.move(staging, to: target) } catch {
            try? FileSystem.move(aside, to: target)
            throw error
        }
        try FileSystem.move(aside, to: staging)
    }

    static let asideSuffix = "-previous"

    /// Removes the staging folder: the output folder stays as it was.
    public func abandon() {
        guard !lock.withLock({ done }) else { return }
        try? FileSystem.removeOwnTree(staging, last: Self.stagingMarker)
    }

    // MARK: - Ownership

    /// The manifest of an existing output folder, after checking that the folder holds
    /// nothing else.
    static func checkOwnership(_ folder: String, reportedAs path: String) throws(FileError) -> OutputManifest? {
        let manifest = try OutputManifest.read(folder: folder)
        let entries = try FileSystem.walk(folder)
        guard let manifest else {
            if entries.isEmpty { return nil }
            throw .notOurOutput(path)
        }
        let ours = Set(manifest.entries)
        let foreign = entries.filter { $0.path != OutputManifest.fileName && ($0.kind == .other || !ours.contains($0.path)) }
        // A foreign folder is named once, not with everything inside it.
        var named: [String] = []
        for entry in foreign where !named.contains(where: { $0.hasSuffix("/") && entry.path.hasPrefix($0) }) {
            named.append(entry.path)
        }
        guard named.isEmpty else { throw .foreignEntries(path, entries: named) }
        return manifest
    }

    /// Removes what `manifest` lists from `folder`, then the manifest and the folder if
    /// nothing else is left: a user's file that arrived since the check stays where it is.
    static func removeOutput(_ folder: String, manifest: OutputManifest?) {
        var removed = 0
        // unlink(2) alone, no lstat first: it never removes a folder, and a national output
        // has 46,000 files to remove.
        for file in manifest?.files ?? [] {
            guard unlink(FileSystem.join(folder, file)) == 0 else { continue }
            removed += 1
            try? WriteFault.reached(.cleanup(removed), path: folder)
        }
        for entry in (manifest?.entries ?? []).reversed() where entry.hasSuffix("/") {
            FileSystem.removeEmptyDirectory(FileSystem.join(folder, String(entry.dropLast())))
        }
        try? FileSystem.removeFile(FileSystem.join(folder, OutputManifest.fileName))
        FileSystem.removeEmptyDirectory(folder)
    }

    /// Removes what killed runs left beside `parent/name`: staging folders (by their marker,
    /// or empty) and previous outputs (by their manifest) of processes that are gone. A previous
    /// output set aside by a run killed mid-switch is put back when the folder is missing.
    static func removeStale(parent: String, name: String) {
        let prefix = ".\(name).smartcity-"
        guard let names = try? FileSystem.listAll(parent) else { return }
        for entry in names where entry.hasPrefix(prefix) {
            var rest = entry.dropFirst(prefix.count)
            let aside = rest.hasSuffix(asideSuffix)
            if aside { rest = rest.dropLast(asideSuffix.count) }
            guard let pid = Int32(rest), pid != getpid(), !isRunning(pid) else { continue }
            let stale = FileSystem.join(parent, entry)
            guard FileSystem.entryKind(stale) == .directory else { continue }
            let target = FileSystem.join(parent, name)
            if aside, FileSystem.entryKind(target) == nil {
                try? FileSystem.move(stale, to: target)
            } else if FileSystem.entryKind(FileSystem.join(stale, stagingMarker)) == .file {
                try? FileSystem.removeOwnTree(stale, last: stagingMarker)
            } else if let manifest = try? OutputManifest.read(folder: stale) {
                removeOutput(stale, manifest: manifest)
            } else {
                // Killed between making its staging folder and marking it: the folder is
                // empty, and an empty folder holds nothing of anyone's (rmdir refuses any other).
                _ = FileSystem.removeEmptyDirectory(stale)
            }
        }
    }

    static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}

extension OutputFolder {
    /// Opens `out`, lets `body` write into it, and switches the new output in when `body`
    /// reports no failure; nothing of it appears otherwise. Returns what `body` wrote, or
    /// nothing with the failure.
    public static func writing(_ out: String, replacing scope: Scope,
                               _ body: (OutputFolder) -> (written: [String], failure: FileError?)) -> (written: [String], failure: FileError?) {
        let folder: OutputFolder
        do throws(FileError) { folder = try OutputFolder(out, replacing: scope) } catch { return ([], error) }
        let (written, failure) = body(folder)
        if let failure {
            folder.abandon()
            return ([], failure)
        }
        do throws(FileError) { try folder.commit() } catch { return ([], error) }
        return (written, nil)
    }
}
