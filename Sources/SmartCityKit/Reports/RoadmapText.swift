/// The fixed texts of the roadmap (terminal, pages, calendar), in both languages.
public enum RoadmapText: Sendable, Hashable {
    case title(city: String)
    case overview(start: String, unit: RoadmapPolicy.TimeUnit, tasks: Int, end: String, units: Int, bound: Int, gap: String, schedules: Int)
    case milestonesHeading
    case summaryMilestones
    case milestonesMet(met: Int, of: Int)
    case summaryFinish
    case milestone(met: Bool, name: String, by: String, projected: String, required: String)
    case unreachable
    case uploadCloses(year: Int)
    /// "✘ Unggah data dukung evaluasi 2026 pada 15 September 2026: 130 butir, 41 selesai terlambat; indeks proyeksi 2,61".
    case evaluationMilestone(met: Bool, year: Int, due: CalendarDate, items: Int, tasks: Int, late: Int, projected: String)
    case lateTasks(count: Int, worst: String, late: Int, unit: RoadmapPolicy.TimeUnit)
    case phasesHeading
    case phaseLine(name: String, from: String, to: String, tasks: Int)
    case outsidePhases(tasks: Int)
    case goal(met: Bool, text: String)
    case projectionHeading
    case projectionNote
    case opdProjectionCaption(index: String)
    case phaseTasks(Int)
    case now
    case allDone
    case column(Column)
    case metric(Metric)
    case minimumCapacity(resource: String, capacity: Int, missedWithOneLess: [String])
    /// The plan came from fewer teams: more found nothing better.
    case keptFrom(String)
    case capacitiesLine(String)
    case resourceLoadTitle
    case resourceLoadDescription(String)
    case ganttTitle
    case monthStarts(month: String, tasks: Int)
    case taskTitle(indicator: String, id: String, level: String?, items: Bool)
    case servicesTask(stage: Int, name: String?)
    case taskAt(task: String, opd: String)
    case taskInMonth(task: String, team: String, until: String)
    case ganttDescription(tasks: Int, opds: Int)
    case calendarTaskStart(task: String, opd: String)
    case calendarMilestone(String)
    case estimateNote

    public enum Column: Sendable, Hashable { case task, opd, resource, start, finish, due, late, point, why }
    public enum Metric: Sendable, Hashable { case index(String), daring, integrated, dimensions, domain(word: String, name: String), dimension(String) }

    public func text(_ l: Language) -> String {
        switch self {
        case .title(let city): return l.pick(id: "Peta jalan \(city)", en: "Roadmap of \(city)")
        case .overview(let start, let unit, let tasks, let end, let units, let bound, let gap, let schedules):
            let u = unitName(unit, l)
            return l.pick(id: "Mulai \(start), satuan \(u): \(tasks) tugas, selesai \(end) (\(units) \(u); batas bawah \(bound) \(u), selisih \(gap) %; \(schedules) jadwal dicoba).",
                          en: "From \(start), in \(u)s: \(tasks) tasks, done by \(end) (\(units) \(u)s; lower bound \(bound), gap \(gap) %; \(schedules) schedules tried).")
        case .milestonesHeading: return l.pick(id: "Tonggak", en: "Milestones")
        case .milestone(let met, let name, let by, let projected, let required):
            let mark = met ? "✔" : "✘"
            return l.pick(id: "\(mark) \(name) pada \(by): proyeksi \(projected), diminta \(required) — \(met ? "tercapai" : "tidak tercapai")",
                          en: "\(mark) \(name) by \(by): projected \(projected), required \(required) — \(met ? "met" : "missed")")
        case .evaluationMilestone(let met, let year, let due, let items, let tasks, let late, let projected):
            let mark = met ? "✔" : "✘"
            return l.pick(id: "\(mark) Unggah data dukung evaluasi \(year) paling lambat \(DateText.long(due, l)): \(items) butir dalam \(tasks) tugas, \(late) tugas selesai terlambat; proyeksi indeks pada tanggal itu \(projected)",
                          en: "\(mark) Evidence upload of the \(year) evaluation by \(DateText.long(due, l)): \(items) items in \(tasks) tasks, \(late) tasks ready late; index projected on that day \(projected)")
        case .uploadCloses(let year):
            return l.pick(id: "Unggah data dukung evaluasi \(year) ditutup", en: "Evidence upload of the \(year) evaluation closes")
        case .unreachable:
            return l.pick(id: "tidak tercapai meski semua tugas selesai: aturan tidak memberi tindakan yang cukup (mis. OPD tanpa daftar layanan)",
                          en: "not reached even with every task done: the rules give too few actions (e.g. OPDs without a service list)")
        case .lateTasks(let count, let worst, let late, let unit):
            return l.pick(id: "\(count) tugas terlambat; yang paling terlambat: \(worst) (\(late) \(unitName(unit, l)))",
                          en: "\(count) tasks late; the latest \(worst), by \(late) \(unitName(unit, l))\(late == 1 ? "" : "s")")
        case .phasesHeading: return l.pick(id: "Fase", en: "Phases")
        case .phaseLine(let name, let from, let to, let tasks):
            return l.pick(id: "\(name) (\(from) – \(to)): \(tasks) tugas dimulai", en: "\(name) (\(from) – \(to)): \(tasks) tasks start")
        case .outsidePhases(let tasks):
            return l.pick(id: "Di luar fase kebijakan: \(tasks) tugas dimulai", en: "Outside the policy's phases: \(tasks) tasks start")
        case .goal(let met, let text):
            return l.pick(id: "\(met ? "✔" : "✘") tujuan: \(text)", en: "\(met ? "✔" : "✘") goal: \(text)")
        case .projectionHeading: return l.pick(id: "Proyeksi skor bila peta jalan dijalankan", en: "Projected scores if the roadmap is carried out")
        case .projectionNote:
            return l.pick(id: "Proyeksi, bukan hasil penilaian: setiap tugas dianggap mencapai tepat tingkat atau tahap yang disebut tindakannya.",
                          en: "A projection, not an assessment: each task is taken to reach exactly the level or stage its action names.")
        case .summaryMilestones: return l.pick(id: "Tonggak tercapai", en: "Milestones met")
        case .milestonesMet(let met, let of): return l.pick(id: "\(met) dari \(of)", en: "\(met) of \(of)")
        case .summaryFinish: return l.pick(id: "Semua tugas selesai", en: "Every task done")
        case .taskTitle(let indicator, let id, let level, let items):
            let to = level.map { l.pick(id: " ke tingkat \($0)", en: " to level \($0)") } ?? ""
            guard items else { return "\(indicator) (\(id))" + to }
            return l.pick(id: "\(indicator) (\(id)), butir data dukung" + (level.map { " tingkat \($0)" } ?? ""),
                          en: "\(indicator) (\(id)), evidence items" + (level.map { " of level \($0)" } ?? ""))
        case .taskAt(let task, let opd): return l.pick(id: "\(task) di \(opd)", en: "\(task) at \(opd)")
        case .servicesTask(let stage, let name):
            let named = name.map { " (\($0.lowercased()))" } ?? ""
            return l.pick(id: "Layanan ke tahap \(stage)\(named)", en: "Services to stage \(stage)\(named)")
        case .monthStarts(let month, let tasks):
            return l.pick(id: "\(month): \(tasks) tugas dimulai", en: "\(month): \(tasks) task\(tasks == 1 ? "" : "s") start\(tasks == 1 ? "s" : "")")
        case .taskInMonth(let task, let team, let until):
            return l.pick(id: "\(task), selesai \(until) (\(team))", en: "\(task), done \(until) (\(team))")
        case .phaseTasks(let n): return l.pick(id: "\(n) tugas fase ini", en: "The phase's \(n) task\(n == 1 ? "" : "s")")
        case .opdProjectionCaption(let index): return l.pick(id: "\(index) setiap OPD menurut proyeksi", en: "Each OPD's projected \(index)")
        case .now: return l.pick(id: "kini", en: "now")
        case .allDone: return l.pick(id: "semua selesai", en: "all done")
        case .column(let c):
            switch c {
            case .task: return l.pick(id: "Tugas", en: "Task")
            case .opd: return "OPD"
            case .resource: return l.pick(id: "Sumber daya", en: "Resource")
            case .start: return l.pick(id: "Mulai", en: "Start")
            case .finish: return l.pick(id: "Selesai", en: "Finish")
            case .due: return l.pick(id: "Tenggat", en: "Due")
            case .late: return l.pick(id: "Terlambat", en: "Late")
            case .point: return l.pick(id: "Titik waktu", en: "Point")
            case .why: return l.pick(id: "Penyebab", en: "Why")
            }
        case .metric(let m):
            switch m {
            case .index(let method): return l.pick(id: "\(method) kota", en: "City \(method)")
            case .daring: return l.pick(id: "OPD daring", en: "OPDs online-ready")
            case .integrated: return l.pick(id: "OPD terintegrasi", en: "OPDs integrated")
            case .dimensions: return l.pick(id: "Kota cerdas (rata-rata dimensi)", en: "Smart city (mean of dimensions)")
            case .domain(let word, let name): return "\(word) \(name)"
            case .dimension(let name): return l.pick(id: "Dimensi \(name)", en: "Dimension \(name)")
            }
        case .minimumCapacity(let resource, let capacity, let missed):
            let list = missed.map { "\"\($0)\"" }.joined(separator: ", ")
            let oneLess = missed.isEmpty
                ? l.pick(id: "satu sudah cukup.", en: "one is enough.")
                : l.pick(id: "dengan \(capacity - 1), tonggak ini tidak tercapai: \(list).", en: "with \(capacity - 1), these milestones are missed: \(list).")
            return l.pick(id: "Kapasitas \(resource) terkecil yang memenuhi setiap tonggak yang dapat dicapai dengan menambah \(resource): \(capacity). Rencana di bawah ini sama dengan hasil --capacity \(resource)=\(capacity); \(oneLess)",
                          en: "Smallest capacity of \(resource) that meets every milestone more \(resource) can meet: \(capacity). The plan below is what --capacity \(resource)=\(capacity) gives; \(oneLess)")
        case .keptFrom(let list):
            return l.pick(id: "Kapasitas tambahan tidak menghasilkan rencana yang lebih baik; jadwal ini ditemukan dengan \(list) dan tetap berlaku.",
                          en: "More capacity found no better plan; this schedule was found with \(list) and still holds.")
        case .capacitiesLine(let list): return l.pick(id: "Kapasitas: \(list)", en: "Capacities: \(list)")
        case .resourceLoadTitle: return l.pick(id: "Beban sumber daya per bulan", en: "Resource load per month")
        case .resourceLoadDescription(let values):
            return l.pick(id: "Jumlah tugas yang dikerjakan setiap tim lintas-OPD per satuan waktu: \(values)", en: "Tasks each shared team carries per time unit: \(values)")
        case .ganttTitle: return l.pick(id: "Jadwal tugas per OPD", en: "Task schedule per OPD")
        case .ganttDescription(let tasks, let opds):
            return l.pick(id: "Bagan Gantt: \(tasks) tugas dari \(opds) OPD, satu baris per OPD, batang berwarna menurut sumber daya", en: "Gantt chart: \(tasks) tasks of \(opds) OPDs, one row per OPD, bars coloured by resource")
        case .calendarTaskStart(let task, let opd): return l.pick(id: "Mulai: \(task) (\(opd))", en: "Start: \(task) (\(opd))")
        case .calendarMilestone(let name): return l.pick(id: "Tonggak: \(name)", en: "Milestone: \(name)")
        case .estimateNote:
            return l.pick(id: "Kapasitas tim, lama tindakan dan urutan prasyarat adalah data kebijakan dan aturan; ubah di roadmaps/ dan indicators/rules/.",
                          en: "Team capacities, action lengths and prerequisites are policy and rule data; change them in roadmaps/ and indicators/rules/.")
        }
    }

    func unitName(_ unit: RoadmapPolicy.TimeUnit, _ l: Language) -> String {
        switch unit {
        case .month: return l.pick(id: "bulan", en: "month")
        case .week: return l.pick(id: "minggu", en: "week")
        }
    }
}
