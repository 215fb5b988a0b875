/// The list of what `smartcity` wrote into an output folder, kept in the folder as
/// `.smartcity-output.json`.
///
/// It is how a later run tells its own files from the user's: only what the manifest lists
/// is ever replaced or removed, and a folder holding anything else is refused. Entries are
/// paths relative to the folder, folders with a trailing `/`, sorted by their UTF-8 bytes so
/// the same outputs give the same manifest.
public struct OutputManifest: Sendable, Equatable {
    /// The manifest's name inside the output folder.
    public static let fileName = ".smartcity-output.json"
    /// The version of the tool, recorded for whoever reads the folder later.
    public static let toolVersion = "0.1.0"
    static let format = 1

    /// Files and folders written, relative to the output folder.
    public var entries: [String]

    public init(entries: [String]) {
        self.entries = Self.sorted(entries)
    }

    /// The manifest of the files `files` (relative paths), their folders added.
    init(files: some Sequence<String>) {
        var all = Set<String>()
        for file in files {
            all.insert(file)
            var parts = file.split(separator: "/", omittingEmptySubsequences: true)
            while parts.count > 1 {
                parts.removeLast()
                all.insert(parts.joined(separator: "/") + "/")
            }
        }
        self.init(entries: Array(all))
    }

    static func sorted(_ entries: [String]) -> [String] {
        entries.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// The files among the entries.
    var files: [String] { entries.filter { !$0.hasSuffix("/") } }

    /// The manifest as written: two-space indented JSON ending with a newline.
    func rendered() -> [UInt8] {
        JSONOutput.object([
            ("format", .int(Self.format)),
            ("tool", .string("smartcity")),
            ("version", .string(Self.toolVersion)),
            ("about", .string("Files smartcity wrote in this folder. A re-run replaces exactly these; it refuses to touch anything else. / Berkas yang ditulis smartcity di folder ini. Jalankan ulang hanya mengganti berkas ini dan menolak menyentuh yang lain.")),
            ("entries", .array(entries.map { .string($0) })),
        ]).renderedBytes()
    }

    /// The manifest of `folder`: nil when it has none; `FileError.unreadableManifest` when
    /// the file is there but is not one of ours (then nothing in the folder is taken as ours).
    static func read(folder: String) throws(FileError) -> OutputManifest? {
        let path = FileSystem.join(folder, fileName)
        guard let kind = FileSystem.entryKind(path) else { return nil }
        guard kind == .file, let bytes = try? FileSystem.readBytes(path) else { throw .unreadableManifest(path) }
        let (root, diagnostics) = JSONReader.read(bytes: bytes, file: path)
        guard diagnostics.isEmpty, let root, root["tool"]?.stringValue == "smartcity",
              root["format"]?.numberLiteral == String(format), let list = root["entries"]?.elements else {
            throw .unreadableManifest(path)
        }
        var entries: [String] = []
        for node in list {
            // A path that climbs out of the folder or is absolute is never ours.
            guard let entry = node.stringValue, !entry.isEmpty, !entry.hasPrefix("/"),
                  !entry.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) else { throw .unreadableManifest(path) }
            entries.append(entry)
        }
        return OutputManifest(entries: entries)
    }
}
