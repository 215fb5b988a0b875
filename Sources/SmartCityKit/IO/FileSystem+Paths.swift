import Foundation

extension FileSystem {
    /// `path` made absolute against the current folder, normalized.
    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? normalized(path) : normalized(join(FileManager.default.currentDirectoryPath, path))
    }

    /// How a file in folder `base` names `target`, the way `workspace.json` paths are read
    /// (`relative(_:to:)`): a relative path when the two share a folder below the root
    /// (`../indicators`), else the absolute path, which survives moving the workspace.
    ///
    /// Lexical, like `normalized`: symbolic links are not resolved.
    static func path(of target: String, from base: String) -> String {
        let from = absolute(base).split(separator: "/"), to = absolute(target).split(separator: "/")
        var common = 0
        while common < from.count, common < to.count, from[common] == to[common] { common += 1 }
        guard common > 0 else { return absolute(target) }
        let parts = Array(repeating: "..", count: from.count - common) + to[common...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// Whether `path` is a folder with nothing in it, hidden files included.
    static func isEmptyDirectory(_ path: String) -> Bool {
        guard isDirectory(path), let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return false }
        return names.isEmpty
    }

    /// The folder and the last name of `path` (`a/b/` → `a`, `b`; `b` → `.`, `b`).
    static func split(_ path: String) -> (parent: String, name: String) {
        var trimmed = path
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return (".", trimmed) }
        let parent = String(trimmed[..<slash])
        return (parent.isEmpty ? "/" : parent, String(trimmed[trimmed.index(after: slash)...]))
    }
}
