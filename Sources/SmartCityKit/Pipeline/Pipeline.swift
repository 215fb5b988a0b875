/// The one entry point the CLI calls: load and check the inputs, read a period, score it.
///
/// The steps run in this order because each needs the ones before it:
/// 1. locations (workspace.json) — where catalogs and policy are;
/// 2. catalogs — every file of `indicators/` validated, even unused ones;
/// 3. policy — which catalogs, roles, readiness rules, targets;
/// 4. OPD list — needed to check role bindings and to resolve file names;
/// 5. binding — the policy against catalogs and OPDs; the scope (who answers what);
/// 6. periods — discovered, then only the requested one is read (answers in parallel);
/// 7. coverage — missing answers, answers outside scope;
/// 8. scoring.
/// A step with errors stops the ones that depend on it, but every file a step reads is read
/// to the end, so a run reports all problems it can see.
public enum Pipeline {
    /// Everything a period is scored with.
    public struct Inputs: Sendable {
        public var workspace: Workspace
        public var catalogs: CatalogSet
        public var policy: Policy
        public var scope: Scope
        /// The rules in force: national ones, replaced by the workspace's where ids match.
        public var rules: RuleSet
        public var readiness: ReadinessDefinition
        /// The Bimtek modules (`indicators/training.json`), when the folder has a training catalog.
        public var training: TrainingCatalog?
        /// Crosswalks from the policy's index method to other methods, with those methods'
        /// catalogs (for `smartcity crosswalk`).
        public var crosswalks: [(crosswalk: Crosswalk, target: IndicatorCatalog)] = []
        /// Every catalog of the folder and the rule files, read once: a period assessed with
        /// another method is scored with inputs derived from these (`inputs(for:)`).
        var library = CatalogLibrary()
        var ruleSources = RuleSources()

        /// Every crosswalk of the catalog folder with its target catalog, whatever the method.
        public var allCrosswalks: [(crosswalk: Crosswalk, target: IndicatorCatalog)] { library.crosswalks(from: nil) }
    }

    public static func loadInputs(_ locations: InputLocations) -> (inputs: Inputs?, diagnostics: [Diagnostic]) {
        guard FileSystem.isDirectory(locations.workspace) else {
            return (nil, [Diagnostic(.workspace(.workspaceNotFound(locations.workspace)), at: Diagnostic.Location(file: locations.workspace))])
        }
        var (resolved, diagnostics) = locations.resolve()
        guard let resolved else { return (nil, diagnostics) }
        let (library, catalogDiagnostics) = CatalogLibrary.load(directory: resolved.indicators)
        diagnostics += catalogDiagnostics
        var policy: Policy?
        if let bytes = requiredFile(resolved.policy, into: &diagnostics) {
            let loaded = PolicyLoader.load(bytes: bytes, file: resolved.policy)
            policy = loaded.policy
            diagnostics += loaded.diagnostics
        }
        let opdPath = FileSystem.join(locations.workspace, "opds.csv")
        var opds: [OPD] = []
        if let bytes = requiredFile(opdPath, into: &diagnostics) {
            let read = OPDListReader.read(bytes: bytes, file: opdPath)
            opds = read.opds
            diagnostics += read.diagnostics
        }
        let (periods, periodDiagnostics) = PeriodFolders.discover(root: locations.workspace)
        diagnostics += periodDiagnostics
        guard var policy else { return (nil, diagnostics) }
        let (catalogs, resolveDiagnostics) = library.resolve(policy.methods, policyFile: policy.file, searched: resolved.indicators)
        diagnostics += resolveDiagnostics
        guard let catalogs, !diagnostics.hasErrors else { return (nil, diagnostics) }
        diagnostics += PolicyBinding.bindRoles(from: opds, into: &policy, library: library)
        var opdIndex: [String: Int] = [:]
        for (i, opd) in opds.enumerated() { opdIndex[opd.id] = i }
        let workspace = Workspace(root: locations.workspace, opds: opds, opdIndex: opdIndex, periods: periods)
        let ruleDirectories = [FileSystem.join(resolved.indicators, "rules"), FileSystem.join(locations.workspace, "rules")]
        let (ruleSources, readDiagnostics) = RuleSources.read(directories: ruleDirectories)
        let (rules, ruleDiagnostics) = RuleLoader.bind(ruleSources, catalogs: catalogs, policy: policy, workspace: workspace)
        diagnostics += readDiagnostics + ruleDiagnostics
        let scope = Scope(workspace: workspace, catalogs: catalogs, policy: policy, applies: rules.applies)
        diagnostics += PolicyBinding.check(policy, catalogs: catalogs, workspace: workspace, scope: scope,
                                           methods: library.indicatorCatalogs.filter { $0.kind == .index })
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        let readiness = ReadinessDefinition(rules: rules, policy: policy)
        let crosswalks = library.crosswalks(from: catalogs.index.id)
        return (Inputs(workspace: workspace, catalogs: catalogs, policy: policy, scope: scope, rules: rules, readiness: readiness,
                       training: library.training.first, crosswalks: crosswalks, library: library, ruleSources: ruleSources), diagnostics)
    }

    /// The bytes of a file the workspace must have, or nil with the finding why not.
    static func requiredFile(_ path: String, into diagnostics: inout [Diagnostic]) -> [UInt8]? {
        guard let file = InputFile.readIfPresent(path) else {
            diagnostics.append(Diagnostic(.workspace(.missingFile(path)), at: Diagnostic.Location(file: path)))
            return nil
        }
        return file.bytes(reportingTo: &diagnostics)
    }

    /// The period with this id, or the latest when `id` is nil.
    public static func selectPeriod(_ id: String?, in workspace: Workspace) -> (PeriodInfo?, [Diagnostic]) {
        if let id {
            if let info = workspace.periods.first(where: { $0.id == id }) { return (info, []) }
            let location = Diagnostic.Location(file: FileSystem.join(workspace.root, "assessments"))
            return (nil, [Diagnostic(.workspace(.unknownPeriod(id, available: workspace.periods.map(\.id))), at: location)])
        }
        return (workspace.periods.last, [])
    }

    /// Reads a period and checks its coverage.
    public static func loadPeriod(_ info: PeriodInfo, inputs: Inputs) -> (period: Period, diagnostics: [Diagnostic]) {
        var (period, diagnostics) = PeriodFolders.load(info, workspace: inputs.workspace, catalogs: inputs.catalogs)
        // The user survey, when the period has one, suggests levels for the indicators the
        // method marks with `survey` (before coverage: a suggested level is an answer).
        if let file = InputFile.readIfPresent(FileSystem.join(info.directory, "survey.csv")), let bytes = file.bytes(reportingTo: &diagnostics) {
            let (survey, surveyDiagnostics) = UserSurvey.read(bytes: bytes, file: file.path, workspace: inputs.workspace)
            diagnostics += surveyDiagnostics
            if let survey {
                diagnostics += SurveyFeed.apply(survey, to: &period, catalogs: inputs.catalogs, scope: inputs.scope, workspace: inputs.workspace)
            }
        }
        diagnostics += attachEvidence(&period, inputs: inputs)
        diagnostics += Coverage.check(period, workspace: inputs.workspace, catalogs: inputs.catalogs, scope: inputs.scope)
        return (period, diagnostics)
    }

    /// For a method scored from evidence items: the period's register, assessor values and
    /// external indices, and the values formed from them, put into `period`.
    static func attachEvidence(_ period: inout Period, inputs: Inputs) -> [Diagnostic] {
        guard inputs.catalogs.index.scoresValues else { return [] }
        let info = period.info
        let (evidence, diagnostics) = readEvidence(info, inputs: inputs)
        guard var evidence else { return diagnostics }
        evidence.previous = previousRegister(before: info, inputs: inputs)
        period.evidence = evidence
        let (values, valueDiagnostics) = formValues(evidence, date: info.date, inputs: inputs)
        period.values = values
        return diagnostics + valueDiagnostics
    }

    /// The indicator values a period's evidence gives, with the owners of the items as the
    /// policy binds them (its `evidenceOwners` over the roles' units) and the days per item
    /// of the rules; the policy's bad bindings are reported.
    static func formValues(_ evidence: PeriodEvidence, date: CalendarDate, inputs: Inputs) -> (values: EvidenceValues, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var owners = inputs.catalogs.index.indicators.indices.map { inputs.scope.owner(of: IndicatorRef(slot: .index, position: $0)) }
        for owner in inputs.policy.evidenceOwners {
            let at = Diagnostic.Location(file: inputs.policy.file, line: owner.line, column: owner.column, context: .jsonPath("evidenceOwners." + owner.indicator))
            guard let position = inputs.catalogs.index.position(of: owner.indicator) else {
                diagnostics.append(Diagnostic(.evidence(.unknownIndicator(owner.indicator, suggestion: nil)), at: at))
                continue
            }
            guard let opd = inputs.workspace.opdIndex[owner.opd] else {
                diagnostics.append(Diagnostic(.evidence(.unknownOwner(owner.opd, suggestion: Suggestion.closest(to: owner.opd, in: inputs.workspace.opds.map(\.id)))), at: at))
                continue
            }
            owners[position] = opd
        }
        let days = inputs.catalogs.index.indicators.indices.map { inputs.rules.itemAction(for: IndicatorRef(slot: .index, position: $0))?.daysPerItem }
        let (values, found) = EvidenceValues.form(evidence, catalog: inputs.catalogs.index, periodDate: date, owners: owners, daysPerItem: days)
        return (values, diagnostics + found)
    }

    /// The register of the last period before `info` assessed with the same method, when it
    /// has one without errors (its own findings are reported when it is scored).
    static func previousRegister(before info: PeriodInfo, inputs: Inputs) -> (period: String, register: EvidenceRegister)? {
        let method = inputs.catalogs.index.id
        let defaultMethod = inputs.policy.methods.index
        guard let earlier = inputs.workspace.periods.last(where: { $0.date < info.date && ($0.method ?? defaultMethod) == method }) else { return nil }
        let (evidence, diagnostics) = readEvidence(earlier, inputs: inputs)
        guard !diagnostics.hasErrors, let register = evidence?.register else { return nil }
        return (earlier.id, register)
    }

    /// The evidence files of a period, read and parsed against the period's method.
    static func readEvidence(_ info: PeriodInfo, inputs: Inputs) -> (evidence: PeriodEvidence?, diagnostics: [Diagnostic]) {
        var files: [String: InputFile] = [:]
        for name in PeriodEvidence.files { files[name] = InputFile.readIfPresent(FileSystem.join(info.directory, name)) }
        return PeriodEvidence.load(info, files: files, catalog: inputs.catalogs.index, workspace: inputs.workspace,
                                   otherMethods: inputs.library.indicatorCatalogs)
    }

    /// Loads everything and scores one period (the latest when `periodID` is nil).
    /// The report is nil when any error was found.
    public static func score(_ locations: InputLocations, periodID: String?) -> (report: ScoreReport?, inputs: Inputs?, diagnostics: [Diagnostic]) {
        var timings: [StageTiming] = []
        return score(locations, periodID: periodID, timings: &timings, measure: false)
    }

    /// `score`, with the wall time of each stage, for benchmarks (`score --timings`). The
    /// clock is read only here, only when asked: outputs never depend on it.
    public static func score(_ locations: InputLocations, periodID: String?, timings: inout [StageTiming],
                             measure: Bool = true) -> (report: ScoreReport?, inputs: Inputs?, diagnostics: [Diagnostic]) {
        let clock = ContinuousClock()
        var mark = clock.now
        func lap(_ stage: StageTiming.Stage) {
            guard measure else { return }
            let now = clock.now
            timings.append(StageTiming(stage: stage, duration: now - mark))
            mark = now
        }
        var (loaded, diagnostics) = loadInputs(locations)
        guard let loaded else { return (nil, nil, diagnostics) }
        let (info, selectDiagnostics) = selectPeriod(periodID, in: loaded.workspace)
        diagnostics += selectDiagnostics
        guard let info else { return (nil, loaded, diagnostics) }
        var methods = MethodInputs(loaded)
        let (report, inputs) = scoredPeriod(info, methods: &methods, diagnostics: &diagnostics, lap: lap)
        return (report, inputs ?? loaded, diagnostics)
    }
}
