/// Reads typed values out of a positioned JSON tree, recording a diagnostic with file, line,
/// column and JSON path for every missing key, wrong type and unknown key.
///
/// Catalogs, policies and workspace settings are all read through it, so a typo anywhere is
/// reported the same way, and all problems of a file are reported together.
final class JSONContext {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    /// Parses a JSON file and reads its root with `read`: the value, or nil when the file has
    /// any error, with every finding of the parse and of the read.
    static func load<Value>(bytes: [UInt8], file: String, _ read: (JSONNode, JSONContext) -> Value?) -> (Value?, [Diagnostic]) {
        let (root, parseDiagnostics) = JSONReader.read(bytes: bytes, file: file)
        guard let root else { return (nil, parseDiagnostics) }
        let context = JSONContext(file: file)
        let value = read(root, context)
        let diagnostics = parseDiagnostics + context.diagnostics
        return (diagnostics.hasErrors ? nil : value, diagnostics)
    }

    func report(_ message: CatalogMessage, at node: JSONNode?, path: String, severity: Diagnostic.Severity? = nil) {
        let location = Diagnostic.Location(
            file: file, line: node?.line, column: node?.column, context: path.isEmpty ? nil : .jsonPath(path))
        diagnostics.append(Diagnostic(.catalog(message), at: location, severity: severity))
    }

    func report(_ message: CatalogMessage, line: Int, column: Int, path: String) {
        diagnostics.append(Diagnostic(
            .catalog(message),
            at: Diagnostic.Location(file: file, line: line, column: column, context: .jsonPath(path))))
    }

    func report(_ message: RuleMessage, line: Int?, column: Int?, path: String) {
        diagnostics.append(Diagnostic(
            .rules(message), at: Diagnostic.Location(file: file, line: line, column: column, context: path.isEmpty ? nil : .jsonPath(path))))
    }

    var hasErrors: Bool { diagnostics.hasErrors }

    /// The node as an object with only `known` keys expected; nil (with a diagnostic) when it
    /// is not an object.
    func object(_ node: JSONNode, path: String, known: [String]) -> JSONObjectView? {
        guard let members = node.members else {
            report(.wrongType(found: ExpectedValue.kind(of: node), expected: .object), at: node, path: path)
            return nil
        }
        var byKey: [String: JSONNode] = [:]
        for member in members {
            if byKey[member.key] == nil { byKey[member.key] = member.value }
            if !known.contains(member.key) {
                report(.unknownKey(member.key, suggestion: Suggestion.closest(to: member.key, in: known)),
                       line: member.line, column: member.column, path: JSONContext.join(path, member.key))
            }
        }
        return JSONObjectView(context: self, node: node, path: path, members: byKey)
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }
}

/// An object being read, with typed accessors that report what they cannot read.
struct JSONObjectView {
    let context: JSONContext
    let node: JSONNode
    let path: String
    let members: [String: JSONNode]

    func has(_ key: String) -> Bool { members[key] != nil }

    func path(_ key: String) -> String { JSONContext.join(path, key) }

    /// The member, or nil with a "missing key" diagnostic when required.
    func node(_ key: String, required: Bool = true) -> JSONNode? {
        if let n = members[key] { return n }
        if required { context.report(.missingKey(key), at: node, path: path) }
        return nil
    }

    func string(_ key: String, required: Bool = true) -> String? {
        guard let n = node(key, required: required) else { return nil }
        guard let s = n.stringValue else {
            context.report(.wrongType(found: ExpectedValue.kind(of: n), expected: .string), at: n, path: path(key))
            return nil
        }
        if s.trimmingSpaces().isEmpty {
            context.report(.emptyValue, at: n, path: path(key))
            return nil
        }
        return s
    }

    /// An id (`OPDListReader.isValidID`): it becomes part of file names, calendar UIDs and
    /// page links, so it is held to the same safe character set as an OPD's.
    func id(_ key: String, required: Bool = true) -> String? {
        guard let s = string(key, required: required) else { return nil }
        guard OPDListReader.isValidID(s) else {
            context.report(.invalidID(s), at: members[key], path: path(key))
            return nil
        }
        return s
    }

    func word(_ key: String, oneOf allowed: [String], required: Bool = true) -> String? {
        guard let s = string(key, required: required) else { return nil }
        guard allowed.contains(s) else {
            context.report(.notOneOf(found: s, allowed: allowed), at: members[key], path: path(key))
            return nil
        }
        return s
    }

    func text(_ key: String, required: Bool = true) -> LocalizedText? {
        guard let n = node(key, required: required) else { return nil }
        return JSONObjectView.text(n, path: path(key), context: context)
    }

    static func text(_ n: JSONNode, path: String, context: JSONContext) -> LocalizedText? {
        guard let view = context.object(n, path: path, known: ["id", "en"]) else { return nil }
        var sides: [String] = []
        for language in Language.allCases {
            guard let side = view.node(language.rawValue, required: false) else {
                context.report(.missingTranslation(language), at: n, path: path)
                return nil
            }
            guard let s = side.stringValue, !s.trimmingSpaces().isEmpty else {
                context.report(.missingTranslation(language), at: side, path: view.path(language.rawValue))
                return nil
            }
            sides.append(s)
        }
        return LocalizedText(id: sides[0], en: sides[1])
    }

    func decimal(_ key: String, required: Bool = true) -> Fraction? {
        guard let n = node(key, required: required) else { return nil }
        guard let literal = n.numberLiteral else {
            context.report(.wrongType(found: ExpectedValue.kind(of: n), expected: .number), at: n, path: path(key))
            return nil
        }
        // At most four decimals: weights and thresholds are written that way, and it bounds
        // every denominator so exact sums cannot overflow.
        guard let value = Fraction(decimal: literal), Fraction.decimals(of: literal) <= 4 else {
            context.report(.unsupportedNumber(literal), at: n, path: path(key))
            return nil
        }
        return value
    }

    func int(_ key: String, required: Bool = true) -> Int? {
        guard let n = node(key, required: required) else { return nil }
        guard let literal = n.numberLiteral, let value = Int(literal) else {
            context.report(.wrongType(found: ExpectedValue.kind(of: n), expected: .wholeNumber), at: n, path: path(key))
            return nil
        }
        return value
    }

    /// Checks `format` (when `required`, or when the file gives one) against the one version
    /// this build reads: a file written for another version is reported, not half understood.
    func checkFormat(_ supported: Int, required: Bool = false) {
        if let format = int("format", required: required), format != supported {
            context.report(.unsupportedFormat(found: format, supported: supported), at: members["format"], path: path("format"))
        }
    }

    /// A whole number in `range`; one outside it is reported with the range and not returned.
    func int(_ key: String, in range: ClosedRange<Int>, required: Bool = true) -> Int? {
        guard let value = int(key, required: required) else { return nil }
        guard range.contains(value) else {
            context.report(.thresholdOutOfRange(found: Fraction(value), range: "\(range.lowerBound)–\(range.upperBound)"), at: members[key], path: path(key))
            return nil
        }
        return value
    }

    func bool(_ key: String, required: Bool = true) -> Bool? {
        guard let n = node(key, required: required) else { return nil }
        guard let value = n.boolValue else {
            context.report(.wrongType(found: ExpectedValue.kind(of: n), expected: .bool), at: n, path: path(key))
            return nil
        }
        return value
    }

    func date(_ key: String, required: Bool = true) -> CalendarDate? {
        guard let s = string(key, required: required) else { return nil }
        guard let d = CalendarDate(iso: s) else {
            context.report(.invalidDate(s), at: members[key], path: path(key))
            return nil
        }
        return d
    }

    /// The elements of an array member, each with its path (`groups[2]`).
    func array(_ key: String, required: Bool = true) -> [(node: JSONNode, path: String)]? {
        guard let n = node(key, required: required) else { return nil }
        guard let elements = n.elements else {
            context.report(.wrongType(found: ExpectedValue.kind(of: n), expected: .array), at: n, path: path(key))
            return nil
        }
        return elements.enumerated().map { ($0.element, "\(path(key))[\($0.offset)]") }
    }

    func object(_ key: String, known: [String], required: Bool = true) -> JSONObjectView? {
        guard let n = node(key, required: required) else { return nil }
        return context.object(n, path: path(key), known: known)
    }

    /// Texts in an array member (catalog notes).
    func texts(_ key: String, required: Bool = true) -> [LocalizedText] {
        (array(key, required: required) ?? []).compactMap { JSONObjectView.text($0.node, path: $0.path, context: context) }
    }
}

/// "Did you mean …?" for misspelt keys, ids, commands and options.
public enum Suggestion {
    /// The closest candidate within an edit distance of a third of the word (at least 1, or
    /// 2 for words of four letters or more, so a swapped pair is caught; at most 3), or nil.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let limit = max(word.count >= 4 ? 2 : 1, min(3, word.count / 3))
        var best: (String, Int)?
        for c in candidates {
            let d = distance(word.lowercased(), c.lowercased())
            if d <= limit, best == nil || d < best!.1 { best = (c, d) }
        }
        return best?.0
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
