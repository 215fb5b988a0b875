/// A year of Bimtek classes: which module, when, with whom, at what cost, and which needs
/// could not be met and why.
public struct BimtekPlan: Sendable, Hashable {
    /// By start date, then trainer slot.
    public var classes: [BimtekClass]
    /// Needs not trained this year, most important first (priority descending).
    public var unmet: [UnmetTrainingNeed]
    /// Every planned need with a deadline (`latestStart`), late or not, by need index.
    public var lateness: [TrainingLateness]
    /// Per module that any need asks for, in catalog order.
    public var modules: [BimtekModuleSummary]
    /// Sum of the classes' costs; never above `budget` (or 0 when the budget is negative).
    public var totalCost: Int
    public var budget: Int
    public var trainers: Int
    /// First and last day of the plan.
    public var start: CalendarDate
    public var end: CalendarDate

    /// Rupiah to meet every valid need: the least cost of training every requested
    /// participant of every module (at ⌈requested ÷ capacity⌉ classes each), whatever the
    /// budget and the trainers allow.
    public var costOfEveryNeed: Int {
        modules.reduce(0) { Saturating.add($0, $1.requestedCost) }
    }

    /// The classes a need sits in (more than one only when its people exceed a class).
    public func classes(of need: Int) -> [BimtekClass] {
        classes.filter { $0.seats.contains { $0.need == need } }
    }
}

/// One class of one module, on one trainer slot.
public struct BimtekClass: Sendable, Hashable {
    public var module: String
    /// A Monday.
    public var start: CalendarDate
    /// The class's last working day.
    public var end: CalendarDate
    /// The trainer slot (0 ..< trainers) that teaches it.
    public var trainer: Int
    /// By OPD position, then need.
    public var seats: [BimtekSeat]
    /// Sum of the seats' counts, at most the module's class capacity.
    public var participants: Int
    /// Rupiah: `costPerClass` + participants × days × `costPerParticipantDay`.
    public var cost: Int
}

/// The people one need sends to one class.
public struct BimtekSeat: Sendable, Hashable {
    /// Index of the need in the planner's input.
    public var need: Int
    public var opd: Int
    public var opdID: String
    public var role: TrainingAudience
    public var count: Int
}

/// A need the plan leaves out, and why.
public struct UnmetTrainingNeed: Sendable, Hashable {
    /// Index of the need in the planner's input.
    public var need: Int
    public var reason: BimtekUnmetReason
}

/// Why a training need is not in the year's plan.
public enum BimtekUnmetReason: Sendable, Hashable {
    /// The budget went to more important needs (or this one costs more than what is left).
    case budget
    /// No trainer slot was free for it before 31 December.
    case time
    /// The OPD also needs this prerequisite module, which could not be planned first.
    case prerequisite(module: String)
    /// The module id is not in the training catalog.
    case unknownModule(String)
    /// The participant count is below 1 or implausibly large.
    case participantsOutOfRange(Int)

    /// A stable short code, for CSV and tests.
    public var code: String {
        switch self {
        case .budget: return "budget"
        case .time: return "time"
        case .prerequisite: return "prerequisite"
        case .unknownModule: return "unknown-module"
        case .participantsOutOfRange: return "participants"
        }
    }

    public func text(_ l: Language) -> String {
        switch self {
        case .budget:
            return l.pick(id: "anggaran tahun ini sudah terpakai untuk kebutuhan yang lebih penting",
                          en: "this year's budget went to more important needs")
        case .time:
            return l.pick(id: "tidak ada pelatih yang bebas sebelum 31 Desember",
                          en: "no trainer is free before 31 December")
        case .prerequisite(let module):
            return l.pick(id: "modul prasyarat \"\(module)\" untuk OPD ini tidak dapat dijadwalkan lebih dulu",
                          en: "the prerequisite module \"\(module)\" for this OPD could not be planned first")
        case .unknownModule(let module):
            return l.pick(id: "modul \"\(module)\" tidak ada di katalog pelatihan",
                          en: "module \"\(module)\" is not in the training catalog")
        case .participantsOutOfRange(let count):
            return l.pick(id: "jumlah peserta \(count) di luar rentang 1–\(BimtekPlanner.participantLimit)",
                          en: "participant count \(count) is outside 1–\(BimtekPlanner.participantLimit)")
        }
    }
}

/// When a need with a deadline is trained, against its deadline.
public struct TrainingLateness: Sendable, Hashable {
    public var need: Int
    /// The need's `latestStart` (day index; 0 = the plan's start).
    public var latestStart: Int
    /// The last day of the need's last class.
    public var lastDay: CalendarDate
    /// Days the training ends too late: 0 when its last day is before day `latestStart`.
    public var daysLate: Int
}

/// What the plan does for one module.
public struct BimtekModuleSummary: Sendable, Hashable {
    public var module: String
    public var classCapacity: Int
    /// People all valid needs ask for, and the classes that would take at least:
    /// ⌈requested ÷ capacity⌉.
    public var requestedParticipants: Int
    public var requestedLowerBound: Int
    /// Rupiah to train every requested participant in `requestedLowerBound` classes: the
    /// least any plan that meets all the module's needs could cost.
    public var requestedCost: Int
    /// People seated, the least classes that could seat them (⌈planned ÷ capacity⌉), and the
    /// classes planned.
    public var plannedParticipants: Int
    public var lowerBound: Int
    public var classes: Int
    public var cost: Int
}
