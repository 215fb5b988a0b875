extension CalendarDate {
    /// Days since 1970-01-01 (negative before), by the civil-from-days algorithm of Howard
    /// Hinnant ("chrono-compatible low-level date algorithms"): exact for the proleptic
    /// Gregorian calendar, no time zones involved.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        year = y
        month = m
        day = d
    }

    public func addingDays(_ days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// Days from `self` to `other` (negative when `other` is earlier).
    public func days(to other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    /// The first day of the month after this date's month.
    public var firstOfNextMonth: CalendarDate { CalendarDate(year: year, month: month, day: 1)!.addingMonths(1) }
}

extension Fraction {
    /// The least whole number not below the fraction.
    public var ceiling: Int {
        let q = numerator / denominator, r = numerator % denominator
        return Int(r > 0 ? q + 1 : q)
    }
}
