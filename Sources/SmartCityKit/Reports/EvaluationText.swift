/// The texts about the evaluation calendar and the items a unit owes, for the summary, the
/// dashboard, the unit pages and the appeal sheet.
public enum EvaluationText: Sendable, Hashable {
    /// "Kalender evaluasi Indeks Pemdi 2026, dihitung dari 30 Juni 2026".
    case calendarHeading(method: String, year: Int, estimated: Bool, asOf: CalendarDate)
    case stage(EvaluationCalendar.Stage)
    /// A stage's state; a stage of one day is "in 82 days", not "starts in".
    case stageState(EvaluationTimeline.State, oneDay: Bool)
    /// One line of the terminal summary per stage.
    case stageLine(stage: EvaluationCalendar.Stage, start: CalendarDate, end: CalendarDate, state: EvaluationTimeline.State)
    case source(String)
    case calendarSection
    case itemsByOwnerSection
    case total
    // What a unit owes.
    case owedSection
    case owedSummary(count: Int, points: String, due: CalendarDate?)
    case nothingOwed
    case awaits(code: String, owner: String)
    case revisionNote(String)
    case noOwner
    case change(IndicatorValue.Change)
    /// "Dibanding 2026-06: 3 butir baru, 40 berubah, 72 tetap."
    case changes(previous: String, new: Int, changed: Int, unchanged: Int)
    case column(Column)

    public enum Column: Sendable, Hashable {
        case stage, dates, state, order, item, level, gain, points, perDay, due
    }

    public func text(_ l: Language) -> String {
        switch self {
        case .calendarHeading(let method, let year, let estimated, let asOf):
            let guess = estimated ? l.pick(id: " (perkiraan, belum diumumkan)", en: " (an estimate, not yet announced)") : ""
            return l.pick(id: "Kalender evaluasi \(year)\(guess): \(method); hari dihitung dari \(DateText.long(asOf, l))",
                          en: "\(year) evaluation calendar\(guess): \(method); days counted from \(DateText.long(asOf, l))")
        case .stage(let stage):
            switch stage {
            case .upload: return l.pick(id: "Unggah data dukung", en: "Evidence upload")
            case .documentResults: return l.pick(id: "Hasil penilaian dokumen", en: "Document assessment results")
            case .interview: return l.pick(id: "Interviu dan sanggah", en: "Interview and appeal")
            case .visitation: return l.pick(id: "Visitasi", en: "Visitation")
            case .results: return l.pick(id: "Penetapan hasil", en: "Results set")
            }
        case .stageState(let state, let oneDay):
            switch state {
            case .upcoming(let days) where oneDay: return l.pick(id: "\(days) hari lagi", en: "in \(days) days")
            case .upcoming(let days): return l.pick(id: "dimulai \(days) hari lagi", en: "starts in \(days) days")
            case .open where oneDay: return l.pick(id: "hari ini", en: "today")
            case .open(0): return l.pick(id: "berlangsung, hari ini hari terakhir", en: "under way, today is the last day")
            case .open(let days): return l.pick(id: "berlangsung, berakhir \(days) hari lagi", en: "under way, ends in \(days) days")
            case .past: return l.pick(id: "sudah lewat", en: "over")
            }
        case .stageLine(let stage, let start, let end, let state):
            return "  " + EvaluationText.stage(stage).text(l) + ": " + DateText.window(start, end, l) + " — "
                + EvaluationText.stageState(state, oneDay: start == end).text(l)
        case .calendarSection:
            return l.pick(id: "Kalender evaluasi", en: "Evaluation calendar")
        case .itemsByOwnerSection:
            return l.pick(id: "Butir data dukung per status dan unit pemilik", en: "Evidence items by status and owner unit")
        case .total:
            return l.pick(id: "Jumlah", en: "Total")
        case .source(let text):
            return l.pick(id: "Sumber tanggal: \(text)", en: "Source of the dates: \(text)")
        case .owedSection:
            return l.pick(id: "Butir data dukung yang harus diserahkan unit ini", en: "Evidence items this unit owes")
        case .owedSummary(let count, let points, let due):
            let by = due.map { l.pick(id: " Serahkan paling lambat \(DateText.long($0, l)) (batas unggah).", en: " Hand them in by \(DateText.long($0, l)) (the upload deadline).") } ?? ""
            return l.pick(id: "\(count) butir belum diterima asesor; semuanya menambah \(points) poin Indeks Pemdi kota.\(by) Urutan: poin indeks per hari kerja, tingkat yang lebih rendah lebih dulu.",
                          en: "\(count) items are not yet accepted by the assessor; together they add \(points) points to the city's Indeks Pemdi.\(by) Order: index points per day of work, lower levels first.")
        case .nothingOwed:
            return l.pick(id: "Semua butir data dukung unit ini sudah diterima asesor.", en: "Every evidence item of this unit is accepted by the assessor.")
        case .awaits(let code, let owner):
            return l.pick(id: "menunggu \(code) dari \(owner)", en: "waits for \(code) from \(owner)")
        case .revisionNote(let note):
            return l.pick(id: "catatan asesor: \(note)", en: "assessor's note: \(note)")
        case .change(let change):
            switch change {
            case .new: return l.pick(id: "baru", en: "new")
            case .changed: return l.pick(id: "berubah", en: "changed")
            case .unchanged: return l.pick(id: "tetap", en: "unchanged")
            }
        case .changes(let previous, let new, let changed, let unchanged):
            return l.pick(id: "Dibanding periode \(previous): \(new) butir baru, \(changed) berubah, \(unchanged) tetap.",
                          en: "Compared with period \(previous): \(new) new items, \(changed) changed, \(unchanged) unchanged.")
        case .noOwner:
            return l.pick(id: "unit yang belum ditentukan", en: "a unit not yet named")
        case .column(let c):
            switch c {
            case .stage: return l.pick(id: "Tahap", en: "Stage")
            case .dates: return l.pick(id: "Tanggal", en: "Dates")
            case .state: return l.pick(id: "Keadaan", en: "State")
            case .order: return "#"
            case .item: return l.pick(id: "Butir", en: "Item")
            case .level: return l.pick(id: "Tingkat", en: "Level")
            case .gain: return l.pick(id: "Nilai indikator +", en: "Indicator value +")
            case .points: return l.pick(id: "Poin indeks +", en: "Index points +")
            case .perDay: return l.pick(id: "Poin per hari kerja", en: "Points per day of work")
            case .due: return l.pick(id: "Tenggat", en: "Due")
            }
        }
    }
}
