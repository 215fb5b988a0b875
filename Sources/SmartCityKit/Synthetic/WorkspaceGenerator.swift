/// Writes a synthetic workspace of N OPDs, for national-scale benchmarks and tests:
/// `smartcity generate --opds 23000 --seed 1 --out DIR` (514 kota/kabupaten × ~45 OPDs).
///
/// The OPDs cycle through the kinds of a typical kota (`OPDTemplate`), so applicability is
/// realistic; levels, verification, *tidak berlaku* answers and services are drawn from a
/// seeded generator, so the same seed gives byte-identical files. Answers and services are
/// written in chunks of `chunkSize` OPDs (files with an `opd` column), which keeps the file
/// count small and lets the reader parse chunks in parallel.
public enum WorkspaceGenerator {
    public static let chunkSize = 1000
    public static let periodID = "2019-09"

    /// A file to write, relative to the workspace folder.
    public struct File: Sendable {
        public var path: String
        public var bytes: [UInt8]
    }

    /// The files of the workspace. `catalogFiles` are the catalog files to copy into
    /// `indicators/`, so the workspace is self-contained.
    /// `applies` gives the applicability rules in force for the generated policy and OPDs,
    /// so answers are written exactly for the indicators each OPD answers.
    public static func generate(catalogs: CatalogSet, catalogFiles: [(name: String, bytes: [UInt8])], opdCount: Int, seed: UInt64,
                                applies: (Policy, Workspace) -> [AppliesRule] = { _, _ in [] }) -> [File] {
        var random = SeededRandom(seed: seed)
        let opds = makeOPDs(opdCount, random: &random)
        let policy = makePolicy(catalogs: catalogs, opds: opds)
        var index: [String: Int] = [:]
        for (i, o) in opds.enumerated() { index[o.id] = i }
        let workspace = Workspace(root: "", opds: opds, opdIndex: index, periods: [])
        let scope = Scope(workspace: workspace, catalogs: catalogs, policy: policy.value, applies: applies(policy.value, workspace))
        var files: [File] = []
        for (name, bytes) in catalogFiles { files.append(File(path: "indicators/" + name, bytes: bytes)) }
        files.append(File(path: "policy.json", bytes: Array(policy.json.utf8)))
        files.append(File(path: "opds.csv", bytes: Array(opdList(opds).utf8)))
        let writer = CSVWriter(separator: ",", bom: false)
        let answerHeader = ["opd", "indicator", "self", "verified", "evidence", "note"]
        let serviceHeader = ["opd", "service", "stage", "users per year"]
        var start = 0
        var chunk = 1
        while start < opds.count {
            let end = min(start + chunkSize, opds.count)
            var answerRows: [[String]] = []
            var serviceRows: [[String]] = []
            for i in start..<end {
                let maturity = random.int(in: 1...4)
                for ref in scope.expected[i] {
                    let catalog = catalogs.catalog(ref.slot)
                    let indicator = catalog.indicators[ref.position]
                    let owner = scope.owner(of: ref) == i
                    if !owner, random.chance(2) {
                        answerRows.append([opds[i].id, indicator.id, "TB", "", "", "bukan urusan unit ini"])
                        continue
                    }
                    let level = min(catalog.levels.upperBound, max(catalog.levels.lowerBound, maturity + random.int(in: -1...1)))
                    let verified = random.chance(30) ? String(max(catalog.levels.lowerBound, level - random.int(in: 0...1))) : ""
                    let evidence = level >= 3 ? "DOC-\(opds[i].id)-\(indicator.id)" : ""
                    answerRows.append([opds[i].id, indicator.id, String(level), verified, evidence, ""])
                }
                for s in 0..<random.int(in: 2...8) {
                    let stage = min(4, max(0, maturity - 1 + random.int(in: -1...1) + (s == 0 ? 1 : 0)))
                    serviceRows.append([opds[i].id, "Layanan \(s + 1) \(opds[i].id)", String(stage), String(random.int(in: 0...50) * 100)])
                }
            }
            let suffix = String(repeating: "0", count: max(0, 4 - String(chunk).count)) + String(chunk)
            files.append(File(path: "assessments/\(periodID)/answers-\(suffix).csv",
                              bytes: Array(writer.document(header: answerHeader, rows: answerRows).utf8)))
            files.append(File(path: "assessments/\(periodID)/services/services-\(suffix).csv",
                              bytes: Array(writer.document(header: serviceHeader, rows: serviceRows).utf8)))
            start = end
            chunk += 1
        }
        return files
    }

    static func makeOPDs(_ count: Int, random: inout SeededRandom) -> [OPD] {
        let width = max(5, String(count).count)
        return (0..<count).map { i in
            let t = OPDTemplate.all[i % OPDTemplate.all.count]
            let n = String(i + 1)
            let id = "opd-" + String(repeating: "0", count: width - n.count) + n
            let leaders = random.int(in: 1...4), admins = random.int(in: 2...10), operators = random.int(in: 2...20)
            var tags = Set(t.tags)
            tags.insert(t.kind)
            return OPD(id: id, name: "\(t.name) \(i / OPDTemplate.all.count + 1)", kind: t.kind, tags: tags.sorted(), head: "",
                       staff: OPD.Staff(leaders: leaders, admins: admins, operators: operators,
                                        total: leaders + admins + operators + random.int(in: 0...40)),
                       line: i + 2)
        }
    }

    static func opdList(_ opds: [OPD]) -> String {
        let writer = CSVWriter(separator: ",", bom: false)
        return writer.document(
            header: ["id", "name", "kind", "tags", "head", "staff leader", "staff admin", "staff operator", "staff total"],
            rows: opds.map { o in
                [o.id, o.name, o.kind, o.tags.filter { $0 != o.kind }.joined(separator: "|"), o.head,
                 String(o.staff.leaders ?? 0), String(o.staff.admins ?? 0), String(o.staff.operators ?? 0), String(o.staff.total ?? 0)]
            })
    }

    /// A policy binding every role the catalogs use to the first OPD of the template that
    /// holds it (the first OPD when no template does).
    static func makePolicy(catalogs: CatalogSet, opds: [OPD]) -> (value: Policy, json: String) {
        var roles: [String: String] = [:]
        for slot in CatalogSet.Slot.allCases {
            for indicator in catalogs.catalog(slot).indicators {
                guard case .role(let role) = indicator.answeredBy, roles[role] == nil else { continue }
                let t = OPDTemplate.all.firstIndex { $0.roles.contains(role) } ?? 0
                roles[role] = t < opds.count ? opds[t].id : opds.first?.id ?? "opd-00001"
            }
        }
        let daring = Policy.ReadinessThreshold(minimumStage: 3, minimumSharePercent: Fraction(60))
        let integrated = Policy.ReadinessThreshold(minimumStage: 4, minimumSharePercent: Fraction(60))
        let by = CalendarDate(year: 2019, month: 12, day: 31)!
        let name = LocalizedText(id: "\(opds.count) OPD daring", en: "\(opds.count) OPD online-ready")
        let target = Policy.Target(id: "daring-all", metric: .opdDaring, threshold: .count(opds.count), dimension: nil, by: by, name: name)
        let city = Policy.City(id: "sintetis", name: LocalizedText(id: "Wilayah Sintetis", en: "Synthetic Region"))
        let policy = Policy(city: city, start: CalendarDate(year: 2019, month: 1, day: 1), methods: Policy.Methods(
            index: catalogs.index.id, dimensions: catalogs.dimensions.id, stages: catalogs.stages.id), roles: roles,
            missingAnswer: .levelOne, daring: daring, integrated: integrated, monthsPerOPD: 3, targets: [target],
            levelTargets: [catalogs.index.id, catalogs.dimensions.id].map { Policy.LevelTarget(by: by, catalog: $0, indicators: [], level: Fraction(3), line: 0) },
            file: "policy.json", roleLines: [:])
        func text(_ t: LocalizedText) -> JSONOutput { .object([("id", .string(t.id)), ("en", .string(t.en))]) }
        func rule(_ r: Policy.ReadinessThreshold) -> JSONOutput {
            .object([("minimumStage", .int(r.minimumStage)), ("minimumSharePercent", .number(r.minimumSharePercent.formatted(decimals: 0)))])
        }
        let json = JSONOutput.object([
            ("format", .int(PolicyLoader.format)),
            ("city", .object([("id", .string(city.id)), ("name", text(city.name))])),
            ("start", .string("2019-01-01")),
            ("methods", .object([("index", .string(catalogs.index.id)), ("dimensions", .string(catalogs.dimensions.id)), ("stages", .string(catalogs.stages.id))])),
            ("roles", .object(roles.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
            ("missingAnswer", .string("level-1")),
            ("readiness", .object([("daring", rule(daring)), ("integrated", rule(integrated))])),
            ("monthsPerOPD", .int(3)),
            ("levelTargets", .array(policy.levelTargets.map { t -> JSONOutput in
                .object([("by", .string(t.by.description)), ("catalog", .optional(t.catalog)), ("level", .value(t.level))])
            })),
            ("roadmap", roadmap(opdCount: opds.count)),
            ("targets", .array([.object([("id", .string(target.id)), ("metric", .string("opd-daring")), ("count", .int(opds.count)),
                                         ("by", .string("2019-12-31")), ("name", text(name))])])),
        ]).rendered()
        return (policy, json)
    }

    /// A roadmap section with the teams of the shipped example (three Kominfo development
    /// teams, one each for policy, data centre and audit, two trainers, a team per OPD),
    /// whatever the number of OPDs, so `roadmap` and `bimtek` can be measured on every size
    /// against the same capacities; the Bimtek budget grows with the OPDs (Rp 150 juta per
    /// 45), two phases follow the synthetic target. Labelled synthetic in its note.
    static func roadmap(opdCount: Int) -> JSONOutput {
        func text(_ id: String, _ en: String) -> JSONOutput { .object([("id", .string(id)), ("en", .string(en))]) }
        func team(_ id: String, _ name: JSONOutput, _ capacity: Int, perOPD: Bool = false) -> JSONOutput {
            .object([("id", .string(id)), ("name", name), ("capacity", .int(capacity))] + (perOPD ? [("perOPD", .bool(true))] : []))
        }
        let budget = 150_000_000 * ((opdCount + 44) / 45)
        return .object([
            ("notes", .array([text("Peta jalan sintetis untuk uji skala: tim seperti contoh Malang, berapa pun jumlah OPD-nya.",
                                   "A synthetic roadmap for scale tests: the teams of the Malang example, whatever the number of OPDs.")])),
            ("unit", .string("month")),
            ("resources", .array([
                team("kominfo-dev", text("Tim pengembang Diskominfo", "Kominfo development teams"), 3),
                team("kominfo-policy", text("Tim kebijakan Diskominfo", "Kominfo policy team"), 1),
                team("kominfo-infra", text("Tim pusat data", "Data-centre project team"), 1),
                team("auditor", text("Tim auditor TIK", "ICT audit team"), 1),
                team("opd", text("Tim OPD sendiri", "The OPD's own team"), 1, perOPD: true),
                team("trainers", text("Pelatih Bimtek", "Bimtek trainers"), 2),
            ])),
            ("budget", .array([2019, 2020].map { .object([("year", .int($0)), ("amount", .int(budget))]) })),
            ("phases", .array([
                .object([("id", .string("fase-1")), ("name", text("Fase 1: layanan daring", "Phase 1: services online")),
                         ("start", .string("2019-10-01")), ("end", .string("2019-12-31")),
                         ("goals", .array([.object([("when", .string("city.daring() >= city.opds()")),
                                                    ("text", text("Semua OPD daring", "Every OPD online-ready"))])]))]),
                .object([("id", .string("fase-2")), ("name", text("Fase 2: integrasi", "Phase 2: integration")),
                         ("start", .string("2020-01-01")), ("end", .string("2020-12-31")),
                         ("goals", .array([.object([("when", .string("city.integrated() >= city.opds()")),
                                                    ("text", text("Semua OPD terintegrasi", "Every OPD integrated"))])]))]),
            ])),
            ("search", .object([("seed", .int(1)), ("schedules", .int(5000))])),
        ])
    }
}
