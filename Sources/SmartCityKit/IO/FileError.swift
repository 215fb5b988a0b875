/// A failure of the run itself: a file that cannot be read or written.
///
/// Unlike findings about the content, these stop the step that needs the file; they are
/// still turned into diagnostics so the user sees them with the rest.
public enum FileError: Error, Sendable, Hashable {
    case notFound(String)
    case notReadable(String)
    case notWritable(String, reason: String)
    case notADirectory(String)
    /// A folder where a data file is expected (`dinkes.csv/`).
    case notAFile(String)
    /// An input larger than `FileSystem.largestInput`, refused before it is read.
    case tooLarge(String, size: Int, limit: Int)
    /// A folder that must be new or empty (`init`) already holds files.
    case notEmpty(String)
    /// An output folder that holds files but no manifest: not written by `smartcity`.
    case notOurOutput(String)
    /// An output folder holding entries its manifest does not list (relative paths).
    case foreignEntries(String, entries: [String])
    /// A manifest (`.smartcity-output.json`) that is not one `smartcity` wrote.
    case unreadableManifest(String)
    /// An output file's name taken by something `smartcity` did not write.
    case notOurFile(String)

    /// The path the failure is about.
    public var path: String {
        switch self {
        case .notFound(let p), .notReadable(let p), .notADirectory(let p), .notAFile(let p), .tooLarge(let p, _, _), .notWritable(let p, _), .notEmpty(let p),
             .notOurOutput(let p), .foreignEntries(let p, _), .unreadableManifest(let p),
             .notOurFile(let p): return p
        }
    }

    /// The same failure about the path `transform` makes of this one's (a staging path shown
    /// as the final one).
    func mapPath(_ transform: (String) -> String) -> FileError {
        switch self {
        case .notFound(let p): return .notFound(transform(p))
        case .notReadable(let p): return .notReadable(transform(p))
        case .notWritable(let p, let reason): return .notWritable(transform(p), reason: reason)
        case .notADirectory(let p): return .notADirectory(transform(p))
        case .notAFile(let p): return .notAFile(transform(p))
        case .tooLarge(let p, let size, let limit): return .tooLarge(transform(p), size: size, limit: limit)
        case .notEmpty(let p): return .notEmpty(transform(p))
        case .notOurOutput(let p): return .notOurOutput(transform(p))
        case .foreignEntries(let p, let entries): return .foreignEntries(transform(p), entries: entries)
        case .unreadableManifest(let p): return .unreadableManifest(transform(p))
        case .notOurFile(let p): return .notOurFile(transform(p))
        }
    }

    public func text(_ l: Language) -> String {
        switch self {
        case .notFound(let p):
            return l.pick(id: "berkas atau folder \"\(p)\" tidak ditemukan", en: "file or folder \"\(p)\" not found")
        case .notReadable(let p):
            return l.pick(id: "\"\(p)\" tidak dapat dibaca", en: "\"\(p)\" cannot be read")
        case .notWritable(let p, let reason):
            return l.pick(id: "\"\(p)\" tidak dapat ditulis (\(reason))", en: "\"\(p)\" cannot be written (\(reason))")
        case .notADirectory(let p):
            return l.pick(id: "\"\(p)\" bukan folder", en: "\"\(p)\" is not a folder")
        case .tooLarge(let p, let size, let limit):
            return l.pick(id: "\"\(p)\" terlalu besar untuk dibaca (\(l.grouped(size >> 20)) MiB; paling besar \(l.grouped(limit >> 20)) MiB)",
                          en: "\"\(p)\" is too large to read (\(l.grouped(size >> 20)) MiB; at most \(l.grouped(limit >> 20)) MiB)")
        case .notAFile(let p):
            return l.pick(id: "\"\(p)\" adalah folder, padahal di sini diharapkan berkas data; pindahkan isinya dan ganti folder itu dengan berkasnya",
                          en: "\"\(p)\" is a folder where a data file is expected; move its contents and put the file in its place")
        case .notEmpty(let p):
            return l.pick(id: "folder \"\(p)\" sudah berisi berkas; ruang kerja baru hanya dibuat di folder baru atau kosong, tidak ada yang ditimpa",
                          en: "folder \"\(p)\" already holds files; a new workspace is made only in a new or empty folder, nothing is overwritten")
        case .notOurOutput(let p):
            return l.pick(id: "folder \"\(p)\" sudah berisi berkas yang tidak ditulis smartcity (tidak ada \(OutputManifest.fileName)); tidak ada yang ditimpa atau dihapus. Pilih folder baru atau kosong untuk --out, atau pindahkan isinya",
                          en: "folder \"\(p)\" already holds files smartcity did not write (there is no \(OutputManifest.fileName)); nothing was replaced or removed. Choose a new or empty folder for --out, or move its contents elsewhere")
        case .foreignEntries(let p, let entries):
            let shown = entries.prefix(10).map { "\"\(FileSystem.join(p, $0))\"" }.joined(separator: ", ")
            let more = entries.count > 10 ? l.pick(id: " dan \(entries.count - 10) lainnya", en: " and \(entries.count - 10) more") : ""
            return l.pick(id: "folder keluaran \"\(p)\" berisi \(shown)\(more), yang tidak ditulis smartcity; tidak ada yang ditimpa atau dihapus. Pindahkan itu ke tempat lain atau pilih folder lain untuk --out",
                          en: "output folder \"\(p)\" holds \(shown)\(more), which smartcity did not write; nothing was replaced or removed. Move it elsewhere or choose another folder for --out")
        case .notOurFile(let p):
            return l.pick(id: "\"\(p)\" sudah ada dan bukan berkas yang ditulis smartcity; tidak ditimpa. Pilih nama lain untuk --out",
                          en: "\"\(p)\" already exists and is not a file smartcity wrote; it was not replaced. Choose another name for --out")
        case .unreadableManifest(let p):
            return l.pick(id: "\"\(p)\" bukan daftar keluaran yang ditulis smartcity; folder ini tidak disentuh",
                          en: "\"\(p)\" is not an output list written by smartcity; the folder was left untouched")
        }
    }
}
