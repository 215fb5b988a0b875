/// Checks any schedule against a problem, independently of how it was made: durations,
/// release dates, finish-to-start precedence and resource capacity in every time unit.
///
/// It shares no code with the schedule-generation schemes, so a bug there cannot hide
/// itself; the tests pass every schedule the solver produces through it.
public enum ScheduleChecker {
    /// Every violation of `schedule` against `problem`, empty when it is feasible.
    ///
    /// Capacity is checked with a sweep over start and finish events (finishes before
    /// starts at the same time, since a finish at t frees the unit [t, t+1)): the load is
    /// constant between events, so checking it after each event checks every time unit.
    /// Each overloaded event time is reported per resource with the activities running.
    /// Cost O(n log n · R). Predecessor indices out of range are skipped (`validate()`
    /// reports them).
    public static func check(_ schedule: Schedule, against problem: SchedulingProblem) -> [Diagnostic] {
        let activities = problem.activities
        let n = activities.count
        guard schedule.starts.count == n, schedule.finishes.count == n else {
            return [Diagnostic(.scheduleSizeMismatch(found: min(schedule.starts.count, schedule.finishes.count), expected: n))]
        }
        var findings: [Diagnostic] = []
        for (j, activity) in activities.enumerated() {
            let start = schedule.starts[j], finish = schedule.finishes[j]
            if finish.subtractingReportingOverflow(start) != (activity.duration, false) {
                findings.append(Diagnostic(
                    .finishNotStartPlusDuration(activity: activity.name, start: start, finish: finish, duration: activity.duration), activities: [j]))
            }
            if start < activity.release {
                findings.append(Diagnostic(.startBeforeRelease(activity: activity.name, start: start, release: activity.release), activities: [j]))
            }
            for p in activity.predecessors where p >= 0 && p < n && schedule.finishes[p] > start {
                findings.append(Diagnostic(
                    .precedenceViolated(predecessor: activities[p].name, successor: activity.name, finish: schedule.finishes[p], start: start),
                    activities: [p, j]))
            }
        }
        findings += capacityViolations(schedule, problem)
        return findings
    }

    static func capacityViolations(_ schedule: Schedule, _ problem: SchedulingProblem) -> [Diagnostic] {
        // (time, kind, activity): kind 0 = finish, 1 = start, so finishes sort first.
        var events: [(time: Int, kind: Int, activity: Int)] = []
        for j in problem.activities.indices where schedule.finishes[j] > schedule.starts[j] {
            events.append((schedule.starts[j], 1, j))
            events.append((schedule.finishes[j], 0, j))
        }
        events.sort { ($0.time, $0.kind, $0.activity) < ($1.time, $1.kind, $1.activity) }
        var findings: [Diagnostic] = []
        var load = Array(repeating: 0, count: problem.resources.count)
        // Only resources pushed over capacity by a start are checked, so a check costs
        // O(events · uses), not events × resources (a roadmap has a resource per OPD).
        let uses = problem.activities.map { $0.mergedUses().filter { $0.units > 0 && problem.resources.indices.contains($0.resource) } }
        var over = Set<Int>()
        var running = Set<Int>()
        var i = 0
        while i < events.count {
            let time = events[i].time
            var started = false
            while i < events.count, events[i].time == time {
                let (_, kind, j) = events[i]
                let sign = kind == 1 ? 1 : -1
                for use in uses[j] {
                    load[use.resource] += sign * use.units
                    if kind == 1, load[use.resource] > problem.resources[use.resource].capacity { over.insert(use.resource) }
                }
                if kind == 1 { running.insert(j); started = true } else { running.remove(j) }
                i += 1
            }
            guard started else { continue }
            over = over.filter { load[$0] > problem.resources[$0].capacity }
            for r in over.sorted() {
                let resource = problem.resources[r]
                let users = running.filter { problem.demand($0, r) > 0 }.sorted()
                findings.append(Diagnostic(
                    .capacityExceeded(resource: resource.name, time: time, usage: load[r], capacity: resource.capacity,
                                      activities: users.map { problem.activities[$0].name }),
                    activities: users))
            }
        }
        return findings
    }
}
