import Foundation
import Testing
@testable import SmartCityKit

/// The roadmap of a period scored from evidence plans the items the units owe (issue 16,
/// point 3): one task per level of an indicator a unit owes items of, due by the upload of
/// the evaluation, and the upload as a milestone.
@Suite struct EvidenceRoadmapTests {
    static func plan() throws -> Roadmap {
        let (roadmap, diagnostics) = Pipeline.roadmap(InputLocations(workspace: TestPaths.repo("examples/malang")), periodID: "2026-06",
                                                      options: RoadmapOptions(schedules: 100))
        return try #require(roadmap, "\(diagnostics.map(\.code))")
    }

    /// Barenlitbang owes (in order) I2-L3-01, I2-L4-01, I2-L5-01, then I1-L3-03/04, I1-L4-01/02 and
    /// I1-L5-01/02/03, ten days an item: tasks I2-L3, I2-L4, I2-L5 (10/21 month each, one
    /// month), I1-L3 and I1-L4 (20/21, one month) and I1-L5 (30/21, two months), each after the
    /// level below it, all due by 15 September 2026.
    @Test func aUnitsItemsArePlannedLevelByLevel() throws {
        let r = try Self.plan()
        let unit = try #require(r.report.opds.firstIndex { $0.id == "barenlitbang" })
        let mine = r.tasks.indices.filter { r.tasks[$0].owner == unit && r.tasks[$0].item != nil }
        #expect(mine.map { r.tasks[$0].item! } == ["I2-L3", "I2-L4", "I2-L5", "I1-L3", "I1-L4", "I1-L5"])
        #expect(mine.map { r.tasks[$0].items } == [["I2-L3-01"], ["I2-L4-01"], ["I2-L5-01"], ["I1-L3-03", "I1-L3-04"],
                                                   ["I1-L4-01", "I1-L4-02"], ["I1-L5-01", "I1-L5-02", "I1-L5-03"]])
        #expect(mine.map { r.tasks[$0].effortMonths } == [Fraction(10, 21), Fraction(10, 21), Fraction(10, 21), Fraction(20, 21), Fraction(20, 21), Fraction(30, 21)])
        #expect(mine.map { r.tasks[$0].duration } == [1, 1, 1, 1, 1, 2])
        #expect(mine.map { r.tasks[$0].rule } == ["act-pemdi-02", "act-pemdi-02", "act-pemdi-02", "act-pemdi-01", "act-pemdi-01", "act-pemdi-01"])
        let due = Milestone(kind: .evaluation(year: 2026), by: CalendarDate(iso: "2026-09-15")!, weight: 5)  // the policy weighs the upload 5
        #expect(mine.allSatisfy { r.tasks[$0].serves == due })
        for (lower, upper) in zip(mine, mine.dropFirst()) where r.tasks[lower].indicator == r.tasks[upper].indicator {
            #expect(r.tasks[upper].predecessors.contains(lower))
            #expect(r.starts[upper] >= r.finishes[lower])
        }
        #expect(r.tasks[mine[0]].name(r.report.opds) == "barenlitbang/I2-L3")
    }

    /// Every item owed (with a rule) is in exactly one task; no action task is left for an
    /// indicator scored from evidence items; the upload milestone counts the late tasks.
    @Test func theUploadIsAMilestoneWithItsLateTasks() throws {
        let r = try Self.plan()
        let values = try #require(r.report.city.values)
        let owed = values.owners.values.flatMap(\.owed).map(\.code).sorted()
        #expect(r.tasks.flatMap(\.items).sorted() == owed)
        let catalog = r.report.catalogs.index
        #expect(!r.tasks.contains { $0.item == nil && $0.indicator.map { $0.slot == .index && !catalog.indicators[$0.position].evidence.isEmpty } == true })
        let evaluation = try #require(r.evaluation)
        let deadline = r.calendar.deadline(evaluation.due)
        let serving = r.tasks.indices.filter { r.tasks[$0].item != nil }
        #expect(evaluation.tasks == serving.count && evaluation.items == owed.count)
        #expect(evaluation.lateTasks.map(\.task).sorted() == serving.filter { r.finishes[$0] > deadline }.sorted())
        #expect(evaluation.met == evaluation.lateTasks.isEmpty)
        #expect(try #require(evaluation.index) >= r.report.city.index.value!)
        // The calendar file: the upload as an event, each level's task once.
        let ics = RoadmapCalendarRenderer.render(r, language: .en)
        let uids = ics.split(separator: "\r\n").filter { $0.hasPrefix("UID:") }
        #expect(Set(uids).count == uids.count)
        #expect(ics.contains("SUMMARY:Milestone: Evidence upload of the 2026 evaluation closes\r\n"))
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("DESCRIPTION:I1-L4 (act-pemdi-01)\\, "))
        // Its title names the indicator and the level in words, the OPD by its name.
        #expect(unfolded.contains("SUMMARY:Start: \(catalog.indicators[0].name.text(.en)) (\(catalog.indicators[0].id))\\, evidence items of level 4 ("))
        let text = RoadmapTextRenderer.render(r, language: .en)
        #expect(text.contains("Evidence upload of the 2026 evaluation by 15 September 2026: \(owed.count) items in \(serving.count) tasks"))
    }

    /// The units that owe an indicator's items need its action's modules: Dispendukcapil owns
    /// I19's items (the policy's evidenceOwners), so it needs act-pemdi-19's modules, worth at
    /// least the points its I19 items add.
    @Test func theUnitsThatOweItemsAreTrainedForThem() throws {
        let r = try Self.plan()
        let training = try #require(Pipeline.loadInputs(InputLocations(workspace: TestPaths.repo("examples/malang"))).inputs?.training)
        let needs = TrainingNeeds.build(r.report, training: training, roadmap: r, start: r.calendar.start)
        let unit = try #require(r.report.opds.firstIndex { $0.id == "dispendukcapil" })
        let values = try #require(r.report.city.values)
        let i19 = try #require(r.report.catalogs.index.position(of: "I19"))
        let points = values.owners[unit]!.owed.filter { $0.position == i19 }.reduce(Fraction.zero) { $0 + $1.points }
        #expect(points > .zero)
        let rule = try #require(r.report.rules.actions.first { $0.header.id == "act-pemdi-19" })
        #expect(!rule.modules.isEmpty)
        for module in rule.modules {
            let need = try #require(needs.first { $0.opd == unit && $0.module == module }, "\(module)")
            #expect(need.sources.contains("act-pemdi-19") && need.priority >= points)
        }
    }
}
