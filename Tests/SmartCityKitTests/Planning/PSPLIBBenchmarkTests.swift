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
            #expect(instance.reference == PSPLIBReference(optimum: 43))
            let benchmark = PSPLIBBenchmark.run(instances, options: RCPSPSolver.Options(scheduleLimit: 1000))
            let run = try #require(benchmark.runs.first)
            #expect(run.violations.isEmpty)
            #expect(run.makespan == 43)
            #expect(run.lowerBound == 38)
            #expect(run.deviation == 0)
            #expect(benchmark.referenceReachedCount == 1)
            #expect(benchmark.referencesAreOptima)
            #expect(run.criticalPath == 38)
            #expect(abs(run.criticalPathDeviation - 500.0 / 38) < 1e-9)
            #expect(benchmark.averageDeviation == 0)
            #expect(run.schedulesGenerated == 1000)  // 43 is above the bound: the search cannot know it is optimal
        }

        @Test func aFileFindsTheOptimaBesideIt() throws {
            let (instances, findings) = PSPLIBLoader.load([Self.folder + "/j301_1.sm"])
            #expect(findings.isEmpty)
            #expect(instances.first?.reference?.makespan == 43)
            let other = PSPLIBLoader.load([Self.folder + "/j301_1.sm"], optimumFile: Self.folder + "/missing.csv")
            #expect(other.findings.map(\.code) == ["PLN120"])
            #expect(other.instances.first?.reference == nil)
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
            #expect(optima == ["a.sm": PSPLIBReference(optimum: 43)])
            #expect(findings.map(\.code) == ["PLN124", "PLN125", "PLN124"])
            #expect(findings.map(\.location?.line) == [3, 4, 5])
            #expect(findings[0].location?.column == 6)
            #expect(findings[1].severity == .warning)
            let wrong = PSPLIBOptimum.read(bytes: Array("name;value\n".utf8), file: "o.csv")
            #expect(wrong.findings.map(\.code) == ["PLN123"])
            #expect(PSPLIBOptimum.read(bytes: [], file: "o.csv").findings.map(\.code) == ["IO001"])
        }

        /// j60 and j120 ship `best-known.csv`, where an open instance reads `LB..UB`.
        @Test func bestKnownFileWithOpenInstances() {
            let text = "problem,best_known\na.sm,111\nb.sm,150..154\nc.sm,9..8\nd.sm,1.5\ne.sm,..4\nf.sm,4..\n"
            let (references, findings) = PSPLIBOptimum.read(bytes: Array(text.utf8), file: "best-known.csv")
            #expect(references["a.sm"] == PSPLIBReference(optimum: 111))
            #expect(references["a.sm"]?.isOptimum == true)
            #expect(references["b.sm"] == PSPLIBReference(makespan: 154, lowerBound: 150))
            #expect(references["b.sm"]?.isOptimum == false)
            #expect(references["e.sm"] == PSPLIBReference(makespan: 4, lowerBound: nil))
            #expect(references["e.sm"]?.isOptimum == false)
            #expect(findings.map(\.code) == ["PLN124", "PLN124", "PLN124"])
            #expect(findings.map(\.location?.line) == [4, 5, 7])
        }

        /// With an open instance the set is measured against best known makespans, and an
        /// instance at or below its best known counts as reached.
        @Test func deviationFromBestKnownAndFromTheCriticalPath() {
            func run(_ name: String, _ makespan: Int, _ cpm: Int, _ reference: PSPLIBReference?) -> PSPLIBBenchmark.Run {
                PSPLIBBenchmark.Run(name: name, path: name, makespan: makespan, lowerBound: cpm, criticalPath: cpm, reference: reference,
                                    schedulesGenerated: 10, bestFoundAt: 1, seconds: 0, violations: [])
            }
            let benchmark = PSPLIBBenchmark(runs: [run("a", 110, 100, PSPLIBReference(optimum: 100)),
                                                   run("b", 150, 100, PSPLIBReference(makespan: 154, lowerBound: 150)),
                                                   run("c", 120, 80, nil)], seconds: 0)
            #expect(!benchmark.referencesAreOptima)
            #expect(benchmark.referenceReachedCount == 1)
            #expect(abs((benchmark.averageCriticalPathDeviation ?? 0) - 110.0 / 3) < 1e-9)  // 10 %, 50 %, 50 %
            #expect(benchmark.maxCriticalPathDeviation == 50)
            #expect(benchmark.maxDeviation == 10)  // b is 4 below its best known: −2.60 %
            let text = PSPLIBBenchmarkText.render(benchmark, language: .en)
            #expect(text.contains("deviation from the critical-path bound: average 36.67 %, max 50.00 %\n"))
            #expect(text.contains("deviation from the best known: average 3.70 %, max 10.00 %; reached 1 of 2\n"))
            #expect(text.split(separator: "\n")[0].contains("best known"))
        }
    }
}
