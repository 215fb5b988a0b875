/// Writes offline forms (`smartcity form`): one file, or a folder of them.
public enum FormOutputs {
    /// The file name of an OPD's form in a folder of forms.
    public static func fileName(opd: String, mode: AssessmentForm.Mode) -> String {
        "\(opd)\(mode == .assessor ? "-asesor" : "").html"
    }

    /// Where `--out` puts one OPD's form: into a folder given as one (a trailing `/`, or a
    /// folder that exists) under the form's usual name; else at `out`, with `.html` added
    /// when the name has no such ending.
    public static func fileTarget(_ out: String, opd: String, mode: AssessmentForm.Mode) -> String {
        if out.hasSuffix("/") || FileSystem.entryKind(out) == .directory {
            return FileSystem.join(out.hasSuffix("/") && out.count > 1 ? String(out.dropLast()) : out, fileName(opd: opd, mode: mode))
        }
        let lower = out.lowercased()
        return lower.hasSuffix(".html") || lower.hasSuffix(".htm") ? out : out + ".html"
    }

    /// Writes one form to the file `out`, atomically; an existing file is replaced only
    /// when it is a form `smartcity` wrote (`AssessmentForm.isForm`).
    public static func write(_ html: String, toFile out: String) throws(FileError) {
        switch FileSystem.entryKind(out) {
        case nil: break
        case .file?:
            guard let bytes = try? FileSystem.readBytes(out), AssessmentForm.isForm(bytes) else { throw .notOurFile(out) }
        default: throw .notOurFile(out)
        }
        try FileSystem.writeAtomically(html, to: out)
    }

    /// Writes the forms of `mode` into the folder `out` as one output (`OutputFolder`): the
    /// forms of the other mode written there earlier are kept, earlier forms of this mode
    /// replaced (an OPD no longer listed loses its form).
    public static func write(_ forms: [(opd: String, html: String)], mode: AssessmentForm.Mode,
                             toFolder out: String) -> (written: [String], failure: FileError?) {
        let assessor = mode == .assessor
        let scope = OutputFolder.Scope { $0.hasSuffix("-asesor.html") == assessor }
        return OutputFolder.writing(out, replacing: scope) { folder in
            var written: [String] = []
            for (opd, html) in forms {
                let name = fileName(opd: opd, mode: mode)
                do throws(FileError) { try folder.write(html, at: name) } catch { return (written, error) }
                written.append(FileSystem.join(out, name))
            }
            return (written, nil)
        }
    }
}
