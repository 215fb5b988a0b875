/// Checks a policy against the catalogs it names and the city's OPD list: every role a
/// catalog uses is bound to an existing OPD, readiness stages exist, and every indicator is
/// answered by someone.
enum PolicyBinding {
    /// The roles `opds.csv` gives its OPDs (`peran`), added to the policy's: a role no
    /// catalog of the folder uses, or one another OPD holds (here or in the policy), is
    /// reported at its cell.
    static func bindRoles(from opds: [OPD], into policy: inout Policy, library: CatalogLibrary) -> [Diagnostic] {
        var known: [String] = []
        for catalog in library.indicatorCatalogs { for role in catalog.roles.map(\.key) where !known.contains(role) { known.append(role) } }
        var diagnostics: [Diagnostic] = []
        var fromList: [String: String] = [:]
        for opd in opds {
            for role in opd.roles {
                let at = opd.rolesCell
                guard known.contains(role) else {
                    diagnostics.append(Diagnostic(.catalog(.unknownRole(role, known: known.sorted())), at: at))
                    continue
                }
                if let other = fromList[role], other != opd.id {
                    diagnostics.append(Diagnostic(.workspace(.roleHeldTwice(role: role, opd: opd.id, other: other, place: "opds.csv")), at: at))
                } else if let other = policy.roles[role], other != opd.id {
                    diagnostics.append(Diagnostic(.workspace(.roleHeldTwice(role: role, opd: opd.id, other: other, place: policy.file.split(separator: "/").last.map(String.init) ?? policy.file)), at: at))
                } else {
                    fromList[role] = opd.id
                    policy.roles[role] = opd.id
                }
            }
        }
        return diagnostics
    }

    /// `methods`: the index catalogs periods may be assessed with besides `catalogs.index` —
    /// level targets may name them (a Pemdi target beside the SPBE ones).
    static func check(_ policy: Policy, catalogs: CatalogSet, workspace: Workspace, scope: Scope, methods: [IndicatorCatalog] = []) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func at(_ key: String?) -> Diagnostic.Location {
            Diagnostic.Location(file: policy.file, line: key.flatMap { policy.roleLines[$0] },
                                context: .jsonPath(key.map { "roles." + $0 } ?? "roles"))
        }
        for slot in CatalogSet.Slot.allCases {
            let catalog = catalogs.catalog(slot)
            var used: [String] = []
            for indicator in catalog.indicators {
                if case .role(let role) = indicator.answeredBy, !used.contains(role) { used.append(role) }
            }
            for role in used where policy.roles[role] == nil {
                diagnostics.append(Diagnostic(.catalog(.roleNotBound(role: role, catalog: catalog.id)), at: at(nil)))
            }
        }
        for (role, opd) in policy.roles.sorted(by: { $0.key < $1.key }) where workspace.opdIndex[opd] == nil {
            diagnostics.append(Diagnostic(.catalog(.roleBoundToUnknownOPD(role: role, opd: opd)), at: at(role)))
        }
        for (key, rule) in [("daring", policy.daring), ("integrated", policy.integrated)] {
            guard let rule, !catalogs.stages.range.contains(rule.minimumStage) else { continue }
            diagnostics.append(Diagnostic(.catalog(.stageOutOfRange(found: rule.minimumStage, range: catalogs.stages.range)),
                                          at: Diagnostic.Location(file: policy.file, context: .jsonPath("readiness.\(key).minimumStage"))))
        }
        for target in policy.levelTargets {
            let location = Diagnostic.Location(file: policy.file, line: target.line, context: .jsonPath("levelTargets"))
            let known = [catalogs.index.id, catalogs.dimensions.id] + methods.map(\.id)
            if let id = target.catalog, !known.contains(id) {
                diagnostics.append(Diagnostic(.catalog(.catalogNotFound(id: id, searched: known)), at: location))
            }
            for id in target.indicators where catalogs.resolve(id) == nil && !methods.contains(where: { $0.position(of: id) != nil }) {
                diagnostics.append(Diagnostic(.workspace(.unknownIndicator(id, suggestion: catalogs.suggestion(for: id))), at: location))
            }
            // The value must be one of each covered catalog's scale (2.50 on Pemdi, 3 on SPBE).
            let all = [catalogs.index, catalogs.dimensions] + methods
            let covered = target.catalog.map { id in all.filter { $0.id == id } }
                ?? all.filter { catalog in target.indicators.contains { catalog.position(of: $0) != nil } }
            var seen = Set<String>()
            for catalog in covered where seen.insert(catalog.id).inserted && !catalog.valueScale.accepts(target.level) {
                let at = Diagnostic.Location(file: policy.file, line: target.line, column: target.column, context: .jsonPath("levelTargets"))
                diagnostics.append(Diagnostic(.catalog(.targetOffScale(found: target.level, catalog: catalog.id, scale: catalog.valueScale)), at: at))
            }
        }
        let indexMethods = [catalogs.index.id] + methods.map(\.id)
        for (i, calendar) in policy.evaluations.enumerated() {
            guard let method = calendar.method, !indexMethods.contains(method) else { continue }
            let at = Diagnostic.Location(file: policy.file, line: calendar.line, context: .jsonPath("evaluations[\(i)].method"))
            diagnostics.append(Diagnostic(.catalog(.catalogNotFound(id: method, searched: indexMethods)), at: at))
        }
        for (p, phase) in (policy.roadmap?.phases ?? []).enumerated() {
            for (g, goal) in phase.goals.enumerated() {
                guard let method = goal.method, !indexMethods.contains(method) else { continue }
                let at = Diagnostic.Location(file: policy.file, line: goal.line, context: .jsonPath("roadmap.phases[\(p)].goals[\(g)].method"))
                diagnostics.append(Diagnostic(.catalog(.catalogNotFound(id: method, searched: indexMethods)), at: at))
            }
        }
        if diagnostics.hasErrors { return diagnostics }
        for slot in CatalogSet.Slot.allCases {
            let catalog = catalogs.catalog(slot)
            for (position, indicator) in catalog.indicators.enumerated() where scope.answering[slot.rawValue][position].isEmpty && indicator.external == nil {
                let rule: String
                switch indicator.answeredBy {
                case .role(let r): rule = "role \(r)"
                case .all: rule = "all"
                case .tags(let t): rule = "tags " + t.joined(separator: ", ")
                }
                diagnostics.append(Diagnostic(.catalog(.indicatorAnsweredByNobody(indicator: indicator.id, rule: rule)),
                                              at: Diagnostic.Location(file: catalog.file, line: indicator.line)))
            }
        }
        return diagnostics
    }
}
