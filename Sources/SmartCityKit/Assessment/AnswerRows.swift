/// Turns raw rows into answers and services, with a positioned diagnostic for every value
/// that cannot be used.
enum AnswerRows {
    static let opdAliases = ["opd", "id opd", "kode opd"]
    static let answerColumns: [ColumnSpec] = [
        ColumnSpec(key: "indicator", aliases: ["indicator", "indikator", "id indikator"], required: true),
        ColumnSpec(key: "self", aliases: ["self", "self level", "mandiri", "tingkat mandiri", "level", "tingkat"], required: true),
        ColumnSpec(key: "verified", aliases: ["verified", "verified level", "verifikasi", "tingkat verifikasi", "terverifikasi"], required: false),
        ColumnSpec(key: "evidence", aliases: ["evidence", "bukti", "bukti dukung"], required: false),
        ColumnSpec(key: "note", aliases: ["note", "catatan", "keterangan", "alasan", "reason"], required: false),
        ColumnSpec(key: "assessorNote", aliases: ["assessor note", "catatan asesor", "catatan verifikasi", "verification note", "alasan verifikasi"], required: false),
    ]
    static let serviceColumns: [ColumnSpec] = [
        ColumnSpec(key: "service", aliases: ["service", "layanan", "nama layanan", "name", "nama"], required: true),
        ColumnSpec(key: "stage", aliases: ["stage", "tahap"], required: true),
        ColumnSpec(key: "users", aliases: ["users per year", "users", "pengguna per tahun", "pengguna"], required: false),
        ColumnSpec(key: "note", aliases: ["note", "catatan", "keterangan"], required: false),
    ]

    /// Words that mark an indicator as not applicable (*tidak berlaku*).
    static let notApplicableWords: Set<String> = ["tb", "tidak berlaku", "n/a", "na", "not applicable", "t/b"]

    /// The answer of a row, or nil with diagnostics; `invalid` receives the indicator of a
    /// row that names a known indicator but has a bad value, so coverage does not report it
    /// a second time as missing.
    static func answer(_ row: RawRow, file: String, catalogs: CatalogSet, invalid: inout IndicatorRef?,
                       into diagnostics: inout [Diagnostic]) -> Answer? {
        let rowLocation = Diagnostic.Location(file: file, line: row.line, column: row.column)
        guard let idCell = row.cells[0], !idCell.isBlank else {
            diagnostics.append(Diagnostic(.workspace(.missingValue(column: "indicator")), at: row.cells[0]?.location(file) ?? rowLocation))
            return nil
        }
        let rawID = idCell.text.trimmingSpaces()
        guard let ref = catalogs.resolve(rawID) else {
            diagnostics.append(Diagnostic(.workspace(.unknownIndicator(rawID, suggestion: catalogs.suggestion(for: rawID))), at: idCell.location(file)))
            return nil
        }
        let catalog = catalogs.catalog(ref.slot)
        let indicatorID = catalog.indicators[ref.position].id
        let scale = catalog.valueScale
        let note = row.cells[4]?.text.trimmingSpaces() ?? ""
        var ok = true
        var selfAssessment = Answer.SelfAssessment.missing
        if let cell = row.cells[1], !cell.isBlank {
            let text = cell.text.trimmingSpaces()
            if notApplicableWords.contains(text.lowercased()) {
                selfAssessment = .notApplicable
                if note.isEmpty {
                    diagnostics.append(Diagnostic(.workspace(.notApplicableWithoutReason(indicator: indicatorID)), at: cell.location(file)))
                    ok = false
                }
            } else {
                switch scale.read(text) {
                case .valid(let value): selfAssessment = .level(value)
                case .outOfRange:
                    diagnostics.append(Diagnostic(.workspace(.levelOutOfRange(found: text, scale: scale, indicator: indicatorID)), at: cell.location(file)))
                    ok = false
                case .notAValue:
                    diagnostics.append(Diagnostic(.workspace(.notALevel(found: text, scale: scale, indicator: indicatorID)), at: cell.location(file)))
                    ok = false
                }
            }
        }
        var verified: Fraction?
        if let cell = row.cells[2], !cell.isBlank {
            let text = cell.text.trimmingSpaces()
            switch scale.read(text) {
            case .valid(let value): verified = value
            case .outOfRange:
                diagnostics.append(Diagnostic(.workspace(.levelOutOfRange(found: text, scale: scale, indicator: indicatorID)), at: cell.location(file)))
                ok = false
            case .notAValue:
                diagnostics.append(Diagnostic(.workspace(.verifiedNotALevel(found: text, scale: scale, indicator: indicatorID)), at: cell.location(file)))
                ok = false
            }
        }
        guard ok else {
            invalid = ref
            return nil
        }
        return Answer(indicator: ref, selfAssessment: selfAssessment, verified: verified,
                      evidence: row.cells[3]?.text.trimmingSpaces() ?? "", note: note,
                      assessorNote: row.cells.count > 5 ? row.cells[5]?.text.trimmingSpaces() ?? "" : "", file: file, line: row.line)
    }

    static func service(_ row: RawRow, file: String, stages: ServiceStageCatalog, into diagnostics: inout [Diagnostic]) -> ServiceRecord? {
        let rowLocation = Diagnostic.Location(file: file, line: row.line, column: row.column)
        guard let nameCell = row.cells[0], !nameCell.isBlank else {
            diagnostics.append(Diagnostic(.workspace(.missingValue(column: "service")), at: row.cells[0]?.location(file) ?? rowLocation))
            return nil
        }
        guard let stageCell = row.cells[1], !stageCell.isBlank else {
            diagnostics.append(Diagnostic(.workspace(.missingValue(column: "stage")), at: row.cells[1]?.location(file) ?? rowLocation))
            return nil
        }
        let stageText = stageCell.text.trimmingSpaces()
        let stage: Int
        if let s = wholeNumber(stageText, range: stages.range) {
            stage = s
        } else if let named = stages.stages.first(where: { $0.key == stageText.lowercased() }) {
            stage = named.stage
        } else {
            diagnostics.append(Diagnostic(.workspace(.stageOutOfRange(found: stageText, range: stages.range)), at: stageCell.location(file)))
            return nil
        }
        var users: Int?
        if let cell = row.cells[2], !cell.isBlank {
            let digits = cell.text.trimmingSpaces().filter { $0 != "." && $0 != "," && $0 != " " }
            guard let n = Int(digits), n >= 0 else {
                diagnostics.append(Diagnostic(.workspace(.notANumber(cell.text)), at: cell.location(file)))
                return nil
            }
            users = n
        }
        return ServiceRecord(name: nameCell.text.trimmingSpaces(), stage: stage, usersPerYear: users,
                             note: row.cells[3]?.text.trimmingSpaces() ?? "", file: file, line: row.line)
    }

    /// A whole number within `range`, forgiving `3.0` and `3,0` as spreadsheets with
    /// Indonesian locale write.
    static func wholeNumber(_ text: String, range: ClosedRange<Int>) -> Int? {
        guard case .valid(let value) = ValueScale(levels: range).read(text) else { return nil }
        return Int(value.numerator)
    }
}
