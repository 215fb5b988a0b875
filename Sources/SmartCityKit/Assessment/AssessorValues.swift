/// The values an external assessor set inside a band (`assessments/<period>/assessor-values.csv`),
/// which replace the value rule's where given.
///
/// Columns (Indonesian or English): `indikator|indicator` (any code the method accepts:
/// `PEMDI-01`, `I1`, `1.1`), `nilai|value` (`1,30` or `1.30`, at most two decimals),
/// `alasan|reason` (required). Whether the value lies in the band the evidence reaches is
/// checked when the values are formed.
public struct AssessorValues: Sendable {
    public struct Entry: Sendable, Hashable {
        /// The indicator's position in the method's catalog.
        public var position: Int
        public var value: Fraction
        public var reason: String
        public var file: String
        public var line: Int
        public var column: Int?
        /// The value column's header, for messages.
        public var field: String
        /// The line the row starts on (a cell before the value may span lines).
        public var rowLine: Int = 0
    }

    public var file: String
    public var entries: [Entry]

    public func entry(_ position: Int) -> Entry? { entries.first { $0.position == position } }

    /// The file's columns, by their accepted header names, in the order a new file gets them.
    static let columns: [ColumnSpec] = [
        ColumnSpec(key: "indicator", aliases: ["indikator", "indicator"], required: true),
        ColumnSpec(key: "value", aliases: ["nilai", "value", "nilai asesor", "assessor value"], required: true),
        ColumnSpec(key: "reason", aliases: ["alasan", "reason"], required: true),
    ]

    public static func read(bytes: [UInt8], file: String, catalog: IndicatorCatalog) -> (values: AssessorValues?, diagnostics: [Diagnostic]) {
        let (table, csvDiagnostics) = CSVReader.read(bytes: bytes, file: file)
        guard let table else { return (nil, csvDiagnostics) }
        var diagnostics = csvDiagnostics
        let (found, missing) = table.columns(columns.map(\.aliases))
        guard let found else { return (nil, diagnostics + [missing].compactMap { $0 }) }
        let (i, v, r) = (found[0], found[1], found[2])
        var entries: [Entry] = []
        var firstLine: [Int: Int] = [:]
        for row in table.rows {
            func text(_ index: Int) -> String { table.text(row, index) }
            func fail(_ index: Int, _ message: EvidenceMessage) { diagnostics.append(Diagnostic(.evidence(message), at: table.location(row, index))) }
            if [i, v, r].allSatisfy({ text($0).isEmpty }) { continue }
            guard let position = catalog.position(of: text(i)) else {
                fail(i, .unknownIndicator(text(i), suggestion: Suggestion.closest(to: text(i), in: catalog.indicators.map(\.id))))
                continue
            }
            let indicator = catalog.indicators[position]
            guard indicator.external == nil else { fail(i, .assessorValueForExternalIndicator(indicator: indicator.id)); continue }
            guard let value = EvidenceNumbers.value(text(v), decimals: 2) else { fail(v, .invalidValue(text(v), expected: catalog.valueScale.span(.id))); continue }
            guard !text(r).isEmpty else { fail(r, .reasonRequired(indicator: indicator.id)); continue }
            if let first = firstLine[position] { fail(i, .duplicateIndicator(indicator.id, firstLine: first)); continue }
            firstLine[position] = row.line
            entries.append(Entry(position: position, value: value, reason: text(r), file: file, line: row[v]?.line ?? row.line,
                                 column: row[v]?.column, field: table.header[v].value, rowLine: row.line))
        }
        return (AssessorValues(file: file, entries: entries), diagnostics)
    }
}

/// Cells as people type them in the evidence files.
enum EvidenceNumbers {
    /// A date `YYYY-MM-DD` on or before the period's date, or why not.
    static func date(_ text: String, notAfter periodDate: CalendarDate) -> (date: CalendarDate?, problem: EvidenceMessage?) {
        guard let date = CalendarDate(iso: text) else { return (nil, .invalidDate(text)) }
        if periodDate < date { return (nil, .dateAfterPeriod(date: date.description, period: periodDate.description)) }
        return (date, nil)
    }

    /// A number: `1,30` or `1.30`, no thousands separators.
    static func value(_ text: String, decimals: Int) -> Fraction? {
        let literal = String(text.map { $0 == "," ? "." : $0 })
        guard !literal.isEmpty, literal.allSatisfy({ $0.isASCIIDigit || $0 == "." }), literal.filter({ $0 == "." }).count <= 1,
              Fraction.decimals(of: literal) <= decimals else { return nil }
        return Fraction(decimal: literal)
    }
}
