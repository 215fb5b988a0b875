/// How long one stage of a run took, for benchmarks.
public struct StageTiming: Sendable, Hashable {
    public enum Stage: String, Sendable, Hashable, CaseIterable {
        /// Catalogs, policy, rules, OPD list and the period's answers, read and checked.
        case load
        /// Scores of every OPD and the city.
        case score
        /// Action, flag and requires rules over every OPD.
        case rules
        /// `run`: every period read, checked, scored and its rules evaluated.
        case periods
        /// `run`: `scores.json`, the CSV files and the summary.
        case exports
        /// `run`: the city dashboards.
        case dashboard
        /// `run`: the OPD gap reports.
        case pages
        /// `run`: the roadmap and the Bimtek plan, planned together.
        case plans
        /// `run`: the roadmap and Bimtek pages and files, written.
        case roadmap
        /// `run`: the new output switched in and the previous one removed.
        case switchOutput = "switch"
    }

    public var stage: Stage
    public var duration: Duration

    /// Seconds with three decimals, for the benchmark's table.
    public var seconds: String {
        let (s, attoseconds) = duration.components
        let millis = s * 1000 + attoseconds / 1_000_000_000_000_000
        let text = String(millis)
        let padded = String(repeating: "0", count: max(0, 4 - text.count)) + text
        return String(padded.dropLast(3)) + "." + String(padded.suffix(3))
    }
}
