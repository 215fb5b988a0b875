import SmartCityKit

/// `smartcity form DIR --opd ID --out FILE` (or `--all --out FOLDER`): the offline scoring
/// form; `--assessor` for the verification form.
enum FormCommand {
    static func execute(_ scanned: ScannedArguments, language l: Language) throws(UsageError) -> CommandOutcome {
        let command = CommandName.form.rawValue
        let locations = try SmartCityMain.locations(scanned, command: command)
        guard let out = scanned.values["--out"] else { throw .missingOption("--out", command: command) }
        let all = scanned.flags.contains("--all")
        let inputs = OutputPlacement.inputs(of: locations)
        if let problem = all ? OutputPlacement.checkFolder(out, inputs: inputs) : OutputPlacement.checkFile(out, inputs: inputs) {
            throw .output(problem)
        }
        guard all || scanned.values["--opd"] != nil else { throw .missingOption("--opd", command: command) }
        let mode: AssessmentForm.Mode = scanned.flags.contains("--assessor") ? .assessor : .selfAssessment
        let (forms, unknown, diagnostics) = Pipeline.forms(locations, periodID: scanned.values["--period"],
                                                           opds: all ? nil : scanned.values["--opd"].map { [$0] }, mode: mode, language: l)
        var stderr = SmartCityMain.render(diagnostics, language: l)
        if let id = unknown.first {
            throw .invalidValue(option: "--opd", found: id, expected: l.pick(id: "id OPD dari opds.csv", en: "an OPD id from opds.csv"))
        }
        guard !forms.isEmpty else { return CommandOutcome(status: .dataError, stderr: stderr) }
        var stdout = ""
        if all {
            let result = FormOutputs.write(forms, mode: mode, toFolder: out)
            for path in result.written { stdout += ReportText.written(path).text(l) + "\n" }
            if let failure = result.failure {
                stderr += "smartcity: " + failure.text(l) + "\n"
                return CommandOutcome(status: .writeError, stdout: stdout, stderr: stderr)
            }
        } else if let form = forms.first {
            do throws(FileError) { try FormOutputs.write(form.html, toFile: out) } catch {
                stderr += "smartcity: " + error.text(l) + "\n"
                return CommandOutcome(status: .writeError, stdout: stdout, stderr: stderr)
            }
            stdout += ReportText.written(out).text(l) + "\n"
        }
        return CommandOutcome(status: .ok, stdout: stdout, stderr: stderr)
    }
}
