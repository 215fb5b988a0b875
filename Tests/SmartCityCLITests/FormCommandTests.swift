import Foundation
import Testing
@testable import SmartCityCLI
@testable import SmartCityKit

/// `smartcity form`: one self-contained HTML file per OPD, in both modes. (The browser round
/// trip — fill, export, import — is `Tests/browser/form-roundtrip.sh`, run by `.ci/run`.)
@Suite struct FormCommandTests {
    static let malang = CommandTests.repository + "/examples/malang"

    @Test func formIsSelfContainedAndCarriesEveryIndicator() throws {
        let out = CommandTests.scratch() + "/dinkes.html"
        let outcome = SmartCityMain.run(["form", Self.malang, "--opd", "dinkes", "--out", out])
        #expect(outcome.status == .ok, "\(outcome.stderr)")
        let html = String(decoding: try FileSystem.readBytes(out), as: UTF8.self)
        #expect(WellFormedHTMLProbe.problems(html).isEmpty)
        // No external resource of any kind, and no way for the data to close its script.
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("@import"))
        let data = try #require(html.components(separatedBy: "<script type=\"application/json\" id=\"form-data\">").last?.components(separatedBy: "</script>").first)
        #expect(!data.contains("</"))
        // Every indicator dinkes answers in 2026-06 (Pemdi and smart city), with its criteria.
        let (report, inputs, _) = Pipeline.score(InputLocations(workspace: Self.malang), periodID: nil)
        let r = try #require(report), i = try #require(inputs)
        let dinkes = try #require(r.opds.firstIndex { $0.id == "dinkes" })
        for ref in i.scope.expected[dinkes] {
            let indicator = r.catalogs.indicator(ref)
            #expect(data.contains("\"id\": \"\(indicator.id)\""), "\(indicator.id)")
            #expect(data.contains(indicator.criteria[0].id.replacingOccurrences(of: "\"", with: "\\\"")))
        }
        #expect(html.contains("#selftest") && html.contains("localStorage") && html.contains("download"))
    }

    @Test func assessorFormsForEveryOPDAndUsageErrors() throws {
        let out = CommandTests.scratch()
        let all = SmartCityMain.run(["form", Self.malang, "--all", "--assessor", "--period", "2020-03", "--out", out, "--lang", "en"])
        #expect(all.status == .ok, "\(all.stderr)")
        let files = try FileSystem.list(out)
        #expect(files.count == 45 && files.allSatisfy { $0.hasSuffix("-asesor.html") })
        let page = String(decoding: try FileSystem.readBytes(out + "/dinkes-asesor.html"), as: UTF8.self)
        #expect(page.contains("<title>Assessor verification of Dinas Kesehatan, period 2020-03</title>"))
        #expect(page.contains("\"mode\": \"assessor\""))
        #expect(SmartCityMain.run(["form", Self.malang, "--out", out]).status == .usage)
        #expect(SmartCityMain.run(["form", Self.malang, "--opd", "dinkez", "--out", out + "/x.html"]).status == .usage)
    }
}

/// The CLI tests have no access to the kit tests' HTML checker; a small one for tags that
/// must balance in the form's fixed skeleton.
enum WellFormedHTMLProbe {
    static func problems(_ html: String) -> [String] {
        var out: [String] = []
        for tag in ["html", "head", "body", "main", "style", "title"] {
            let open = html.components(separatedBy: "<\(tag)").count - 1, close = html.components(separatedBy: "</\(tag)>").count - 1
            if open != close { out.append(tag) }
        }
        if !html.hasPrefix("<!DOCTYPE html>") { out.append("doctype") }
        return out
    }
}
