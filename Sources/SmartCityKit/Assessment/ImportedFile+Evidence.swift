/// An evidence item's row in an imported file, as the offline form exports a unit's items (its
/// status, document, date, narrative, the response to a revision) or the assessor's verdict on
/// them (status, revision kind, note). An empty cell leaves the register's value as it is.
struct ImportedItem: Sendable {
    var code: String
    var item: EvidenceItemRef
    var status: EvidenceRegister.Status?
    var revision: EvidenceRegister.Revision?
    var document: String
    var date: CalendarDate?
    var note: String
    var response: String
    var narrative: String
}

/// An assessor's value inside a band, as the offline form of the assessor exports it.
struct ImportedAssessorValue: Sendable {
    /// The indicator's position in the period's method.
    var position: Int
    var value: Fraction
    var reason: String
}

extension ImportedFile {
    /// The columns of an items file: the register's, but the owner (the file's OPD is the
    /// owner) and the reason (`period new` writes it).
    static let itemColumns: [EvidenceRegister.Column] = [.code, .status, .revision, .document, .date, .note, .response, .narrative]

    /// In an items file `tanggal` is the document's date, as in the register: when the change
    /// was made has only the longer names.
    static let itemAtColumn = ColumnSpec(key: "at", aliases: ["at", "changed at", "tanggal perubahan", "diubah pada", "tanggal verifikasi"], required: false)

    /// Reads the rows of an items file (a `kode|code` column) against the period's method.
    mutating func readItems(_ table: CSVTable, stem: String, workspace: Workspace, catalog: IndicatorCatalog, period: PeriodInfo) {
        guard catalog.scoresValues else {
            diagnostics.append(Diagnostic(.workspace(.itemsWithoutEvidenceMethod(period: period.id, method: catalog.id)),
                                          at: Diagnostic.Location(file: path, line: headerLine, column: 1)))
            return
        }
        // A row may carry only a response or a document: its status cell stays empty.
        let specs = Self.itemColumns.map { var spec = EvidenceRegister.columns[$0.rawValue]; spec.required = $0 == .code; return spec }
            + [Self.byColumn, Self.itemAtColumn]
        let converted = table.rawRows(specs, opdAliases: AnswerRows.opdAliases)
        diagnostics += converted.diagnostics
        hasByColumn = table.columnIndex(Self.byColumn.aliases) != nil
        hasAtColumn = table.columnIndex(Self.itemAtColumn.aliases) != nil
        let fileOPD = fileOPD(hasOPDColumn: converted.hasOPDColumn, stem: stem, workspace: workspace, rows: converted.rows.count)
        let codes = catalog.evidenceItems.keys.sorted()
        for row in converted.rows {
            func cell(_ column: EvidenceRegister.Column) -> RawCell? { Self.itemColumns.firstIndex(of: column).flatMap { row.cells[$0] } }
            func text(_ column: EvidenceRegister.Column) -> String { cell(column)?.text.trimmingSpaces() ?? "" }
            if row.cells.allSatisfy({ $0?.isBlank ?? true }), row.opd?.isBlank ?? true { continue }
            let opd = opd(of: row, hasOPDColumn: converted.hasOPDColumn, fileOPD: fileOPD, stem: stem, workspace: workspace)
            var ok = true
            func fail(_ column: EvidenceRegister.Column, _ message: EvidenceMessage) {
                diagnostics.append(Diagnostic(.evidence(message), at: cell(column)?.location(path) ?? Diagnostic.Location(file: path, line: row.line, column: row.column)))
                ok = false
            }
            let code = text(.code).uppercased()
            let item = catalog.evidenceItem(code)
            if item == nil { fail(.code, EvidenceRegister.unknown(code, catalog: catalog, codes: codes)) }
            let (status, revision, problems) = EvidenceRegister.statusAndRevision(text(.status), text(.revision), hasRevisionColumn: cell(.revision) != nil,
                                                                                  statusRequired: false)
            for (column, message) in problems { fail(column, message) }
            var date: CalendarDate?
            if !text(.date).isEmpty {
                let problem: EvidenceMessage?
                (date, problem) = EvidenceNumbers.date(text(.date), notAfter: period.date)
                if let problem { fail(.date, problem) }
            }
            let width = Self.itemColumns.count
            guard ok, let opd, let item else { _ = whoAndWhen(row, width: width); continue }
            let imported = ImportedItem(code: code, item: item, status: status, revision: revision, document: text(.document), date: date,
                                        note: text(.note), response: text(.response), narrative: text(.narrative))
            append(.item(imported), opd: opd, raw: row, width: width)
        }
    }

    /// Reads the rows of an assessor values file (`indikator`, `nilai`, `alasan`, and the OPD
    /// whose form set them). Whether a value lies in the band the evidence reaches is checked
    /// against the register as the import leaves it.
    mutating func readAssessorValues(_ table: CSVTable, stem: String, workspace: Workspace, catalog: IndicatorCatalog, period: PeriodInfo) {
        guard catalog.scoresValues else {
            diagnostics.append(Diagnostic(.workspace(.itemsWithoutEvidenceMethod(period: period.id, method: catalog.id)),
                                          at: Diagnostic.Location(file: path, line: headerLine, column: 1)))
            return
        }
        let specs = AssessorValues.columns + [Self.byColumn, Self.atColumn]
        let converted = table.rawRows(specs, opdAliases: AnswerRows.opdAliases)
        diagnostics += converted.diagnostics
        hasByColumn = table.columnIndex(Self.byColumn.aliases) != nil
        hasAtColumn = table.columnIndex(Self.atColumn.aliases) != nil
        let fileOPD = fileOPD(hasOPDColumn: converted.hasOPDColumn, stem: stem, workspace: workspace, rows: converted.rows.count)
        let width = AssessorValues.columns.count
        for row in converted.rows {
            let cells = row.cells.prefix(width)
            func text(_ i: Int) -> String { cells[i]?.text.trimmingSpaces() ?? "" }
            func at(_ i: Int) -> Diagnostic.Location { cells[i]?.location(path) ?? Diagnostic.Location(file: path, line: row.line, column: row.column) }
            if cells.allSatisfy({ $0?.isBlank ?? true }) { continue }
            let opd = opd(of: row, hasOPDColumn: converted.hasOPDColumn, fileOPD: fileOPD, stem: stem, workspace: workspace)
            var parsed: ImportedAssessorValue?
            if let position = catalog.position(of: text(0)) {
                let indicator = catalog.indicators[position]
                if indicator.external != nil {
                    diagnostics.append(Diagnostic(.evidence(.assessorValueForExternalIndicator(indicator: indicator.id)), at: at(0)))
                } else if let value = EvidenceNumbers.value(text(1), decimals: 2), catalog.valueScale.contains(value) {
                    if text(2).isEmpty {
                        diagnostics.append(Diagnostic(.evidence(.reasonRequired(indicator: indicator.id)), at: at(2)))
                    } else {
                        parsed = ImportedAssessorValue(position: position, value: value, reason: text(2))
                    }
                } else {
                    diagnostics.append(Diagnostic(.evidence(.invalidValue(text(1), expected: catalog.valueScale.span(.id))), at: at(1)))
                }
            } else {
                let hint = Suggestion.closest(to: text(0), in: catalog.indicators.map(\.id))
                diagnostics.append(Diagnostic(.evidence(.unknownIndicator(text(0), suggestion: hint)), at: at(0)))
            }
            guard let opd, let parsed else { _ = whoAndWhen(row, width: width); continue }
            append(.assessorValue(parsed), opd: opd, raw: row, width: width)
        }
    }
}
