/// The fixed texts of the report pages (OPD gap reports and the city dashboard).
public enum PageText: Sendable, Hashable {
    case opdTitle(String)
    case dashboardTitle(String)
    case subtitle(period: String, date: String, methods: String)
    case backToDashboard
    case newMethodHeading(String)
    case crosswalkPoint(String)
    case newMethodIntro(method: String, from: String)
    case otherLanguage
    case footer(tool: String, methods: String)
    case section(Section)
    case fact(Fact)
    case rank(Int, of: Int)
    case notRanked
    case roundingNote(published: String, predikat: String)
    case daringValue(Bool, share: String)
    /// The smart-city score per dimension and the index per group, by their catalogs' names.
    case radarTitle(dimensions: String, dimensionWord: String, index: String, groupWord: String)
    case radarDescription(String)
    case ownSeries
    case targetSeries
    case column(Column)
    case noGaps
    case noActions
    case noFlags
    case noServicesBelow
    case noChanges
    case actionsCaption
    /// With the legend of the indicator codes (`PEMDI-: Indeks Pemdi OPD; SC-: …`).
    case gapsCaption(legend: String)
    case answersCaption
    case trendTitle(index: String)
    case trendDescription(String)
    case daringTrendTitle
    case daringTrendDescription(String)
    case predicatesTitle
    case predicatesDescription(index: String, counts: String)
    case stagesTitle
    case stagesDescription
    case dimensionsTitle
    case dimensionsDescription(String)
    case daringSummary(count: Int, of: Int, date: String, definition: String)
    case notAssessed
    case filterLabel
    case cityLabel
    case waitsOn(String)
    /// Rank among the OPDs whose value rests on a similar share of the method.
    case peerRank(Int, of: Int, lower: Int, upper: Int, index: String)
    /// The OPD's part of the index: its indicators, their weight and how many it answered.
    case share(indicators: Int, weight: String, unanswered: Int)
    case nextStepsHeading
    /// The mark where a trend's method changes.
    case methodChange(String)
    case daringForecast(count: Int, month: String)
    case forecastLegend
    case step(action: String, owner: String, month: String?)
    case stepGain(gain: String, score: String)
    case noSteps
    case detailsHeading
    /// The OPD's or the city's result on a method, by the method's name.
    case opdIndex(String)
    case cityIndex(String)
    /// The index per group, by the method's name and its group words ("domain dan aspek").
    case groupsSection(index: String, groups: String)
    case groupColumn(String)

    public enum Section: String, Sendable, Hashable {
        case summary, gaps, actions, flags, services, trend, changes, opds, charts
    }

    public enum Fact: Sendable, Hashable {
        case rank, smartCity, daring, stages, coverage, assessed, daringCount
    }

    public enum Column: Sendable, Hashable {
        case indicator, name, current, target, gap, weight, gain, cityGain, priority
        case action, owner, phase, months
        case service, stage, users
        case opd, kind, index, predikat, rank, smartCity, daring, services, stage3, actions, flags
        case value
        case evidence, note
    }

    public func text(_ l: Language) -> String {
        switch self {
        case .opdTitle(let name): return l.pick(id: "Laporan kesenjangan: \(name)", en: "Gap report: \(name)")
        case .dashboardTitle(let city): return l.pick(id: "Dasbor digitalisasi \(city)", en: "\(city) digitisation dashboard")
        case .subtitle(let period, let date, let methods):
            return l.pick(id: "Periode \(period) (keadaan per \(date)) · \(methods)", en: "Period \(period) (as of \(date)) · \(methods)")
        case .crosswalkPoint(let method):
            return l.pick(id: "Perkiraan \(method) dari pemetaan (bukan hasil penilaian)", en: "\(method) estimated by crosswalk (not an assessment)")
        case .newMethodHeading(let method):
            return l.pick(id: "Menuju \(method): belum ada bukti", en: "Towards \(method): no evidence yet")
        case .newMethodIntro(let method, let from):
            return l.pick(id: "Indikator \(method) berikut tidak punya padanan di penilaian \(from), jadi belum ada bukti untuknya; siapkan sebelum penilaian \(method) pertama (pemetaan kami, bukan resmi).",
                          en: "These \(method) indicators have no counterpart in the \(from) assessment, so there is no evidence for them yet; prepare them before the first \(method) assessment (our crosswalk, not an official one).")
        case .backToDashboard: return l.pick(id: "← Dasbor kota", en: "← City dashboard")
        case .otherLanguage: return l.pick(id: "English", en: "Bahasa Indonesia")
        case .footer(let tool, let methods):
            return l.pick(id: "Dibuat oleh \(tool) dari data penilaian ruang kerja; metode: \(methods).",
                          en: "Made by \(tool) from the workspace's assessment data; methods: \(methods).")
        case .section(let s): return Self.section(s, l)
        case .fact(let f): return Self.fact(f, l)
        case .rank(let r, let of): return l.pick(id: "\(r) dari \(of) OPD", en: "\(r) of \(of) OPDs")
        case .notRanked: return l.pick(id: "tidak diperingkat", en: "not ranked")
        case .roundingNote(let published, let predikat):
            return l.pick(id: "Nilai \(published) dibulatkan ke atas untuk ditampilkan, tetapi predikat diambil dari nilai sebelum pembulatan: \(predikat).",
                          en: "\(published) is rounded up for display, but the predicate comes from the unrounded value: \(predikat).")
        case .daringValue(let yes, let share):
            return yes ? l.pick(id: "ya (\(share) % layanan pada tahap ≥ 3)", en: "yes (\(share) % of services at stage ≥ 3)")
                       : l.pick(id: "belum (\(share) % layanan pada tahap ≥ 3)", en: "not yet (\(share) % of services at stage ≥ 3)")
        case .radarTitle(let dimensions, let dimensionWord, let index, let groupWord):
            return l.pick(id: "\(dimensions) per \(dimensionWord) dan \(index) per \(groupWord)", en: "\(dimensions) per \(dimensionWord) and \(index) per \(groupWord)").capitalizedFirst
        case .radarDescription(let values):
            return l.pick(id: "Skor 0–5 pada setiap sumbu, dibanding target periode: \(values)", en: "Scores 0–5 on each axis, against the period's target: \(values)")
        case .ownSeries: return l.pick(id: "Skor OPD", en: "OPD score")
        case .targetSeries: return l.pick(id: "Target periode", en: "Period target")
        case .column(let c): return Self.column(c, l)
        case .noGaps: return l.pick(id: "Tidak ada kesenjangan terhadap target periode ini.", en: "No gaps against this period's targets.")
        case .noActions: return l.pick(id: "Tidak ada tindakan dari aturan.", en: "No actions from the rules.")
        case .noFlags: return l.pick(id: "Tidak ada penanda.", en: "No checks raised.")
        case .noServicesBelow: return l.pick(id: "Semua layanan sudah pada tahap transaksi atau lebih.", en: "Every service is at the transaction stage or above.")
        case .noChanges: return l.pick(id: "Tidak ada perubahan sejak periode sebelumnya.", en: "No changes since the previous period.")
        case .actionsCaption: return l.pick(id: "Tindakan, menurut fase", en: "Actions, by phase")
        case .answersCaption: return l.pick(id: "Jawaban dan data dukung", en: "Answers and evidence")
        case .gapsCaption(let legend):
            return l.pick(id: "Indikator di bawah target, yang paling menguntungkan per bulan kerja lebih dulu (\(legend))",
                          en: "Indicators below target, the best gain per month of work first (\(legend))")
        case .trendTitle(let index): return l.pick(id: "\(index) per periode", en: "\(index) per period").capitalizedFirst
        case .trendDescription(let v): return l.pick(id: "Indeks per periode: \(v)", en: "Index per period: \(v)")
        case .daringTrendTitle: return l.pick(id: "OPD daring per periode", en: "OPDs online-ready per period")
        case .daringTrendDescription(let v): return l.pick(id: "Jumlah OPD daring per periode: \(v)", en: "OPDs online-ready per period: \(v)")
        case .predicatesTitle: return l.pick(id: "OPD per predikat", en: "OPDs per predicate")
        case .predicatesDescription(let index, let v): return l.pick(id: "Jumlah OPD per predikat \(index): \(v)", en: "Number of OPDs per \(index) predicate: \(v)")
        case .stagesTitle: return l.pick(id: "Layanan per tahap, menurut jenis OPD", en: "Services per stage, by kind of OPD")
        case .stagesDescription: return l.pick(id: "Jumlah layanan pada tahap 0–4 untuk setiap jenis OPD.", en: "Number of services at stages 0–4 for each kind of OPD.")
        case .dimensionsTitle: return l.pick(id: "Skor dimensi kota cerdas", en: "Smart-city dimension scores")
        case .dimensionsDescription(let v): return l.pick(id: "Skor kota per dimensi (1–5): \(v)", en: "City score per dimension (1–5): \(v)")
        case .daringSummary(let count, let of, let date, let definition):
            return l.pick(id: "\(count) dari \(of) OPD daring (target pada \(date); daring: \(definition))",
                          en: "\(count) of \(of) OPDs online-ready (target by \(date); online-ready: \(definition))")
        case .notAssessed: return l.pick(id: "OPD ini belum menyerahkan penilaian untuk periode ini.", en: "This OPD has not handed in an assessment for this period.")
        case .filterLabel: return l.pick(id: "Saring", en: "Filter")
        case .cityLabel: return l.pick(id: "Kota", en: "City")
        case .waitsOn(let ids): return l.pick(id: "menunggu: \(ids)", en: "waits on: \(ids)")
        case .peerRank(let rank, let of, let lower, let upper, let index):
            return l.pick(id: "\(rank) dari \(of) OPD sebanding — OPD yang nilainya bertumpu pada \(lower)–\(upper) % bobot \(index)",
                          en: "\(rank) of \(of) comparable OPDs — those whose value rests on \(lower)–\(upper) % of the \(index)'s weight")
        case .share(let indicators, let weight, let unanswered):
            let rest = unanswered == 0 ? l.pick(id: "semuanya dijawab", en: "all answered") : l.pick(id: "\(unanswered) belum dijawab", en: "\(unanswered) not answered yet")
            return l.pick(id: "\(indicators) indikator menjadi tanggung jawab OPD ini (\(weight) % bobot indeks); \(rest). Indikator lainnya bukan tanggung jawab OPD ini.",
                          en: "\(indicators) indicators are this OPD's part, \(weight) % of the index weight; \(rest). The others are not its business.")
        case .nextStepsHeading: return l.pick(id: "Tiga langkah berikutnya", en: "The next three steps")
        case .methodChange(let method): return l.pick(id: "metode berganti: \(method)", en: "method changes: \(method)")
        case .forecastLegend: return l.pick(id: "prakiraan pada laju saat ini", en: "forecast at the current pace")
        case .daringForecast(let count, let month):
            return l.pick(id: "prakiraan pada laju saat ini: \(count) OPD daring pada \(month)", en: "forecast at the current pace: \(count) OPDs online-ready in \(month)")
        case .step(let action, let owner, let month):
            let when = month.map { l.pick(id: ", mulai \($0)", en: ", from \($0)") } ?? ""
            return l.pick(id: "\(action) — \(owner)\(when)", en: "\(action) — \(owner)\(when)")
        case .stepGain(let gain, let score): return l.pick(id: " (menaikkan \(score) sebesar \(gain))", en: " (raises the \(score) by \(gain))")
        case .noSteps: return l.pick(id: "Tidak ada langkah yang tersisa dari aturan untuk periode ini.", en: "The rules leave no step for this period.")
        case .detailsHeading: return l.pick(id: "Rincian", en: "Details")
        case .opdIndex(let index): return l.pick(id: "\(index) OPD", en: "OPD \(index)").capitalizedFirst
        case .cityIndex(let index): return l.pick(id: "\(index) kota", en: "City \(index)").capitalizedFirst
        case .groupsSection(let index, let groups): return l.pick(id: "\(index) per \(groups)", en: "\(index) by \(groups)").capitalizedFirst
        case .groupColumn(let words): return words
        }
    }

    static func section(_ s: Section, _ l: Language) -> String {
        switch s {
        case .summary: return l.pick(id: "Posisi saat ini", en: "Where the OPD stands")
        case .gaps: return l.pick(id: "Kesenjangan terhadap target", en: "Gaps against the target")
        case .actions: return l.pick(id: "Yang perlu dilakukan", en: "What to do next")
        case .flags: return l.pick(id: "Data dukung dan penanda", en: "Evidence and checks")
        case .services: return l.pick(id: "Layanan di bawah tahap transaksi", en: "Services below the transaction stage")
        case .trend: return l.pick(id: "Perkembangan", en: "Trend")
        case .changes: return l.pick(id: "Perubahan sejak periode sebelumnya", en: "Changes since the previous period")
        case .opds: return l.pick(id: "Semua OPD", en: "All OPDs")
        case .charts: return l.pick(id: "Gambaran kota", en: "The city at a glance")
        }
    }

    static func fact(_ f: Fact, _ l: Language) -> String {
        switch f {
        case .rank: return l.pick(id: "Peringkat", en: "Rank")
        case .smartCity: return l.pick(id: "Kota cerdas", en: "Smart city")
        case .daring: return l.pick(id: "Daring", en: "Online-ready")
        case .stages: return l.pick(id: "Layanan per tahap 0–4", en: "Services per stage 0–4")
        case .coverage: return l.pick(id: "Bagian OPD dalam indeks", en: "The OPD's part of the index")
        case .assessed: return l.pick(id: "OPD yang menyerahkan penilaian", en: "OPDs that handed in")
        case .daringCount: return l.pick(id: "OPD daring", en: "OPDs online-ready")
        }
    }

    static func column(_ c: Column, _ l: Language) -> String {
        switch c {
        case .indicator: return l.pick(id: "Indikator", en: "Indicator")
        case .name: return l.pick(id: "Nama", en: "Name")
        case .current: return l.pick(id: "Tingkat (mandiri / verifikasi)", en: "Level (self / verified)")
        case .target: return l.pick(id: "Target", en: "Target")
        case .gap: return l.pick(id: "Selisih", en: "Gap")
        case .weight: return l.pick(id: "Bobot %", en: "Weight %")
        case .gain: return l.pick(id: "Kenaikan skor OPD", en: "OPD score gain")
        case .cityGain: return l.pick(id: "Kenaikan indeks kota", en: "City index gain")
        case .priority: return l.pick(id: "Prioritas (kenaikan per bulan)", en: "Priority (gain per month)")
        case .action: return l.pick(id: "Tindakan", en: "Action")
        case .owner: return l.pick(id: "Pelaksana", en: "Owner")
        case .phase: return l.pick(id: "Fase", en: "Phase")
        case .months: return l.pick(id: "Bulan", en: "Months")
        case .service: return l.pick(id: "Layanan", en: "Service")
        case .stage: return l.pick(id: "Tahap", en: "Stage")
        case .users: return l.pick(id: "Pengguna per tahun", en: "Users per year")
        case .opd: return "OPD"
        case .kind: return l.pick(id: "Jenis", en: "Kind")
        case .index: return l.pick(id: "Indeks", en: "Index")
        case .predikat: return l.pick(id: "Predikat", en: "Predicate")
        case .rank: return l.pick(id: "Peringkat", en: "Rank")
        case .smartCity: return l.pick(id: "Kota cerdas", en: "Smart city")
        case .daring: return l.pick(id: "Daring", en: "Online-ready")
        case .services: return l.pick(id: "Layanan", en: "Services")
        case .stage3: return l.pick(id: "Tahap ≥3 %", en: "Stage ≥3 %")
        case .actions: return l.pick(id: "Tindakan", en: "Actions")
        case .flags: return l.pick(id: "Penanda", en: "Checks")
        case .value: return l.pick(id: "Nilai", en: "Value")
        case .evidence: return l.pick(id: "Bukti dukung", en: "Evidence")
        case .note: return l.pick(id: "Catatan", en: "Note")
        }
    }
}
