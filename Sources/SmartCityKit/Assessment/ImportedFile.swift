/// A file given to `smartcity import`, read and validated on its own: answers or services in
/// the workspace's own format, or an OPD's evidence items or assessor values as the offline
/// form exports them, plus optional columns saying who made each change and when.
///
/// The OPD of a row is found as `PeriodLoader` finds it — the `opd` column when the file has
/// one, else the file name — with one check more: a file named after an OPD whose `opd` column
/// names another is refused, since that is how a mixed-up export shows.
struct ImportedFile: Sendable {
    /// One usable row: an answer or a service of a known OPD.
    struct Row: Sendable {
        enum Content: Sendable {
            case answer(Answer)
            case service(ServiceRecord)
            case item(ImportedItem)
            case assessorValue(ImportedAssessorValue)
        }

        var opd: Int
        var content: Content
        var raw: RawRow
        /// The row's own "who" cell, when not blank.
        var by: RawCell?
        /// The row's own date, when given and valid.
        var at: CalendarDate?
        /// The cells of the who and when columns as written (blank included), for positions.
        var byCell: RawCell?
        var atCell: RawCell?
    }

    var path: String
    var rows: [Row] = []
    /// Whether the file has a column for who and one for when (a JSON file has neither).
    var hasByColumn = false
    var hasAtColumn = false
    /// The header's line, where a finding about the whole file points.
    var headerLine = 1
    var diagnostics: [Diagnostic] = []

    static let byColumn = ColumnSpec(key: "by", aliases: ["by", "oleh", "changed by", "diubah oleh", "petugas", "asesor", "assessor", "verifikator", "verifier"], required: false)
    static let atColumn = ColumnSpec(key: "at", aliases: ["at", "date", "tanggal", "changed at", "tanggal perubahan", "tanggal verifikasi"], required: false)

    /// `period` is the period imported into (an items file's document dates are on or before
    /// its date).
    static func read(_ input: InputFile, workspace: Workspace, catalogs: CatalogSet, period: PeriodInfo) -> ImportedFile {
        let path = input.path
        var file = ImportedFile(path: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let lower = name.lowercased()
        let isCSV = lower.hasSuffix(".csv"), isJSON = lower.hasSuffix(".json")
        guard isCSV || isJSON else {
            file.diagnostics.append(Diagnostic(.workspace(.notImportable(name)), at: Diagnostic.Location(file: path)))
            return file
        }
        guard let bytes = input.bytes(reportingTo: &file.diagnostics) else { return file }
        let stem = String(name.dropLast(isCSV ? 4 : 5)).lowercased()
        if isJSON {
            let source = AssessmentFile.Source(path: path, content: .answers, stem: stem, isJSON: true)
            let (answers, answersHaveOPD) = AssessmentFile.jsonRows(bytes, source: source, specs: AnswerRows.answerColumns, into: &file.diagnostics)
            var services = source
            services.content = .services
            // Parse findings were reported with the answers; the second read adds only its own.
            var ignored: [Diagnostic] = []
            let (serviceRows, servicesHaveOPD) = AssessmentFile.jsonRows(bytes, source: services, specs: AnswerRows.serviceColumns, into: &ignored)
            file.diagnostics += ignored.filter { d in !file.diagnostics.contains(d) }
            file.add(answers, content: .answers, hasOPDColumn: answersHaveOPD, stem: stem, workspace: workspace, catalogs: catalogs)
            file.add(serviceRows, content: .services, hasOPDColumn: servicesHaveOPD, stem: stem, workspace: workspace, catalogs: catalogs)
            return file
        }
        let (table, readDiagnostics) = CSVReader.read(bytes: bytes, file: path)
        file.diagnostics += readDiagnostics
        guard let table else { return file }
        file.headerLine = table.header.first?.line ?? 1
        if table.columnIndex(EvidenceRegister.Column.code.aliases) != nil {
            file.readItems(table, stem: stem, workspace: workspace, catalog: catalogs.index, period: period)
            return file
        }
        if table.columnIndex(AnswerRows.answerColumns[0].aliases) != nil, table.columnIndex(AssessorValues.columns[1].aliases) != nil,
           table.columnIndex(AnswerRows.answerColumns[1].aliases) == nil, table.columnIndex(AnswerRows.answerColumns[2].aliases) == nil {
            file.readAssessorValues(table, stem: stem, workspace: workspace, catalog: catalogs.index, period: period)
            return file
        }
        let content: AssessmentFile.Content
        if table.columnIndex(AnswerRows.answerColumns[0].aliases) != nil {
            content = .answers
        } else if table.columnIndex(AnswerRows.serviceColumns[0].aliases) != nil {
            content = .services
        } else {
            let expected = AnswerRows.answerColumns[0].aliases + AnswerRows.serviceColumns[0].aliases.prefix(2)
            file.diagnostics.append(Diagnostic(.workspace(.missingColumn(expected: expected)),
                                               at: Diagnostic.Location(file: path, line: file.headerLine, column: 1)))
            return file
        }
        // An assessor's file may carry verified levels alone: for import, either level column
        // will do (a row's empty cell leaves the workspace's value as it is).
        if content == .answers, table.columnIndex(AnswerRows.answerColumns[1].aliases) == nil,
           table.columnIndex(AnswerRows.answerColumns[2].aliases) == nil {
            let expected = AnswerRows.answerColumns[1].aliases.prefix(3) + AnswerRows.answerColumns[2].aliases.prefix(3)
            file.diagnostics.append(Diagnostic(.workspace(.missingColumn(expected: Array(expected))),
                                               at: Diagnostic.Location(file: path, line: file.headerLine, column: 1)))
            return file
        }
        var answerColumns = AnswerRows.answerColumns
        answerColumns[1].required = false
        let specs = (content == .answers ? answerColumns : AnswerRows.serviceColumns) + [byColumn, atColumn]
        let converted = table.rawRows(specs, opdAliases: AnswerRows.opdAliases)
        file.diagnostics += converted.diagnostics
        file.hasByColumn = table.columnIndex(byColumn.aliases) != nil
        file.hasAtColumn = table.columnIndex(atColumn.aliases) != nil
        file.add(converted.rows, content: content, hasOPDColumn: converted.hasOPDColumn, stem: stem, workspace: workspace, catalogs: catalogs)
        return file
    }

    /// Validates raw rows and keeps the usable ones. Rows of an unknown OPD are still
    /// checked, so every problem of the file is reported at once.
    mutating func add(_ raws: [RawRow], content: AssessmentFile.Content, hasOPDColumn: Bool, stem: String,
                      workspace: Workspace, catalogs: CatalogSet) {
        let fileOPD = fileOPD(hasOPDColumn: hasOPDColumn, stem: stem, workspace: workspace, rows: raws.count)
        let width = content == .answers ? AnswerRows.answerColumns.count : AnswerRows.serviceColumns.count
        for row in raws {
            let opd = opd(of: row, hasOPDColumn: hasOPDColumn, fileOPD: fileOPD, stem: stem, workspace: workspace)
            let parsed: Row.Content?
            switch content {
            case .answers:
                var invalid: IndicatorRef?
                parsed = AnswerRows.answer(row, file: path, catalogs: catalogs, invalid: &invalid, into: &diagnostics).map(Row.Content.answer)
            case .services:
                parsed = AnswerRows.service(row, file: path, stages: catalogs.stages, into: &diagnostics).map(Row.Content.service)
            }
            guard let opd, let parsed else { _ = whoAndWhen(row, width: width); continue }
            append(parsed, opd: opd, raw: row, width: width)
        }
    }

    /// The row's who and when cells, after the `width` content columns; a bad date is reported.
    mutating func whoAndWhen(_ row: RawRow, width: Int) -> (by: RawCell?, at: CalendarDate?, atCell: RawCell?) {
        let by = row.cells.count > width ? row.cells[width] : nil
        let atCell = row.cells.count > width + 1 ? row.cells[width + 1] : nil
        var at: CalendarDate?
        if let atCell, !atCell.isBlank {
            let text = atCell.text.trimmingSpaces()
            at = CalendarDate(iso: text)
            if at == nil { diagnostics.append(Diagnostic(.workspace(.invalidDate(text)), at: atCell.location(path))) }
        }
        return (by, at, atCell)
    }

    /// Keeps a usable row with its who and when.
    mutating func append(_ content: Row.Content, opd: Int, raw: RawRow, width: Int) {
        let (by, at, atCell) = whoAndWhen(raw, width: width)
        rows.append(Row(opd: opd, content: content, raw: raw, by: by.flatMap { $0.isBlank ? nil : $0 }, at: at, byCell: by, atCell: atCell))
    }

    /// The OPD a file without an `opd` column is about, by its name; reported when the name is
    /// no OPD's and the file has rows.
    mutating func fileOPD(hasOPDColumn: Bool, stem: String, workspace: Workspace, rows: Int) -> Int? {
        let fileOPD = workspace.opdIndex[stem]
        if !hasOPDColumn, fileOPD == nil, rows > 0 {
            diagnostics.append(Diagnostic(.workspace(.fileNameNotOPD(file: stem)), at: Diagnostic.Location(file: path, line: headerLine, column: 1)))
        }
        return fileOPD
    }

    /// The OPD of one row: its `opd` cell, which must name a known OPD (and the file's, when
    /// the file is named after one), else the file's.
    mutating func opd(of row: RawRow, hasOPDColumn: Bool, fileOPD: Int?, stem: String, workspace: Workspace) -> Int? {
        guard hasOPDColumn else { return fileOPD }
        guard let cell = row.opd, !cell.isBlank else {
            diagnostics.append(Diagnostic(.workspace(.missingValue(column: "opd")),
                                          at: row.opd?.location(path) ?? Diagnostic.Location(file: path, line: row.line, column: row.column)))
            return nil
        }
        let id = cell.text.trimmingSpaces().lowercased()
        guard let index = workspace.opdIndex[id] else {
            let hint = Suggestion.closest(to: id, in: workspace.opds.map(\.id))
            diagnostics.append(Diagnostic(.workspace(.unknownOPD(id, suggestion: hint)), at: cell.location(path)))
            return nil
        }
        if let fileOPD, fileOPD != index {
            diagnostics.append(Diagnostic(.workspace(.opdMismatch(file: stem, row: id)), at: cell.location(path)))
            return nil
        }
        return index
    }
}
