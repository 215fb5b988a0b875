/// What the Bimtek plan may use in one year: trainer teams, days and rupiah.
public struct BimtekSettings: Sendable, Hashable {
    /// Classes that can run at the same time (trainer teams and rooms).
    public var trainers: Int
    /// The first day of the plan; the plan ends on 31 December of the same year.
    public var start: CalendarDate
    /// Rupiah available for the year (classes' fixed costs plus participant costs).
    public var budget: Int

    public init(trainers: Int, start: CalendarDate, budget: Int) {
        self.trainers = trainers
        self.start = start
        self.budget = budget
    }

    /// A plan for the whole calendar `year`, from 1 January.
    public init(trainers: Int, year: Int, budget: Int) {
        self.init(trainers: trainers, start: CalendarDate(year: min(max(year, 1), 9999), month: 1, day: 1)!, budget: budget)
    }

    /// 31 December of the start's year: the last day a class may run.
    public var end: CalendarDate { CalendarDate(year: start.year, month: 12, day: 31) ?? start }
}
