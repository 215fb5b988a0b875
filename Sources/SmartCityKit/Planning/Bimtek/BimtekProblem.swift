/// The planner's input prepared once: needs checked against the catalog, grouped by OPD and
/// module, linked by the OPD's prerequisites, and ranked for the budget and for the calendar.
///
/// Cost: O(n log n) for n needs (two sorts), plus O(n · a) links where a is the number of
/// ancestor modules of a module (small: a few).
struct BimtekProblem {
    let needs: [TrainingNeed]
    let modules: [TrainingModule]
    let calendar: BimtekCalendar
    /// Catalog position of each need's module; nil when the need is not plannable.
    let moduleOf: [Int?]
    /// Why a need cannot be planned at all (unknown module, participant count).
    let invalid: [BimtekUnmetReason?]
    /// Per module: the last week a class can start, and its ancestors (transitive prerequisites).
    let lastStartWeek: [Int]
    let ancestors: [[Int]]
    /// (OPD, module) groups of valid needs; `groupOf[i]` is need i's group (-1 when invalid).
    let groupOf: [Int]
    let groupNeeds: [[Int]]
    /// Groups of the same OPD whose module is an ancestor of this group's module, and the reverse.
    let groupAncestors: [[Int]]
    let groupDependants: [[Int]]
    /// Valid and invalid needs in the order the budget considers them: priority descending,
    /// then deadline (none last), module id, OPD position, input index.
    let byPriority: [Int]
    /// Position of each need in the calendar's order (smaller runs first): the latest week
    /// its class may start (its deadline, else the module's last week), then priority
    /// descending, module id, OPD position, input index.
    let urgency: [Int]
    /// The latest week each valid need's class may start to meet its deadline (or the year).
    let dueWeek: [Int]

    init(needs: [TrainingNeed], catalog: TrainingCatalog, calendar: BimtekCalendar) {
        self.needs = needs
        self.calendar = calendar
        modules = catalog.modules
        let n = needs.count
        var moduleOf = [Int?](repeating: nil, count: n)
        var invalid = [BimtekUnmetReason?](repeating: nil, count: n)
        for (i, need) in needs.enumerated() {
            if let m = catalog.position(of: need.module) {
                if (1...BimtekPlanner.participantLimit).contains(need.participants) {
                    moduleOf[i] = m
                } else {
                    invalid[i] = .participantsOutOfRange(need.participants)
                }
            } else {
                invalid[i] = .unknownModule(need.module)
            }
        }
        self.moduleOf = moduleOf
        self.invalid = invalid
        lastStartWeek = modules.map { min(calendar.lastStartWeek(days: $0.days), calendar.weeks - 1) }
        ancestors = BimtekProblem.transitivePrerequisites(modules, catalog: catalog)

        // Groups: valid needs sorted by (OPD, module), split into runs.
        let valid = (0..<n).filter { moduleOf[$0] != nil }
        let byOPD = valid.sorted { (needs[$0].opd, moduleOf[$0]!, $0) < (needs[$1].opd, moduleOf[$1]!, $1) }
        var groupOf = [Int](repeating: -1, count: n)
        var groupNeeds: [[Int]] = []
        var groupModule: [Int] = []
        var groupAncestors: [[Int]] = []
        var groupDependants: [[Int]] = []
        var runStart = 0
        while runStart < byOPD.count {
            let opd = needs[byOPD[runStart]].opd
            var runEnd = runStart
            var groupByModule: [Int: Int] = [:]
            while runEnd < byOPD.count, needs[byOPD[runEnd]].opd == opd {
                let i = byOPD[runEnd], m = moduleOf[i]!
                if let g = groupByModule[m] {
                    groupNeeds[g].append(i)
                    groupOf[i] = g
                } else {
                    let g = groupNeeds.count
                    groupByModule[m] = g
                    groupNeeds.append([i])
                    groupModule.append(m)
                    groupAncestors.append([])
                    groupDependants.append([])
                    groupOf[i] = g
                }
                runEnd += 1
            }
            for g in groupByModule.values.sorted() {
                for a in ancestors[groupModule[g]] {
                    if let h = groupByModule[a] {
                        groupAncestors[g].append(h)
                        groupDependants[h].append(g)
                    }
                }
            }
            runStart = runEnd
        }
        for g in groupDependants.indices { groupDependants[g].sort() }
        self.groupOf = groupOf
        self.groupNeeds = groupNeeds
        self.groupAncestors = groupAncestors
        self.groupDependants = groupDependants

        // Ranks: priority (0 = highest) and module-id order, then the two orders.
        let priorityOrder = (0..<n).sorted { needs[$1].priority < needs[$0].priority }
        var priorityRank = [Int](repeating: 0, count: n)
        for k in priorityOrder.indices.dropFirst() {
            let (a, b) = (priorityOrder[k - 1], priorityOrder[k])
            priorityRank[b] = needs[a].priority == needs[b].priority ? priorityRank[a] : k
        }
        let moduleIDs = Array(Set(needs.map(\.module))).sorted()
        var idRank: [String: Int] = [:]
        for (k, id) in moduleIDs.enumerated() { idRank[id] = k }
        let moduleRank = needs.map { idRank[$0.module] ?? 0 }
        byPriority = (0..<n).sorted {
            (priorityRank[$0], needs[$0].latestStart ?? Int.max, moduleRank[$0], needs[$0].opd, $0)
                < (priorityRank[$1], needs[$1].latestStart ?? Int.max, moduleRank[$1], needs[$1].opd, $1)
        }
        let lastStart = lastStartWeek
        let modulesCopy = modules
        let dueWeek = (0..<n).map { i -> Int in
            guard let m = moduleOf[i] else { return Int.max }
            guard let latest = needs[i].latestStart else { return lastStart[m] }
            return min(calendar.deadlineWeek(latestStart: latest, days: modulesCopy[m].days), lastStart[m])
        }
        self.dueWeek = dueWeek
        let calendarOrder = valid.sorted {
            (dueWeek[$0], priorityRank[$0], moduleRank[$0], needs[$0].opd, $0)
                < (dueWeek[$1], priorityRank[$1], moduleRank[$1], needs[$1].opd, $1)
        }
        var urgency = [Int](repeating: Int.max, count: n)
        for (k, i) in calendarOrder.enumerated() { urgency[i] = k }
        self.urgency = urgency
    }

    /// For each module, the positions of all modules it requires directly or through others,
    /// ascending. Unknown ids are skipped; a cycle (possible in a catalog built in code, never
    /// in a loaded one) is cut where the search meets it.
    static func transitivePrerequisites(_ modules: [TrainingModule], catalog: TrainingCatalog) -> [[Int]] {
        let direct = modules.map { $0.prerequisites.compactMap { catalog.position(of: $0) } }
        return modules.indices.map { root in
            var seen = Set<Int>([root])
            var stack = direct[root]
            var out: [Int] = []
            while let m = stack.popLast() {
                guard seen.insert(m).inserted else { continue }
                out.append(m)
                stack.append(contentsOf: direct[m])
            }
            return out.sorted()
        }
    }
}
