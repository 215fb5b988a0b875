/// Findings of the roadmap planner about the policy and the rules it plans from.
public enum RoadmapMessage: StageMessage {
    /// The policy has no `roadmap` part.
    case noRoadmap
    /// An action needs a resource the roadmap does not list.
    case unknownResource(rule: String, resource: String, suggestion: String?)
    /// A phase goal is not a valid condition.
    case goal(phase: String, problem: RuleProblem)
    /// A phase goal is not true/false.
    case goalNotBoolean(phase: String, found: String)
    /// A phase goal whose arithmetic on the projected scores gives a number too large to
    /// compute exactly.
    case goalOverflow(phase: String)
    /// `--capacity` or `--min-capacity` names a resource the policy does not have.
    case unknownCapacityResource(String, known: [String])
    /// The roadmap policy has no trainers resource: no Bimtek plan.
    case noTrainers(resource: String)
    /// The roadmap policy has no budget for the year: no Bimtek plan.
    case noBudget(year: Int)
    /// A milestone missed however much of a resource the plan has, and why.
    case milestoneOutOfReach(resource: String, milestone: MilestoneName, obstacle: MilestoneObstacle)
    /// A roadmap so large that the search tried fewer schedules than asked, to finish in time.
    case searchShortened(tasks: Int, schedules: Int, requested: Int)
    /// More tasks than one roadmap plans (`RoadmapPlanner.taskLimit`).
    case tooManyTasks(tasks: Int, limit: Int)
    /// The plan would end after the calendar's last year, `units` of the roadmap's unit from
    /// its start, because of `cause`.
    case beyondCalendar(cause: CalendarOverrun, units: Int, unit: RoadmapPolicy.TimeUnit, lastYear: Int)

    /// What makes a plan run past the calendar.
    public enum CalendarOverrun: Sendable, Hashable {
        /// The work of one team alone, with its capacity.
        case team(String, capacity: Int)
        /// The chain of prerequisites alone.
        case prerequisites
        /// The best schedule the search found.
        case schedule
    }

    /// How a message names a milestone.
    public enum MilestoneName: Sendable, Hashable {
        case target(LocalizedText)
        case evaluation(year: Int)
        case level(Fraction)

        public func text(_ l: Language) -> String {
            switch self {
            case .target(let name): return name.text(l)
            case .evaluation(let year): return l.pick(id: "unggah data dukung evaluasi \(year)", en: "evidence upload of the \(year) evaluation")
            case .level(let level): return l.pick(id: "tingkat \(level.plainText(separator: l.decimalSeparator))", en: "level \(level.plainText(separator: l.decimalSeparator))")
            }
        }
    }

    public var code: String {
        switch self {
        case .noRoadmap: return "RMP001"
        case .unknownResource: return "RMP002"
        case .goal: return "RMP003"
        case .goalNotBoolean: return "RMP004"
        case .unknownCapacityResource: return "RMP005"
        case .milestoneOutOfReach: return "RMP006"
        case .noTrainers: return "RMP007"
        case .noBudget: return "RMP008"
        case .searchShortened: return "RMP009"
        case .beyondCalendar: return "RMP010"
        case .tooManyTasks: return "RMP011"
        case .goalOverflow: return "RMP012"
        }
    }

    public var defaultSeverity: Diagnostic.Severity {
        switch self {
        case .milestoneOutOfReach, .noTrainers, .noBudget, .searchShortened: return .warning
        default: return .error
        }
    }

    public func text(_ l: Language) -> String {
        switch self {
        case .noRoadmap:
            return l.pick(id: "kebijakan tidak punya bagian \"roadmap\" (tim, fase, kalender); lihat docs/roadmap.md",
                          en: "the policy has no \"roadmap\" part (teams, phases, calendar); see docs/roadmap.md")
        case .unknownResource(let rule, let resource, let suggestion):
            let hint = suggestion.map { l.pick(id: "; maksudnya \"\($0)\"?", en: "; did you mean \"\($0)\"?") } ?? ""
            return l.pick(id: "tindakan \(rule) memerlukan sumber daya \"\(resource)\" yang tidak ada di roadmap.resources kebijakan\(hint)",
                          en: "action \(rule) needs resource \"\(resource)\", which is not in the policy's roadmap.resources\(hint)")
        case .goal(let phase, let problem):
            return l.pick(id: "tujuan fase \(phase): \(problem.text(l))", en: "goal of phase \(phase): \(problem.text(l))")
        case .goalOverflow(let phase):
            return l.pick(id: "tujuan fase \(phase): hasil hitungannya atas skor proyeksi terlalu besar untuk dihitung tepat (pembilang dan penyebut paling banyak 19 digit); periksa angka dalam tujuan",
                          en: "goal of phase \(phase): its arithmetic on the projected scores gives a number too large to compute exactly (numerator and denominator at most 19 digits); check the numbers in the goal")
        case .goalNotBoolean(let phase, let found):
            return l.pick(id: "tujuan fase \(phase) harus bernilai benar/salah, ditemukan \(found)",
                          en: "goal of phase \(phase) must be true/false, found \(found)")
        case .unknownCapacityResource(let name, let known):
            return l.pick(id: "sumber daya \"\(name)\" tidak ada; yang ada: \(known.joined(separator: ", "))",
                          en: "no resource \"\(name)\"; known: \(known.joined(separator: ", "))")
        case .noTrainers(let resource):
            return l.pick(id: "rencana Bimtek dilewati: roadmap.resources kebijakan tidak punya \"\(resource)\" (jumlah pelatih); tambahkan, atau beri --trainers",
                          en: "Bimtek plan skipped: the policy's roadmap.resources has no \"\(resource)\" (the number of trainers); add it, or give --trainers")
        case .noBudget(let year):
            return l.pick(id: "rencana Bimtek dilewati: roadmap.budget kebijakan tidak punya anggaran tahun \(year); tambahkan, atau beri --budget",
                          en: "Bimtek plan skipped: the policy's roadmap.budget has no budget for \(year); add it, or give --budget")
        case .searchShortened(let tasks, let schedules, let requested):
            return l.pick(id: "peta jalan ini berisi \(l.grouped(tasks)) tugas: pencarian dibatasi \(l.grouped(schedules)) jadwal (bukan \(l.grouped(requested))) agar selesai dalam waktu wajar; jadwalnya sah, tetapi pencarian penuh mungkin menemukan yang lebih baik",
                          en: "this roadmap has \(l.grouped(tasks)) tasks: the search was limited to \(l.grouped(schedules)) schedules (not \(l.grouped(requested))) to finish in reasonable time; the schedule is valid, but a full search might find a better one")
        case .tooManyTasks(let tasks, let limit):
            return l.pick(id: "rencana tidak dibuat: peta jalan berisi \(l.grouped(tasks)) tugas, lebih dari \(l.grouped(limit)) yang dapat dijadwalkan dalam satu kali jalan; buat peta jalan per kabupaten/kota (satu ruang kerja masing-masing)",
                          en: "no plan made: the roadmap has \(l.grouped(tasks)) tasks, more than the \(l.grouped(limit)) one run can schedule; plan per kabupaten/kota (a workspace each)")
        case .beyondCalendar(let cause, let units, let unit, let lastYear):
            let span = unit == .month ? l.pick(id: "\(l.grouped(units)) bulan", en: "\(l.grouped(units)) months")
                                      : l.pick(id: "\(l.grouped(units)) minggu", en: "\(l.grouped(units)) weeks")
            let past = l.pick(id: "melewati tahun \(lastYear), batas kalender", en: "past \(lastYear), the calendar's end")
            switch cause {
            case .team(let resource, let capacity):
                return l.pick(id: "rencana tidak dibuat: dengan \(capacity) \"\(resource)\", tugas tim itu saja memakan sedikitnya \(span), \(past); tambahkan kapasitasnya (--capacity \(resource)=…)",
                              en: "no plan made: with \(capacity) of \"\(resource)\", that team's tasks alone take at least \(span), \(past); give it more capacity (--capacity \(resource)=…)")
            case .prerequisites:
                return l.pick(id: "rencana tidak dibuat: rangkaian prasyarat saja memakan sedikitnya \(span), \(past)",
                              en: "no plan made: the chain of prerequisites alone takes at least \(span), \(past)")
            case .schedule:
                return l.pick(id: "rencana tidak dibuat: jadwal terbaik yang ditemukan memakan \(span), \(past); tambahkan kapasitas tim",
                              en: "no plan made: the best schedule found takes \(span), \(past); give the teams more capacity")
            }
        case .milestoneOutOfReach(let resource, let milestone, let obstacle):
            let why: String
            switch obstacle {
            case .datePast(let by, let start):
                why = l.pick(id: "tanggalnya (\(DateText.long(by, l))) sudah lewat saat rencana dimulai (\(DateText.long(start, l)))",
                             en: "its date (\(DateText.long(by, l))) is before the plan starts (\(DateText.long(start, l)))")
            case .tooFewActions:
                why = l.pick(id: "walaupun semua tugas selesai, target belum tercapai: aturan tidak memberi cukup tindakan",
                             en: "even with every task done it is not reached: the rules give too few actions")
            case .chainTooLong(let done, let by):
                why = l.pick(id: "walaupun setiap tim tanpa batas, rangkaian prasyaratnya baru selesai \(DateText.long(done, l)), sesudah \(DateText.long(by, l))",
                             en: "even with every team unlimited, its chain of prerequisites is done only on \(DateText.long(done, l)), after \(DateText.long(by, l))")
            case .otherTeams(let teams):
                let list = teams.joined(separator: ", ")
                why = teams.isEmpty
                    ? l.pick(id: "tugasnya menunggu prasyarat dan pelatihan", en: "its tasks wait on prerequisites and training")
                    : l.pick(id: "tim lain menahannya: \(list)", en: "other teams hold it up: \(list)")
            }
            return l.pick(id: "berapa pun kapasitas \(resource), tonggak \"\(milestone.text(l))\" tetap tidak tercapai: \(why)",
                          en: "however much \(resource) the plan has, milestone \"\(milestone.text(l))\" is still missed: \(why)")
        }
    }
}
