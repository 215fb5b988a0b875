/// The rule files of a run, read and parsed once: the national rules
/// (`<indicators>/rules/`, layer 0) and the workspace's (`<workspace>/rules/`, layer 1).
/// `RuleLoader.bind` turns them into a `RuleSet` for each method's catalogs, so a run with an
/// SPBE and a Pemdi period reads every file once and reports its syntax errors once.
public struct RuleSources: Sendable {
    /// One rule file, parsed.
    public struct File: Sendable {
        public var path: String
        /// 0 national, 1 workspace: a later layer's rule replaces an earlier one with its id.
        public var layer: Int
        /// Nil when the file could not be read or is not JSON (already reported).
        var root: JSONNode?
        /// The file's lines, for the columns of expression errors.
        var lines: [Substring]
    }

    public var files: [File] = []

    /// The layers present, lowest first.
    var layers: [Int] { Array(Set(files.map(\.layer))).sorted() }

    /// Reads every `.json` file of each directory (a missing directory has none), in name
    /// order, with read and syntax errors at their position.
    public static func read(directories: [String]) -> (RuleSources, [Diagnostic]) {
        let read = FolderFile.read(directories, ending: ".json").parallelMap { file -> (File, [Diagnostic]) in
            switch file.contents {
            case .failure(let error):
                return (File(path: file.path, layer: file.folder, root: nil, lines: []),
                        [Diagnostic(.workspace(.unreadable(error)), at: Diagnostic.Location(file: file.path))])
            case .success(let bytes):
                let (root, diagnostics) = JSONReader.read(bytes: bytes, file: file.path)
                let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                return (File(path: file.path, layer: file.folder, root: root, lines: lines), diagnostics)
            }
        }
        return (RuleSources(files: read.map(\.0)), read.flatMap(\.1))
    }
}
