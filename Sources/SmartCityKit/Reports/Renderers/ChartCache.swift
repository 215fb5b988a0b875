/// Parts of charts that many pages share, drawn once: a radar's grid and labels depend only
/// on its axes and maximum, which are the same on every OPD page of a run.
///
/// Not shared between threads: each worker of a page set keeps its own, so no locking and no
/// global state; the output is the same bytes with or without it.
final class ChartCache {
    var radarFrames: [RadarFrameKey: [String]] = [:]
}

struct RadarFrameKey: Hashable {
    var axes: [String]
    var maximum: Double
}
