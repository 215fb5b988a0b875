/// One answer or service file of a period, read and validated on its own so that files can
/// be read in parallel and merged in a fixed order afterwards.
struct AssessmentFile: Sendable {
    enum Content: Sendable { case answers, services }

    /// A file to read: its path and what its name says.
    struct Source: Sendable {
        var path: String
        var content: Content
        /// The file name without extension: the OPD id when the file has no `opd` column.
        var stem: String
        var isJSON: Bool
    }

    var source: Source
    var answers: [(opd: Int, answer: Answer)] = []
    var services: [(opd: Int, service: ServiceRecord)] = []
    /// OPDs the file speaks for (even with no valid row), to tell "not assessed" apart.
    var opdsNamed: Set<Int> = []
    /// Indicators named by rows with a bad value: answered, though not usably.
    var invalid: [(opd: Int, indicator: IndicatorRef)] = []
    var diagnostics: [Diagnostic] = []

    static func read(_ source: Source, file: InputFile, opdIndex: [String: Int], catalogs: CatalogSet) -> AssessmentFile {
        var result = AssessmentFile(source: source)
        guard let bytes = file.bytes(reportingTo: &result.diagnostics) else { return result }
        let rows: [RawRow]
        let hasOPDColumn: Bool
        let specs = source.content == .answers ? AnswerRows.answerColumns : AnswerRows.serviceColumns
        if source.isJSON {
            (rows, hasOPDColumn) = jsonRows(bytes, source: source, specs: specs, into: &result.diagnostics)
        } else {
            let (table, readDiagnostics) = CSVReader.read(bytes: bytes, file: source.path)
            result.diagnostics += readDiagnostics
            guard let table else { return result }
            let converted = table.rawRows(specs, opdAliases: AnswerRows.opdAliases)
            result.diagnostics += converted.diagnostics
            (rows, hasOPDColumn) = (converted.rows, converted.hasOPDColumn)
        }
        let fileOPD = opdIndex[source.stem.lowercased()]
        if !hasOPDColumn {
            guard let fileOPD else {
                result.diagnostics.append(Diagnostic(.workspace(.fileNameNotOPD(file: source.stem)), at: Diagnostic.Location(file: source.path)))
                return result
            }
            result.opdsNamed.insert(fileOPD)
        }
        for row in rows {
            var opd = fileOPD
            if hasOPDColumn {
                guard let cell = row.opd, !cell.isBlank else {
                    result.diagnostics.append(Diagnostic(.workspace(.missingValue(column: "opd")),
                                                         at: row.opd?.location(source.path) ?? Diagnostic.Location(file: source.path, line: row.line)))
                    continue
                }
                let id = cell.text.trimmingSpaces().lowercased()
                guard let index = opdIndex[id] else {
                    let hint = Suggestion.closest(to: id, in: Array(opdIndex.keys).sorted())
                    result.diagnostics.append(Diagnostic(.workspace(.unknownOPD(id, suggestion: hint)), at: cell.location(source.path)))
                    continue
                }
                opd = index
                result.opdsNamed.insert(index)
            }
            guard let opd else { continue }
            switch source.content {
            case .answers:
                var invalid: IndicatorRef?
                if let a = AnswerRows.answer(row, file: source.path, catalogs: catalogs, invalid: &invalid, into: &result.diagnostics) {
                    result.answers.append((opd, a))
                }
                if let invalid { result.invalid.append((opd, invalid)) }
            case .services:
                if let s = AnswerRows.service(row, file: source.path, stages: catalogs.stages, into: &result.diagnostics) {
                    result.services.append((opd, s))
                }
            }
        }
        return result
    }

    /// `{"opd": "dinkes", "answers": [{…}], "services": [{…}]}`: a JSON file may carry both
    /// answers and services; `content` says which of the two this read takes.
    static func jsonRows(_ bytes: [UInt8], source: Source, specs: [ColumnSpec], into diagnostics: inout [Diagnostic]) -> ([RawRow], Bool) {
        let (root, parseDiagnostics) = JSONReader.read(bytes: bytes, file: source.path)
        diagnostics += parseDiagnostics
        guard let root else { return ([], false) }
        let context = JSONContext(file: source.path)
        defer { diagnostics += context.diagnostics }
        guard let top = context.object(root, path: "", known: ["format", "opd", "answers", "services"]) else { return ([], false) }
        top.checkFormat(1)
        let topOPD = top.members["opd"].flatMap { n in n.stringValue.map { RawCell(text: $0, line: n.line, column: n.column, context: .jsonPath("opd")) } }
        let key = source.content == .answers ? "answers" : "services"
        let elementKeys = source.content == .answers
            ? ["opd", "indicator", "self", "verified", "evidence", "note"]
            : ["opd", "service", "stage", "usersPerYear", "note"]
        var rows: [RawRow] = []
        for (node, path) in top.array(key, required: false) ?? [] {
            guard context.object(node, path: path, known: elementKeys) != nil else { continue }
            let cells = elementKeys.dropFirst().map { node.rawCell($0, path: path) }
            rows.append(RawRow(line: node.line, column: node.column, opd: node.rawCell("opd", path: path) ?? topOPD, cells: cells))
        }
        return (rows, topOPD != nil || rows.contains { $0.opd != nil })
    }
}
