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
    }

    /// The changes one imported row makes.
    struct RowChange {
        var file: Int
        var row: ImportedFile.Row
        var subject: AuditEntry.Subject
        var changes: [(field: AuditEntry.Field, old: String, new: String, forced: Bool)] = []
        var reason: String
    }

    static func plan(_ files: [ImportedFile], period: Period, workspace: Workspace, catalogs: CatalogSet,
                     scope: Scope, settings: Settings, existing: (String) -> InputFile?) -> Plan {
        var plan = Plan()
        for file in files { plan.diagnostics += file.diagnostics }
        let accepted = checkRows(files, workspace: workspace, catalogs: catalogs, scope: scope, into: &plan.diagnostics)
        var targets: [String: ImportTarget] = [:]
        var refused: Set<String> = []
        var states: [RowKey: RowState] = [:]
        var rowChanges: [RowChange] = []
        for (fileIndex, row) in accepted {
            let file = files[fileIndex]
            let opd = workspace.opds[row.opd]
            let assessment = period.assessments[row.opd]
            let kind: AssessmentFile.Content = { if case .answer = row.content { return .answers } else { return .services } }()
            let path = ImportTarget.path(kind, opd: opd.id, period: period.info.directory)
            if refused.contains(path) { continue }
            if targets[path] == nil {
                if let elsewhere = ImportTarget.elsewhere(kind, assessment: assessment, opd: opd.id, period: period.info.directory, target: path, existing: existing) {
                    plan.diagnostics.append(Diagnostic(.workspace(.importTargetElsewhere(opd: opd.id, file: elsewhere, target: path)),
                                                       at: Diagnostic.Location(file: file.path, line: row.raw.line, column: row.raw.column)))
                    refused.insert(path)
                    continue
                }
                let (loaded, found) = ImportTarget.load(path, existing: existing(path), content: kind)
                plan.diagnostics += found
                guard let loaded else {
                    refused.insert(path)
                    continue
                }
                targets[path] = loaded
            }
            let values = rowValues(row, catalogs: catalogs)
            var state = states[values.key] ?? existingState(values.key, assessment: assessment)
            var change = RowChange(file: fileIndex, row: row, subject: subject(row, name: values.name, assessment: assessment), reason: reason(row))
            var cells: [(Int, String)] = []
            for (field, column, new) in values.fields {
                let old = state.values[field] ?? ""
                guard !new.isEmpty, new != old else { continue }
                if field == .verified, !old.isEmpty, !settings.force {
                    let cell = row.raw.cells.count > column ? row.raw.cells[column] : nil
                    plan.diagnostics.append(Diagnostic(.workspace(.verifiedConflict(opd: opd.id, indicator: values.name, old: old, new: new)),
                                                       at: cell?.location(file.path) ?? Diagnostic.Location(file: file.path, line: row.raw.line)))
                    continue
                }
                change.changes.append((field, old, new, field == .verified && !old.isEmpty))
                cells.append((column, new))
                state.values[field] = new
            }
            guard !cells.isEmpty else { continue }
            if let line = state.line {
                targets[path]?.set(line: line, cells)
            } else if let index = state.appended {
                targets[path]?.set(appended: index, cells)
            } else {
                state.appended = targets[path]?.append([(0, values.name)] + cells, opd: opd.id)
            }
            states[values.key] = state
            rowChanges.append(change)
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
                (.selfLevel, 1, selfText(a.selfAssessment)), (.verified, 2, a.verified.map(String.init) ?? ""),
                (.evidence, 3, a.evidence), (.note, 4, a.note),
            ])
        case .service(let s):
            return RowValues(key: .service(opd: row.opd, name: s.name.lowercased()), name: s.name, fields: [
                (.stage, 1, String(s.stage)), (.usersPerYear, 2, s.usersPerYear.map(String.init) ?? ""), (.note, 3, s.note),
            ])
        }
    }

    /// The row as the workspace holds it before the import (no values when it has none).
    static func existingState(_ key: RowKey, assessment: OPDAssessment) -> RowState {
        switch key {
        case .answer(_, let indicator):
            guard let a = assessment.answers.first(where: { $0.indicator == indicator }) else { return RowState(values: [:]) }
            return RowState(values: [.selfLevel: selfText(a.selfAssessment), .verified: a.verified.map(String.init) ?? "",
                                     .evidence: a.evidence, .note: a.note], line: a.line)
        case .service(_, let name):
            guard let s = assessment.services.first(where: { $0.name.lowercased() == name }) else { return RowState(values: [:]) }
            return RowState(values: [.stage: String(s.stage), .usersPerYear: s.usersPerYear.map(String.init) ?? "", .note: s.note], line: s.line)
        }
    }

    /// The audit subject: the catalog's indicator id, or the service as the workspace names it.
    static func subject(_ row: ImportedFile.Row, name: String, assessment: OPDAssessment) -> AuditEntry.Subject {
        switch row.content {
        case .answer: return .indicator(name)
        case .service: return .service(assessment.services.first { $0.name.lowercased() == name.lowercased() }?.name ?? name)
        }
    }

    static func reason(_ row: ImportedFile.Row) -> String {
        switch row.content {
        case .answer(let a): return a.note
        case .service(let s): return s.note
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
