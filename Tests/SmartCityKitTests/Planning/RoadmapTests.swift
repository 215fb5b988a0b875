import Foundation
import Testing
@testable import SmartCityKit

/// The roadmap of the Malang example: tasks from the actions, scheduled within the teams'
/// capacity, every milestone met or missed with its reason, scores projected per phase.
@Suite struct RoadmapTests {
    static let malang = InputLocations(workspace: TestPaths.repo("examples/malang"))
    /// Few schedules keep the debug-build tests quick; the search itself is tested elsewhere.
    static let quick = RoadmapOptions(schedules: 200)

    static func plan(_ options: RoadmapOptions = quick, period: String? = "2020-03") throws -> Roadmap {
        let (roadmap, diagnostics) = Pipeline.roadmap(malang, periodID: period, options: options)
        #expect(!diagnostics.hasErrors, "\(diagnostics.map(\.code))")
        return try #require(roadmap)
    }

    @Test func malangRoadmapRespectsCapacityPrerequisitesAndDates() throws {
        let roadmap = try Self.plan()
        let report = roadmap.report
        #expect(roadmap.tasks.count == report.findings.joined().filter { $0.kind == .action }.count)
        // The schedule the plan reports passes the independent checker.
        let problem = RoadmapTasks.problem(roadmap.tasks, report: report, policy: roadmap.policy, capacities: roadmap.capacities,
                                           calendar: roadmap.calendar)
        let schedule = Schedule(starts: roadmap.starts, finishes: roadmap.finishes)
        #expect(ScheduleChecker.check(schedule, against: problem).isEmpty)
        for (i, task) in roadmap.tasks.enumerated() {
            #expect(roadmap.finishes[i] - roadmap.starts[i] == task.duration)
            for p in task.predecessors { #expect(roadmap.finishes[p] <= roadmap.starts[i], "\(task.name(report.opds))") }
        }
        // Starts the month after the assessed period (2020-03).
        #expect(roadmap.calendar.start.description == "2020-04-01")
        #expect(roadmap.bound <= roadmap.makespan)
    }

    @Test func everyMilestoneIsMetOrMissedWithAReason() throws {
        let roadmap = try Self.plan()
        // Every target of the period's method (the Pemdi target is for Pemdi periods).
        #expect(roadmap.milestones.map(\.status.target.id) == roadmap.report.policy.targets.filter { $0.id != "pemdi-2027" }.map(\.id))
        for m in roadmap.milestones where !m.status.met {
            #expect(!m.lateTasks.isEmpty || !m.reachableWithAllTasks, "\(m.status.target.id) missed without a reason")
        }
        // 45 OPDs online by 2019-12-31 is already past for a plan from 2020-04: missed, with the
        // digitisation tasks that come too late.
        let daring = try #require(roadmap.milestones.first { $0.status.target.id == "daring-45" })
        #expect(!daring.status.met)
        #expect(daring.lateTasks.allSatisfy { roadmap.tasks[$0.task].rule == "act-daring" })
        #expect(daring.lateTasks.count == 45 - roadmap.report.city.daringCount)
    }

    @Test func projectionsRiseTowardsAllDone() throws {
        let roadmap = try Self.plan()
        let points = roadmap.projections
        #expect(points.first?.point == .now && points.last?.point == .allDone)
        #expect(points.first?.city.index.value == roadmap.report.city.index.value)
        // Doing more never lowers the projected index or the online count.
        for (a, b) in zip(points, points.dropFirst()) {
            #expect((a.city.index.value ?? .zero) <= (b.city.index.value ?? .zero))
            #expect(a.city.daringCount <= b.city.daringCount)
        }
        // Every OPD with services is online-ready once every task is done.
        let withServices = roadmap.report.scores.filter { !$0.services.isEmpty }.count
        #expect(points.last?.city.daringCount == withServices)
    }

    @Test func sameSeedSamePlanAndWhatIfCapacityHelps() throws {
        let a = try Self.plan(), b = try Self.plan()
        #expect(a.starts == b.starts)
        var more = Self.quick
        more.capacities = ["kominfo-dev": 8]
        let c = try Self.plan(more)
        #expect(c.capacities["kominfo-dev"] == 8)
        let lastDaring = { (r: Roadmap) in r.tasks.indices.filter { r.tasks[$0].rule == "act-daring" }.map { r.finishes[$0] }.max() ?? 0 }
        #expect(lastDaring(c) < lastDaring(a))
    }

    @Test func aWhatIfStartMovesThePlan() throws {
        var options = Self.quick
        options.start = CalendarDate(iso: "2019-10-01")
        let roadmap = try Self.plan(options, period: "2019-09")
        #expect(roadmap.calendar.date(roadmap.starts.min() ?? 0).description == "2019-10-01")
        #expect(roadmap.phases.first?.phase?.id == "fase-1")
        #expect(!(roadmap.phases.first?.tasks.isEmpty ?? true))
    }

    @Test func anUnknownTeamAndABadGoalAreReportedWhereTheyAre() throws {
        let ws = TestPaths.scratch()
        try FileManager.default.copyItem(atPath: TestPaths.repo("examples/malang/assessments"), toPath: ws + "/assessments")
        try FileManager.default.copyItem(atPath: TestPaths.repo("examples/malang/opds.csv"), toPath: ws + "/opds.csv")
        var policy = try String(contentsOfFile: TestPaths.repo("roadmaps/malang.json"), encoding: .utf8)
        policy = policy.replacingOccurrences(of: #"{"id": "auditor", "#, with: #"{"id": "auditors", "#)
        policy = policy.replacingOccurrences(of: #""when": "city.daring() >= 45""#, with: #""when": "city.daring() >= ""#)
        try policy.write(toFile: ws + "/policy.json", atomically: true, encoding: .utf8)
        let locations = InputLocations(workspace: ws, indicators: TestPaths.repo("indicators"))
        let (roadmap, diagnostics) = Pipeline.roadmap(locations, periodID: "2020-03", options: Self.quick)
        #expect(roadmap == nil)
        let unknown = diagnostics.filter { $0.code == "RMP002" }
        #expect(!unknown.isEmpty && unknown.allSatisfy { $0.location?.file.hasSuffix("spbe-2020-actions.json") == true && $0.location?.line != nil })
        #expect(unknown.first?.message.text(.en).contains("did you mean \"auditors\"") == true)
        let goal = try #require(diagnostics.first { $0.code == "RMP003" })
        #expect(goal.location?.file == ws + "/policy.json")
        let line = policy.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("city.daring() >= \"") }.map { $0 + 1 }
        #expect(goal.location?.line == line)
    }

    @Test func outputsAreWellFormedAndDeterministic() throws {
        let roadmap = try Self.plan()
        let out = TestPaths.scratch()
        let first = RoadmapOutputs.write(roadmap, to: out, languages: [.id, .en])
        #expect(first.failure == nil)
        let names = ["roadmap.html", "roadmap.md", "roadmap.en.html", "roadmap.en.md", "roadmap.json", "roadmap.ics"]
        #expect(first.written.map { ($0 as NSString).lastPathComponent } == names)
        for page in ["roadmap.html", "roadmap.en.html"] {
            let html = try String(contentsOfFile: out + "/roadmap/" + page, encoding: .utf8)
            #expect(WellFormedHTML.problems(in: html).isEmpty, "\(page)")
            #expect(html.contains("<svg"))
        }
        // The page opens with the answer: milestones met of all, and the month the work ends.
        let markdown = try String(contentsOfFile: out + "/roadmap/roadmap.en.md", encoding: .utf8)
        let met = roadmap.milestones.filter(\.status.met).count + (roadmap.evaluation.map { $0.met ? 1 : 0 } ?? 0)
        let all = roadmap.milestones.count + (roadmap.evaluation == nil ? 0 : 1)
        let end = roadmap.calendar.endDate(roadmap.makespan)
        #expect(markdown.contains("- **Milestones met:** **\(met) of \(all)**\n- **Every task done:** \(DateText.monthYear(end, .en))\n\n## Milestones"),
                "\(markdown.prefix(600))")
        // On a phone the Gantt chart is the tasks by month: every task once, months in order,
        // each task named in words (no rule id left), the Markdown keeps the chart's table.
        let html = try String(contentsOfFile: out + "/roadmap/roadmap.en.html", encoding: .utf8)
        let narrow = try #require(html.range(of: "<div class=\"narrow-only\">")).upperBound
        let list = String(html[narrow..<(try #require(html.range(of: "</div>", range: narrow..<html.endIndex))).lowerBound])
        let months = list.components(separatedBy: "<summary>").dropFirst().map { String($0.prefix { $0 != "<" }) }
        #expect(list.components(separatedBy: "<li>").count - 1 == roadmap.tasks.count)
        #expect(months.map { Int($0.split(separator: " ")[2]) ?? 0 }.reduce(0, +) == roadmap.tasks.count, "\(months)")
        let firstStart = roadmap.calendar.date(roadmap.starts.min() ?? 0)
        #expect(months.first?.hasPrefix(DateText.monthYear(firstStart, .en) + ": ") == true, "\(months.prefix(2))")
        #expect(!roadmap.tasks.contains { list.contains(">" + $0.rule + ",") })
        #expect(html.contains("<div class=\"wide-only\">") && !markdown.contains(months.first ?? "?"))
        let ics = try String(contentsOfFile: out + "/roadmap/roadmap.ics", encoding: .utf8)
        let lines = ics.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == roadmap.tasks.count + roadmap.milestones.count)
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == lines.filter { $0 == "END:VEVENT" }.count)
        let json = try FileSystem.readBytes(out + "/roadmap/roadmap.json")
        let (node, problems) = JSONReader.read(bytes: json, file: "roadmap.json")
        #expect(problems.isEmpty && node?["schema"]?.stringValue == "smartcity.roadmap")
        let again = RoadmapOutputs.write(try Self.plan(), to: out + "/again", languages: [.id, .en])
        for name in names {
            #expect(try FileSystem.readBytes(out + "/roadmap/" + name) == FileSystem.readBytes(out + "/again/roadmap/" + name), "\(name)")
        }
        #expect(again.failure == nil)
    }

    /// Mistakes in the policy's roadmap part are reported where they are, all together.
    @Test func badRoadmapPolicyPartsArePositioned() throws {
        var policy = try String(contentsOfFile: TestPaths.repo("roadmaps/malang.json"), encoding: .utf8)
        policy = policy.replacingOccurrences(of: #""capacity": 3}"#, with: #""capacity": 0}"#)
        policy = policy.replacingOccurrences(of: #""start": "2020-01-01", "end": "2020-12-31""#, with: #""start": "2020-01-01", "end": "2019-12-31""#)
        policy = policy.replacingOccurrences(of: #"{"id": "auditor", "#, with: #"{"id": "kominfo-policy", "#)
        let (loaded, diagnostics) = PolicyLoader.load(bytes: Array(policy.utf8), file: "policy.json")
        #expect(loaded == nil)
        let lines = policy.split(separator: "\n", omittingEmptySubsequences: false)
        func line(_ text: String) -> Int? { lines.firstIndex { $0.contains(text) }.map { $0 + 1 } }
        let found = diagnostics.filter(\.isError).map { ($0.code, $0.location?.line) }
        #expect(found.contains { $0 == ("POL003", line(#""capacity": 0}"#)) })
        #expect(found.contains { $0 == ("POL007", line(#""start": "2020-01-01", "end": "2019-12-31""#)) }, "\(found)")
        #expect(found.contains { $0.0 == "CAT010" && $0.1 == line(#"{"id": "kominfo-policy", "name": {"id": "Tim auditor"#) })
        #expect(diagnostics.first { $0.code == "POL007" }?.message.text(.en) == "end date 2019-12-31 is before the start date 2020-01-01")
    }
}
