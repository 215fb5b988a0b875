/// The Bimtek (bimbingan teknis) modules Kominfo can teach OPD staff, from
/// `indicators/training.json`.
///
/// Action rules name modules by id (`"modules": ["data-management"]`); this catalog says who
/// attends each module, for how long, in classes of what size and at what cost, so the Bimtek
/// planner can turn training needs into dated classes within a yearly budget. The numbers
/// are our estimates (see the file's `source` and `notes`), not official prices.
public struct TrainingCatalog: Sendable, Hashable {
    public var id: String
    public var version: String
    public var title: LocalizedText
    public var source: CatalogSource
    public var notes: [LocalizedText]
    /// In file order; ids are unique and prerequisites form no cycle (the loader checks).
    public var modules: [TrainingModule]
    public var file: String

    private var positions: [String: Int]

    public init(id: String, version: String, title: LocalizedText, source: CatalogSource, notes: [LocalizedText],
                modules: [TrainingModule], file: String) {
        self.id = id
        self.version = version
        self.title = title
        self.source = source
        self.notes = notes
        self.modules = modules
        self.file = file
        var positions: [String: Int] = [:]
        for (i, m) in modules.enumerated() where positions[m.id] == nil { positions[m.id] = i }
        self.positions = positions
    }

    /// The module with this id, or nil.
    public func module(_ id: String) -> TrainingModule? { positions[id].map { modules[$0] } }

    /// The position of the module with this id in `modules`, or nil.
    public func position(of id: String) -> Int? { positions[id] }
}

/// One Bimtek module: a class of `days` working days for up to `classCapacity` people of one
/// audience.
public struct TrainingModule: Sendable, Hashable {
    public var id: String
    public var title: LocalizedText
    public var audience: TrainingAudience
    /// Working days one class takes (Monday to Friday, consecutive).
    public var days: Int
    /// Most participants in one class.
    public var classCapacity: Int
    /// Rupiah per participant and day: meals, handouts, certificate.
    public var costPerParticipantDay: Int
    /// Rupiah per class whatever its size: the trainers' fee for all its days and materials.
    public var costPerClass: Int
    /// How many people of the audience one OPD sends.
    public var participantsPerOPD: ParticipantRule
    /// Module ids an OPD should finish first, when it needs them too.
    public var prerequisites: [String]
    /// Indicator ids (`SPBE-23`, `SC-GOV-01`) and service stages (`stage:3`) the module serves.
    public var addresses: [String]
    /// Line of the module in its file, for messages.
    public var line: Int

    public init(id: String, title: LocalizedText, audience: TrainingAudience, days: Int, classCapacity: Int,
                costPerParticipantDay: Int, costPerClass: Int, participantsPerOPD: ParticipantRule,
                prerequisites: [String] = [], addresses: [String] = [], line: Int = 0) {
        self.id = id
        self.title = title
        self.audience = audience
        self.days = days
        self.classCapacity = classCapacity
        self.costPerParticipantDay = costPerParticipantDay
        self.costPerClass = costPerClass
        self.participantsPerOPD = participantsPerOPD
        self.prerequisites = prerequisites
        self.addresses = addresses
        self.line = line
    }

    /// How many people of a role one OPD sends to a module.
    public enum ParticipantRule: Sendable, Hashable {
        /// Every staff member of the role.
        case all
        /// At most this many, capped by the role's staff count.
        case upTo(Int)
    }

    /// The number of people an OPD with `staff` sends: its staff count of the audience's
    /// role, capped by `participantsPerOPD`. Nil when the count is needed but not given
    /// (`"all"` with no count); a cap with no count sends the cap.
    public func participants(staff: OPD.Staff) -> Int? {
        let count = audience.count(in: staff)
        switch participantsPerOPD {
        case .all: return count.map { max(0, $0) }
        case .upTo(let cap): return max(0, min(cap, count ?? cap))
        }
    }

    /// The rupiah cost of one class of `participants` people: `costPerClass` plus
    /// participants × days × `costPerParticipantDay`, saturating instead of overflowing.
    public func classCost(participants: Int) -> Int {
        Saturating.add(costPerClass, Saturating.multiply(Saturating.multiply(participants, days), costPerParticipantDay))
    }
}

/// Who attends a module, by the staff roles of `opds.csv` (`staff leader`, `staff admin`,
/// `staff operator`, `staff total`).
public enum TrainingAudience: String, Sendable, Hashable, CaseIterable {
    /// The OPD head and structural officials (echelon).
    case leader
    /// Administrators of the OPD's systems and records.
    case admin
    /// Operators and data clerks.
    case `operator`
    /// Every staff member.
    case all

    /// The staff count of this role, when given.
    public func count(in staff: OPD.Staff) -> Int? {
        switch self {
        case .leader: return staff.leaders
        case .admin: return staff.admins
        case .operator: return staff.operators
        case .all: return staff.total
        }
    }

    /// The role's name.
    public func text(_ l: Language) -> String {
        switch self {
        case .leader: return l.pick(id: "pimpinan", en: "leaders")
        case .admin: return l.pick(id: "admin", en: "administrators")
        case .operator: return l.pick(id: "operator", en: "operators")
        case .all: return l.pick(id: "seluruh pegawai", en: "all staff")
        }
    }

    /// The role after a number ("88 pegawai", not "88 seluruh pegawai").
    public func counted(_ l: Language) -> String {
        switch self {
        case .all: return l.pick(id: "pegawai", en: "staff")
        default: return text(l)
        }
    }
}

/// Integer arithmetic that stops at `Int.max` instead of trapping: costs and seat counts come
/// from data files and callers, and a huge number must not crash the run.
enum Saturating {
    static func add(_ a: Int, _ b: Int) -> Int {
        let (r, o) = a.addingReportingOverflow(b)
        return o ? (b > 0 ? Int.max : Int.min) : r
    }

    static func multiply(_ a: Int, _ b: Int) -> Int {
        let (r, o) = a.multipliedReportingOverflow(by: b)
        return o ? ((a < 0) == (b < 0) ? Int.max : Int.min) : r
    }
}
