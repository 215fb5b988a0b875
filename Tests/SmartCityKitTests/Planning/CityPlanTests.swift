import Foundation
import Testing
@testable import SmartCityKit

/// The Malang Bimtek plan, planned together with the roadmap.
@Suite struct CityPlanTests {
    static let malang = InputLocations(workspace: TestPaths.repo("examples/malang"))
    static let quick = RoadmapOptions(schedules: 200)

    static func plan(_ bimtek: BimtekOptions = BimtekOptions()) throws -> (CityPlan, ScoreReport) {
        let (plan, report, diagnostics) = Pipeline.cityPlan(malang, periodID: "2020-03", roadmapOptions: quick, bimtekOptions: bimtek)
        #expect(!diagnostics.hasErrors, "\(diagnostics.map(\.code))")
        return (try #require(plan), try #require(report))
    }

    @Test func malangPlanFitsTheBudgetAndAddsUp() throws {
        let (plan, _) = try Self.plan()
        let bimtek = try #require(plan.bimtek)
        let training = try #require(plan.training)
        let settings = BimtekSettings(trainers: bimtek.trainers, start: bimtek.start, budget: bimtek.budget)
        // No class over capacity, no trainer double-booked, prerequisites first, cost = Σ classes
        // within the budget, every need seated in full or listed unmet with a reason.
        #expect(BimtekPlannerTests.violations(bimtek, needs: plan.needs, catalog: training, settings: settings) == [])
        #expect(bimtek.budget == 150_000_000)
        #expect(bimtek.totalCost <= 150_000_000 && bimtek.totalCost == bimtek.classes.reduce(0) { $0 + $1.cost })
        #expect(!bimtek.classes.isEmpty && bimtek.classes.count == bimtek.modules.reduce(0) { $0 + $1.classes })
        // The unmet list is ordered by priority, highest first.
        let priorities = bimtek.unmet.map { plan.needs[$0.need].priority }
        #expect(priorities == priorities.sorted(by: >))
        // Budget per OPD adds up to the total.
        #expect(BimtekBudget.perOPD(bimtek).reduce(0) { $0 + $1.cost } == bimtek.totalCost)
        // Shares in whole thousands by the largest remainder: 3.100.000 for 1 + 1 + 1 seats is
        // 1.034.000 + 1.033.000 + 1.033.000; for 2 + 1, 2.067.000 + 1.033.000; 1.001 rupiah stays exact.
        #expect(BimtekBudget.shares(of: 3_100_000, by: [1, 1, 1]) == [1_034_000, 1_033_000, 1_033_000])
        #expect(BimtekBudget.shares(of: 3_100_000, by: [2, 1]) == [2_067_000, 1_033_000])
        #expect(BimtekBudget.shares(of: 1_001, by: [1, 1]) == [501, 500])
        #expect(BimtekBudget.perOPD(bimtek).allSatisfy { $0.cost % 1000 == 0 } == (bimtek.classes.allSatisfy { $0.cost % 1000 == 0 }))
    }

    @Test func roadmapTasksStartAfterTheirTraining() throws {
        let (plan, _) = try Self.plan()
        let roadmap = try #require(plan.roadmap)
        let bimtek = try #require(plan.bimtek)
        var trainedBy: [String: CalendarDate] = [:]
        for c in bimtek.classes {
            for s in c.seats { trainedBy["\(s.opd)/\(c.module)"] = max(trainedBy["\(s.opd)/\(c.module)"] ?? c.end, c.end) }
        }
        var waited = 0
        for (i, task) in roadmap.tasks.enumerated() {
            for module in task.modules {
                guard let end = trainedBy["\(task.owner)/\(module)"] else { continue }
                #expect(roadmap.calendar.date(roadmap.starts[i]) > end, "\(task.name(roadmap.report.opds)) before its \(module) class")
                waited += 1
            }
        }
        #expect(waited > 0)
    }

    @Test func aSmallBudgetLeavesTheLeastImportantUnmetFirst() throws {
        let (plan, _) = try Self.plan(BimtekOptions(budget: 20_000_000))
        let bimtek = try #require(plan.bimtek)
        #expect(bimtek.totalCost <= 20_000_000)
        #expect(bimtek.unmet.count > 0 && bimtek.unmet.contains { $0.reason == .budget })
        let priorities = bimtek.unmet.map { plan.needs[$0.need].priority }
        #expect(priorities == priorities.sorted(by: >))
        // Unmet digitisation training endangers the milestones its tasks serve.
        #expect(plan.endangered.values.contains { $0.contains("integrated-all") || $0.contains("daring-45") })
        // Every need is planned in full or unmet.
        let seated = Dictionary(grouping: bimtek.classes.flatMap(\.seats), by: \.need).mapValues { $0.reduce(0) { $0 + $1.count } }
        let unmet = Set(bimtek.unmet.map(\.need))
        for (i, need) in plan.needs.enumerated() {
            #expect(unmet.contains(i) != (seated[i] == need.participants), "need \(i)")
        }
    }

    @Test func outputsListClassesAndBudget() throws {
        let (plan, report) = try Self.plan()
        let out = TestPaths.scratch()
        let result = BimtekOutputs.write(plan, report: report, to: out, languages: [.id, .en])
        #expect(result.failure == nil)
        let classes = try FileSystem.list(out + "/bimtek/classes")
        #expect(classes.count == plan.bimtek?.classes.count)
        for page in ["bimtek.html", "bimtek.en.html"] {
            let html = try String(contentsOfFile: out + "/bimtek/" + page, encoding: .utf8)
            #expect(WellFormedHTML.problems(in: html).isEmpty, "\(page)")
        }
        // The page opens with the answer: budget used of available, needs trained of all, and
        // what meeting every need would cost (the modules' least cost, over the budget here).
        let bimtek = try #require(plan.bimtek)
        let markdown = try String(contentsOfFile: out + "/bimtek/bimtek.en.md", encoding: .utf8)
        let every = bimtek.modules.reduce(0) { $0 + $1.requestedCost }
        #expect(every == bimtek.costOfEveryNeed && every > bimtek.budget)
        let trained = plan.needs.count - bimtek.unmet.count
        let share = BimtekFormat.share(bimtek.totalCost, of: bimtek.budget, .en) ?? "?"
        let facts = "- **Budget used:** **Rp \(Language.en.grouped(bimtek.totalCost)) of Rp \(Language.en.grouped(bimtek.budget)) (\(share))**\n"
            + "- **Needs trained:** \(trained) of \(plan.needs.count) needs, \(bimtek.classes.reduce(0) { $0 + $1.participants }) participants\n"
            + "- **Cost of meeting every need:** at least Rp \(Language.en.grouped(every)), Rp \(Language.en.grouped(every - bimtek.budget)) over the budget\n"
        #expect(markdown.contains(facts), "\(markdown.prefix(700))")
        let budget = try String(contentsOfFile: out + "/bimtek/budget.csv", encoding: .utf8)
        #expect(budget.contains("150000000"))
        let first = try String(contentsOfFile: out + "/bimtek/classes/" + classes[0], encoding: .utf8)
        let seats = try #require(plan.bimtek?.classes.first?.seats.count)
        #expect(first.split(separator: "\r\n").count == 1 + seats)
    }
}
