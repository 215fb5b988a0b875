extension Pipeline {
    /// The inputs a period is scored with: the policy's, or — when its `period.json` names
    /// another index method (`"method": "pemdi-2026"`) — the same with that method's catalog,
    /// the rules that apply to it, its applicability and role bindings.
    ///
    /// An unknown method is an error at the `method` value in `period.json`; a method whose
    /// roles the policy does not bind is reported like any catalog's.
    public static func inputs(for period: PeriodInfo, base: Inputs) -> (inputs: Inputs?, diagnostics: [Diagnostic]) {
        guard let method = period.method, method != base.catalogs.index.id else { return (base, []) }
        let location = period.methodLocation ?? Diagnostic.Location(file: period.directory)
        let known = base.library.indicatorCatalogs.filter { $0.kind == .index }
        guard let index = known.first(where: { $0.id == method }) else {
            if let other = base.library.indicatorCatalogs.first(where: { $0.id == method }) {
                return (nil, [Diagnostic(.catalog(.catalogKindMismatch(id: method, found: other.kind.rawValue, expected: "index")), at: location)])
            }
            return (nil, [Diagnostic(.catalog(.notOneOf(found: method, allowed: known.map(\.id).sorted())), at: location)])
        }
        var inputs = base
        inputs.catalogs = CatalogSet(index: index, dimensions: base.catalogs.dimensions, stages: base.catalogs.stages)
        // The rule files were read once, with the policy's method; here they are bound to this
        // method's catalogs. Their findings come back whole: a warning both bindings give is
        // reported once by the caller (`MethodInputs`, `appendNew`), one only this method's files give is kept.
        let (rules, ruleDiagnostics) = RuleLoader.bind(base.ruleSources, catalogs: inputs.catalogs, policy: base.policy, workspace: base.workspace)
        var diagnostics = ruleDiagnostics
        inputs.rules = rules
        inputs.scope = Scope(workspace: base.workspace, catalogs: inputs.catalogs, policy: base.policy, applies: rules.applies)
        diagnostics += PolicyBinding.check(base.policy, catalogs: inputs.catalogs, workspace: base.workspace, scope: inputs.scope,
                                           methods: base.library.indicatorCatalogs.filter { $0.kind == .index })
        inputs.readiness = ReadinessDefinition(rules: rules, policy: base.policy)
        inputs.crosswalks = base.library.crosswalks(from: index.id)
        return (diagnostics.hasErrors ? nil : inputs, diagnostics)
    }
}
