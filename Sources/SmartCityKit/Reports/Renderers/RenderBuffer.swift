/// The UTF-8 bytes of a page as a renderer writes it.
///
/// Renderers append their pieces here in place instead of building a `String` per line and
/// joining them: for a national run (46,000 pages) the intermediate strings were the largest
/// cost after the pages' content itself. The bytes go to the file as they are.
struct RenderBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends `text` as it is.
    mutating func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends `text`, then a line end.
    mutating func line(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        bytes.append(0x0A)
    }

    mutating func newline() { bytes.append(0x0A) }

    /// Appends `text` escaped for HTML element content and attribute values: the bytes
    /// `HTMLEscaping.escape` gives, without building the string.
    mutating func escaped(_ text: String) {
        HTMLEscaping.escape(text, into: &bytes)
    }

    /// The bytes as a string (for tests and callers that want text).
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
