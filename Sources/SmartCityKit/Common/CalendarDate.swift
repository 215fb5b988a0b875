/// A calendar day (proleptic Gregorian), without time or zone.
///
/// Periods, targets and milestones are days; using a plain value instead of `Date` keeps
/// outputs free of time zones and clock reads.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Creates a date, or nil when the day does not exist in that month.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The last day of the month `YYYY-MM`, which is how a period named by its month is dated.
    public init?(endOfMonth text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        self.init(year: y, month: m, day: CalendarDate.daysIn(month: m, year: y))
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The same day `months` months later (earlier when negative), clamped to the month's
    /// last day (2020-01-31 + 1 month = 2020-02-29).
    public func addingMonths(_ months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        let y = index / 12, m = index % 12 + 1
        // Past 9999 (a plan centuries long) the date is still computed, as `addingDays` does;
        // the roadmap refuses such plans before showing them (RMP010).
        return CalendarDate(computedYear: y, month: m, day: min(day, CalendarDate.daysIn(month: m, year: y)))
    }

    /// The last day the calendar writes as a date (`init(year:month:day:)` accepts years
    /// 1–9999): a plan must end by it.
    public static let last = CalendarDate(computedYear: 9999, month: 12, day: 31)

    /// A date from arithmetic whose month and day are valid by construction.
    private init(computedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whole calendar months from `self` to `other` (by year and month, days ignored).
    public func months(to other: CalendarDate) -> Int {
        (other.year - year) * 12 + (other.month - month)
    }
}
