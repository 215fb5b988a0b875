import Foundation
import Testing
@testable import SmartCityKit

extension PlanningTests {
    /// Loading instance folders with their optima, and solving a real j30 instance to its
    /// optimum.
    @Suite struct PSPLIBBenchmarkTests {
        static let folder = TestPaths.fixture("PSPLIB")

        /// j301_1: optimum 43 while the critical path says 38, so the search has to work.
        @Test func solvesJ301_1ToItsOptimum() throws {
            let (instances, findings) = PSPLIBLoader.load([Self.folder])
            #expect(findings.isEmpty)
            let instance = try #require(instances.first)
            #expect(instances.count == 1)
            #expect(instance.name == "j301_1.sm")
            #expect(instance.optimum == 43)
            let benchmark = PSPLIBBenchmark.run(instances, options: RCPSPSolver.Options(scheduleLimit: 1000))
            let run = try #require(benchmark.runs.first)
            #expect(run.violations.isEmpty)
            #expect(run.makespan == 43)
            #expect(run.lowerBound == 38)
            #expect(run.deviation == 0)
            #expect(benchmark.optimalCount == 1)
            #expect(benchmark.averageDeviation == 0)
            #expect(run.schedulesGenerated == 1000)  // 43 is above the bound: the search cannot know it is optimal
        }

        @Test func aFileFindsTheOptimaBesideIt() throws {
            let (instances, findings) = PSPLIBLoader.load([Self.folder + "/j301_1.sm"])
            #expect(findings.isEmpty)
            #expect(instances.first?.optimum == 43)
            let other = PSPLIBLoader.load([Self.folder + "/j301_1.sm"], optimumFile: Self.folder + "/missing.csv")
            #expect(other.findings.map(\.code) == ["PLN120"])
            #expect(other.instances.first?.optimum == nil)
        }

        @Test func unreadableAndEmptyInputs() throws {
            let scratch = TestPaths.scratch()
            let (instances, findings) = PSPLIBLoader.load([scratch, scratch + "/none.sm"])
            #expect(instances.isEmpty)
            #expect(findings.map(\.code) == ["PLN126", "PLN120"])
            try FileSystem.writeAtomically([0x6A, 0xFF, 0x0A], to: scratch + "/latin.sm")
            #expect(PSPLIBLoader.load([scratch + "/latin.sm"]).findings.map(\.code) == ["PLN121"])
        }

        @Test func optimumCSVFindings() {
            let text = "problem,optimum\na.sm,43\nb.sm,x\na.sm,44\nc.sm,-1\n"
            let (optima, findings) = PSPLIBOptimum.read(bytes: Array(text.utf8), file: "optimum.csv")
            #expect(optima == ["a.sm": 43])
            #expect(findings.map(\.code) == ["PLN124", "PLN125", "PLN124"])
            #expect(findings.map(\.location?.line) == [3, 4, 5])
            #expect(findings[0].location?.column == 6)
            #expect(findings[1].severity == .warning)
            let wrong = PSPLIBOptimum.read(bytes: Array("name;value\n".utf8), file: "o.csv")
            #expect(wrong.findings.map(\.code) == ["PLN123"])
            #expect(PSPLIBOptimum.read(bytes: [], file: "o.csv").findings.map(\.code) == ["IO001"])
        }
    }
}
