/// The files of some folders with one name ending, read in one go: folder by folder, in name
/// order, in parallel. What a loader parses (catalogs, rules) without touching the file system
/// itself; a missing folder has no files.
public struct FolderFile: Sendable {
    public var path: String
    /// Which of the folders asked for it is in (0 for the first).
    public var folder: Int
    /// The bytes, or why they could not be read.
    public var contents: Result<[UInt8], FileError>

    /// The files ending with `ending` (compared without case) of each folder.
    public static func read(_ folders: [String], ending: String) -> [FolderFile] {
        var paths: [(String, Int)] = []
        for (index, folder) in folders.enumerated() where FileSystem.isDirectory(folder) {
            let names = ((try? FileSystem.list(folder)) ?? []).filter { $0.lowercased().hasSuffix(ending) }
            paths += names.map { (FileSystem.join(folder, $0), index) }
        }
        return paths.parallelMap { path, folder in
            FolderFile(path: path, folder: folder, contents: Result { () throws(FileError) in try FileSystem.readBytes(path) })
        }
    }
}
