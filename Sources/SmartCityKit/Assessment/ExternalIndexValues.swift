/// The other agencies' index results a period holds (`assessments/<period>/external-indices.csv`):
/// the city's SDI, SJIG, IPS (EPSS), SDI interoperability and IKASANDI scores.
///
/// Columns (Indonesian or English): `indeks|index` (the catalog's key, `sdi`, or its name),
/// `nilai|value` (within the index's own scale), `tanggal|date` (of the result, not after the
/// period), `sumber|source` (required: the official document or link).
public struct ExternalIndexValues: Sendable {
    public struct Entry: Sendable, Hashable {
        public var index: String
        public var value: Fraction
        public var date: CalendarDate
        public var source: String
        public var line: Int
    }

    public var file: String
    public var entries: [Entry]

    public func entry(_ key: String) -> Entry? { entries.first { $0.index == key } }

    public static func read(bytes: [UInt8], file: String, catalog: IndicatorCatalog,
                            periodDate: CalendarDate) -> (values: ExternalIndexValues?, diagnostics: [Diagnostic]) {
        let (table, csvDiagnostics) = CSVReader.read(bytes: bytes, file: file)
        guard let table else { return (nil, csvDiagnostics) }
        var diagnostics = csvDiagnostics
        let (found, missing) = table.columns([["indeks", "index"], ["nilai", "value"], ["tanggal", "date"], ["sumber", "source"]])
        guard let found else { return (nil, diagnostics + [missing].compactMap { $0 }) }
        let (k, v, t, s) = (found[0], found[1], found[2], found[3])
        var entries: [Entry] = []
        var firstLine: [String: Int] = [:]
        for row in table.rows {
            func text(_ index: Int) -> String { table.text(row, index) }
            func fail(_ index: Int, _ message: EvidenceMessage) { diagnostics.append(Diagnostic(.evidence(message), at: table.location(row, index))) }
            if [k, v, t, s].allSatisfy({ text($0).isEmpty }) { continue }
            let name = text(k).lowercased()
            guard let index = catalog.externalIndices.first(where: { $0.key == name || $0.name.id.lowercased() == name || $0.name.en.lowercased() == name }) else {
                fail(k, .unknownExternalIndex(text(k), known: catalog.externalIndices.map(\.key)))
                continue
            }
            var ok = true
            let value = EvidenceNumbers.value(text(v), decimals: 4)
            if value == nil || value! < index.minimum || index.maximum < value! {
                fail(v, .externalIndexOutOfRange(index: index.key, found: text(v), minimum: index.minimum, maximum: index.maximum))
                ok = false
            }
            let (date, problem) = EvidenceNumbers.date(text(t), notAfter: periodDate)
            if let problem { fail(t, problem); ok = false }
            if text(s).isEmpty { fail(s, .sourceRequired(index: index.key)); ok = false }
            if let first = firstLine[index.key] { fail(k, .duplicateExternalIndex(index.key, firstLine: first)); continue }
            firstLine[index.key] = row.line
            guard ok, let value, let date else { continue }
            entries.append(Entry(index: index.key, value: value, date: date, source: text(s), line: row.line))
        }
        return (ExternalIndexValues(file: file, entries: entries), diagnostics)
    }
}
