/// What `smartcity validate` checks and reports.
public struct ValidationResult: Sendable {
    public var diagnostics: [Diagnostic]
    /// Periods read, by id.
    public var periods: [String]
    public var opdCount: Int
    /// The methods the policy scores with, as `id version`.
    public var methods: [String]
    /// Rules in force by kind: applies, readiness, action, requires, flag.
    public var ruleCounts: [RuleKind: Int] = [:]
    /// What each period scored from evidence holds, in period order.
    public var evidence: [EvidenceSummary] = []

    /// A period's evidence files at a glance.
    public struct EvidenceSummary: Sendable, Hashable {
        public var period: String
        public var listed: Int
        public var accepted: Int
        public var assessorValues: Int
        public var externalIndices: Int
    }
}

extension Pipeline {
    /// Checks everything a run would read — catalogs, policy, OPD list and every period — and
    /// returns all findings together. Nothing is scored and nothing is written.
    public static func validate(_ locations: InputLocations) -> ValidationResult {
        var (inputs, diagnostics) = loadInputs(locations)
        guard let inputs else { return ValidationResult(diagnostics: diagnostics, periods: [], opdCount: 0, methods: []) }
        var methods: [String] = []
        var evidence: [ValidationResult.EvidenceSummary] = []
        var methodInputs = MethodInputs(inputs)
        for info in inputs.workspace.periods {
            // A period assessed with another method is read against that method's catalog.
            guard let periodInputs = methodInputs.inputs(for: info, diagnostics: &diagnostics) else { continue }
            // What `roadmap` would trip on, said here too: an action's team the policy lacks
            // (once, whichever periods bind the rule).
            for d in RoadmapTasks.unknownTeams(periodInputs.rules, policy: inputs.policy) where !diagnostics.contains(d) { diagnostics.append(d) }
            let (period, periodDiagnostics) = loadPeriod(info, inputs: periodInputs)
            diagnostics += periodDiagnostics
            if let e = period.evidence {
                let entries = e.register?.entries ?? []
                evidence.append(ValidationResult.EvidenceSummary(period: info.id, listed: entries.count,
                                                                 accepted: entries.filter { $0.status == .diterima }.count,
                                                                 assessorValues: e.assessorValues?.entries.count ?? 0,
                                                                 externalIndices: e.externalIndices?.entries.count ?? 0))
            }
            let index = "\(periodInputs.catalogs.index.id) \(periodInputs.catalogs.index.version)"
            if !methods.contains(index) { methods.append(index) }
        }
        let c = inputs.catalogs
        let r = inputs.rules
        let counts: [RuleKind: Int] = [.applies: r.applies.count, .readiness: r.readiness.count, .action: r.actions.count,
                                       .requires: r.requires.count, .flag: r.flags.count]
        return ValidationResult(
            diagnostics: diagnostics, periods: inputs.workspace.periods.map(\.id), opdCount: inputs.workspace.opds.count,
            methods: (methods.isEmpty ? ["\(c.index.id) \(c.index.version)"] : methods) + ["\(c.dimensions.id) \(c.dimensions.version)", "\(c.stages.id) \(c.stages.version)"],
            ruleCounts: counts, evidence: evidence)
    }
}
