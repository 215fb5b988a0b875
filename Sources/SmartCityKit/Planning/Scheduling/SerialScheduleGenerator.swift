/// The serial schedule-generation scheme (SGS): takes the activities in the order of a
/// precedence-feasible activity list and starts each at the earliest time that respects its
/// release date, its predecessors' finishes and the remaining capacity of every resource
/// for its whole duration.
///
/// Kelley (1963) introduced it; Kolisch ("Serial and parallel resource-constrained project
/// scheduling methods revisited", EJOR 90, 1996) showed that the serial scheme reaches
/// every active schedule, hence an optimal one for a regular objective such as makespan
/// or total tardiness, which is why activity-list searches decode with it.
///
/// Resources are kept as a time-indexed profile, one row of remaining capacities per time
/// unit up to the network's horizon (no serial schedule ends later). An activity's start is
/// found by checking its rows from the last to the first, jumping just past the latest
/// conflict. Cost per schedule O(n · d̄ · R̄) checks, d̄ the mean duration and R̄ the number of
/// resources an activity uses; only the rows the previous schedule touched are reset.
struct SerialScheduleGenerator: ScheduleDecoder, Sendable {
    let network: ProjectNetwork
    /// `remaining[t * R + r]`: capacity of resource r left in time unit [t, t + 1).
    private var remaining: [Int]
    /// Rows below this may differ from the full capacities.
    private var dirtyRows = 0
    private(set) var starts: [Int]
    private(set) var finishes: [Int]
    private(set) var makespan = 0

    init(_ network: ProjectNetwork) {
        self.network = network
        let rows = network.horizon + 1
        var row = network.capacities
        if row.isEmpty { row = [0] }
        remaining = Array(repeating: 0, count: rows * row.count)
        for t in 0..<rows { for r in row.indices { remaining[t * row.count + r] = row[r] } }
        starts = Array(repeating: 0, count: network.count)
        finishes = Array(repeating: 0, count: network.count)
        dirtyRows = rows
    }

    /// Schedules the activities in `order`, which must hold each activity once and list
    /// every predecessor before its successors. Returns the makespan; the times are in
    /// `starts` and `finishes`.
    @discardableResult
    mutating func run(_ order: [Int]) -> Int {
        let network = self.network
        let R = max(network.resourceCount, 1)
        var latest = 0
        remaining.withUnsafeMutableBufferPointer { profile in
            // Reset the rows the previous schedule used.
            if network.resourceCount > 0 {
                for t in 0..<dirtyRows {
                    for r in 0..<R { profile[t * R + r] = network.capacities[r] }
                }
            }
            network.durations.withUnsafeBufferPointer { durations in
            network.demandResource.withUnsafeBufferPointer { resource in
            network.demandUnits.withUnsafeBufferPointer { units in
            finishes.withUnsafeMutableBufferPointer { finish in
            starts.withUnsafeMutableBufferPointer { start in
                for j in order {
                    var t = network.releases[j]
                    for k in network.predecessorStart[j]..<network.predecessorStart[j + 1] {
                        let f = finish[network.predecessorList[k]]
                        if f > t { t = f }
                    }
                    let d = durations[j]
                    let lo = network.demandStart[j], hi = network.demandStart[j + 1]
                    if d > 0, lo < hi {
                        search: while true {
                            var row = t + d - 1
                            while row >= t {
                                let base = row * R
                                for k in lo..<hi where profile[base + resource[k]] < units[k] {
                                    t = row + 1
                                    continue search
                                }
                                row -= 1
                            }
                            break
                        }
                        for row in t..<(t + d) {
                            let base = row * R
                            for k in lo..<hi { profile[base + resource[k]] -= units[k] }
                        }
                    }
                    start[j] = t
                    finish[j] = t + d
                    if t + d > latest { latest = t + d }
                }
            }
            }
            }
            }
            }
        }
        dirtyRows = latest
        makespan = latest
        return latest
    }
}
