import Foundation
import Testing
@testable import SmartCityKit

/// More capacity on generated policies: the Malang workspace with milestone weights and team
/// capacities drawn from a seed, planned as `roadmap --capacity` plans it.
@Suite struct RoadmapCapacityTests {
    /// A copy of the Malang example whose policy has the seed's weights (1–9 for every
    /// target and evaluation) and policy capacity of the Kominfo policy team (1–2).
    static func generatedWorkspace(seed: UInt64) throws -> InputLocations {
        var random = SeededRandom(seed: seed)
        let root = NSTemporaryDirectory() + "smartcity-capacity-tests/\(seed)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: TestPaths.repo("examples/malang"), toPath: root + "/malang")
        var policy = try String(contentsOfFile: TestPaths.repo("roadmaps/malang.json"), encoding: .utf8)
        // Every existing weight redrawn, and a weight for the targets without one.
        policy = policy.replacingOccurrences(of: #""weight": \d+,\s*"#, with: "", options: .regularExpression)
        for key in [#""id": "daring-45""#, #""id": "integrated-all""#, #""id": "smart-city-2022""#, #""id": "pemdi-2027""#, #""id": "index-2019""#,
                    #""year": 2026, "method""#, #""year": 2027, "method""#] {
            policy = policy.replacingOccurrences(of: key, with: #""weight": \#(random.int(in: 1...9)), "# + key)
        }
        policy = policy.replacingOccurrences(of: #""id": "kominfo-policy",(.*?)"capacity": 1"#, with: #""id": "kominfo-policy",$1"capacity": \#(random.int(in: 1...2))"#,
                                             options: .regularExpression)
        try policy.write(toFile: root + "/policy.json", atomically: true, encoding: .utf8)
        let workspace = #"{"format": 1, "policy": "../policy.json", "indicators": "\#(TestPaths.repo("indicators"))"}"#
        try workspace.write(toFile: root + "/malang/workspace.json", atomically: true, encoding: .utf8)
        return InputLocations(workspace: root + "/malang")
    }

    static func plan(_ locations: InputLocations, period: String, capacities: [String: Int]) throws -> Roadmap {
        let (plan, _, diagnostics) = Pipeline.cityPlan(locations, periodID: period, roadmapOptions: RoadmapOptions(capacities: capacities, schedules: 20))
        #expect(!diagnostics.hasErrors, "\(diagnostics.map { $0.message.text(.en) })")
        return try #require(plan?.roadmap)
    }

    /// With 1, 2, 3 development teams (and 1, 2 OPD teams): never more milestone weight
    /// missed, never a worse objective at the same misses, and the capacities shown are the
    /// ones asked for.
    @Test(arguments: [(UInt64(1), "2020-03"), (2, "2026-06")])
    func moreTeamsNeverGiveAWorsePlan(seed: UInt64, period: String) throws {
        let locations = try Self.generatedWorkspace(seed: seed)
        var previous: PlanQuality?
        for dev in 1...3 {
            let roadmap = try Self.plan(locations, period: period, capacities: ["kominfo-dev": dev])
            #expect(roadmap.capacities["kominfo-dev"] == dev)
            let quality = PlanQuality(roadmap)
            if let previous {
                #expect(quality <= previous, "kominfo-dev \(dev - 1) → \(dev): \(previous) then \(quality)")
                #expect(quality.missedWeight <= previous.missedWeight)
            }
            previous = quality
        }
        let one = PlanQuality(try Self.plan(locations, period: period, capacities: ["opd": 1]))
        let two = PlanQuality(try Self.plan(locations, period: period, capacities: ["opd": 2]))
        #expect(two <= one)
    }

    /// The answer meets what more of the team can meet, as the what-if; one less does not.
    @Test func theMinimumCapacityIsConfirmedByItsWhatIf() throws {
        let locations = try Self.generatedWorkspace(seed: 4)
        let (report, inputs, _) = Pipeline.score(locations, periodID: "2020-03")
        let r = try #require(report), i = try #require(inputs)
        let (answer, _) = CityPlanner.minimumCapacity(r, workspace: i.workspace, scope: i.scope, training: i.training, resource: "opd",
                                                      roadmapOptions: RoadmapOptions(schedules: 20))
        let found = try #require(answer)
        let plan = try #require(found.plan.roadmap)
        let whatIf = try Self.plan(locations, period: "2020-03", capacities: ["opd": found.capacity])
        #expect(whatIf.starts == plan.starts && whatIf.metMilestones == plan.metMilestones)
        #expect(found.capacity > 1)
        if found.capacity > 1 {
            let fewer = try Self.plan(locations, period: "2020-03", capacities: ["opd": found.capacity - 1])
            #expect(!fewer.metMilestones.isSuperset(of: plan.metMilestones))
            #expect(!found.missedWithOneLess.isEmpty)
            #expect(found.missedWithOneLess.allSatisfy { !fewer.metMilestones.contains($0) })
        }
    }
}
