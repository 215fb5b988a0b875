/// What `smartcity import` is asked to do.
public struct ImportOptions: Sendable {
    /// The files to merge, answers or services, in the order given.
    public var files: [String]
    /// The period to merge into (default: the latest); a new period when the name is a valid
    /// period name not yet in the workspace.
    public var periodID: String?
    /// Who made the changes, for rows that do not say.
    public var by: String?
    /// When, for rows that do not say.
    public var at: CalendarDate?
    /// Whether a verified level may be replaced by a different one.
    public var force: Bool

    public init(files: [String], periodID: String? = nil, by: String? = nil, at: CalendarDate? = nil, force: Bool = false) {
        self.files = files
        self.periodID = periodID
        self.by = by
        self.at = at
        self.force = force
    }
}

/// What an import did, or why it did nothing.
public struct ImportResult: Sendable {
    /// The workspace's errors (its warnings are `validate`'s business) and the imported
    /// files' findings.
    public var diagnostics: [Diagnostic]
    /// The period merged into.
    public var period: String?
    /// The changes made, as appended to `audit.log`; empty when nothing changed or on error.
    public var changes: [AuditEntry] = []
    /// Files written, `audit.log` last.
    public var written: [String] = []
    /// A failure to write, after which every file is as it was before.
    public var writeFailure: FileError?
}

extension Pipeline {
    /// Merges exported answer and service files into a period of the workspace and appends
    /// every change to `audit.log`, all or nothing.
    ///
    /// Steps: the workspace is loaded (it must have no errors); the period is chosen; every
    /// file is read and checked — OPD, indicators, levels, duplicates, scope, conflicts with
    /// verified levels, who and when — and all findings are returned together; only when
    /// there is no error are the new files and the longer log written, in one
    /// `FileTransaction`.
    public static func importAssessments(_ locations: InputLocations, options: ImportOptions) -> ImportResult {
        importAssessments(locations, options: options, failingAt: nil)
    }

    /// `importAssessments` with a failure injected into the write, for the all-or-nothing test.
    static func importAssessments(_ locations: InputLocations, options: ImportOptions,
                                  failingAt failure: FileTransaction.FailurePoint?) -> ImportResult {
        let (base, loadDiagnostics) = loadInputs(locations)
        var diagnostics = loadDiagnostics.filter(\.isError)
        guard var inputs = base, diagnostics.isEmpty else { return ImportResult(diagnostics: diagnostics) }
        let workspace = inputs.workspace
        let root = FileSystem.join(workspace.root, "assessments")
        var info: PeriodInfo?
        var isNew = false
        if let id = options.periodID, !workspace.periods.contains(where: { $0.id == id }) {
            // A period not there yet is made, as `assessments/<id>/` would be by hand.
            if let date = CalendarDate(iso: id) ?? CalendarDate(endOfMonth: id) {
                if let other = workspace.periods.first(where: { $0.date == date }) {
                    diagnostics.append(Diagnostic(.workspace(.duplicatePeriodDate(date.description, other: other.id)), at: Diagnostic.Location(file: root)))
                } else {
                    info = PeriodInfo(id: id, date: date, label: nil, directory: FileSystem.join(root, id))
                    isNew = true
                }
            } else {
                diagnostics.append(Diagnostic(.workspace(.invalidPeriodName(id)), at: Diagnostic.Location(file: root)))
            }
        } else {
            info = selectPeriod(options.periodID, in: workspace).0
            if info == nil { diagnostics.append(Diagnostic(.workspace(.noPeriods(directory: root)), at: Diagnostic.Location(file: root))) }
        }
        var period: Period?
        if let periodInfo = info {
            // A period assessed with another method is read and checked against that method.
            let (derived, methodDiagnostics) = Pipeline.inputs(for: periodInfo, base: inputs)
            diagnostics.appendNew(methodDiagnostics)
            if let derived { inputs = derived }
        }
        if let info, !diagnostics.hasErrors {
            if isNew {
                period = Period(info: info, assessments: workspace.opds.indices.map(OPDAssessment.init(opd:)))
            } else {
                var (loaded, found) = PeriodFolders.load(info, workspace: workspace, catalogs: inputs.catalogs)
                // The evidence as the loader forms it: who owns each item, what the register holds.
                found += attachEvidence(&loaded, inputs: inputs)
                diagnostics += found.filter(\.isError)
                period = loaded
            }
        }
        let files = info.map { info in options.files.map { ImportedFile.read(InputFile.read($0), workspace: workspace, catalogs: inputs.catalogs, period: info) } } ?? []
        guard var period, !diagnostics.hasErrors else {
            return ImportResult(diagnostics: diagnostics + files.flatMap(\.diagnostics), period: info?.id)
        }
        let settings = WorkspaceImport.Settings(by: options.by, at: options.at, force: options.force)
        let derived = inputs, date = period.info.date
        if period.values == nil, inputs.catalogs.index.scoresValues {
            // A period without evidence files yet: its items' owners are the policy's.
            period.values = formValues(PeriodEvidence(directory: period.info.directory), date: period.info.date, inputs: inputs).values
        }
        let plan = WorkspaceImport.plan(files, period: period, workspace: workspace, catalogs: inputs.catalogs, scope: inputs.scope, settings: settings,
                                        existing: InputFile.readIfPresent,
                                        formValues: { formValues($0, date: date, inputs: derived) })
        var result = ImportResult(diagnostics: diagnostics + plan.diagnostics, period: period.info.id)
        guard !result.diagnostics.hasErrors, !plan.entries.isEmpty else { return result }
        let logPath = FileSystem.join(workspace.root, AuditLog.fileName)
        var log: [UInt8] = []
        if let file = InputFile.readIfPresent(logPath) {
            guard let bytes = file.bytes(reportingTo: &result.diagnostics) else { return result }
            log = bytes
        }
        let writes = plan.writes + [FileTransaction.Write(path: logPath, bytes: AuditLog.appending(plan.entries, to: log))]
        do {
            try FileTransaction.commit(writes, failingAt: failure)
        } catch {
            result.writeFailure = error
            return result
        }
        result.changes = plan.entries
        result.written = writes.map(\.path)
        return result
    }
}
