/// The serial schedule-generation scheme (see `SerialScheduleGenerator`) with each
/// resource's remaining capacity kept as a step function: a doubly linked list of segments,
/// each starting at a time and holding the capacity left until the next one; the last
/// segment, open to the right, always has the full capacity.
///
/// Each resource keeps a finger on the segment it last worked at. An activity's earliest
/// start is found resource by resource, walking from the finger to the candidate time and
/// then past every segment with too little capacity, until all its resources agree. Booking
/// splits segments at start and finish and merges equal neighbours, so a stretch where a
/// team is fully booked is one segment and is crossed in one step. Lists in time order (the
/// justified lists the search works with) keep the walks short.
///
/// Memory is O(activities + resources) whatever the horizon: the segments of one schedule
/// come from a pool of R + 2n, emptied before the next. A schedule costs O(R + n + the
/// segments walked); the dense grid's reset of rows × resources, which made large roadmaps
/// quadratic, is gone.
///
/// Times, capacities and indices are kept in 32 bits (`DecoderJob`): a large roadmap's
/// planning time is mostly spent waiting for memory, and half-size records keep twice as
/// many of them in the cache (on a 900-OPD workspace, about 15 % faster). A booked finish is
/// at most the horizon less the duration being placed, so no sum leaves 32 bits either.
struct SparseScheduleGenerator: ScheduleDecoder, Sendable {
    private struct Segment {
        var time: Int32
        var left: Int32
        var next: Int32
        var previous: Int32
    }

    let network: ProjectNetwork
    private let jobs: [DecoderJob]
    private let demands: [DecoderDemand]
    /// Segments 0..<R are the resources' first segments (time 0); the rest are allocated in order.
    private var pool: [Segment]
    private var finger: [Int]
    private(set) var starts: [Int]
    private(set) var finishes: [Int]
    private(set) var makespan = 0

    init(_ network: ProjectNetwork) {
        self.network = network
        (jobs, demands) = network.decoderRecords
        let r = network.resourceCount
        pool = Array(repeating: Segment(time: 0, left: 0, next: -1, previous: -1), count: r + 2 * network.demandResource.count + 1)
        finger = Array(0..<r)
        starts = Array(repeating: 0, count: network.count)
        finishes = Array(repeating: 0, count: network.count)
    }

    @discardableResult
    mutating func run(_ order: [Int]) -> Int {
        let network = self.network
        let resourceCount = network.resourceCount
        var latest = 0
        pool.withUnsafeMutableBufferPointer { pool in
        finger.withUnsafeMutableBufferPointer { finger in
        starts.withUnsafeMutableBufferPointer { start in
        finishes.withUnsafeMutableBufferPointer { finish in
        network.capacities.withUnsafeBufferPointer { capacities in
        jobs.withUnsafeBufferPointer { jobs in
        demands.withUnsafeBufferPointer { demands in
        network.predecessorList.withUnsafeBufferPointer { predecessorList in
        order.withUnsafeBufferPointer { order in
            for r in 0..<resourceCount {
                pool[r] = Segment(time: 0, left: Int32(capacities[r]), next: -1, previous: -1)
                finger[r] = r
            }
            var allocated = resourceCount

            /// The segment of resource r holding time t, from its finger.
            func locate(_ r: Int, _ t: Int32) -> Int {
                var s = finger[r]
                while pool[s].time > t { s = Int(pool[s].previous) }
                while case let n = Int(pool[s].next), n >= 0, pool[n].time <= t { s = n }
                return s
            }
            /// A new segment at `time` right after s, with s's capacity.
            func split(after s: Int, at time: Int32) -> Int {
                let n = allocated
                allocated += 1
                let next = pool[s].next
                pool[n] = Segment(time: time, left: pool[s].left, next: next, previous: Int32(s))
                if next >= 0 { pool[Int(next)].previous = Int32(n) }
                pool[s].next = Int32(n)
                return n
            }
            func unlink(_ s: Int) {
                let previous = pool[s].previous, next = pool[s].next
                pool[Int(previous)].next = next
                if next >= 0 { pool[Int(next)].previous = previous }
            }

            for j in order {
                let job = jobs[j]
                var t = job.release
                for k in Int(job.predecessorStart)..<Int(job.predecessorEnd) {
                    let f = Int32(truncatingIfNeeded: finish[predecessorList[k]])
                    if f > t { t = f }
                }
                let d = job.duration
                let lo = Int(job.demandStart), hi = Int(job.demandEnd)
                if d > 0, lo < hi {
                    // Each resource's earliest fit from t; repeat until none moves t.
                    var settled = false
                    while !settled {
                        settled = true
                        for k in lo..<hi {
                            let r = Int(demands[k].resource), u = demands[k].units
                            var s = locate(r, t)
                            var fit = t
                            search: while true {
                                // The last segment has the full capacity, so this stops.
                                while pool[s].left < u { s = Int(pool[s].next); fit = pool[s].time }
                                var q = Int(pool[s].next)
                                while q >= 0, pool[q].time < fit + d {
                                    if pool[q].left < u { s = q; continue search }
                                    q = Int(pool[q].next)
                                }
                                break
                            }
                            finger[r] = s
                            if fit > t { t = fit; settled = false }
                        }
                    }
                    let end = t + d
                    for k in lo..<hi {
                        let r = Int(demands[k].resource), u = demands[k].units
                        var s = locate(r, t)
                        if pool[s].time < t { s = split(after: s, at: t) }
                        var q = s
                        while true {
                            let n = Int(pool[q].next)
                            if n < 0 || pool[n].time > end { _ = split(after: q, at: end) }
                            pool[q].left -= u
                            if pool[Int(pool[q].next)].time == end { break }
                            q = Int(pool[q].next)
                        }
                        let after = Int(pool[q].next)
                        if pool[after].left == pool[q].left { unlink(after) }
                        let before = Int(pool[s].previous)
                        if before >= 0, pool[before].left == pool[s].left {
                            unlink(s)
                            s = before
                        }
                        finger[r] = s
                    }
                }
                start[j] = Int(t)
                finish[j] = Int(t + d)
                if Int(t + d) > latest { latest = Int(t + d) }
            }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        makespan = latest
        return latest
    }
}
