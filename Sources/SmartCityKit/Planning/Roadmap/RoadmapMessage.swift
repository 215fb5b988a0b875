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
    /// `--capacity` or `--min-capacity` names a resource the policy does not have.
    case unknownCapacityResource(String, known: [String])
    /// The roadmap policy has no trainers resource: no Bimtek plan.
    case noTrainers(resource: String)
    /// The roadmap policy has no budget for the year: no Bimtek plan.
    case noBudget(year: Int)
    /// Milestones missed however much of a resource the plan has.
    case capacityNotEnough(resource: String, milestones: [String])

    public var code: String {
        switch self {
        case .noRoadmap: return "RMP001"
        case .unknownResource: return "RMP002"
        case .goal: return "RMP003"
        case .goalNotBoolean: return "RMP004"
        case .unknownCapacityResource: return "RMP005"
        case .capacityNotEnough: return "RMP006"
        case .noTrainers: return "RMP007"
        case .noBudget: return "RMP008"
        }
    }

    public var defaultSeverity: Diagnostic.Severity {
        switch self {
        case .capacityNotEnough, .noTrainers, .noBudget: return .warning
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
        case .capacityNotEnough(let resource, let milestones):
            let list = milestones.joined(separator: ", ")
            return l.pick(id: "berapa pun kapasitas \(resource), tonggak ini tetap tidak tercapai: \(list) (tanggalnya sudah lewat, menunggu tim lain atau prasyarat, atau aturan tidak memberi cukup tindakan)",
                          en: "however much \(resource) the plan has, these milestones are still missed: \(list) (their date is past, they wait on other teams or prerequisites, or the rules give too few actions)")
        }
    }
}
