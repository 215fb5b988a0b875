/// One input file as the loading stage read it: its path and its bytes, or why they could not
/// be read. The stages that parse take these and never touch the file system themselves, so
/// they can equally be given files made in memory.
public struct InputFile: Sendable {
    public var path: String
    public var contents: Result<[UInt8], FileError>

    public init(path: String, contents: Result<[UInt8], FileError>) {
        self.path = path
        self.contents = contents
    }

    /// A file made in memory (tests, and a file an import creates).
    public init(path: String, bytes: [UInt8]) {
        self.init(path: path, contents: .success(bytes))
    }

    /// The file at `path`; a missing one is a `notFound` failure.
    public static func read(_ path: String) -> InputFile {
        InputFile(path: path, contents: Result { () throws(FileError) in try FileSystem.readBytes(path) })
    }

    /// The file at `path`, or nil when there is none (an optional input).
    public static func readIfPresent(_ path: String) -> InputFile? {
        FileSystem.exists(path) ? read(path) : nil
    }
}
