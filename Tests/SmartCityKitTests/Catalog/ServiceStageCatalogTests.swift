import Testing
@testable import SmartCityKit

/// The service-stage catalog names its transaction stage by key: readiness and the gap
/// report count services from there up, so a catalog without one is refused at load.
@Suite struct ServiceStageCatalogTests {
    static func load(_ edit: (String) -> String) throws -> (CatalogLoader.Loaded?, [Diagnostic]) {
        let path = TestPaths.repo("indicators/service-stages.json")
        let text = String(decoding: try FileSystem.readBytes(path), as: UTF8.self)
        return CatalogLoader.load(bytes: Array(edit(text).utf8), file: path)
    }

    @Test func theShippedCatalogNamesItsTransactionStage() throws {
        guard case .stages(let stages)? = try Self.load({ $0 }).0 else { Issue.record("not a stage catalog"); return }
        #expect(stages.transaction == 3)
    }

    @Test func aCatalogWithoutATransactionStageIsAPositionedError() throws {
        let (catalog, diagnostics) = try Self.load { $0.replacingOccurrences(of: "\"key\": \"transaction\"", with: "\"key\": \"transaksi\"") }
        #expect(catalog == nil)
        let error = try #require(diagnostics.first { $0.code == "CAT029" })
        #expect(error.location?.line != nil && error.location?.context == .jsonPath("stages"))
        #expect(error.message.text(.en).contains("\"transaksi\""))
    }
}
