/// The serial schedule-generation scheme as the searches use it: decodes a
/// precedence-feasible activity list into the schedule that starts each activity, in list
/// order, at its earliest feasible time. Two implementations keep the resource profile
/// differently and give the same schedule for every list (a property test holds them to it):
///
/// - `SerialScheduleGenerator`, a dense time grid: fastest on small networks with few
///   resources (PSPLIB), but its memory and per-schedule reset grow with time × resources;
/// - `SparseScheduleGenerator`, a step function per resource: memory and work grow with the
///   activities, not with the horizon or the number of resources (a roadmap has a resource
///   per OPD).
protocol ScheduleDecoder: Sendable {
    init(_ network: ProjectNetwork)
    /// Schedules the activities in `order`; returns the makespan.
    @discardableResult
    mutating func run(_ order: [Int]) -> Int
    var starts: [Int] { get }
    var finishes: [Int] { get }
}

extension ProjectNetwork {
    /// Whether the dense time grid pays for this network: its cells (horizon × resources)
    /// are few enough to allocate and to reset after every schedule at no more than about
    /// 32 cells per activity. PSPLIB j30–j120 fall under it (their times per schedule are
    /// those of the grid); every roadmap falls over it (45 OPDs: 393 tasks, 50 resources,
    /// some 1,700 units of horizon).
    var prefersDenseProfile: Bool {
        let cells = (horizon + 1).multipliedReportingOverflow(by: max(resourceCount, 1))
        return !cells.overflow && cells.partialValue <= min(32 * max(count, 1), 4_000_000)
    }
}
