/// The Bimtek needs of a scored period: which module each OPD needs, for how many of its
/// people, how important it is, and by when a roadmap task waits for it.
///
/// One need per acting OPD and module, gathered from every action that names the module
/// (`modules` in the action rule). Priority is the index gain those actions promise —
/// Σ weight × (target − level) ÷ 100 over their indicators — and 1/10 for an action without
/// an indicator (digitising or integrating services), our documented stand-in until such
/// actions carry a gain of their own. A module's prerequisites join as needs of the same
/// OPD with the dependant's priority and deadline, so the chain is trained in order. In a
/// period scored from evidence items, the units that owe an indicator's items need its
/// action's modules instead, worth the index points those items add.
public enum TrainingNeeds {
    /// Stand-in gain of an action without an indicator.
    static let serviceActionGain = Fraction(1, 10)

    public static func build(_ report: ScoreReport, training: TrainingCatalog, roadmap: Roadmap?, start: CalendarDate) -> [TrainingNeed] {
        struct Gathered {
            var priority = Fraction.zero
            var sources: [String] = []
            var latestStart: Int?
        }
        var taskStart: [String: CalendarDate] = [:]
        if let roadmap {
            for (i, task) in roadmap.tasks.enumerated() { taskStart["\(task.opd)/\(task.rule)"] = roadmap.calendar.date(roadmap.starts[i]) }
        }
        let rules = report.rules
        var gathered: [String: Gathered] = [:]
        var keys: [(opd: Int, module: String)] = []
        func add(_ opd: Int, _ module: String, priority: Fraction, source: String, latestStart: Int?) {
            let key = "\(opd)/\(module)"
            if gathered[key] == nil {
                gathered[key] = Gathered()
                keys.append((opd, module))
            }
            gathered[key]!.priority += priority
            if !gathered[key]!.sources.contains(source) { gathered[key]!.sources.append(source) }
            if let latestStart { gathered[key]!.latestStart = min(gathered[key]!.latestStart ?? latestStart, latestStart) }
        }
        let values = report.city.values
        let catalog = report.catalogs.index
        func scoredFromItems(_ ref: IndicatorRef?) -> Bool {
            guard values != nil, let ref, ref.slot == .index else { return false }
            return !catalog.indicators[ref.position].evidence.isEmpty
        }
        for opd in report.findings.indices {
            for f in report.findings[opd] where f.kind == .action && !scoredFromItems(f.indicator) {
                guard let position = rules.actionPosition(f.rule), !rules.actions[position].modules.isEmpty else { continue }
                // An indicator's action is worth the index points closing its gap adds.
                let gain = f.indicator.map { report.scores[f.opd].gap($0)?.indexPoints ?? .zero } ?? serviceActionGain
                let deadline = taskStart["\(f.opd)/\(f.rule)"].map { max(0, start.days(to: $0)) }
                for module in rules.actions[position].modules {
                    add(f.action?.owner ?? f.opd, module, priority: gain, source: f.rule, latestStart: deadline)
                }
            }
        }
        // Scored from evidence items, the units that owe the items need the training their
        // indicator's action names, worth the points the items add, by their first task's start.
        if let values {
            var itemStart: [String: CalendarDate] = [:]
            if let roadmap {
                for (i, task) in roadmap.tasks.enumerated() {
                    for code in task.items { itemStart[code] = roadmap.calendar.date(roadmap.starts[i]) }
                }
            }
            for owner in values.owners.keys.sorted() {
                for item in values.owners[owner]!.owed {
                    let ref = IndicatorRef(slot: .index, position: item.position)
                    guard let rule = rules.itemAction(for: ref), !rule.modules.isEmpty else { continue }
                    let deadline = itemStart[item.code].map { max(0, start.days(to: $0)) }
                    for module in rule.modules { add(owner, module, priority: item.points, source: rule.header.id, latestStart: deadline) }
                }
            }
        }
        // Prerequisites (transitively) as needs of the same OPD, before their dependants.
        var index = 0
        while index < keys.count {
            let (opd, module) = keys[index]
            let g = gathered["\(opd)/\(module)"]!
            for prerequisite in training.module(module)?.prerequisites ?? [] {
                add(opd, prerequisite, priority: g.priority, source: "\(module)←", latestStart: g.latestStart)
            }
            index += 1
        }
        return keys.sorted { ($0.opd, training.position(of: $0.module) ?? Int.max, $0.module) < ($1.opd, training.position(of: $1.module) ?? Int.max, $1.module) }
            .map { key in
                let g = gathered["\(key.opd)/\(key.module)"]!
                let module = training.module(key.module)
                let staff = report.opds[key.opd].staff
                return TrainingNeed(opd: key.opd, opdID: report.opds[key.opd].id, module: key.module, role: module?.audience ?? .all,
                                    participants: module?.participants(staff: staff) ?? 1, priority: g.priority,
                                    latestStart: g.latestStart, sources: g.sources)
            }
    }
}
