/// A JSON value with the line and column where it starts.
///
/// `JSONDecoder` reports no positions, and a catalog edited by hand needs its errors to
/// point at a line; so JSON is read into this tree by `JSONReader` and mapped to typed
/// values by the loaders, which report against these positions.
public struct JSONNode: Sendable {
    /// The value. Numbers keep their literal text so weights like `2.75` stay exact.
    public enum Value: Sendable {
        case object([JSONMember])
        case array([JSONNode])
        case string(String)
        case number(String)
        case bool(Bool)
        case null
    }

    public var value: Value
    /// 1-based line of the value's first character.
    public var line: Int
    /// 1-based column, in characters, of the value's first character.
    public var column: Int

    public init(_ value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }

    /// The members of an object, in document order; nil for other values.
    public var members: [JSONMember]? {
        if case .object(let m) = value { return m }
        return nil
    }

    /// The elements of an array; nil for other values.
    public var elements: [JSONNode]? {
        if case .array(let e) = value { return e }
        return nil
    }

    public var stringValue: String? {
        if case .string(let s) = value { return s }
        return nil
    }

    /// The literal text of a number (`2.75`, `-1`, `1e3`).
    public var numberLiteral: String? {
        if case .number(let n) = value { return n }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let b) = value { return b }
        return nil
    }

    /// The first member with this key, when the value is an object.
    public subscript(key: String) -> JSONNode? {
        members?.first { $0.key == key }?.value
    }
}

/// One `"key": value` pair of an object, with the position of its key.
public struct JSONMember: Sendable {
    public var key: String
    public var value: JSONNode
    public var line: Int
    public var column: Int
}
