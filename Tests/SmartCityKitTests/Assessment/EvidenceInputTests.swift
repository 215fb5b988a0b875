import Foundation
import Testing
@testable import SmartCityKit

/// Bad cells of the evidence register, the assessor values and the external indices are
/// errors at their position; the period is not scored.
@Suite struct EvidenceInputTests {
    /// The worked example's files in a copy of the Malang workspace, with one file's text
    /// changed by `edit`; the errors of scoring it.
    static func diagnostics(_ file: String, _ edit: @escaping (String) -> String, name: String = #function) throws -> [Diagnostic] {
        let locations = try PemdiWorkspace.make(name) { $0 == file ? edit($1) : $1 }
        let (report, _, diagnostics) = Pipeline.score(locations, periodID: "2026-06")
        #expect(report == nil, "the period was scored despite the error")
        return diagnostics.filter { $0.severity == .error }
    }

    static func append(_ line: String) -> (String) -> String { { $0 + line + "\n" } }

    @Test(arguments: [
        ("evidence.csv", "I1-L2-99,diterima,,,,,", "EV001", 90, "kode"),
        ("evidence.csv", "I1-L6-01,diterima,,,,,", "EV002", 90, "kode"),
        ("evidence.csv", "I5-L1-01,diterima,,,,,", "EV003", 90, "kode"),
        ("evidence.csv", "I2-L2-01,selesai,,,,,", "EV004", 90, "status"),
        ("evidence.csv", "I2-L2-01,revisi,,,,,", "EV005", 90, "revisi"),
        ("evidence.csv", "I2-L2-01,diterima,tidak-tepat,,,,", "EV006", 90, "revisi"),
        ("evidence.csv", "I2-L2-01,diterima,,x.pdf,2026-07-01,,", "EV010", 90, "tanggal"),
        ("evidence.csv", "I2-L2-01,diterima,,x.pdf,2026-02-30,,", "EV009", 90, "tanggal"),
        ("evidence.csv", "I2-L2-01,diterima,,x.pdf,,diskominfo2,", "EV011", 90, "pemilik"),
        ("evidence.csv", "I1-L1-01,diterima,,,,,", "EV008", 90, "kode"),
        ("evidence.csv", "SPBE-07,diterima,,,,,", "EV012", 90, "kode"),
        ("assessor-values.csv", "I2,\"1,40\",", "EV023", 4, "alasan"),
        ("assessor-values.csv", "I5,\"2,40\",dari wawancara", "EV021", 4, "indikator"),
        ("assessor-values.csv", "I99,\"2,40\",dari wawancara", "EV020", 4, "indikator"),
        ("assessor-values.csv", "I2,\"1,405\",dari wawancara", "EV022", 4, "nilai"),
        // I2 has 1 of 2 level-1 items: its band is 1.00–1.50.
        ("assessor-values.csv", "I2,\"1,60\",dari wawancara", "EV025", 4, "nilai"),
        ("external-indices.csv", "ips,\"5,5\",2026-01-01,BPS", "EV031", 6, "nilai"),
        ("external-indices.csv", "epss,3,2026-01-01,BPS", "EV030", 6, "indeks"),
        ("external-indices.csv", "ips,3,2026-01-01,", "EV032", 6, "sumber"),
        ("external-indices.csv", "sdi,30,2026-01-01,Bappenas", "EV033", 6, "indeks"),
    ])
    func aBadCellIsAnErrorAtItsPosition(file: String, row: String, code: String, line: Int, column: String) throws {
        let errors = try Self.diagnostics(file, Self.append(row))
        let error = try #require(errors.first { $0.code == code }, "\(errors.map(\.code))")
        #expect(error.location?.file.hasSuffix("2026-06/" + file) == true)
        #expect(error.location?.line == line)
        #expect(error.location?.context == .field(column))
        #expect(error.message.text(.id) != error.message.text(.en))
    }

    @Test func aStaleIkasandiWarnsOnItsThreeIndicators() throws {
        let locations = try PemdiWorkspace.make { file, text in
            file == PeriodEvidence.externalIndicesFile ? text.replacingOccurrences(of: "2026-01-20", with: "2025-05-31") : text
        }
        let (report, _, diagnostics) = Pipeline.score(locations, periodID: "2026-06")
        #expect(report != nil)
        let stale = diagnostics.filter { $0.code == "EV035" }
        #expect(stale.count == 3)
        #expect(stale.allSatisfy { $0.severity == .warning && $0.message.text(.en).contains("2025-05-31") })
    }

    /// The indicators another agency's index gives (I5–I7, I18) are never asked of a unit: no
    /// OPD is expected to answer them, and an answer given anyway is reported, not counted.
    @Test func externalIndicatorsAreNeverAskedOfAUnit() throws {
        let locations = try PemdiWorkspace.make()
        let file = locations.workspace + "/assessments/2026-06/dinkes.csv"
        let text = String(decoding: try FileSystem.readBytes(file), as: UTF8.self)
        try FileSystem.writeAtomically(text + "PEMDI-05,3,,,\n", to: file)
        let (report, inputs, diagnostics) = Pipeline.score(locations, periodID: "2026-06")
        let r = try #require(report)
        let scope = try #require(inputs?.scope)
        let external = r.catalogs.index.indicators.indices.filter { r.catalogs.index.indicators[$0].external != nil }
        #expect(external.map { r.catalogs.index.indicators[$0].aliases.first ?? "" }.count == 4)
        #expect(external.allSatisfy { scope.answering(IndicatorRef(slot: .index, position: $0)).isEmpty })
        let outside = try #require(diagnostics.first { $0.code == "WS016" && $0.location?.file == file })
        #expect(outside.severity == .warning && outside.message.text(.en).contains("PEMDI-05"))
        #expect(!diagnostics.contains { $0.code == "POL006" })
    }
}
