/// Forms and dates the classes of the admitted needs, week by week (list scheduling).
///
/// Each week, trainer slots that are free take classes one at a time, lowest slot first.
/// A slot takes a class of the module whose most urgent ready need is the most urgent of all
/// (earliest week its class may start to meet its deadline, then priority), among modules
/// that should run now:
/// - a full class can be formed (ready seats ≥ capacity), or
/// - no more people of the module are still waiting for a prerequisite (waiting gains
///   nothing), or
/// - its most urgent ready need would miss its deadline by waiting a week, or
/// - the module has just enough weeks left for its remaining classes on all trainers.
/// Otherwise the module waits for more of its people to become ready, so classes fill up and
/// their number stays at or near ⌈seats ÷ capacity⌉.
///
/// A class is filled in urgency order, keeping each need's people together; a need that
/// does not fit is skipped for a smaller one (at most `skipLimit` skips per class), and only
/// a need larger than a whole class is split over classes. A need is ready once every class
/// of its OPD's needs for ancestor modules has ended, from the Monday after.
///
/// Cost: O(n log n + c · (m + s log n) + w · m) for n needs, c classes, m modules,
/// s = seats per class plus skips, and w ≤ 53 weeks.
struct BimtekSimulation {
    struct FormedClass {
        var module: Int
        var week: Int
        var slot: Int
        /// (need, count), in the order seated.
        var seats: [(need: Int, count: Int)]
    }

    static let skipLimit = 32

    var classes: [FormedClass] = []
    /// People of each need still without a seat (0: fully seated, or not admitted).
    var left: [Int]
    /// The week of each need's last class, once fully seated.
    var doneWeek: [Int?]

    init(problem: BimtekProblem, admitted: [Bool], trainers: Int) {
        let n = problem.needs.count, moduleCount = problem.modules.count, weeks = problem.calendar.weeks
        let rank = problem.urgency
        left = (0..<n).map { admitted[$0] ? problem.needs[$0].participants : 0 }
        doneWeek = Array(repeating: nil, count: n)
        guard weeks > 0, trainers > 0 else { return }

        // Groups: admitted needs not yet seated, and ancestor groups still to finish.
        let groupCount = problem.groupNeeds.count
        var groupLeft = problem.groupNeeds.map { $0.reduce(0) { admitted[$1] ? $0 + 1 : $0 } }
        var groupWaiting = problem.groupAncestors.map { $0.reduce(0) { groupLeft[$1] > 0 ? $0 + 1 : $0 } }
        var groupReady = Array(repeating: 0, count: groupCount)
        var readyAt = Array(repeating: [Int](), count: weeks)
        var pendingSeats = Array(repeating: 0, count: moduleCount)
        var readySeats = Array(repeating: 0, count: moduleCount)
        for g in 0..<groupCount where groupLeft[g] > 0 {
            for i in problem.groupNeeds[g] where admitted[i] {
                pendingSeats[problem.moduleOf[i]!] += left[i]
                if groupWaiting[g] == 0 { readyAt[0].append(i) }
            }
        }
        var heaps = Array(repeating: RankHeap(), count: moduleCount)
        var idle = RankHeap(sorted: Array(0..<trainers))
        let slotRank = Array(0..<trainers)
        var freeAt = Array(repeating: [Int](), count: weeks)
        var skipped: [Int] = []

        for week in 0..<weeks {
            for s in freeAt[week] { idle.push(s, rank: slotRank) }
            for i in readyAt[week] {
                let m = problem.moduleOf[i]!
                heaps[m].push(i, rank: rank)
                pendingSeats[m] -= left[i]
                readySeats[m] += left[i]
            }
            while !idle.isEmpty {
                // The module whose most urgent ready need comes first, among those that should run.
                var chosen: Int?
                for m in 0..<moduleCount {
                    guard let top = heaps[m].first, week <= problem.lastStartWeek[m] else { continue }
                    if let c = chosen, rank[heaps[c].first!] < rank[top] { continue }
                    let capacity = problem.modules[m].classCapacity
                    let remainingClasses = BimtekSelection.classes(readySeats[m] + pendingSeats[m], capacity)
                    let margin = BimtekSelection.classes(remainingClasses, trainers)
                    let run = readySeats[m] >= capacity || pendingSeats[m] == 0 || problem.dueWeek[top] <= week
                        || week + margin > problem.lastStartWeek[m]
                    if run { chosen = m }
                }
                guard let m = chosen, let slot = idle.pop(rank: slotRank) else { break }
                let module = problem.modules[m]
                var room = module.classCapacity
                var seats: [(need: Int, count: Int)] = []
                skipped.removeAll(keepingCapacity: true)
                while room > 0, skipped.count < BimtekSimulation.skipLimit, let i = heaps[m].pop(rank: rank) {
                    let r = left[i]
                    if r <= room {
                        seats.append((i, r))
                        left[i] = 0
                        room -= r
                        readySeats[m] -= r
                    } else if r > module.classCapacity {
                        // Only a need larger than a class is split; the rest waits for the next class.
                        seats.append((i, room))
                        left[i] -= room
                        readySeats[m] -= room
                        room = 0
                        heaps[m].push(i, rank: rank)
                    } else {
                        skipped.append(i)
                    }
                }
                for i in skipped { heaps[m].push(i, rank: rank) }
                let occupied = BimtekCalendar.weeksOccupied(days: module.days)
                let endWeek = week + occupied - 1
                if week + occupied < weeks { freeAt[week + occupied].append(slot) }
                classes.append(FormedClass(module: m, week: week, slot: slot, seats: seats))
                // Needs now fully seated end with this class; release their OPD's dependants.
                for (i, _) in seats where left[i] == 0 {
                    doneWeek[i] = endWeek
                    let g = problem.groupOf[i]
                    groupLeft[g] -= 1
                    groupReady[g] = max(groupReady[g], endWeek + 1)
                    guard groupLeft[g] == 0 else { continue }
                    for d in problem.groupDependants[g] where groupLeft[d] > 0 {
                        groupWaiting[d] -= 1
                        groupReady[d] = max(groupReady[d], groupReady[g])
                        guard groupWaiting[d] == 0, groupReady[d] < weeks else { continue }
                        for j in problem.groupNeeds[d] where admitted[j] && left[j] > 0 { readyAt[groupReady[d]].append(j) }
                    }
                }
            }
        }
    }
}
