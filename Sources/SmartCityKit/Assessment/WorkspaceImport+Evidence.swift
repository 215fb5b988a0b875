/// The evaluation's rules for evidence items and assessor values, as an import merges them:
/// - a file from an OPD's form marks only the items that OPD owns, and sets assessor values
///   only for indicators it owns items of;
/// - putting an item forward (`diunggah`, from not started or draft) needs the unit's
///   narrative; sending it back (`revisi`) needs the assessor's note and the revision's kind;
/// - the assessor's verdict (`diterima`, `revisi`) is replaced by a unit's status (`belum`,
///   `draf`, `diunggah`) only with `--force`; a verdict replaces a verdict (the interview
///   turns revisions into acceptances);
/// - when an item leaves `revisi`, its revision kind and response go with it (the audit log
///   keeps them);
/// - assessor values must lie in the band the register, as the import leaves it, reaches.
extension WorkspaceImport {
    /// The unit each item is owned by, as the period's values hold it (register, else policy).
    static func itemOwners(_ values: EvidenceValues?) -> [String: Int?] {
        var owners: [String: Int?] = [:]
        for value in values?.values ?? [] {
            for item in value.items { owners[item.code] = .some(item.owner) }
        }
        return owners
    }

    /// Whether the row's OPD owns what the row marks: the item, or an item of the indicator
    /// of an assessor value; reported when not.
    static func ownsWhatItMarks(_ row: ImportedFile.Row, file: ImportedFile, owners: [String: Int?], workspace: Workspace,
                                catalogs: CatalogSet, into diagnostics: inout [Diagnostic]) -> Bool {
        let at = row.raw.cells.first.flatMap { $0?.location(file.path) } ?? Diagnostic.Location(file: file.path, line: row.raw.line, column: row.raw.column)
        let opd = workspace.opds[row.opd].id
        switch row.content {
        case .answer, .service:
            return true
        case .item(let item):
            let owner = owners[item.code] ?? nil
            if owner == row.opd { return true }
            diagnostics.append(Diagnostic(.workspace(.itemOfAnotherOPD(code: item.code, owner: owner.map { workspace.opds[$0].id }, opd: opd)), at: at))
            return false
        case .assessorValue(let value):
            let indicator = catalogs.index.indicators[value.position]
            if indicator.evidence.joined().contains(where: { (owners[$0.code] ?? nil) == row.opd }) { return true }
            diagnostics.append(Diagnostic(.workspace(.indicatorOfAnotherOPD(indicator: indicator.id, opd: opd)), at: at))
            return false
        }
    }

    /// An item row's values by field, each with its column in the register (`EvidenceRegister.Column`).
    static func itemFieldValues(_ item: ImportedItem) -> [(field: AuditEntry.Field, column: Int, value: String)] {
        typealias C = EvidenceRegister.Column
        return [
            (.status, C.status.rawValue, item.status?.rawValue ?? ""), (.revision, C.revision.rawValue, item.revision?.rawValue ?? ""),
            (.document, C.document.rawValue, item.document), (.date, C.date.rawValue, item.date?.description ?? ""),
            (.note, C.note.rawValue, item.note), (.response, C.response.rawValue, item.response),
            (.narrative, C.narrative.rawValue, item.narrative),
        ]
    }

    /// The item's row in the register before the import (no values when it is not listed).
    static func itemState(_ code: String, register: EvidenceRegister?) -> RowState {
        guard let e = register?.entry(code) else { return RowState(values: [:]) }
        return RowState(values: [.status: e.status.rawValue, .revision: e.revision?.rawValue ?? "", .document: e.document,
                                 .date: e.date?.description ?? "", .note: e.note, .response: e.response, .narrative: e.narrative],
                        line: e.line)
    }

    /// The imported cell of a target column (the items file has the register's columns but
    /// the owner and the reason).
    static func importedCell(_ row: ImportedFile.Row, column: Int, kind: ImportTarget.Kind) -> RawCell? {
        var index: Int? = column
        if kind == .register {
            index = EvidenceRegister.Column(rawValue: column).flatMap { ImportedFile.itemColumns.firstIndex(of: $0) }
        }
        guard let index, index < row.raw.cells.count else { return nil }
        return row.raw.cells[index]
    }

    /// The fields an item row changes under the rules above, with the fields it clears and
    /// those `--force` let through; the rules' findings are reported at the row's cells.
    static func itemFields(_ item: ImportedItem, _ fields: [(field: AuditEntry.Field, column: Int, value: String)], state: RowState,
                           row: ImportedFile.Row, file: String, force: Bool, into diagnostics: inout [Diagnostic])
        -> (fields: [(field: AuditEntry.Field, column: Int, value: String)], clears: Set<AuditEntry.Field>, forced: Set<AuditEntry.Field>) {
        typealias Status = EvidenceRegister.Status
        func at(_ column: EvidenceRegister.Column) -> Diagnostic.Location {
            importedCell(row, column: column.rawValue, kind: .register)?.location(file)
                ?? Diagnostic.Location(file: file, line: row.raw.line, column: row.raw.column)
        }
        func merged(_ field: AuditEntry.Field) -> String {
            let given = fields.first { $0.field == field }?.value ?? ""
            return given.isEmpty ? state.values[field] ?? "" : given
        }
        let old = Status(rawValue: state.values[.status] ?? "") ?? .belum
        var out = fields
        var forced: Set<AuditEntry.Field> = []
        let verdicts: Set<Status> = [.diterima, .revisi]
        if let new = item.status, new != old, verdicts.contains(old), !verdicts.contains(new) {
            if force {
                forced.insert(.status)
            } else {
                diagnostics.append(Diagnostic(.workspace(.verdictConflict(code: item.code, old: old.rawValue, new: new.rawValue)), at: at(.status)))
                out.removeAll { $0.field == .status }
            }
        }
        let status = out.contains { $0.field == .status && !$0.value.isEmpty } ? (item.status ?? old) : old
        var clears: Set<AuditEntry.Field> = []
        if status != .revisi {
            if !item.response.isEmpty {
                diagnostics.append(Diagnostic(.evidence(.responseWithoutRevision(status: status.rawValue)), at: at(.response)))
            }
            // The revision's kind and response belong to the revision.
            clears = [.revision, .response]
        }
        let claimedBefore = old != .belum && old != .draf
        if status == .diunggah, !claimedBefore, merged(.narrative).isEmpty {
            diagnostics.append(Diagnostic(.workspace(.narrativeRequired(code: item.code)), at: at(.narrative)))
        }
        if status == .revisi, item.status == .revisi {
            if merged(.note).isEmpty { diagnostics.append(Diagnostic(.workspace(.revisionNoteRequired(code: item.code)), at: at(.note))) }
            if merged(.revision).isEmpty { diagnostics.append(Diagnostic(.evidence(.revisionKindRequired), at: at(.revision))) }
        }
        return (out, clears, forced)
    }

    /// The register and assessor values as the import leaves them, formed into values as the
    /// loader will: a value outside its band (an imported one, or one the register's new
    /// state moves out of its band) is reported, at the imported cell where it came from.
    /// `states` are the rows the import touched, in the order it did.
    static func checkMerged(_ evidence: PeriodEvidence, states: [(key: RowKey, state: RowState)], period: PeriodInfo, catalogs: CatalogSet,
                            formValues: (PeriodEvidence) -> (values: EvidenceValues, diagnostics: [Diagnostic])) -> [Diagnostic] {
        let catalog = catalogs.index
        var merged = evidence
        var entries = evidence.register?.entries ?? []
        var index: [String: Int] = [:]
        for (i, e) in entries.enumerated() { index[e.code] = i }
        var values = evidence.assessorValues?.entries ?? []
        for (key, state) in states {
            func text(_ f: AuditEntry.Field) -> String { state.values[f] ?? "" }
            switch key {
            case .item(let code):
                guard let item = catalog.evidenceItem(code) else { continue }
                var entry = index[code].map { entries[$0] } ?? EvidenceRegister.Entry(code: code, item: item, status: .belum, revision: nil, document: "",
                                                                                      date: nil, owner: nil, note: "", line: 0)
                entry.status = EvidenceRegister.Status(rawValue: text(.status)) ?? .belum
                entry.revision = EvidenceRegister.Revision(rawValue: text(.revision))
                entry.document = text(.document)
                entry.date = CalendarDate(iso: text(.date))
                entry.note = text(.note)
                entry.response = text(.response)
                entry.narrative = text(.narrative)
                if let i = index[code] { entries[i] = entry } else { index[code] = entries.count; entries.append(entry) }
            case .assessorValue(let position):
                guard let source = state.source, let value = EvidenceNumbers.value(text(.value), decimals: 2) else { continue }
                let entry = AssessorValues.Entry(position: position, value: value, reason: text(.reason), file: source.file, line: source.line ?? 0,
                                                 column: source.column, field: AssessorValues.columns[1].aliases[0])
                if let i = values.firstIndex(where: { $0.position == position }) { values[i] = entry } else { values.append(entry) }
            case .answer, .service:
                continue
            }
        }
        merged.register = EvidenceRegister(file: evidence.register?.file ?? FileSystem.join(period.directory, PeriodEvidence.registerFile), entries: entries)
        merged.assessorValues = AssessorValues(file: evidence.assessorValues?.file ?? FileSystem.join(period.directory, PeriodEvidence.assessorValuesFile),
                                               entries: values)
        return formValues(merged).diagnostics.filter(\.isError)
    }
}

extension WorkspaceImport.RowKey {
    /// Whether the row is about the period's evidence (an item or an assessor value).
    var isEvidence: Bool {
        switch self {
        case .item, .assessorValue: return true
        case .answer, .service: return false
        }
    }
}
