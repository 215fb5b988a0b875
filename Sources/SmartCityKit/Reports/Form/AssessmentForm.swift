/// The offline scoring form of one OPD for one period: a single self-contained HTML file
/// (no external resource; works from a USB stick) with the level criteria of every indicator
/// the OPD answers, evidence and note fields, its service inventory with stages, a progress
/// count, autosave in the browser, an import of an earlier export, and an export that
/// downloads exactly the CSV files `smartcity import` reads (docs/form.md). In a period
/// scored from evidence items it also carries, per indicator the OPD owns items of, the
/// levels with their items: status, document, date and the narrative required to put an
/// item forward.
///
/// In assessor mode the form shows the self levels and evidence and asks for the verified
/// level, with a reason required whenever it differs from the self level; on items it asks
/// for the verdict (diterima, or revisi with its kind and a note) and, per indicator, an
/// optional assessor value inside the band with its reason.
public enum AssessmentForm {
    public enum Mode: String, Sendable { case selfAssessment = "self", assessor }

    /// The line in every form's head that tells a form from any other file, so `form --out`
    /// replaces an earlier form and never a user's file of the same name.
    public static let generatorMark = "<meta name=\"generator\" content=\"smartcity form\">"

    /// Whether `bytes` (the start of a file) are a form `smartcity` wrote.
    public static func isForm(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self)
        return head.hasPrefix("<!DOCTYPE html>") && head.contains(generatorMark)
    }

    /// The HTML page, in `language` first (the page has an Indonesian/English switch).
    public static func render(report: ScoreReport, opd: Int, scope: Scope, mode: Mode, language: Language) -> String {
        let o = report.opds[opd]
        let score = report.scores[opd]
        var answers: [IndicatorRef: Answer] = [:]
        for a in score.answers { answers[a.indicator] = a }
        let items = scope.expected[opd].map { ref -> JSONOutput in
            let indicator = report.catalogs.indicator(ref)
            let answer = answers[ref]
            let selfValue: JSONOutput
            switch answer?.selfAssessment {
            case .level(let n)?: selfValue = .value(n)
            case .notApplicable?: selfValue = .string("TB")
            case .missing?, nil: selfValue = .null
            }
            let scale = report.catalogs.catalog(ref.slot).valueScale
            var fields: [(String, JSONOutput)] = [
                ("id", .string(indicator.id)), ("catalog", .string(report.catalogs.catalog(ref.slot).id)),
                ("name", text(indicator.name)), ("criteria", .array(indicator.criteria.map(text))),
            ]
            // On a scale of bands the form asks for a value; each level's band is shown beside
            // its criteria. Whole levels are chosen from the criteria.
            if !scale.isWhole {
                fields.append(("bands", .array(scale.bands.map { b in
                    .object([("level", .int(b.level)), ("min", .value(b.bottom)), ("max", .value(b.top))])
                })))
            }
            fields += [
                ("self", selfValue), ("verified", answer?.verified.map(JSONOutput.value) ?? .null),
                ("evidence", .string(answer?.evidence ?? "")), ("note", .string(answer?.note ?? "")),
                ("reason", .string(answer?.assessorNote ?? "")),
            ]
            return .object(fields)
        }
        let services = score.services.map { s -> JSONOutput in
            .object([("name", .string(s.name)), ("stage", .int(s.stage)), ("users", s.usersPerYear.map(JSONOutput.int) ?? .null), ("note", .string(s.note))])
        }
        let stages = report.catalogs.stages.stages.map { s -> JSONOutput in .object([("stage", .int(s.stage)), ("name", text(s.name))]) }
        let data = JSONOutput.object([
            ("city", text(report.cityName)), ("opd", .string(o.id)), ("opdName", .string(o.name)), ("period", .string(report.period.id)),
            ("periodDate", .string(report.period.date.description)),
            ("mode", .string(mode.rawValue)), ("language", .string(language.rawValue)),
            ("methods", .string("\(report.catalogs.index.id) \(report.catalogs.index.version), \(report.catalogs.dimensions.id) \(report.catalogs.dimensions.version)")),
            ("items", .array(items)), ("services", .array(services)), ("stages", .array(stages)),
            ("evidence", .array(evidenceData(report: report, opd: opd))),
        ]).rendered()
        let safeData = data.scriptSafeJSON
        var page = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += Self.generatorMark + "\n"
        page += "<title>" + HTMLEscaping.escape(FormText.title(opd: o.name, period: report.period.id, mode: mode).text(language)) + "</title>\n"
        page += "<style>\n" + AssessmentForm.style + "\n</style>\n</head>\n<body>\n"
        page += "<main id=\"form\"><noscript>" + HTMLEscaping.escape(FormText.needsScript.text(language)) + "</noscript></main>\n"
        page += "<script type=\"application/json\" id=\"form-data\">\n" + safeData + "\n</script>\n"
        page += "<script type=\"application/json\" id=\"form-texts\">\n" + FormText.table.scriptSafeJSON + "\n</script>\n"
        page += "<script>\n" + AssessmentForm.script + "\n</script>\n</body>\n</html>\n"
        return page
    }

    static func text(_ t: LocalizedText) -> JSONOutput { .object([("id", .string(t.id)), ("en", .string(t.en))]) }
}

extension String {
    /// JSON with every `<` written as `\u003C` (the same JSON: `<` only occurs inside its
    /// strings), so it can sit inside `<script>`: no `</script`, `<!--` or `<script` in the
    /// data can end the element or switch the parser into its escaped states, which would
    /// hide the rest of the page.
    var scriptSafeJSON: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for c in unicodeScalars {
            if c == "<" { out += "\\u003C" } else { out.unicodeScalars.append(c) }
        }
        return out
    }
}
