import Foundation
import Testing
@testable import SmartCityKit

/// The pages of a period scored from evidence (Malang 2026-06, Indeks Pemdi 2026): the city's
/// values with their levels and bands, and per unit its items, the points they hold and the
/// next items to produce.
@Suite struct EvidencePagesTests {
    static func progress() throws -> (CityProgress, Scope) {
        let (progress, inputs, diagnostics) = Pipeline.progress(ReportPagesTests.malang, upTo: "2026-06")
        #expect(!diagnostics.hasErrors)
        return (try #require(progress), try #require(inputs?.scope))
    }

    @Test(arguments: [Language.id, Language.en])
    func opdPageGolden(language: Language) throws {
        let (progress, scope) = try Self.progress()
        let unit = try #require(progress.latest.opds.firstIndex { $0.id == "barenlitbang" })
        let document = OPDReportBuilder(progress: progress, scope: scope, language: language).build(opd: unit)
        Golden.check(MarkdownRenderer.render(document), against: "page-opd-barenlitbang-2026.\(language.rawValue).md")
        let html = HTMLRenderer.render(document)
        #expect(WellFormedHTML.problems(in: html).isEmpty)
    }

    @Test func theUnitPageSaysWhatItCarriesAndWhatToDoNext() throws {
        let (progress, scope) = try Self.progress()
        let values = try #require(progress.latest.city.values)
        let unit = try #require(progress.latest.opds.firstIndex { $0.id == "barenlitbang" })
        let carried = try #require(values.owners[unit])
        let markdown = MarkdownRenderer.render(OPDReportBuilder(progress: progress, scope: scope, language: .id).build(opd: unit))
        #expect(markdown.contains("Butir data dukung Indeks Pemdi unit ini"))
        #expect(markdown.contains("Indeks Pemdi kota"))
        #expect(markdown.contains("Butir data dukung yang harus diserahkan unit ini"))
        #expect(markdown.contains("\(carried.accepted) diterima asesor"))
        // Every item it owes, once, in the order of the owed list; the accepted ones after.
        let owedRows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.contains("**I") }
        #expect(owedRows.count == carried.owed.count)
        for (row, item) in zip(owedRows, carried.owed) { #expect(row.contains("**\(item.code)**"), "\(row)") }
        #expect(markdown.contains("Butir yang sudah diterima asesor"))
        // A unit that owns no items reads that the index is the government's.
        let none = try #require(progress.latest.opds.indices.first { values.owners[$0] == nil })
        let empty = MarkdownRenderer.render(OPDReportBuilder(progress: progress, scope: scope, language: .en).build(opd: none))
        #expect(empty.contains("produces no evidence items"))
    }

    @Test func theDashboardShowsEveryValueAndRanksUnitsByTheirPoints() throws {
        let (progress, _) = try Self.progress()
        let document = DashboardBuilder(progress: progress, language: .id).build()
        let markdown = MarkdownRenderer.render(document)
        Golden.check(markdown, against: "page-dashboard-2026.id.md")
        #expect(markdown.contains("Nilai indikator Indeks Pemdi"))
        #expect(markdown.contains("| PEMDI-13 (I13) |"))
        #expect(markdown.contains("nilai asesor"))
        #expect(markdown.contains("Poin dipegang"))
        #expect(WellFormedHTML.problems(in: HTMLRenderer.render(document)).isEmpty)
    }

    @Test func theCSVExportsCarryValuesBandsAndItems() throws {
        let (progress, _) = try Self.progress()
        let writer = CSVWriter(separator: ";", bom: false)
        let values = try #require(EvidenceCSVRenderer.values(progress.latest, language: .id, writer: writer, decimalSeparator: ","))
        let lines = values.split(separator: "\r\n")
        #expect(lines.count == 21)
        #expect(lines[0] == "Indikator;Kode;Nama;Nilai;Tingkat;Rentang dari;Rentang sampai;Butir diterima;Butir diterima / dimiliki;Nilai dari data dukung;Nilai bila semua unggahan diterima;Nilai asesor;Alasan asesor;Sumber nilai")
        #expect(lines[1].hasPrefix("PEMDI-01;I1;Tingkat Kematangan Tata Kelola Pemdi;3,00;3;2,50;3,50;4;2;3,0000;3,5000;;;data dukung"))
        #expect(lines[5].hasSuffix(";sdi 52,4"))
        let items = try #require(EvidenceCSVRenderer.items(progress.latest, language: .en, writer: writer))
        // One row per evidence item of the method, plus the header.
        #expect(items.split(separator: "\r\n").count == 207 + 1)
        #expect(items.contains("I1-L3-03;PEMDI-01;3;diunggah;;barenlitbang;i1-l3-03-malang.pdf;"))
    }
}
