/// Rupiah and dates as the Bimtek outputs show them.
enum BimtekFormat {
    /// `150.000.000` (Indonesian) or `150,000,000` (English): thousands grouped, no decimals.
    static func rupiah(_ amount: Int, _ l: Language) -> String { l.grouped(amount) }

    /// `97,6 %` (Indonesian) or `97.6%` (English): `part` of `whole` to one decimal, half up;
    /// nil when the whole is not positive or the part lies outside it.
    static func share(_ part: Int, of whole: Int, _ l: Language) -> String? {
        guard whole > 0, (0...whole).contains(part) else { return nil }
        // Full width, so a budget near Int.max cannot overflow the product.
        let (q, _) = whole.dividingFullWidth(part.multipliedFullWidth(by: 2000))
        let tenths = (q + 1) / 2
        let number = String(tenths / 10) + l.decimalSeparator + String(tenths % 10)
        return l.pick(id: number + " %", en: number + "%")
    }

    /// `2020-04` for a date.
    static func month(_ d: CalendarDate) -> String { String(d.description.prefix(7)) }

    /// Participants of a class by OPD id, in seat order, each once.
    static func opds(_ c: BimtekClass) -> [String] {
        var seen = Set<String>(), out: [String] = []
        for s in c.seats where seen.insert(s.opdID).inserted { out.append(s.opdID) }
        return out
    }

    /// The file name of a class's registration list: `class-003-data-management.csv`.
    static func registrationFile(_ index: Int, _ c: BimtekClass) -> String {
        let number = String(index + 1)
        return "class-" + String(repeating: "0", count: max(0, 3 - number.count)) + number + "-" + c.module + ".csv"
    }
}
