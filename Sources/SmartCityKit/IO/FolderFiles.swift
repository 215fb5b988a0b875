/// The files of some folders with one name ending, read in one go: folder by folder, in name
/// order, in parallel. What a loader parses (catalogs, rules) without touching the file system
/// itself; a missing folder has no files, a plain file in a folder's place or a folder in a
/// file's is a failure of its entry.
public struct FolderFile: Sendable {
    public var path: String
    /// Which of the folders asked for it is in (0 for the first).
    public var folder: Int
    /// The bytes, or why they could not be read.
    public var contents: Result<[UInt8], FileError>

    /// The files ending with `ending` (compared without case) of each folder.
    public static func read(_ folders: [String], ending: String) -> [FolderFile] {
        var paths: [(String, Int)] = []
        var misplaced: [FolderFile] = []
        for (index, folder) in folders.enumerated() {
            guard FileSystem.isDirectory(folder) else {
                // A plain file where the folder should be is said, not taken for "no files".
                if FileSystem.exists(folder) { misplaced.append(FolderFile(path: folder, folder: index, contents: .failure(.notADirectory(folder)))) }
                continue
            }
            let names = ((try? FileSystem.list(folder)) ?? []).filter { $0.lowercased().hasSuffix(ending) }
            paths += names.map { (FileSystem.join(folder, $0), index) }
        }
        return misplaced + paths.parallelMap { path, folder in
            if FileSystem.isDirectory(path) { return FolderFile(path: path, folder: folder, contents: .failure(.notAFile(path))) }
            return FolderFile(path: path, folder: folder, contents: Result { () throws(FileError) in try FileSystem.readBytes(path) })
        }
    }
}
