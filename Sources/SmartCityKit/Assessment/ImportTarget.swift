/// A workspace file an import merges into — `<period>/<opd>.csv`, `<period>/services/<opd>.csv`,
/// the period's evidence register or its assessor values — with its bytes as they are and the
/// edits planned for it.
///
/// Columns are found by the same header names the loader accepts; a column the file lacks is
/// added (named in the language of the file's first column) only when a value goes into it.
struct ImportTarget: Sendable {
    var path: String
    /// The file's bytes before the import; empty for a file the import creates.
    var original: [UInt8]
    var patch: CSVPatch
    var specs: [ColumnSpec]
    /// The name to give each spec's column when it has to be added.
    var names: [String]
    /// Row index by the line the row starts on (answers and services carry that line).
    var rowByLine: [Int: Int]
    var changed = false

    /// Which kind of file it is.
    enum Kind: Sendable {
        case answers, services, register, assessorValues

        var specs: [ColumnSpec] {
            switch self {
            case .answers: return AnswerRows.answerColumns
            case .services: return AnswerRows.serviceColumns
            case .register: return EvidenceRegister.columns
            case .assessorValues: return AssessorValues.columns
            }
        }

        /// The header names a column gets when it is added, in each language.
        var names: (id: [String], en: [String]) {
            switch self {
            case .answers:
                return (["indikator", "mandiri", "verifikasi", "bukti dukung", "catatan", "catatan asesor"], ["indicator", "self", "verified", "evidence", "note", "assessor note"])
            case .services: return (["layanan", "tahap", "pengguna per tahun", "catatan"], ["service", "stage", "users per year", "note"])
            case .register:
                return (["kode", "status", "revisi", "dokumen", "tanggal", "pemilik", "catatan", "tanggapan", "alasan", "narasi"],
                        ["code", "status", "revision", "document", "date", "owner", "note", "response", "reason", "narrative"])
            case .assessorValues: return (["indikator", "nilai", "alasan"], ["indicator", "value", "reason"])
            }
        }

        /// The file's path in the period folder (`opd` for the files of one OPD).
        func path(opd: String, period directory: String) -> String {
            switch self {
            case .answers: return FileSystem.join(directory, opd + ".csv")
            case .services: return FileSystem.join(FileSystem.join(directory, "services"), opd + ".csv")
            case .register: return FileSystem.join(directory, PeriodEvidence.registerFile)
            case .assessorValues: return FileSystem.join(directory, PeriodEvidence.assessorValuesFile)
            }
        }
    }

    /// Whether the file writes decimals with a comma (its header is Indonesian).
    var decimalComma: Bool

    /// Another file that already holds the OPD's answers (or services) in this period — a JSON
    /// file, or a file of many OPDs —, which a merge into `target` would contradict.
    static func elsewhere(_ content: Kind, assessment: OPDAssessment, opd: String, period directory: String,
                          target: String, existing: (String) -> InputFile?) -> String? {
        let json = FileSystem.join(directory, opd + ".json")
        switch content {
        case .answers:
            if let other = assessment.answers.first(where: { $0.file != target }) { return other.file }
            return existing(json)?.path
        case .services:
            if let other = assessment.services.first(where: { $0.file != target }) { return other.file }
            let servicesJSON = FileSystem.join(FileSystem.join(directory, "services"), opd + ".json")
            return [json, servicesJSON].first { existing($0) != nil }
        case .register, .assessorValues:
            return nil
        }
    }

    /// The file read and prepared for edits, or a new one with the workspace's usual header.
    /// `existing` is the file as it is now, nil when the import creates it.
    ///
    /// A new file gets the header of its first columns up to the last one required (the
    /// others are added when a value goes into them).
    static func load(_ path: String, existing: InputFile?, kind: Kind) -> (ImportTarget?, [Diagnostic]) {
        let specs = kind.specs, names = kind.names
        guard let existing else {
            let width = kind == .register ? 2 : (kind == .assessorValues ? 3 : (kind == .answers ? 5 : names.id.count))
            let patch = CSVPatch(newFileWithHeader: Array(names.id.prefix(width)), file: path)
            return (ImportTarget(path: path, original: [], patch: patch, specs: specs, names: names.id, rowByLine: [:], decimalComma: true), [])
        }
        var unreadable: [Diagnostic] = []
        guard let bytes = existing.bytes(reportingTo: &unreadable) else { return (nil, unreadable) }
        let (table, diagnostics) = CSVReader.read(bytes: bytes, file: path)
        guard let table, !diagnostics.hasErrors else { return (nil, diagnostics.filter(\.isError)) }
        let first = table.columnIndex(specs[0].aliases).map { CSVTable.normalizedName(table.header[$0].value) }
        let english = first.map { names.en.map(CSVTable.normalizedName).contains($0) || $0 == "name" } ?? false
        var rowByLine: [Int: Int] = [:]
        for (index, row) in table.rows.enumerated() { rowByLine[row.line] = index }
        return (ImportTarget(path: path, original: bytes, patch: CSVPatch(table), specs: specs, names: english ? names.en : names.id,
                           rowByLine: rowByLine, decimalComma: !english), [])
    }

    /// Puts values into the row starting on `line`; `cells` are (spec index, value).
    mutating func set(line: Int, _ cells: [(Int, String)]) {
        guard let row = rowByLine[line] else { return }
        for (spec, value) in cells {
            let column = patch.column(specs[spec].aliases, adding: names[spec])
            patch.set(row: row, column: column, to: value)
        }
        changed = true
    }

    /// Adds a row after the last one, with the OPD's id when the file has an `opd` column (and
    /// `opd` is given); returns the row's index among the added ones.
    mutating func append(_ cells: [(Int, String)], opd: String?) -> Int {
        var row: [Int: String] = [:]
        for (spec, value) in cells { row[patch.column(specs[spec].aliases, adding: names[spec])] = value }
        if let opd, let column = patch.table.columnIndex(AnswerRows.opdAliases) { row[column] = opd }
        changed = true
        return patch.append(row)
    }

    /// Puts values into a row added by `append`.
    mutating func set(appended index: Int, _ cells: [(Int, String)]) {
        for (spec, value) in cells {
            patch.set(appended: index, column: patch.column(specs[spec].aliases, adding: names[spec]), to: value)
        }
    }
}
