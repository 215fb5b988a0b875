/// A JSON document to write, with object keys in the order given.
///
/// Outputs must be byte-identical for the same inputs; `JSONEncoder` on Linux does not
/// promise key order or number formatting, so exports are built as this value and rendered
/// by `rendered()` with fixed indentation and numbers written from their exact text.
public indirect enum JSONOutput: Sendable, Hashable {
    case object([(String, JSONOutput)])
    case array([JSONOutput])
    case string(String)
    /// A number, written exactly as this literal (`3.8222`, `45`).
    case number(String)
    case bool(Bool)
    case null

    public static func == (a: JSONOutput, b: JSONOutput) -> Bool { a.rendered() == b.rendered() }
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

    public static func int(_ n: Int) -> JSONOutput { .number(String(n)) }

    /// A level or value as exactly as it reads (`3`, `2.5`, `1.25`).
    public static func value(_ f: Fraction) -> JSONOutput { .number(f.plainText()) }

    /// A string, or null when absent.
    public static func optional(_ s: String?) -> JSONOutput { s.map { .string($0) } ?? .null }

    /// Two-space indented JSON ending with a newline.
    public func rendered() -> String {
        String(decoding: renderedBytes(), as: UTF8.self)
    }

    /// The same as UTF-8 bytes. Written into one byte buffer: exports of national size run
    /// to a hundred megabytes, where appending to a `String` piece by piece is several
    /// times slower.
    public func renderedBytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(into: &out, indent: 0)
        out.append(0x0A)
        return out
    }

    /// Array elements as they stand inside an array at `indent`, each on its own line, with
    /// a comma after each unless it is the `last` chunk's last element.
    public static func elements(_ values: [JSONOutput], indent: Int, last: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096 * values.count)
        for (i, value) in values.enumerated() {
            pad(&out, indent)
            value.write(into: &out, indent: indent)
            if !(last && i == values.count - 1) { out.append(0x2C) }
            out.append(0x0A)
        }
        return out
    }

    /// An object whose last member is an array given as pre-rendered chunks (from
    /// `elements`), so a national-size export is rendered in parallel and never held as one
    /// tree.
    public static func streamedObject(_ members: [(String, JSONOutput)], arrayKey: String, renderedElements: [[UInt8]],
                                      empty: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(renderedElements.reduce(1 << 16) { $0 + $1.count })
        out.append(contentsOf: [0x7B, 0x0A])
        for (key, value) in members {
            pad(&out, 1)
            writeString(key, into: &out)
            out.append(contentsOf: [0x3A, 0x20])
            value.write(into: &out, indent: 1)
            out.append(contentsOf: [0x2C, 0x0A])
        }
        pad(&out, 1)
        writeString(arrayKey, into: &out)
        out.append(contentsOf: [0x3A, 0x20])
        if empty {
            out.append(contentsOf: [0x5B, 0x5D])
        } else {
            out.append(contentsOf: [0x5B, 0x0A])
            for chunk in renderedElements { out.append(contentsOf: chunk) }
            pad(&out, 1)
            out.append(0x5D)
        }
        out.append(contentsOf: [0x0A, 0x7D, 0x0A])
        return out
    }

    func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .object(let members):
            if members.isEmpty { out.append(contentsOf: [0x7B, 0x7D]); return }
            out.append(contentsOf: [0x7B, 0x0A])
            for (i, (key, value)) in members.enumerated() {
                JSONOutput.pad(&out, indent + 1)
                JSONOutput.writeString(key, into: &out)
                out.append(contentsOf: [0x3A, 0x20])
                value.write(into: &out, indent: indent + 1)
                if i < members.count - 1 { out.append(0x2C) }
                out.append(0x0A)
            }
            JSONOutput.pad(&out, indent)
            out.append(0x7D)
        case .array(let elements):
            if elements.isEmpty { out.append(contentsOf: [0x5B, 0x5D]); return }
            if elements.allSatisfy(\.isScalar) {
                out.append(0x5B)
                for (i, e) in elements.enumerated() {
                    if i > 0 { out.append(contentsOf: [0x2C, 0x20]) }
                    e.write(into: &out, indent: indent)
                }
                out.append(0x5D)
                return
            }
            out.append(contentsOf: [0x5B, 0x0A])
            for (i, e) in elements.enumerated() {
                JSONOutput.pad(&out, indent + 1)
                e.write(into: &out, indent: indent + 1)
                if i < elements.count - 1 { out.append(0x2C) }
                out.append(0x0A)
            }
            JSONOutput.pad(&out, indent)
            out.append(0x5D)
        case .string(let s): JSONOutput.writeString(s, into: &out)
        case .number(let n): out.append(contentsOf: n.utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        }
    }

    static func pad(_ out: inout [UInt8], _ indent: Int) {
        for _ in 0..<(indent * 2) { out.append(0x20) }
    }

    var isScalar: Bool {
        switch self {
        case .object, .array: return false
        default: return true
        }
    }

    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        for byte in s.utf8 {
            switch byte {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            case 0..<0x20:
                let hex = Array(String(byte, radix: 16, uppercase: true).utf8)
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30] + (hex.count == 1 ? [0x30] + hex : hex))
            default: out.append(byte)
            }
        }
        out.append(0x22)
    }
}
