/// The Bimtek plan's time grid: weeks starting on Mondays, from the first Monday on or after
/// the start date to 31 December.
///
/// A class starts on a Monday and takes `days` consecutive working days (Monday to Friday;
/// weekends skipped), so a 3-day class runs Monday–Wednesday and a 7-day class runs Monday to
/// Tuesday of the next week. Its trainer team takes one class a week at most: a class
/// occupies its slot for ⌈days ÷ 5⌉ whole weeks, the rest of a short week going to
/// preparation and reporting. Public holidays are ignored.
public struct BimtekCalendar: Sendable, Hashable {
    public let start: CalendarDate
    public let end: CalendarDate
    /// Day number (days since 1970-01-01) of week 0's Monday.
    let firstMonday: Int
    /// Mondays from the first Monday to 31 December.
    public let weeks: Int

    public init(start: CalendarDate) {
        self.start = start
        end = CalendarDate(year: start.year, month: 12, day: 31) ?? start
        let s = start.dayNumber
        firstMonday = s + (7 - BimtekCalendar.weekday(s)) % 7
        weeks = firstMonday > end.dayNumber ? 0 : (end.dayNumber - firstMonday) / 7 + 1
    }

    /// 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
    static func weekday(_ dayNumber: Int) -> Int { ((dayNumber + 3) % 7 + 7) % 7 }

    /// Whether `date` is a Monday.
    public static func isMonday(_ date: CalendarDate) -> Bool { weekday(date.dayNumber) == 0 }

    /// Calendar days from a class's Monday to its last day (the `days`-th working day).
    static func lastDayOffset(days: Int) -> Int {
        let k = max(1, days) - 1
        return 7 * (k / 5) + k % 5
    }

    /// Weeks a class keeps its trainer slot.
    static func weeksOccupied(days: Int) -> Int { (max(1, days) - 1) / 5 + 1 }

    /// The Monday of week `week`.
    public func monday(_ week: Int) -> CalendarDate { CalendarDate(dayNumber: firstMonday + 7 * week) }

    /// The last day of a class of `days` starting in week `week`.
    public func lastDay(week: Int, days: Int) -> CalendarDate {
        CalendarDate(dayNumber: firstMonday + 7 * week + BimtekCalendar.lastDayOffset(days: days))
    }

    /// Day index (0 = the start date) of `date`.
    public func dayIndex(_ date: CalendarDate) -> Int { date.dayNumber - start.dayNumber }

    /// The last week a class of `days` can start and still end by 31 December; negative when
    /// none can.
    func lastStartWeek(days: Int) -> Int {
        guard weeks > 0 else { return -1 }
        return BimtekCalendar.floorDiv(end.dayNumber - firstMonday - BimtekCalendar.lastDayOffset(days: days), 7)
    }

    /// The last week a class of `days` can start and end before day `latestStart` (0 = the
    /// start date); may be negative (already too late).
    func deadlineWeek(latestStart: Int, days: Int) -> Int {
        // Clamped far outside the year so that any Int is safe.
        let lastAllowedDay = start.dayNumber + min(max(latestStart, -1_000_000), 1_000_000) - 1
        return BimtekCalendar.floorDiv(lastAllowedDay - firstMonday - BimtekCalendar.lastDayOffset(days: days), 7)
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
}
