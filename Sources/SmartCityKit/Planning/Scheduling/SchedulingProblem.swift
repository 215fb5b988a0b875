/// A resource-constrained project scheduling problem (RCPSP): activities with integer
/// durations, finish-to-start precedence and demands on renewable resources of constant
/// capacity, plus optional release dates and due dates.
///
/// The classical single-mode RCPSP of Kolisch and Sprecher's PSPLIB ("PSPLIB — a project
/// scheduling problem library", EJOR 96, 1996) is the case without release or due dates;
/// the roadmap planner adds release dates (a unit cannot start before its budget year) and
/// due dates (targets it should meet). Time is counted in whole units from 0.
///
/// The value is plain data: nothing is checked when it is built. `validate()` reports what
/// makes it unsolvable, and the solver refuses such a problem with those findings.
public struct SchedulingProblem: Sendable, Hashable {
    /// A renewable resource: `capacity` units are available in every time unit.
    public struct Resource: Sendable, Hashable {
        /// A name for messages ("R 1", "tim TI").
        public var name: String
        /// Units available in every time unit; must not be negative.
        public var capacity: Int

        public init(name: String, capacity: Int) {
            self.name = name
            self.capacity = capacity
        }
    }

    /// What an activity needs of one resource: `units` in every time unit it runs.
    public struct Use: Sendable, Hashable {
        /// The resource, by index into `resources`.
        public var resource: Int
        public var units: Int

        public init(resource: Int, units: Int) {
            self.resource = resource
            self.units = units
        }
    }

    /// One activity (job): it runs without interruption for `duration` units and uses
    /// `units` of each resource in `uses` in every one of them.
    ///
    /// Demands are kept sparse, one entry per resource the activity uses, because a roadmap
    /// has a resource per OPD and each task uses one of them: a dense row per task would be
    /// tasks × resources (33 GB at 23,000 OPDs).
    public struct Activity: Sendable, Hashable {
        /// A name for messages.
        public var name: String
        /// Time units; 0 makes a milestone.
        public var duration: Int
        /// The resources it uses; uses of the same resource add up, resources not listed are
        /// not used.
        public var uses: [Use]
        /// Indices of the activities that must finish before this one starts.
        public var predecessors: [Int]
        /// The earliest start.
        public var release: Int
        /// The wished latest finish; only the `.lateness` objective reads it.
        public var due: Int?

        public init(name: String, duration: Int, uses: [Use], predecessors: [Int] = [], release: Int = 0, due: Int? = nil) {
            self.name = name
            self.duration = duration
            self.uses = uses
            self.predecessors = predecessors
            self.release = release
            self.due = due
        }

        /// An activity with a demand per resource in the order of `resources` (PSPLIB's
        /// form); zero demands are dropped.
        public init(name: String, duration: Int, demands: [Int], predecessors: [Int] = [], release: Int = 0, due: Int? = nil) {
            self.init(name: name, duration: duration, uses: demands.enumerated().filter { $0.element != 0 }.map { Use(resource: $0.offset, units: $0.element) },
                      predecessors: predecessors, release: release, due: due)
        }

        /// Units of `resource` used per time unit (the sum of its uses; 0 when unused).
        public func demand(on resource: Int) -> Int {
            uses.reduce(0) { $1.resource == resource ? $0 + $1.units : $0 }
        }

        /// The uses with one entry per resource, in increasing resource order, units summed.
        func mergedUses() -> [Use] {
            var merged: [Use] = []
            for use in uses.sorted(by: { $0.resource < $1.resource }) {
                if let last = merged.last, last.resource == use.resource {
                    // Saturating: a sum past Int's range is above any capacity anyway.
                    let (sum, overflow) = last.units.addingReportingOverflow(use.units)
                    merged[merged.count - 1].units = overflow ? (use.units > 0 ? Int.max : Int.min) : sum
                } else {
                    merged.append(use)
                }
            }
            return merged
        }
    }

    /// A dated aim some activities serve together: each of them finishing after `due` costs
    /// `weight` per unit late (the `.lateness` objective). A roadmap milestone: the 45-OPD goal
    /// is served by every OPD's digitisation task.
    public struct Deadline: Sendable, Hashable {
        /// The first time unit the aim is late in (may be negative: a date already past).
        public var due: Int
        /// What one unit of delay of one of its activities costs; 1…`maximumWeight`.
        public var weight: Int
        /// The activities serving it, by index.
        public var activities: [Int]

        public init(due: Int, weight: Int, activities: [Int]) {
            self.due = due
            self.weight = weight
            self.activities = activities
        }
    }

    /// The largest deadline weight.
    public static let maximumWeight = 1_000_000

    public var resources: [Resource]
    public var activities: [Activity]
    public var deadlines: [Deadline]

    public init(resources: [Resource], activities: [Activity], deadlines: [Deadline] = []) {
        self.resources = resources
        self.activities = activities
        self.deadlines = deadlines
    }

    /// The demand of `activity` on `resource`, 0 when it does not use it.
    func demand(_ activity: Int, _ resource: Int) -> Int {
        activities[activity].demand(on: resource)
    }
}
