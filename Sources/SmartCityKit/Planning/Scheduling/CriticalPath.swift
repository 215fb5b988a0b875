/// Earliest and latest times of every activity ignoring resources: the critical path
/// method (CPM; Kelley and Walker, "Critical-path planning and scheduling", 1959) extended
/// with release dates forward and due dates backward.
///
/// Earliest starts give the critical-path lower bound; latest finishes and starts drive the
/// LFT and LST priority rules. Cost O(n + arcs).
struct CriticalPath: Sendable {
    /// Activities in topological order.
    let order: [Int]
    let earliestStart: [Int]
    let earliestFinish: [Int]
    /// Latest finish keeping the critical-path length, tightened by due dates.
    let latestFinish: [Int]
    /// The longest path, release dates included: a lower bound on the makespan.
    let length: Int

    init(_ network: ProjectNetwork) {
        let n = network.count
        var order = Array(repeating: 0, count: n)
        for j in 0..<n { order[network.topologicalRank[j]] = j }
        var es = network.releases
        var ef = Array(repeating: 0, count: n)
        for j in order {
            for p in network.predecessors(j) { es[j] = max(es[j], ef[p]) }
            ef[j] = es[j] + network.durations[j]
        }
        let length = ef.max() ?? 0
        var lf = Array(repeating: length, count: n)
        for j in order.reversed() {
            lf[j] = min(lf[j], network.dues[j])
            for s in network.successors(j) { lf[j] = min(lf[j], lf[s] - network.durations[s]) }
        }
        self.order = order
        earliestStart = es
        earliestFinish = ef
        latestFinish = lf
        self.length = length
    }

    func latestStart(_ j: Int, _ network: ProjectNetwork) -> Int { latestFinish[j] - network.durations[j] }
}
