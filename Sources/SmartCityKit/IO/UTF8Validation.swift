/// UTF-8 checks for input read as text.
enum UTF8Validation {
    /// The byte offset of the first byte that is not valid UTF-8, or nil when all are.
    ///
    /// Decoding with `String(decoding:)` would silently replace bad bytes with U+FFFD; a file
    /// saved in a legacy code page must be reported instead, so it is never half-read.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
