/// The texts of the appeal sheet (*lembar sanggah*) for the interview.
public enum AppealText: Sendable, Hashable {
    case title(city: String, method: String)
    case subtitle(period: String, date: CalendarDate)
    case interview(start: CalendarDate, end: CalendarDate)
    case intro(cases: Int, points: String)
    case nothing
    case summaryHeading
    case indicatorHeading(id: String, code: String, name: String)
    case indicatorLine(claimed: String, result: String, points: String)
    case noRevisions
    case noResponse
    case dashboardLink
    case notFromEvidence(period: String, method: String)
    case column(Column)

    public enum Column: Sendable, Hashable {
        case indicator, claimed, result, points, revisions, item, note, response, owner
    }

    public func text(_ l: Language) -> String {
        switch self {
        case .title(let city, let method):
            return l.pick(id: "Lembar sanggah \(method) — \(city)", en: "Appeal sheet, \(method) — \(city)")
        case .subtitle(let period, let date):
            return l.pick(id: "Periode \(period), keadaan per \(DateText.long(date, l)): klaim kota di samping hasil asesor, untuk interviu",
                          en: "Period \(period), as of \(DateText.long(date, l)): the city's claim beside the assessor's result, for the interview")
        case .interview(let start, let end):
            return l.pick(id: "Interviu dan sanggah: \(DateText.window(start, end, l)).", en: "Interview and appeal: \(DateText.window(start, end, l)).")
        case .intro(let cases, let points):
            return l.pick(id: "\(cases) indikator diklaim lebih tinggi daripada hasil asesor atau memuat butir revisi; bila semua klaim diterima, indeks kota naik \(points) poin. Urutan: poin yang dipertaruhkan, terbesar lebih dulu.",
                          en: "\(cases) indicators are claimed higher than the assessor's result or hold items in revision; if every claim were accepted the city's index would rise by \(points) points. Order: points at stake, largest first.")
        case .nothing:
            return l.pick(id: "Tidak ada yang perlu disanggah: setiap butir yang diunggah sudah diterima dan tidak ada butir revisi.",
                          en: "Nothing to appeal: every uploaded item is accepted and none is in revision.")
        case .summaryHeading:
            return l.pick(id: "Klaim kota dan hasil asesor", en: "The city's claim and the assessor's result")
        case .indicatorHeading(let id, let code, let name):
            return "\(id) (\(code)) \(name)"
        case .indicatorLine(let claimed, let result, let points):
            return l.pick(id: "Klaim kota \(claimed), hasil asesor \(result): \(points) poin indeks dipertaruhkan.",
                          en: "City's claim \(claimed), assessor's result \(result): \(points) index points at stake.")
        case .noRevisions:
            return l.pick(id: "Tidak ada butir revisi; selisihnya berasal dari butir yang sudah diunggah tetapi belum dinilai.",
                          en: "No item in revision; the difference comes from items uploaded but not yet assessed.")
        case .noResponse:
            return l.pick(id: "belum ada — siapkan sebelum interviu", en: "none yet — prepare it before the interview")
        case .notFromEvidence(let period, let method):
            return l.pick(id: "periode \(period) dinilai dengan \(method), bukan dari butir data dukung: lembar sanggah memerlukan periode Indeks Pemdi dengan evidence.csv",
                          en: "period \(period) is assessed with \(method), not from evidence items: the appeal sheet needs an Indeks Pemdi period with evidence.csv")
        case .dashboardLink:
            return l.pick(id: "Lembar sanggah", en: "Appeal sheet")
        case .column(let c):
            switch c {
            case .indicator: return l.pick(id: "Indikator", en: "Indicator")
            case .claimed: return l.pick(id: "Klaim kota", en: "City's claim")
            case .result: return l.pick(id: "Hasil asesor", en: "Assessor's result")
            case .points: return l.pick(id: "Poin dipertaruhkan", en: "Points at stake")
            case .revisions: return l.pick(id: "Butir revisi", en: "Items in revision")
            case .item: return l.pick(id: "Butir", en: "Item")
            case .note: return l.pick(id: "Catatan asesor", en: "Assessor's note")
            case .response: return l.pick(id: "Dokumen tanggapan", en: "Response document")
            case .owner: return l.pick(id: "Pemilik", en: "Owner")
            }
        }
    }
}
