import Testing
@testable import SmartCityKit

/// The shipped Bimtek catalog is complete and the loader points at every problem of a broken one.
@Suite struct TrainingCatalogTests {
    static let shippedPath = TestPaths.repo("indicators/training.json")

    static func shipped() throws -> TrainingCatalog {
        let (catalog, diagnostics) = TrainingCatalogLoader.load(bytes: try FileSystem.readBytes(shippedPath), file: shippedPath)
        #expect(diagnostics.isEmpty, "\(DiagnosticRenderer(language: .en).render(diagnostics))")
        return try #require(catalog)
    }

    /// Every `"modules": [...]` id of the rules files, collected from the JSON tree.
    static func moduleIDsUsedByRules() throws -> Set<String> {
        let folder = TestPaths.repo("indicators/rules")
        var ids: Set<String> = []
        func walk(_ node: JSONNode) {
            if let members = node.members {
                for member in members {
                    if member.key == "modules", let elements = member.value.elements {
                        ids.formUnion(elements.compactMap(\.stringValue))
                    }
                    walk(member.value)
                }
            } else if let elements = node.elements {
                elements.forEach(walk)
            }
        }
        for name in try FileSystem.list(folder) where name.hasSuffix(".json") {
            let path = FileSystem.join(folder, name)
            let root = try #require(JSONReader.read(bytes: try FileSystem.readBytes(path), file: path).root)
            walk(root)
        }
        return ids
    }

    @Test func shippedCatalogLoadsAndCoversEveryModuleTheRulesUse() throws {
        let catalog = try Self.shipped()
        let used = try Self.moduleIDsUsedByRules()
        #expect(used.count >= 17)
        let missing = used.subtracting(catalog.modules.map(\.id)).sorted()
        #expect(missing.isEmpty, "modules used by rules but not in training.json: \(missing)")
        #expect(catalog.id == "training" && !catalog.notes.isEmpty && !catalog.source.citation.isEmpty)
        for module in catalog.modules {
            #expect(!module.addresses.isEmpty, "\(module.id)")
            #expect((150_000...250_000).contains(module.costPerParticipantDay) || module.audience == .all, "\(module.id)")
            #expect((2_000_000...5_000_000).contains(module.costPerClass), "\(module.id)")
        }
        #expect(catalog.module("cyber-hygiene")?.audience == .all)
        #expect(catalog.module("cyber-hygiene")?.participantsPerOPD == .all)
        #expect(catalog.module("open-data")?.prerequisites == ["data-management"])
    }

    @Test func participantsFollowTheRoleAndTheCap() throws {
        let catalog = try Self.shipped()
        let staff = OPD.Staff(leaders: 6, admins: 1, operators: 12, total: 90)
        #expect(catalog.module("spbe-governance")?.participants(staff: staff) == 1)
        #expect(catalog.module("web-admin")?.participants(staff: staff) == 1)
        #expect(catalog.module("service-digitisation")?.participants(staff: staff) == 4)
        #expect(catalog.module("cyber-hygiene")?.participants(staff: staff) == 90)
        #expect(catalog.module("cyber-hygiene")?.participants(staff: OPD.Staff()) == nil)
        #expect(catalog.module("data-management")?.participants(staff: OPD.Staff()) == 2)
    }

    // MARK: Broken catalogs

    static func module(_ id: String, audience: String = "operator", days: String = "2", capacity: String = "25",
                       perDay: String = "150000", perClass: String = "3000000", prerequisites: [String] = [],
                       participants: String = "2") -> String {
        let pre = prerequisites.map { "\"\($0)\"" }.joined(separator: ", ")
        return """
            {"id": "\(id)", "title": {"id": "Modul \(id)", "en": "Module \(id)"}, "audience": "\(audience)",
             "days": \(days), "classCapacity": \(capacity), "costPerParticipantDay": \(perDay), "costPerClass": \(perClass),
             "participantsPerOPD": \(participants), "prerequisites": [\(pre)], "addresses": ["SPBE-23"]}
            """
    }

    static func catalog(_ modules: [String]) -> [UInt8] {
        Array("""
            {"format": 1, "id": "training", "kind": "training", "version": "test",
             "title": {"id": "Uji", "en": "Test"}, "source": {"citation": "test"},
             "modules": [
            \(modules.joined(separator: ",\n"))
            ]}
            """.utf8)
    }

    static func load(_ modules: [String]) -> (TrainingCatalog?, [Diagnostic]) {
        TrainingCatalogLoader.load(bytes: catalog(modules), file: "training.json")
    }

    @Test func unknownPrerequisiteIsPositionedWithASuggestion() throws {
        let (catalog, diagnostics) = Self.load([Self.module("data-management"), Self.module("open-data", prerequisites: ["data-managment"])])
        #expect(catalog == nil)
        let d = try #require(diagnostics.first { $0.code == "CAT040" })
        #expect(d.location?.line == 9)      // the module's third line
        #expect(d.location?.column == 45)   // the opening quote of "data-managment"
        #expect(d.location?.context == .jsonPath("modules[1].prerequisites[0]"))
        #expect(d.message == .catalog(.unknownPrerequisite(module: "open-data", prerequisite: "data-managment", suggestion: "data-management")))
        #expect(diagnostics.count == 1)
    }

    @Test func prerequisiteCycleNamesItsModules() throws {
        let (catalog, diagnostics) = Self.load([
            Self.module("a", prerequisites: ["c"]), Self.module("b", prerequisites: ["a"]),
            Self.module("c", prerequisites: ["b"]), Self.module("d", prerequisites: ["d"]),
            Self.module("e", prerequisites: ["a"]),
        ])
        #expect(catalog == nil)
        let cycles = diagnostics.filter { $0.code == "CAT041" }
        #expect(cycles.map(\.message) == [
            .catalog(.prerequisiteCycle(modules: ["a", "c", "b"])),
            .catalog(.prerequisiteCycle(modules: ["d"])),
        ])
        #expect(cycles.first?.location?.context == .jsonPath("modules[0].prerequisites"))
        #expect(cycles.first?.location?.line == 6)
        #expect(cycles.allSatisfy { $0.message.text(.id).contains("siklus") && $0.message.text(.en).contains("cycle") })
    }

    @Test func everyProblemOfAFileIsReportedTogether() throws {
        let (catalog, diagnostics) = Self.load([
            Self.module("web-admin"),
            Self.module("web-admin", perClass: "-5"),
            Self.module("x", audience: "everyone", days: "0", capacity: "0", perDay: "-1", participants: "\"some\""),
            #"{"id": "y", "audience": "admin", "days": 1, "classCapacity": 20, "costPerParticipantDay": 1, "costPerClass": 1, "participantsPerOPD": "all", "colour": "red"}"#,
        ])
        #expect(catalog == nil)
        let codes = diagnostics.map(\.code)
        #expect(codes.filter { $0 == "CAT010" }.count == 1)   // duplicate id
        #expect(codes.filter { $0 == "POL003" }.count == 4)   // cost -5, days 0, capacity 0, cost -1
        #expect(codes.contains("CAT007"))                     // audience
        #expect(codes.contains("CAT002"))                     // participantsPerOPD
        #expect(codes.contains("CAT001"))                     // title missing
        #expect(codes.contains("CAT003"))                     // unknown key, a warning
        #expect(diagnostics.allSatisfy { $0.location?.file == "training.json" && $0.location?.line != nil })
        let negative = try #require(diagnostics.first { $0.code == "POL003" })
        #expect(negative.location?.context == .jsonPath("modules[1].costPerClass"))
        #expect(negative.location?.line == 8)
        let missing = try #require(diagnostics.first { $0.code == "CAT001" })
        #expect(missing.message == .catalog(.missingKey("title")))
        #expect(missing.location?.context == .jsonPath("modules[3]"))
    }

    @Test func missingTopLevelKeysAndWrongKindAreReported() {
        let bytes = Array(#"{"format": 2, "kind": "index", "title": {"id": "x"}, "modules": {}}"#.utf8)
        let (catalog, diagnostics) = TrainingCatalogLoader.load(bytes: bytes, file: "t.json")
        #expect(catalog == nil)
        #expect(Set(diagnostics.map(\.code)) == ["CAT009", "CAT001", "CAT007", "CAT005", "CAT002"])
        #expect(diagnostics.allSatisfy { $0.location?.line == 1 })
    }

    @Test func syntaxErrorsAndEmptyFilesDoNotCrash() {
        for text in ["", "{", "[]", "null", #"{"modules": [1, "a", null]}"#] {
            let (catalog, diagnostics) = TrainingCatalogLoader.load(bytes: Array(text.utf8), file: "t.json")
            #expect(catalog == nil)
            #expect(diagnostics.hasErrors, "\(text)")
        }
    }
}
