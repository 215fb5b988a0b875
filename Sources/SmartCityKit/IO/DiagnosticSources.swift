extension DiagnosticRenderer {
    /// The text of every file the findings point at by line, for quoting the offending
    /// line. Files that cannot be read (or are larger than 16 MB) are left out: the finding
    /// is still shown, only without its quote.
    public static func sources(for diagnostics: [Diagnostic]) -> [String: String] {
        var out: [String: String] = [:]
        for d in diagnostics {
            guard let location = d.location, location.line != nil, out[location.file] == nil else { continue }
            guard let bytes = try? FileSystem.readBytes(location.file), bytes.count <= 16 << 20,
                  UTF8Validation.firstInvalidOffset(bytes) == nil else { continue }
            out[location.file] = String(decoding: bytes, as: UTF8.self)
        }
        return out
    }
}
