/// The `roadmap` part of a city's policy: the calendar, the teams that do the work and how
/// many tasks each can carry at once, the yearly budget, and the phases with their goals.
///
/// The milestones a roadmap is checked against are the policy's dated `targets` (45 OPDs
/// online by 2019-12-31, …): one list of targets for the dashboard and the roadmap alike.
public struct RoadmapPolicy: Sendable {
    /// The capacities a team may have (the policy's `capacity`, `--capacity`).
    public static let capacityRange = 1...1000
    /// The unit the schedule counts in.
    public enum TimeUnit: String, Sendable, Hashable, CaseIterable {
        case month, week
    }

    /// A team (or a group of people) that works on tasks.
    public struct Resource: Sendable, Hashable {
        public var id: String
        public var name: LocalizedText
        /// Tasks the resource carries at once (teams, trainers, …).
        public var capacity: Int
        /// Whether every OPD has one of its own (the OPD's own staff): tasks of different OPDs
        /// never compete for it.
        public var perOPD: Bool
        public var line: Int
    }

    /// A goal of a phase: a condition in the rules language over the city (`city.daring() >= 45`),
    /// checked on the scores the roadmap projects for the phase's end.
    public struct Goal: Sendable, Hashable {
        public var condition: String
        public var text: LocalizedText
        /// Where the condition is written, for messages (1-based; column of its first character).
        public var line: Int
        public var column: Int
        /// The index method the goal is about (`spbe-2020`); nil: whichever the period is
        /// assessed with. A roadmap of a period of another method leaves it out: its value
        /// would be read on the wrong scale.
        public var method: String? = nil
    }

    /// A span of the roadmap ("Fase 1: langkah cepat").
    public struct Phase: Sendable, Hashable {
        public var id: String
        public var name: LocalizedText
        public var start: CalendarDate
        public var end: CalendarDate
        public var goals: [Goal]
    }

    public struct Budget: Sendable, Hashable {
        public var year: Int
        /// Rupiah.
        public var amount: Int
    }

    /// First day of the schedule (time 0); nil: the first of the month after the assessed
    /// period's date.
    public var start: CalendarDate?
    public var unit: TimeUnit
    public var resources: [Resource]
    public var budgets: [Budget]
    public var phases: [Phase]
    /// Search settings: the seed and the number of schedules the scheduler may generate.
    public var seed: UInt64
    public var schedules: Int
}
