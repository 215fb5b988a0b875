/// What placing one activity reads, side by side: a list visits activities out of index
/// order, and from the network's separate arrays each read would be a cache miss of its own
/// (a quarter of a large roadmap's planning time). Both schedule generators read these.
///
/// 32 bits: `SchedulingProblem.validate()` holds every time within the horizon ≤ 2³⁰ and
/// every capacity ≤ 2³⁰, so no value, and no sum of a start and a duration, leaves them.
struct DecoderJob {
    var release: Int32
    var duration: Int32
    var predecessorStart: Int32
    var predecessorEnd: Int32
    var demandStart: Int32
    var demandEnd: Int32
}

/// One positive demand of an activity: `units` of `resource`.
struct DecoderDemand {
    var resource: Int32
    var units: Int32
}

extension ProjectNetwork {
    /// The network's activities and demands as the generators read them.
    var decoderRecords: (jobs: [DecoderJob], demands: [DecoderDemand]) {
        var jobs: [DecoderJob] = []
        jobs.reserveCapacity(count)
        for j in 0..<count {
            jobs.append(DecoderJob(release: Int32(releases[j]), duration: Int32(durations[j]),
                                   predecessorStart: Int32(predecessorStart[j]), predecessorEnd: Int32(predecessorStart[j + 1]),
                                   demandStart: Int32(demandStart[j]), demandEnd: Int32(demandStart[j + 1])))
        }
        let demands = zip(demandResource, demandUnits).map { DecoderDemand(resource: Int32($0), units: Int32($1)) }
        return (jobs, demands)
    }
}
