/// Escaping of model text for HTML, and the one decision of which link targets a report may
/// point to, shared by the HTML and Markdown renderers.
enum HTMLEscaping {
    /// `text` with the five characters that can end a text run or an attribute value
    /// (`& < > " '`) replaced by character references; safe in element content and in
    /// double- or single-quoted attribute values alike.
    ///
    /// Cost: one pass over the UTF-8 of `text`; the common case (nothing to escape) returns
    /// the string unchanged.
    static func escape(_ text: String) -> String {
        // Control characters (other than tab and line ends) are not allowed in XML, and so not
        // in the SVG inside our pages: they are dropped with the escaping.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 < 0x20 || $0 == 0xEF }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(c)
            default:
                if c.value < 0x20 || c.value == 0xFFFE || c.value == 0xFFFF { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Appends the escaped UTF-8 of `text` to `out`: the same bytes as `escape(text)`.
    ///
    /// Works on bytes: the five escaped characters and the dropped controls are ASCII, and
    /// U+FFFE / U+FFFF are the only scalars encoded `EF BF BE` / `EF BF BF`.
    static func escape(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                let replacement: StaticString?
                var skip = 1
                switch b {
                case 0x26: replacement = "&amp;"
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x22: replacement = "&quot;"
                case 0x27: replacement = "&#39;"
                case 0x09, 0x0A, 0x0D:
                    i += 1
                    continue
                case 0x00..<0x20: replacement = ""
                case 0xEF where i + 2 < n && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF):
                    replacement = ""
                    skip = 3
                default:
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                if let replacement { replacement.withUTF8Buffer { out.append(contentsOf: $0) } }
                i += skip
                start = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<n]))
        }
    }

    /// A heading anchor as an `id`: ASCII letters lowered, then only `a-z`, `0-9` and `-`
    /// kept, so an anchor can neither break out of the attribute nor need escaping in a URL.
    static func anchor(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.compactMap { c -> Unicode.Scalar? in
            switch c {
            case "a"..."z", "0"..."9", "-": return c
            case "A"..."Z": return Unicode.Scalar(c.value + 32)
            default: return nil
            }
        }))
    }
}

/// Where a link of a report may point: decided once here, so the HTML and the Markdown of a
/// page link the same things.
///
/// Only two kinds are links: web addresses (`http://`, `https://`, case-insensitive, after
/// trimming surrounding whitespace) — evidence documents, regulations — and relative paths
/// inside the report set (`opd/dinkes.html`, `../index.html`, `#gaps`, `?q`), which keep
/// working when the folder is copied to a USB stick. Everything else (`javascript:`,
/// `data:`, `file:`, `vbscript:`, `mailto:`, protocol-relative `//host`, root paths `/x`)
/// is shown as plain text: the model's texts come from spreadsheets anyone can edit.
enum LinkTarget: Sendable, Hashable {
    /// An `http(s)` address (trimmed), opened with `rel="noopener noreferrer"`.
    case external(String)
    /// A path relative to the page (trimmed).
    case relative(String)

    /// The target `url` may be linked to, or nil when it must be shown as text.
    ///
    /// Relative paths are refused when they could be read as something else by a browser:
    /// a `:` before the first `/` (a scheme such as `java\tscript:`), a leading `/` (root or
    /// protocol-relative), any `\` (browsers read it as `/`), whitespace or control
    /// characters (browsers drop tabs and newlines inside URLs). Web addresses are refused
    /// when they hold control characters or nothing after the `//`.
    init?(_ url: String) {
        // Decided on the UTF-8 bytes: every character the rules name is ASCII, and each page
        // asks this for every evidence link it shows.
        let trimmed = Self.trimmed(url)
        let bytes = trimmed.utf8
        guard !bytes.isEmpty, !bytes.contains(where: { $0 < 0x20 || $0 == 0x7F }) else { return nil }
        for scheme in ["http://", "https://"] where Self.hasPrefixIgnoringASCIICase(bytes, scheme) {
            guard bytes.count > scheme.utf8.count else { return nil }
            self = .external(trimmed)
            return
        }
        let beforeSlash = bytes.prefix { $0 != 0x2F }
        guard !beforeSlash.contains(0x3A), bytes.first != 0x2F, !bytes.contains(0x5C) else { return nil }
        // ASCII whitespace other than the space is a control, refused above; other
        // whitespace (no-break and typographic spaces) needs the scalar's properties.
        if bytes.contains(0x20) { return nil }
        if bytes.contains(where: { $0 >= 0x80 }), trimmed.unicodeScalars.contains(where: { $0.properties.isWhitespace }) { return nil }
        self = .relative(trimmed)
    }

    private static func hasPrefixIgnoringASCIICase(_ bytes: String.UTF8View, _ prefix: String) -> Bool {
        var i = bytes.startIndex
        for p in prefix.utf8 {
            guard i != bytes.endIndex else { return false }
            let b = bytes[i]
            guard b == p || (b >= 0x41 && b <= 0x5A && b + 0x20 == p) else { return false }
            i = bytes.index(after: i)
        }
        return true
    }

    /// `url` without leading and trailing spaces, tabs, newlines, form feeds and carriage
    /// returns: what a browser strips from an `href` before reading its scheme.
    private static func trimmed(_ url: String) -> String {
        let bytes = url.utf8
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        if first == bytes.startIndex, bytes.index(after: last) == bytes.endIndex { return url }
        return String(url[first...last])
    }

    /// The address to write in `href` (not yet escaped).
    var url: String {
        switch self {
        case .external(let url), .relative(let url): return url
        }
    }
}
