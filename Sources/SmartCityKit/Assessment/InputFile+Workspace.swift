extension InputFile {
    /// The bytes, or nil with the workspace finding that the file could not be read.
    func bytes(reportingTo diagnostics: inout [Diagnostic]) -> [UInt8]? {
        switch contents {
        case .success(let bytes): return bytes
        case .failure(let error):
            diagnostics.append(Diagnostic(.workspace(.unreadable(error)), at: Diagnostic.Location(file: path)))
            return nil
        }
    }
}
