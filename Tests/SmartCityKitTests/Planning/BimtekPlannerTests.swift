import Testing
@testable import SmartCityKit

/// The Bimtek class planner: hand-checked cases, the budget and time limits, and a checker
/// of the plan's invariants run over every plan, including seeded random ones.
@Suite struct BimtekPlannerTests {
    // MARK: The checker

    /// Every broken invariant of `plan`, as readable lines (empty when the plan is sound).
    static func violations(_ plan: BimtekPlan, needs: [TrainingNeed], catalog: TrainingCatalog, settings: BimtekSettings) -> [String] {
        var out: [String] = []
        let yearEnd = CalendarDate(year: settings.start.year, month: 12, day: 31)!
        var seated = Array(repeating: 0, count: needs.count)
        var lastEnd = [CalendarDate?](repeating: nil, count: needs.count)
        var firstStart = [CalendarDate?](repeating: nil, count: needs.count)
        var bySlot: [Int: [BimtekClass]] = [:]
        var sum = 0
        for c in plan.classes {
            guard let module = catalog.module(c.module) else { out.append("class of unknown module \(c.module)"); continue }
            if c.participants > module.classCapacity { out.append("\(c.module) \(c.start): \(c.participants) > capacity \(module.classCapacity)") }
            if c.participants != c.seats.reduce(0, { $0 + $1.count }) || c.seats.isEmpty { out.append("\(c.module) \(c.start): seats do not add up") }
            if !BimtekCalendar.isMonday(c.start) { out.append("\(c.module) starts on \(c.start), not a Monday") }
            if c.start < settings.start || yearEnd < c.end { out.append("\(c.module) \(c.start)–\(c.end) outside the year") }
            if c.end != BimtekCalendar(start: settings.start).lastDay(week: (c.start.dayNumber - BimtekCalendar(start: settings.start).monday(0).dayNumber) / 7, days: module.days) {
                out.append("\(c.module) \(c.start): end \(c.end) is not \(module.days) working days later")
            }
            if !(0..<max(settings.trainers, 0)).contains(c.trainer) { out.append("trainer slot \(c.trainer) out of range") }
            if c.cost != module.classCost(participants: c.participants) { out.append("\(c.module) \(c.start): cost \(c.cost)") }
            sum += c.cost
            bySlot[c.trainer, default: []].append(c)
            for seat in c.seats {
                seated[seat.need] += seat.count
                if seat.opd != needs[seat.need].opd || needs[seat.need].module != c.module { out.append("seat of need \(seat.need) in the wrong class") }
                if lastEnd[seat.need].map({ $0 < c.end }) ?? true { lastEnd[seat.need] = c.end }
                if firstStart[seat.need].map({ c.start < $0 }) ?? true { firstStart[seat.need] = c.start }
            }
        }
        for (slot, classes) in bySlot {
            let sorted = classes.sorted { $0.start < $1.start }
            for (a, b) in zip(sorted, sorted.dropFirst()) {
                // A slot holds one class a week: the next starts after the previous one's week.
                let busyUntil = a.start.addingDays(7 * ((a.start.days(to: a.end)) / 7 + 1))
                if b.start < busyUntil { out.append("slot \(slot): \(a.module) \(a.start) overlaps \(b.module) \(b.start)") }
            }
        }
        if sum != plan.totalCost { out.append("total \(plan.totalCost) ≠ sum of classes \(sum)") }
        if plan.totalCost > max(0, settings.budget) { out.append("total \(plan.totalCost) over budget \(settings.budget)") }
        var unmet: [Int: BimtekUnmetReason] = [:]
        for u in plan.unmet {
            if unmet[u.need] != nil { out.append("need \(u.need) listed twice") }
            unmet[u.need] = u.reason
        }
        for i in needs.indices {
            let planned = needs[i].participants > 0 && seated[i] == needs[i].participants
            if planned == (unmet[i] != nil) { out.append("need \(i): seated \(seated[i]) of \(needs[i].participants), unmet \(String(describing: unmet[i]))") }
            if !planned, seated[i] > 0 { out.append("need \(i) partly seated") }
        }
        // Prerequisites per OPD: every need of the OPD for an ancestor module is planned and ends first.
        func ancestors(_ id: String) -> Set<String> {
            var seen: Set<String> = [], stack = catalog.module(id)?.prerequisites ?? []
            while let m = stack.popLast() {
                if seen.insert(m).inserted { stack += catalog.module(m)?.prerequisites ?? [] }
            }
            return seen
        }
        for (i, need) in needs.enumerated() where seated[i] == need.participants {
            let required = ancestors(need.module)
            for (j, other) in needs.enumerated() where other.opd == need.opd && required.contains(other.module)
                && (1...BimtekPlanner.participantLimit).contains(other.participants) {
                guard let end = lastEnd[j], let start = firstStart[i], end < start else {
                    out.append("need \(i) (\(need.module)) starts before prerequisite need \(j) (\(other.module)) ends or is planned")
                    continue
                }
            }
        }
        // Unmet needs most important first.
        for (a, b) in zip(plan.unmet, plan.unmet.dropFirst()) where needs[a.need].priority < needs[b.need].priority {
            out.append("unmet needs not ordered by priority: \(a.need) before \(b.need)")
        }
        // Lateness reported for every planned need with a deadline.
        let late = Dictionary(uniqueKeysWithValues: plan.lateness.map { ($0.need, $0) })
        for (i, need) in needs.enumerated() where seated[i] == need.participants {
            guard let latest = need.latestStart else { continue }
            guard let l = late[i], let end = lastEnd[i] else { out.append("need \(i): no lateness"); continue }
            let expected = max(0, settings.start.days(to: end) + 1 - latest)
            if l.daysLate != expected || l.lastDay != end { out.append("need \(i): lateness \(l.daysLate) ending \(l.lastDay), expected \(expected) ending \(end)") }
        }
        return out
    }

    static func expectSound(_ plan: BimtekPlan, _ needs: [TrainingNeed], _ catalog: TrainingCatalog, _ settings: BimtekSettings,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        let found = violations(plan, needs: needs, catalog: catalog, settings: settings)
        #expect(found.isEmpty, "\(found.prefix(10).joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    // MARK: Fixtures

    static func module(_ id: String, days: Int = 1, capacity: Int = 10, perDay: Int = 100_000, perClass: Int = 1_000_000,
                       prerequisites: [String] = [], audience: TrainingAudience = .operator) -> TrainingModule {
        TrainingModule(id: id, title: LocalizedText(id: id, en: id), audience: audience, days: days, classCapacity: capacity,
                       costPerParticipantDay: perDay, costPerClass: perClass, participantsPerOPD: .upTo(2), prerequisites: prerequisites)
    }

    static func catalog(_ modules: [TrainingModule]) -> TrainingCatalog {
        TrainingCatalog(id: "training", version: "test", title: LocalizedText(id: "uji", en: "test"),
                        source: CatalogSource(citation: "test"), notes: [], modules: modules, file: "test")
    }

    static func need(_ opd: Int, _ module: String, _ participants: Int, priority: Int, latestStart: Int? = nil) -> TrainingNeed {
        TrainingNeed(opd: opd, opdID: "opd-\(opd)", module: module, role: .operator, participants: participants,
                     priority: Fraction(priority), latestStart: latestStart)
    }

    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    /// Two modules, B after A: 3 OPDs need A (2, 2 and 3 people), OPDs 0 and 2 need B too.
    static let tinyCatalog = catalog([
        module("data-a", days: 2, capacity: 4, perDay: 100_000, perClass: 1_000_000),
        module("open-b", days: 1, capacity: 10, perDay: 50_000, perClass: 500_000, prerequisites: ["data-a"]),
    ])
    static let tinyNeeds = [
        need(0, "data-a", 2, priority: 3), need(1, "data-a", 2, priority: 2), need(2, "data-a", 3, priority: 1),
        need(0, "open-b", 1, priority: 1), need(2, "open-b", 2, priority: 1),
    ]

    // MARK: Hand-checked

    /// 2026-01-01 is a Thursday, so week 0 starts on Monday 5 January. One trainer: A for the
    /// two most important OPDs fills a class (4 of 4), OPD 2's A follows a week later, and B
    /// waits until both its OPDs have had A, then runs once.
    @Test func tinyCaseWithOneTrainerHasExactDatesAndCosts() {
        let settings = BimtekSettings(trainers: 1, year: 2026, budget: 150_000_000)
        let plan = BimtekPlanner.plan(needs: Self.tinyNeeds, catalog: Self.tinyCatalog, settings: settings)
        Self.expectSound(plan, Self.tinyNeeds, Self.tinyCatalog, settings)
        let rows = plan.classes.map { c in
            "\(c.module) \(c.start)–\(c.end) t\(c.trainer) " + c.seats.map { "\($0.opdID)×\($0.count)" }.joined(separator: ",") + " \(c.cost)"
        }
        #expect(rows == [
            "data-a 2026-01-05–2026-01-06 t0 opd-0×2,opd-1×2 1800000",   // 1,000,000 + 4 × 2 × 100,000
            "data-a 2026-01-12–2026-01-13 t0 opd-2×3 1600000",           // 1,000,000 + 3 × 2 × 100,000
            "open-b 2026-01-19–2026-01-19 t0 opd-0×1,opd-2×2 650000",    // 500,000 + 3 × 1 × 50,000
        ])
        #expect(plan.totalCost == 4_050_000)
        #expect(plan.unmet.isEmpty && plan.lateness.isEmpty)
        #expect(plan.modules.map { "\($0.module) \($0.plannedParticipants)/\($0.lowerBound)/\($0.classes)" } == ["data-a 7/2/2", "open-b 3/1/1"])
        #expect(plan.start == Self.date("2026-01-01") && plan.end == Self.date("2026-12-31"))
    }

    /// The page's "budget used" share: to one decimal, half up, and safe at the extremes.
    @Test func budgetShareIsRoundedHalfUpAndNeverOverflows() {
        #expect(BimtekFormat.share(146_400_000, of: 150_000_000, .id) == "97,6 %")
        #expect(BimtekFormat.share(146_400_000, of: 150_000_000, .en) == "97.6%")
        #expect(BimtekFormat.share(1, of: 2_000, .en) == "0.1%")      // 0.05 % rounds up
        #expect(BimtekFormat.share(Int.max, of: Int.max, .en) == "100.0%")
        #expect(BimtekFormat.share(0, of: 0, .en) == nil && BimtekFormat.share(3, of: 2, .en) == nil)
    }

    @Test func tinyCaseWithTwoTrainersRunsBothAClassesInTheFirstWeek() {
        let settings = BimtekSettings(trainers: 2, year: 2026, budget: 150_000_000)
        let plan = BimtekPlanner.plan(needs: Self.tinyNeeds, catalog: Self.tinyCatalog, settings: settings)
        Self.expectSound(plan, Self.tinyNeeds, Self.tinyCatalog, settings)
        #expect(plan.classes.map { "\($0.module) \($0.start) t\($0.trainer)" } == [
            "data-a 2026-01-05 t0", "data-a 2026-01-05 t1", "open-b 2026-01-12 t0",
        ])
        #expect(plan.totalCost == 4_050_000)
    }

    /// A 7-day class runs Monday to Tuesday of the next week and holds its trainer two weeks.
    @Test func longClassesSkipTheWeekend() {
        let catalog = Self.catalog([Self.module("long", days: 7, capacity: 1)])
        let needs = [Self.need(0, "long", 1, priority: 2), Self.need(1, "long", 1, priority: 1)]
        let settings = BimtekSettings(trainers: 1, start: Self.date("2026-03-04"), budget: 100_000_000)
        let plan = BimtekPlanner.plan(needs: needs, catalog: catalog, settings: settings)
        Self.expectSound(plan, needs, catalog, settings)
        #expect(plan.classes.map { "\($0.start)–\($0.end)" } == ["2026-03-09–2026-03-17", "2026-03-23–2026-03-31"])
    }

    // MARK: Budget, time, prerequisites, deadlines

    /// Ten OPDs of 2 people: the class fee and five needs use 2,000,000 of 2,500,000, and the
    /// sixth would open a second class (1,200,000), so the five most important are planned.
    @Test func smallBudgetPlansTheMostImportantAndListsTheRestByPriority() {
        let catalog = Self.catalog([Self.module("m")])
        let needs = (0..<10).map { Self.need($0, "m", 2, priority: [4, 9, 1, 7, 3, 10, 6, 2, 8, 5][$0]) }
        let settings = BimtekSettings(trainers: 1, year: 2026, budget: 2_500_000)
        let plan = BimtekPlanner.plan(needs: needs, catalog: catalog, settings: settings)
        Self.expectSound(plan, needs, catalog, settings)
        let planned = plan.classes.flatMap(\.seats).map { needs[$0.need].priority }
        #expect(Set(planned) == Set([10, 9, 8, 7, 6].map { Fraction($0) }))
        #expect(plan.unmet.map { needs[$0.need].priority } == [5, 4, 3, 2, 1].map { Fraction($0) })
        #expect(plan.unmet.allSatisfy { $0.reason == .budget })
        #expect(plan.totalCost == 2_000_000)
        // Meeting all ten: 20 people in ⌈20 ÷ 10⌉ = 2 classes: 2 × 1,000,000 + 20 × 1 × 100,000.
        #expect(plan.costOfEveryNeed == 4_000_000)
    }

    @Test func zeroBudgetOrNoTrainersPlansNothingWithoutCrashing() {
        let catalog = Self.tinyCatalog, needs = Self.tinyNeeds
        for settings in [BimtekSettings(trainers: 1, year: 2026, budget: 0), BimtekSettings(trainers: 0, year: 2026, budget: 10_000_000),
                         BimtekSettings(trainers: -3, year: 2026, budget: -1), BimtekSettings(trainers: 1, start: Self.date("2026-12-29"), budget: 10_000_000)] {
            let plan = BimtekPlanner.plan(needs: needs, catalog: catalog, settings: settings)
            Self.expectSound(plan, needs, catalog, settings)
            #expect(plan.classes.isEmpty && plan.unmet.count == needs.count)
            // What everything would cost does not depend on what the plan can afford:
            // A: 2 classes + 7 × 2 × 100,000; B: 1 class + 3 × 50,000 (the one-trainer plan's total).
            #expect(plan.costOfEveryNeed == 2 * 1_000_000 + 1_400_000 + 500_000 + 150_000)
        }
    }

    /// From Monday 21 December only one 5-day class fits (28 December–1 January would not):
    /// OPD 0 gets A then B; OPD 1's A has no trainer left, so its B waits on a prerequisite.
    @Test func needsThatDoNotFitTheYearAreUnmetForTimeAndTheirDependantsForThePrerequisite() {
        let catalog = Self.catalog([Self.module("a", days: 5, capacity: 1), Self.module("b", capacity: 5, prerequisites: ["a"])])
        let needs = [Self.need(0, "a", 1, priority: 2), Self.need(0, "b", 1, priority: 2),
                     Self.need(1, "a", 1, priority: 1), Self.need(1, "b", 1, priority: 1)]
        let settings = BimtekSettings(trainers: 1, start: Self.date("2026-12-21"), budget: 100_000_000)
        let plan = BimtekPlanner.plan(needs: needs, catalog: catalog, settings: settings)
        Self.expectSound(plan, needs, catalog, settings)
        #expect(plan.classes.map { "\($0.module) \($0.start)–\($0.end)" } == ["a 2026-12-21–2026-12-25", "b 2026-12-28–2026-12-28"])
        #expect(plan.unmet == [UnmetTrainingNeed(need: 2, reason: .time), UnmetTrainingNeed(need: 3, reason: .prerequisite(module: "a"))])
    }

    @Test func oneTrainerRunsAtMostOneClassAWeek() {
        let catalog = Self.catalog([Self.module("solo", capacity: 1)])
        let needs = (0..<60).map { Self.need($0, "solo", 1, priority: 100 - $0) }
        let settings = BimtekSettings(trainers: 1, year: 2026, budget: 1_000_000_000)
        let plan = BimtekPlanner.plan(needs: needs, catalog: catalog, settings: settings)
        Self.expectSound(plan, needs, catalog, settings)
        #expect(plan.classes.count == 52)   // Mondays 5 January … 28 December 2026
        #expect(plan.unmet.map(\.need) == Array(52..<60) && plan.unmet.allSatisfy { $0.reason == .time })
    }

    /// Needs with deadlines go first (earliest deadline first) even before a more important need
    /// without one; when two deadlines fall in the same week, one class is late: it is still
    /// planned, as early as possible, and its lateness reported (day 8 + 1 − 3 = 6 days).
    @Test func deadlinesComeFirstAndLatenessIsReported() {
        let catalog = Self.catalog([Self.module("x", days: 2, capacity: 1), Self.module("y", days: 2, capacity: 1)])
        let needs = [Self.need(0, "x", 1, priority: 9), Self.need(1, "y", 1, priority: 1, latestStart: 5),
                     Self.need(2, "y", 1, priority: 1, latestStart: 3)]
        let settings = BimtekSettings(trainers: 1, start: Self.date("2026-01-05"), budget: 100_000_000)
        let plan = BimtekPlanner.plan(needs: needs, catalog: catalog, settings: settings)
        Self.expectSound(plan, needs, catalog, settings)
        #expect(plan.classes.map { "\($0.module) \($0.start) \($0.seats[0].opd)" } == ["y 2026-01-05 1", "y 2026-01-12 2", "x 2026-01-19 0"])
        #expect(plan.lateness.map { "\($0.need) \($0.lastDay) \($0.daysLate)" } == ["1 2026-01-06 0", "2 2026-01-13 6"])
        #expect(plan.unmet.isEmpty)
    }

    @Test func anOPDLargerThanAClassIsSplitOtherwiseKeptTogether() {
        let catalog = Self.catalog([Self.module("all-staff", capacity: 40, perDay: 100_000, perClass: 2_000_000)])
        let needs = [Self.need(0, "all-staff", 95, priority: 3), Self.need(1, "all-staff", 30, priority: 2), Self.need(2, "all-staff", 12, priority: 1)]
        let settings = BimtekSettings(trainers: 2, year: 2026, budget: 1_000_000_000)
        let plan = BimtekPlanner.plan(needs: needs, catalog: catalog, settings: settings)
        Self.expectSound(plan, needs, catalog, settings)
        #expect(plan.classes.count == 4 && plan.modules.first?.lowerBound == 4)
        for c in plan.classes {
            for seat in c.seats where seat.opd != 0 { #expect(seat.count == needs[seat.need].participants) }
        }
    }

    @Test func invalidNeedsAreUnmetWithTheirReason() {
        let needs = [Self.need(0, "nope", 2, priority: 5), Self.need(1, "data-a", 0, priority: 4), Self.need(2, "data-a", 2, priority: 1)]
        let settings = BimtekSettings(trainers: 1, year: 2026, budget: 100_000_000)
        let plan = BimtekPlanner.plan(needs: needs, catalog: Self.tinyCatalog, settings: settings)
        Self.expectSound(plan, needs, Self.tinyCatalog, settings)
        #expect(plan.unmet == [UnmetTrainingNeed(need: 0, reason: .unknownModule("nope")),
                               UnmetTrainingNeed(need: 1, reason: .participantsOutOfRange(0))])
        for reason in plan.unmet.map(\.reason) + [.budget, .time, .prerequisite(module: "a")] {
            #expect(!reason.text(.id).isEmpty && !reason.text(.en).isEmpty && reason.text(.id) != reason.text(.en))
        }
    }

    // MARK: Determinism and random inputs

    static func randomCase(seed: UInt64) -> (TrainingCatalog, [TrainingNeed], BimtekSettings) {
        var random = SeededRandom(seed: seed)
        let moduleCount = random.int(in: 1...6)
        var modules: [TrainingModule] = []
        for m in 0..<moduleCount {
            // Prerequisites only on earlier modules: no cycle.
            let prerequisites = (0..<m).filter { _ in random.chance(30) }.map { "m\($0)" }
            modules.append(module("m\(m)", days: random.int(in: 1...8), capacity: random.int(in: 1...30),
                                  perDay: random.int(in: 0...250_000), perClass: random.int(in: 0...5_000_000), prerequisites: prerequisites))
        }
        let opds = random.int(in: 1...25)
        var needs: [TrainingNeed] = []
        for opd in 0..<opds {
            for m in 0..<moduleCount where random.chance(50) {
                needs.append(need(opd, "m\(m)", random.int(in: 1...70), priority: random.int(in: 0...5),
                                  latestStart: random.chance(30) ? random.int(in: -10...380) : nil))
            }
        }
        if random.chance(10) { needs.append(need(0, "m0", 0, priority: 1)) }
        let year = 2024 + random.int(in: 0...3)
        let start = CalendarDate(year: year, month: random.int(in: 1...12), day: random.int(in: 1...28))!
        let settings = BimtekSettings(trainers: random.int(in: 0...3), start: start, budget: random.int(in: 0...80_000_000))
        return (catalog(modules), needs, settings)
    }

    @Test func samePlanForTheSameInput() {
        for seed in [UInt64(7), 42] {
            let (catalog, needs, settings) = Self.randomCase(seed: seed)
            let first = BimtekPlanner.plan(needs: needs, catalog: catalog, settings: settings)
            #expect(first == BimtekPlanner.plan(needs: needs, catalog: catalog, settings: settings))
        }
    }

    @Test(arguments: 0..<200)
    func randomPlansKeepEveryInvariant(seed: Int) {
        let (catalog, needs, settings) = Self.randomCase(seed: UInt64(seed) &* 0x9E37_79B9 &+ 1)
        let plan = BimtekPlanner.plan(needs: needs, catalog: catalog, settings: settings)
        Self.expectSound(plan, needs, catalog, settings)
        for summary in plan.modules { #expect(summary.classes >= summary.lowerBound) }
    }

    // MARK: Malang

    /// Every OPD of the Malang example needs every module (participants from its staff
    /// counts): Rp 150 juta plans the most important part and leaves the rest for later years.
    @Test func malangFitsTheMostImportantNeedsInOneYearsBudget() throws {
        let catalog = try TrainingCatalogTests.shipped()
        let path = TestPaths.repo("examples/malang/opds.csv")
        let opds = OPDListReader.read(bytes: try FileSystem.readBytes(path), file: path).opds
        #expect(opds.count == 45)
        var needs: [TrainingNeed] = []
        for (position, opd) in opds.enumerated() {
            for (rank, module) in catalog.modules.enumerated() {
                guard let people = module.participants(staff: opd.staff), people > 0 else { continue }
                needs.append(TrainingNeed(opd: position, opdID: opd.id, module: module.id, role: module.audience, participants: people,
                                          priority: Fraction(Int64(catalog.modules.count - rank), Int64(1 + position % 3))))
            }
        }
        let settings = BimtekSettings(trainers: 2, year: 2026, budget: 150_000_000)
        let plan = BimtekPlanner.plan(needs: needs, catalog: catalog, settings: settings)
        Self.expectSound(plan, needs, catalog, settings)
        #expect(plan.classes.count >= 8)
        #expect(plan.totalCost > 140_000_000)
        #expect(plan.unmet.contains { $0.reason == .budget })
        #expect(plan.modules.allSatisfy { $0.classes <= $0.lowerBound + 1 })
    }
}
