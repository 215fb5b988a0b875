/// Merges imported answers and services into one period of a workspace, as a plan: the audit
/// entries and the new content of every file that changes. Nothing is written here.
///
/// Merge rules, chosen so an import can only add information:
/// - a row is matched by OPD and indicator (answers) or OPD and service name, case ignored
///   (services); an unmatched row is added at the end of the OPD's file;
/// - an empty cell leaves the workspace's value as it is: an import never clears a value;
/// - a verified level (*verifikasi*) already in the workspace is replaced by a different one
///   only with `force`, since it is the assessor's word, not the OPD's;
/// - the same row twice in one file is an error, as in the workspace; in two files (the OPD's
///   self-assessment and the assessor's verification) it is merged, unless the two give one
///   cell different values;
/// - every changed cell is one audit entry, with who and when from the row's own columns or,
///   where those are empty or absent, from the command line.
/// Answers go to `<period>/<opd>.csv` and services to `<period>/services/<opd>.csv`; an OPD
/// whose answers live in another file (JSON, a many-OPD file) is refused rather than split.
/// Evidence items go to the period's register and assessor values to its assessor values, by
/// the rules of the evaluation (`WorkspaceImport+Evidence`).
enum WorkspaceImport {
    /// Who and when for rows that do not say, and whether verified levels may be replaced.
    struct Settings: Sendable {
        var by: String?
        var at: CalendarDate?
        var force: Bool
    }

    struct Plan: Sendable {
        var entries: [AuditEntry] = []
        /// Files that change, sorted by path.
        var writes: [FileTransaction.Write] = []
        var diagnostics: [Diagnostic] = []
    }

    /// What a row is about, within the import.
    enum RowKey: Hashable {
        case answer(opd: Int, indicator: IndicatorRef)
        case service(opd: Int, name: String)
        case item(code: String)
        case assessorValue(position: Int)
    }

    /// A row's values by field, normalised as the workspace file holds them, with the column
    /// (index in `AnswerRows.answerColumns` or `serviceColumns`) each goes to; and the value of
    /// the first column, which names the row.
    struct RowValues {
        var key: RowKey
        var name: String
        var fields: [(field: AuditEntry.Field, column: Int, value: String)]
    }

    /// A row as the merge has it so far: values by field, and where the row is in its file.
    struct RowState {
        var values: [AuditEntry.Field: String]
        /// The line of the row already in the workspace file.
        var line: Int?
        /// The index among the rows this import adds.
        var appended: Int?
        /// The imported cell its value last came from (assessor values, for the band check).
        var source: Diagnostic.Location? = nil
    }

    /// The changes one imported row makes.
    struct RowChange {
        var file: Int
        var row: ImportedFile.Row
        var subject: AuditEntry.Subject
        var changes: [(field: AuditEntry.Field, old: String, new: String, forced: Bool)] = []
        var reason: String
    }

    /// `formValues` forms the indicator values of a period's evidence as the loader does (the
    /// Pipeline's, with the policy's owners), for the check of the register the import leaves.
    static func plan(_ files: [ImportedFile], period: Period, workspace: Workspace, catalogs: CatalogSet,
                     scope: Scope, settings: Settings, existing: (String) -> InputFile?,
                     formValues: (PeriodEvidence) -> (values: EvidenceValues, diagnostics: [Diagnostic])) -> Plan {
        var plan = Plan()
        for file in files { plan.diagnostics += file.diagnostics }
        let accepted = checkRows(files, workspace: workspace, catalogs: catalogs, scope: scope, into: &plan.diagnostics)
        var targets: [String: ImportTarget] = [:]
        var refused: Set<String> = []
        var states: [RowKey: RowState] = [:]
        var rowChanges: [RowChange] = []
        let owners = itemOwners(period.values)
        var touched: [RowKey] = []
        for (fileIndex, row) in accepted {
            let file = files[fileIndex]
            let opd = workspace.opds[row.opd]
            let assessment = period.assessments[row.opd]
            let kind = targetKind(row.content)
            let path = kind.path(opd: opd.id, period: period.info.directory)
            if refused.contains(path) { continue }
            guard ownsWhatItMarks(row, file: file, owners: owners, workspace: workspace, catalogs: catalogs, into: &plan.diagnostics) else { continue }
            if targets[path] == nil {
                if let elsewhere = ImportTarget.elsewhere(kind, assessment: assessment, opd: opd.id, period: period.info.directory, target: path, existing: existing) {
                    plan.diagnostics.append(Diagnostic(.workspace(.importTargetElsewhere(opd: opd.id, file: elsewhere, target: path)),
                                                       at: Diagnostic.Location(file: file.path, line: row.raw.line, column: row.raw.column)))
                    refused.insert(path)
                    continue
                }
                let (loaded, found) = ImportTarget.load(path, existing: existing(path), kind: kind)
                plan.diagnostics += found
                guard let loaded else {
                    refused.insert(path)
                    continue
                }
                targets[path] = loaded
            }
            var values = rowValues(row, catalogs: catalogs)
            var state = states[values.key] ?? existingState(values.key, assessment: assessment, evidence: period.evidence)
            var change = RowChange(file: fileIndex, row: row, subject: subject(row, name: values.name, assessment: assessment), reason: reason(row))
            var forcedFields: Set<AuditEntry.Field> = []
            var clears: Set<AuditEntry.Field> = []
            if case .item(let item) = row.content {
                (values.fields, clears, forcedFields) = itemFields(item, values.fields, state: state, row: row, file: file.path,
                                                                   force: settings.force, into: &plan.diagnostics)
            }
            var cells: [(Int, String)] = []
            for (field, column, new) in values.fields {
                let old = state.values[field] ?? ""
                guard !new.isEmpty || (clears.contains(field) && !old.isEmpty), new != old else { continue }
                let cell = importedCell(row, column: column, kind: kind)
                if field == .verified || field == .value, !old.isEmpty, !settings.force {
                    let message: WorkspaceMessage = field == .verified
                        ? .verifiedConflict(opd: opd.id, indicator: values.name, old: old, new: new)
                        : .assessorValueConflict(indicator: values.name, old: old, new: new)
                    plan.diagnostics.append(Diagnostic(.workspace(message),
                                                       at: cell?.location(file.path) ?? Diagnostic.Location(file: file.path, line: row.raw.line)))
                    continue
                }
                let forced = ((field == .verified || field == .value) && !old.isEmpty) || forcedFields.contains(field)
                change.changes.append((field, old, new, forced))
                let written = field == .value && targets[path]?.decimalComma == true ? new.replacingOccurrences(of: ".", with: ",") : new
                cells.append((column, written))
                state.values[field] = new
                if field == .value { state.source = cell?.location(file.path) }
            }
            guard !cells.isEmpty else { continue }
            if let line = state.line {
                targets[path]?.set(line: line, cells)
            } else if let index = state.appended {
                targets[path]?.set(appended: index, cells)
            } else {
                var first = [(0, values.name)]
                // A register row needs its status: an item the register did not list is not started.
                if kind == .register, !cells.contains(where: { $0.0 == EvidenceRegister.Column.status.rawValue }) {
                    first.append((EvidenceRegister.Column.status.rawValue, EvidenceRegister.Status.belum.rawValue))
                }
                state.appended = targets[path]?.append(first + cells, opd: kind == .register || kind == .assessorValues ? nil : opd.id)
            }
            if states[values.key] == nil { touched.append(values.key) }
            states[values.key] = state
            rowChanges.append(change)
        }
        if !plan.diagnostics.hasErrors, touched.contains(where: \.isEvidence) {
            plan.diagnostics += checkMerged(period.evidence ?? PeriodEvidence(directory: period.info.directory), states: touched.map { ($0, states[$0]!) },
                                            period: period.info, catalogs: catalogs, formValues: formValues)
        }
        plan.entries = entries(rowChanges, files: files, period: period.info.id, workspace: workspace, settings: settings, into: &plan.diagnostics)
        guard !plan.diagnostics.hasErrors else {
            plan.entries = []
            return plan
        }
        plan.writes = targets.values.filter(\.changed).sorted { $0.path < $1.path }
            .map { FileTransaction.Write(path: $0.path, bytes: $0.patch.apply(to: $0.original)) }
        return plan
    }

    static func rowValues(_ row: ImportedFile.Row, catalogs: CatalogSet) -> RowValues {
        switch row.content {
        case .answer(let a):
            return RowValues(key: .answer(opd: row.opd, indicator: a.indicator), name: catalogs.indicator(a.indicator).id, fields: [
                (.selfLevel, 1, selfText(a.selfAssessment)), (.verified, 2, a.verified.map { $0.plainText() } ?? ""),
                (.evidence, 3, a.evidence), (.note, 4, a.note), (.assessorNote, 5, a.assessorNote),
            ])
        case .service(let s):
            return RowValues(key: .service(opd: row.opd, name: s.name.lowercased()), name: s.name, fields: [
                (.stage, 1, String(s.stage)), (.usersPerYear, 2, s.usersPerYear.map(String.init) ?? ""), (.note, 3, s.note),
            ])
        case .item(let item):
            return RowValues(key: .item(code: item.code), name: item.code, fields: itemFieldValues(item))
        case .assessorValue(let v):
            return RowValues(key: .assessorValue(position: v.position), name: catalogs.index.indicators[v.position].id,
                             fields: [(.value, 1, v.value.formatted(decimals: 2)), (.reason, 2, v.reason)])
        }
    }

    /// Which workspace file a row goes to.
    static func targetKind(_ content: ImportedFile.Row.Content) -> ImportTarget.Kind {
        switch content {
        case .answer: return .answers
        case .service: return .services
        case .item: return .register
        case .assessorValue: return .assessorValues
        }
    }

    /// The row as the workspace holds it before the import (no values when it has none).
    static func existingState(_ key: RowKey, assessment: OPDAssessment, evidence: PeriodEvidence?) -> RowState {
        switch key {
        case .item(let code):
            return itemState(code, register: evidence?.register)
        case .assessorValue(let position):
            guard let entry = evidence?.assessorValues?.entry(position) else { return RowState(values: [:]) }
            return RowState(values: [.value: entry.value.formatted(decimals: 2), .reason: entry.reason], line: entry.rowLine)
        case .answer(_, let indicator):
            guard let a = assessment.answers.first(where: { $0.indicator == indicator }) else { return RowState(values: [:]) }
            return RowState(values: [.selfLevel: selfText(a.selfAssessment), .verified: a.verified.map { $0.plainText() } ?? "",
                                     .evidence: a.evidence, .note: a.note, .assessorNote: a.assessorNote], line: a.line)
        case .service(_, let name):
            guard let s = assessment.services.first(where: { $0.name.lowercased() == name }) else { return RowState(values: [:]) }
            return RowState(values: [.stage: String(s.stage), .usersPerYear: s.usersPerYear.map(String.init) ?? "", .note: s.note], line: s.line)
        }
    }

    /// The audit subject: the catalog's indicator id, or the service as the workspace names it.
    static func subject(_ row: ImportedFile.Row, name: String, assessment: OPDAssessment) -> AuditEntry.Subject {
        switch row.content {
        case .answer, .assessorValue: return .indicator(name)
        case .service: return .service(assessment.services.first { $0.name.lowercased() == name.lowercased() }?.name ?? name)
        case .item: return .item(name)
        }
    }

    static func reason(_ row: ImportedFile.Row) -> String {
        switch row.content {
        // The assessor's reason for a verified level, else the OPD's note.
        case .answer(let a): return a.assessorNote.isEmpty ? a.note : a.assessorNote
        case .service(let s): return s.note
        // The assessor's note on a verdict, else the unit's narrative.
        case .item(let item): return item.note.isEmpty ? item.narrative : item.note
        case .assessorValue(let v): return v.reason
        }
    }

    /// The rows that may be merged, in file order: answers only for indicators the OPD is
    /// expected to answer; a row seen before in the same file, or in another file with a
    /// different value in some cell, is reported with where it was first.
    static func checkRows(_ files: [ImportedFile], workspace: Workspace, catalogs: CatalogSet, scope: Scope,
                          into diagnostics: inout [Diagnostic]) -> [(file: Int, row: ImportedFile.Row)] {
        var first: [RowKey: (file: String, line: Int, values: [AuditEntry.Field: String])] = [:]
        var accepted: [(file: Int, row: ImportedFile.Row)] = []
        for (index, file) in files.enumerated() {
            for row in file.rows {
                let location = row.raw.cells.first.flatMap { $0?.location(file.path) }
                    ?? Diagnostic.Location(file: file.path, line: row.raw.line, column: row.raw.column)
                let values = rowValues(row, catalogs: catalogs)
                if case .answer(let opd, let indicator) = values.key, !scope.expects(opd, indicator) {
                    diagnostics.append(Diagnostic(.workspace(.importOutsideScope(indicator: values.name, opd: workspace.opds[opd].id)), at: location))
                    continue
                }
                var given: [AuditEntry.Field: String] = [:]
                for (field, _, value) in values.fields where !value.isEmpty { given[field] = value }
                if var earlier = first[values.key] {
                    let clash = given.contains { field, value in earlier.values[field].map { $0 != value } ?? false }
                    if earlier.file == file.path || clash {
                        let occurrence = FirstOccurrence(file: earlier.file == file.path ? nil : earlier.file, line: earlier.line)
                        let message: WorkspaceMessage = switch row.content {
                        case .answer: .duplicateAnswer(indicator: values.name, first: occurrence)
                        case .service: .duplicateService(values.name, first: occurrence)
                        case .item: .duplicateImportedItem(values.name, first: occurrence)
                        case .assessorValue: .duplicateAssessorValue(indicator: values.name, first: occurrence)
                        }
                        diagnostics.append(Diagnostic(.workspace(message), at: location))
                        continue
                    }
                    earlier.values.merge(given) { old, _ in old }
                    first[values.key] = earlier
                } else {
                    first[values.key] = (file.path, row.raw.line, given)
                }
                accepted.append((index, row))
            }
        }
        return accepted
    }

    /// The audit entries of the changes, in the order of the files and their rows; a
    /// diagnostic for each change nobody signed or dated.
    static func entries(_ changes: [RowChange], files: [ImportedFile], period: String, workspace: Workspace,
                        settings: Settings, into diagnostics: inout [Diagnostic]) -> [AuditEntry] {
        var out: [AuditEntry] = []
        var reportedFiles: Set<String> = []
        for change in changes where !change.changes.isEmpty {
            let file = files[change.file]
            let row = change.row
            let rowLocation = Diagnostic.Location(file: file.path, line: row.raw.line, column: row.raw.column)
            let by = row.by.map { $0.text.trimmingSpaces() } ?? settings.by
            let at = row.at ?? settings.at
            if by == nil {
                if file.hasByColumn {
                    diagnostics.append(Diagnostic(.workspace(.missingWho), at: row.byCell?.location(file.path) ?? rowLocation))
                } else if reportedFiles.insert(file.path + "\u{0}by").inserted {
                    diagnostics.append(Diagnostic(.workspace(.missingWho), at: Diagnostic.Location(file: file.path, line: file.headerLine, column: 1)))
                }
            }
            if at == nil {
                if file.hasAtColumn, row.atCell.map({ !$0.isBlank }) != true {
                    diagnostics.append(Diagnostic(.workspace(.missingWhen), at: row.atCell?.location(file.path) ?? rowLocation))
                } else if !file.hasAtColumn, reportedFiles.insert(file.path + "\u{0}at").inserted {
                    diagnostics.append(Diagnostic(.workspace(.missingWhen), at: Diagnostic.Location(file: file.path, line: file.headerLine, column: 1)))
                }
            }
            guard let by, let at else { continue }
            for c in change.changes {
                out.append(AuditEntry(at: at, by: by, period: period, opd: workspace.opds[row.opd].id, subject: change.subject,
                                      field: c.field, old: c.old, new: c.new, reason: change.reason, forced: c.forced,
                                      source: "\(file.path):\(row.raw.line)"))
            }
        }
        return out
    }

    /// A self assessment as the workspace file holds it: the level, `TB`, or empty.
    static func selfText(_ value: Answer.SelfAssessment?) -> String {
        switch value {
        case .level(let level)?: return level.plainText()
        case .notApplicable?: return "TB"
        case .missing?, nil: return ""
        }
    }
}
