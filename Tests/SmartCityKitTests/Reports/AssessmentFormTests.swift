import Testing
@testable import SmartCityKit

/// The offline form is a well-formed, self-contained page in both modes and languages.
@Suite struct AssessmentFormTests {
    @Test(arguments: [AssessmentForm.Mode.selfAssessment, .assessor], [Language.id, .en])
    func formPagesAreWellFormed(mode: AssessmentForm.Mode, language: Language) throws {
        let (forms, unknown, diagnostics) = Pipeline.forms(InputLocations(workspace: TestPaths.repo("examples/malang")), periodID: "2020-03",
                                                           opds: ["dinkes", "diskominfo"], mode: mode, language: language)
        #expect(!diagnostics.hasErrors && unknown.isEmpty && forms.count == 2)
        for form in forms {
            #expect(WellFormedHTML.problems(in: form.html).isEmpty, "\(form.opd) \(WellFormedHTML.problems(in: form.html))")
            #expect(form.html.contains("\"mode\": \"\(mode.rawValue)\""))
            #expect(form.html.contains("<html lang=\"\(language.rawValue)\">"))
        }
    }

    /// Text from the workspace cannot break out of the embedded data.
    @Test func hostileTextStaysInsideTheData() {
        #expect("a</script><script>alert(1)</script>".scriptSafeJSON == #"a\u003C/script>\u003Cscript>alert(1)\u003C/script>"#)
        // `<!--` would put the parser in its escaped state and hide the page (issue 19).
        #expect(#"{"name":"Dinas <!--<script> Kesehatan"}"#.scriptSafeJSON == #"{"name":"Dinas \u003C!--\u003Cscript> Kesehatan"}"#)
        #expect(!"<!--<script></script>".scriptSafeJSON.contains("<"))
    }
}
