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
/// conflict; the rows checked before a jump that the new window still covers are not checked
/// again. Cost per schedule O(n · d̄ · R̄) checks, d̄ the mean duration and R̄ the number of
/// resources an activity uses; only the rows the previous schedule touched are reset.
///
/// The grid and the records (`DecoderJob`) are 32-bit, and grid updates skip the overflow
/// check (validated capacities ≤ 2³⁰, and a booking never takes more than is left): half
/// the memory traffic of the scheme's inner loop.
struct SerialScheduleGenerator: ScheduleDecoder, Sendable {
    let network: ProjectNetwork
    private let jobs: [DecoderJob]
    private let demands: [DecoderDemand]
    /// `remaining[t * R + r]`: capacity of resource r left in time unit [t, t + 1).
    private var remaining: [Int32]
    /// The grid at full capacity, copied over the rows a schedule used.
    private let full: [Int32]
    /// With at most four resources, the grid as one vector per row and each activity's
    /// demands as one vector (`packed`, `fullPacked`, `demandVectors`): a row is checked by a
    /// single vector comparison instead of one branch per resource — PSPLIB's four resources
    /// and most small what-ifs. Empty otherwise.
    private var packed: [SIMD4<Int32>] = []
    private let fullPacked: [SIMD4<Int32>]
    private let demandVectors: [SIMD4<Int32>]
    /// Rows below this may differ from the full capacities.
    private var dirtyRows = 0
    private(set) var starts: [Int]
    private(set) var finishes: [Int]
    private(set) var makespan = 0

    init(_ network: ProjectNetwork) {
        self.network = network
        let (jobs, demands) = network.decoderRecords
        self.jobs = jobs
        self.demands = demands
        let rows = network.horizon + 1
        if (1...4).contains(network.resourceCount) {
            var capacity = SIMD4<Int32>(repeating: 0)
            for r in 0..<network.resourceCount { capacity[r] = Int32(network.capacities[r]) }
            fullPacked = Array(repeating: capacity, count: rows)
            packed = fullPacked
            demandVectors = jobs.map { job in
                var demand = SIMD4<Int32>(repeating: 0)
                for k in Int(job.demandStart)..<Int(job.demandEnd) { demand[Int(demands[k].resource)] = demands[k].units }
                return demand
            }
            full = []
        } else {
            fullPacked = []
            demandVectors = []
            let row = network.capacities.isEmpty ? [0] : network.capacities.map { Int32($0) }
            var grid: [Int32] = []
            grid.reserveCapacity(rows * row.count)
            for _ in 0..<rows { grid.append(contentsOf: row) }
            full = grid
        }
        remaining = full
        starts = Array(repeating: 0, count: network.count)
        finishes = Array(repeating: 0, count: network.count)
    }

    /// Schedules the activities in `order`, which must hold each activity once and list
    /// every predecessor before its successors. Returns the makespan; the times are in
    /// `starts` and `finishes`.
    @discardableResult
    mutating func run(_ order: [Int]) -> Int {
        let latest = packed.isEmpty ? runGrid(order) : runPacked(order)
        dirtyRows = latest
        makespan = latest
        return latest
    }

    /// `run` on the vector grid: one comparison per time unit.
    private mutating func runPacked(_ order: [Int]) -> Int {
        let dirty = dirtyRows
        var latest = 0
        // Taken out of self while `place` runs (which reads self), and put back after.
        var grid = packed
        packed = []
        grid.withUnsafeMutableBufferPointer { profile in
        fullPacked.withUnsafeBufferPointer { full in
        demandVectors.withUnsafeBufferPointer { demandVectors in
            if dirty > 0 { _ = UnsafeMutableBufferPointer(rebasing: profile[0..<dirty]).update(fromContentsOf: full[0..<dirty]) }
            latest = place(order, hasRoom: { j, row in !any(profile[row] .< demandVectors[j]) },
                           book: { j, row in profile[row] &-= demandVectors[j] })
        }
        }
        }
        packed = grid
        return latest
    }

    /// `run` on the scalar grid, one row of R capacities per time unit, checked demand by demand.
    private mutating func runGrid(_ order: [Int]) -> Int {
        let R = max(network.resourceCount, 1)
        let dirty = dirtyRows * R
        var latest = 0
        var grid = remaining
        remaining = []
        grid.withUnsafeMutableBufferPointer { profile in
        full.withUnsafeBufferPointer { full in
        jobs.withUnsafeBufferPointer { jobs in
        demands.withUnsafeBufferPointer { demands in
            if dirty > 0 { _ = UnsafeMutableBufferPointer(rebasing: profile[0..<dirty]).update(fromContentsOf: full[0..<dirty]) }
            latest = place(order, hasRoom: { j, row in
                let base = row &* R
                for k in Int(jobs[j].demandStart)..<Int(jobs[j].demandEnd) where profile[base &+ Int(demands[k].resource)] < demands[k].units {
                    return false
                }
                return true
            }, book: { j, row in
                let base = row &* R
                for k in Int(jobs[j].demandStart)..<Int(jobs[j].demandEnd) { profile[base &+ Int(demands[k].resource)] &-= demands[k].units }
            })
        }
        }
        }
        }
        remaining = grid
        return latest
    }

    /// The serial scheme over a grid that `hasRoom(j, t)` reads and `book(j, t)` charges for
    /// activity j in time unit t. Returns the makespan.
    @inline(__always)
    private mutating func place(_ order: [Int], hasRoom: (Int, Int) -> Bool, book: (Int, Int) -> Void) -> Int {
        var latest = 0
        jobs.withUnsafeBufferPointer { jobs in
        network.predecessorList.withUnsafeBufferPointer { predecessorList in
        finishes.withUnsafeMutableBufferPointer { finish in
        starts.withUnsafeMutableBufferPointer { start in
            for j in order {
                let job = jobs[j]
                var t = Int(job.release)
                for k in Int(job.predecessorStart)..<Int(job.predecessorEnd) {
                    let f = finish[predecessorList[k]]
                    if f > t { t = f }
                }
                let d = Int(job.duration)
                if d > 0, job.demandStart < job.demandEnd {
                    // Units t...checked are known to have room: after a jump past a
                    // conflict, only the units the new window adds are checked.
                    var checked = t - 1
                    search: while true {
                        var row = t + d - 1
                        let top = row
                        while row > checked {
                            if !hasRoom(j, row) {
                                t = row + 1
                                checked = top
                                continue search
                            }
                            row -= 1
                        }
                        break
                    }
                    for row in t..<(t + d) { book(j, row) }
                }
                start[j] = t
                finish[j] = t + d
                if t + d > latest { latest = t + d }
            }
        }
        }
        }
        }
        return latest
    }
}
