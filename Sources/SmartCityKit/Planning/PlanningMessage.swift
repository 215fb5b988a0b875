/// Findings of the planning stage: problems that cannot be scheduled, schedules that break
/// a constraint, and PSPLIB files that cannot be read.
///
/// Codes: `PLN0xx` the problem itself, `PLN02x` a schedule checked against it, `PLN1xx` the
/// PSPLIB `.sm` format, `PLN12x` files and `optimum.csv`.
public enum PlanningMessage: StageMessage {
    // The problem (SchedulingProblem.validate).
    /// The activities on a precedence cycle, in order; the first follows the last.
    case precedenceCycle(activities: [String])
    case demandAboveCapacity(activity: String, resource: String, demand: Int, capacity: Int)
    case predecessorOutOfRange(activity: String, predecessor: Int, count: Int)
    case negativeDuration(activity: String, duration: Int)
    case demandResourceOutOfRange(activity: String, resource: Int, count: Int)
    case negativeDemand(activity: String, resource: String, demand: Int)
    case negativeRelease(activity: String, release: Int)
    case negativeCapacity(resource: String, capacity: Int)
    /// A capacity above `SchedulingProblem.capacityLimit`.
    case capacityTooLarge(resource: String, capacity: Int, limit: Int)
    /// Sum of durations plus the latest release: the solver's time grid would be too large.
    case horizonTooLong(horizon: Int, limit: Int)
    case dueOutOfRange(activity: String, due: Int, limit: Int)
    case deadlineWeightOutOfRange(deadline: Int, weight: Int, maximum: Int)
    case deadlineDueOutOfRange(deadline: Int, due: Int, limit: Int)
    case deadlineActivityOutOfRange(deadline: Int, activity: Int, count: Int)
    // A schedule (ScheduleChecker).
    case scheduleSizeMismatch(found: Int, expected: Int)
    case finishNotStartPlusDuration(activity: String, start: Int, finish: Int, duration: Int)
    case startBeforeRelease(activity: String, start: Int, release: Int)
    case precedenceViolated(predecessor: String, successor: String, finish: Int, start: Int)
    case capacityExceeded(resource: String, time: Int, usage: Int, capacity: Int, activities: [String])
    // The PSPLIB `.sm` format.
    case missingSection(String)
    case notAnInteger(found: String, section: String)
    case wrongNumberCount(found: Int, expected: Int, section: String)
    case unexpectedJobNumber(found: Int, expected: Int)
    case successorOutOfRange(job: Int, successor: Int, jobs: Int)
    case multipleModes(job: Int, modes: Int)
    case nonrenewableResources(count: Int)
    case jobCountMismatch(found: Int, expected: Int, section: String)
    // Files and optimum.csv.
    case unreadable(FileError)
    case invalidUTF8(byteOffset: Int)
    case missingColumn(expected: [String])
    case notAMakespan(found: String)
    case duplicateInstance(String, firstLine: Int)
    case noInstances(folder: String)

    public var code: String {
        switch self {
        case .precedenceCycle: return "PLN001"
        case .demandAboveCapacity: return "PLN002"
        case .predecessorOutOfRange: return "PLN003"
        case .negativeDuration: return "PLN004"
        case .demandResourceOutOfRange: return "PLN005"
        case .negativeDemand: return "PLN006"
        case .negativeRelease: return "PLN007"
        case .negativeCapacity: return "PLN008"
        case .horizonTooLong: return "PLN009"
        case .deadlineWeightOutOfRange: return "PLN010"
        case .dueOutOfRange: return "PLN013"
        case .capacityTooLarge: return "PLN014"
        case .deadlineDueOutOfRange: return "PLN011"
        case .deadlineActivityOutOfRange: return "PLN012"
        case .scheduleSizeMismatch: return "PLN020"
        case .finishNotStartPlusDuration: return "PLN021"
        case .startBeforeRelease: return "PLN022"
        case .precedenceViolated: return "PLN023"
        case .capacityExceeded: return "PLN024"
        case .missingSection: return "PLN101"
        case .notAnInteger: return "PLN102"
        case .wrongNumberCount: return "PLN103"
        case .unexpectedJobNumber: return "PLN104"
        case .successorOutOfRange: return "PLN105"
        case .multipleModes: return "PLN106"
        case .nonrenewableResources: return "PLN107"
        case .jobCountMismatch: return "PLN108"
        case .unreadable: return "PLN120"
        case .invalidUTF8: return "PLN121"
        case .missingColumn: return "PLN123"
        case .notAMakespan: return "PLN124"
        case .duplicateInstance: return "PLN125"
        case .noInstances: return "PLN126"
        }
    }

    public var defaultSeverity: Diagnostic.Severity {
        switch self {
        case .duplicateInstance: return .warning
        default: return .error
        }
    }

    public func text(_ l: Language) -> String {
        switch self {
        case .precedenceCycle(let names):
            let cycle = (names + names.prefix(1)).map { "\"\($0)\"" }.joined(separator: " → ")
            return l.pick(id: "prasyarat membentuk siklus: \(cycle); tidak ada yang dapat dimulai lebih dulu",
                          en: "precedence cycle: \(cycle); none of them can start first")
        case .demandAboveCapacity(let a, let r, let demand, let capacity):
            return l.pick(id: "tugas \"\(a)\" memerlukan \(demand) \"\(r)\", padahal kapasitasnya hanya \(capacity)",
                          en: "activity \"\(a)\" needs \(demand) of \"\(r)\" but its capacity is only \(capacity)")
        case .predecessorOutOfRange(let a, let p, let count):
            return l.pick(id: "tugas \"\(a)\" merujuk prasyarat nomor \(p), padahal hanya ada tugas 0–\(count - 1)",
                          en: "activity \"\(a)\" names predecessor \(p) but only activities 0–\(count - 1) exist")
        case .negativeDuration(let a, let d):
            return l.pick(id: "durasi tugas \"\(a)\" negatif (\(d))", en: "activity \"\(a)\" has a negative duration (\(d))")
        case .demandResourceOutOfRange(let a, let r, let count) where count == 0:
            return l.pick(id: "tugas \"\(a)\" memakai sumber daya nomor \(r), padahal tidak ada sumber daya",
                          en: "activity \"\(a)\" uses resource \(r) but there are no resources")
        case .demandResourceOutOfRange(let a, let r, let count):
            return l.pick(id: "tugas \"\(a)\" memakai sumber daya nomor \(r), padahal hanya ada sumber daya 0–\(count - 1)",
                          en: "activity \"\(a)\" uses resource \(r) but only resources 0–\(count - 1) exist")
        case .negativeDemand(let a, let r, let demand):
            return l.pick(id: "kebutuhan tugas \"\(a)\" akan \"\(r)\" negatif (\(demand))",
                          en: "activity \"\(a)\" has a negative demand (\(demand)) of \"\(r)\"")
        case .negativeRelease(let a, let release):
            return l.pick(id: "waktu mulai paling awal tugas \"\(a)\" negatif (\(release))",
                          en: "activity \"\(a)\" has a negative release date (\(release))")
        case .negativeCapacity(let r, let capacity):
            return l.pick(id: "kapasitas sumber daya \"\(r)\" negatif (\(capacity))",
                          en: "resource \"\(r)\" has a negative capacity (\(capacity))")
        case .capacityTooLarge(let r, let capacity, let limit):
            return l.pick(id: "kapasitas sumber daya \"\(r)\" (\(capacity)) melebihi batas \(limit) satuan",
                          en: "resource \"\(r)\" has a capacity of \(capacity), above the limit of \(limit) units")
        case .horizonTooLong(let horizon, let limit):
            return l.pick(id: "jumlah durasi ditambah waktu mulai terakhir (\(horizon)) melebihi batas \(limit) satuan waktu",
                          en: "the sum of durations plus the latest release (\(horizon)) exceeds the limit of \(limit) time units")
        case .dueOutOfRange(let a, let due, let limit):
            return l.pick(id: "tenggat tugas \"\(a)\" jatuh pada satuan waktu \(due), di luar −\(limit)…\(limit)",
                          en: "activity \"\(a)\" is due in time unit \(due), outside −\(limit)…\(limit)")
        case .deadlineWeightOutOfRange(let g, let weight, let maximum):
            return l.pick(id: "bobot tenggat \(g) adalah \(weight), seharusnya 1–\(maximum)",
                          en: "deadline \(g) has weight \(weight), expected 1–\(maximum)")
        case .deadlineDueOutOfRange(let g, let due, let limit):
            return l.pick(id: "tenggat \(g) jatuh pada satuan waktu \(due), di luar −\(limit)…\(limit)",
                          en: "deadline \(g) falls in time unit \(due), outside −\(limit)…\(limit)")
        case .deadlineActivityOutOfRange(let g, let a, let count):
            return l.pick(id: "tenggat \(g) merujuk tugas nomor \(a), padahal hanya ada tugas 0–\(count - 1)",
                          en: "deadline \(g) names activity \(a) but only activities 0–\(count - 1) exist")
        case .scheduleSizeMismatch(let found, let expected):
            return l.pick(id: "jadwal memuat \(found) tugas, seharusnya \(expected)",
                          en: "the schedule has \(found) activities, expected \(expected)")
        case .finishNotStartPlusDuration(let a, let start, let finish, let duration):
            return l.pick(id: "tugas \"\(a)\" mulai \(start) dan selesai \(finish), padahal durasinya \(duration)",
                          en: "activity \"\(a)\" starts at \(start) and finishes at \(finish) but lasts \(duration)")
        case .startBeforeRelease(let a, let start, let release):
            return l.pick(id: "tugas \"\(a)\" mulai \(start), sebelum waktu paling awalnya \(release)",
                          en: "activity \"\(a)\" starts at \(start), before its release date \(release)")
        case .precedenceViolated(let p, let s, let finish, let start):
            return l.pick(id: "tugas \"\(s)\" mulai \(start) sebelum prasyaratnya \"\(p)\" selesai (\(finish))",
                          en: "activity \"\(s)\" starts at \(start) before its predecessor \"\(p)\" finishes (\(finish))")
        case .capacityExceeded(let r, let time, let usage, let capacity, let names):
            let list = names.map { "\"\($0)\"" }.joined(separator: ", ")
            return l.pick(id: "pada waktu \(time) pemakaian \"\(r)\" \(usage), melebihi kapasitas \(capacity) (\(list))",
                          en: "at time \(time) \"\(r)\" is used \(usage) times, above its capacity \(capacity) (\(list))")
        case .missingSection(let name):
            return l.pick(id: "bagian \"\(name)\" tidak ditemukan", en: "section \"\(name)\" not found")
        case .notAnInteger(let found, let section):
            return l.pick(id: "bagian \"\(section)\": \"\(found)\" bukan bilangan bulat",
                          en: "section \"\(section)\": \"\(found)\" is not a whole number")
        case .wrongNumberCount(let found, let expected, let section):
            return l.pick(id: "baris di bagian \"\(section)\" berisi \(found) angka, seharusnya \(expected)",
                          en: "a row of section \"\(section)\" has \(found) numbers, expected \(expected)")
        case .unexpectedJobNumber(let found, let expected):
            return l.pick(id: "nomor pekerjaan \(found), seharusnya \(expected)", en: "job number \(found), expected \(expected)")
        case .successorOutOfRange(let job, let successor, let jobs):
            return l.pick(id: "pekerjaan \(job) merujuk penerus \(successor), padahal hanya ada pekerjaan 1–\(jobs)",
                          en: "job \(job) names successor \(successor) but only jobs 1–\(jobs) exist")
        case .multipleModes(let job, let modes):
            return l.pick(id: "pekerjaan \(job) memiliki \(modes) mode; hanya format mode tunggal (.sm) yang didukung",
                          en: "job \(job) has \(modes) modes; only the single-mode format (.sm) is supported")
        case .nonrenewableResources(let count):
            return l.pick(id: "\(count) sumber daya tak terbarukan; hanya sumber daya terbarukan yang didukung",
                          en: "\(count) non-renewable resources; only renewable resources are supported")
        case .jobCountMismatch(let found, let expected, let section):
            return l.pick(id: "bagian \"\(section)\" memuat \(found) pekerjaan, seharusnya \(expected)",
                          en: "section \"\(section)\" lists \(found) jobs, expected \(expected)")
        case .unreadable(let error):
            return error.text(l)
        case .invalidUTF8(let offset):
            return l.pick(id: "bukan teks UTF-8 (bita ke-\(offset + 1))", en: "not UTF-8 text (byte \(offset + 1))")
        case .missingColumn(let expected):
            let names = expected.map { "\"\($0)\"" }.joined(separator: ", ")
            return l.pick(id: "kolom \(names) tidak ditemukan", en: "columns \(names) not found")
        case .notAMakespan(let found):
            return l.pick(id: "\"\(found)\" bukan durasi proyek (bilangan bulat ≥ 0, atau BB..BA untuk batas bawah dan atas)",
                          en: "\"\(found)\" is not a makespan (a whole number ≥ 0, or LB..UB for a lower and an upper bound)")
        case .duplicateInstance(let name, let first):
            return l.pick(id: "\"\(name)\" sudah ada di baris \(first); yang ini diabaikan",
                          en: "\"\(name)\" already appears on line \(first); this one is ignored")
        case .noInstances(let folder):
            return l.pick(id: "folder \"\(folder)\" tidak berisi berkas .sm", en: "folder \"\(folder)\" holds no .sm file")
        }
    }
}
