/// Maps the scheduler's whole time units to dates: unit `t` starts on `start` plus `t`
/// months (or weeks).
public struct RoadmapCalendar: Sendable, Hashable {
    public var start: CalendarDate
    public var unit: RoadmapPolicy.TimeUnit

    /// The first day of unit `t`.
    public func date(_ t: Int) -> CalendarDate {
        switch unit {
        case .month: return start.addingMonths(t)
        case .week: return start.addingDays(7 * t)
        }
    }

    /// The last unit whose first day has a date (`CalendarDate.last`): a plan must finish by
    /// it for every date of it to be written.
    public var lastUnit: Int {
        let last = CalendarDate.last
        switch unit {
        case .month: return start.months(to: last)
        case .week: return start.days(to: last) / 7
        }
    }

    /// The last day of unit `t - 1`: the day a task finishing at `t` is done.
    public func endDate(_ t: Int) -> CalendarDate { date(t).addingDays(-1) }

    /// The units a task of `months` takes, rounded up (a week unit counts 52 weeks a year).
    public func duration(months: Fraction) -> Int {
        let units = unit == .month ? months : months * Fraction(52) / Fraction(12)
        return max(1, units.ceiling)
    }

    /// The first unit after `date`'s unit: a task due on `date` must finish by it.
    public func deadline(_ date: CalendarDate) -> Int {
        switch unit {
        case .month: return start.months(to: date) + 1
        case .week:
            let days = start.days(to: date)
            return days < 0 ? -((-days) / 7) : days / 7 + 1
        }
    }

    /// The unit that contains `date` (negative before the start).
    public func unit(of date: CalendarDate) -> Int { deadline(date) - 1 }
}
