/// A failure of the run itself: a file that cannot be read or written.
///
/// Unlike findings about the content, these stop the step that needs the file; they are
/// still turned into diagnostics so the user sees them with the rest.
public enum FileError: Error, Sendable, Hashable {
    case notFound(String)
    case notReadable(String)
    case notWritable(String, reason: String)
    case notADirectory(String)
    /// A folder that must be new or empty (`init`) already holds files.
    case notEmpty(String)

    /// The path the failure is about.
    public var path: String {
        switch self {
        case .notFound(let p), .notReadable(let p), .notADirectory(let p), .notWritable(let p, _), .notEmpty(let p): return p
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
        case .notEmpty(let p):
            return l.pick(id: "folder \"\(p)\" sudah berisi berkas; ruang kerja baru hanya dibuat di folder baru atau kosong, tidak ada yang ditimpa",
                          en: "folder \"\(p)\" already holds files; a new workspace is made only in a new or empty folder, nothing is overwritten")
        }
    }
}
