/// Dates as a civil servant writes them: `15 September 2026` (Indonesian month names in
/// Indonesian, English ones in English), and a window as `1 Agustus – 15 September 2026`.
enum DateText {
    static let months = (
        id: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
        en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"])

    static func month(_ m: Int, _ l: Language) -> String { (l == .id ? months.id : months.en)[m - 1] }

    static func long(_ d: CalendarDate, _ l: Language) -> String { "\(d.day) \(month(d.month, l)) \(d.year)" }

    /// `Juli 2026`.
    static func monthYear(_ d: CalendarDate, _ l: Language) -> String { "\(month(d.month, l)) \(d.year)" }

    /// A table cell with the long date that sorts by the date.
    static func cell(_ d: CalendarDate, _ l: Language) -> ReportTable.Cell { ReportTable.Cell(long(d, l), sortKey: d.description) }

    /// `start` to `end`, the shared month and year written once; one day when they are equal.
    static func window(_ start: CalendarDate, _ end: CalendarDate, _ l: Language) -> String {
        if start == end { return long(start, l) }
        if start.year != end.year { return long(start, l) + " – " + long(end, l) }
        if start.month != end.month { return "\(start.day) \(month(start.month, l)) – " + long(end, l) }
        return "\(start.day)–" + long(end, l)
    }
}
