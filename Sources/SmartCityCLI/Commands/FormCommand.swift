import SmartCityKit

/// `smartcity form DIR --opd ID --out FILE` (or `--all --out FOLDER`): the offline scoring
/// form; `--assessor` for the verification form.
enum FormCommand: Command {
    static let summary = LocalizedText(id: "formulir penilaian luring (satu berkas HTML): pilih tingkat, bukti, layanan; simpan otomatis; ekspor untuk smartcity import",
                                       en: "offline scoring form (one HTML file): choose levels, evidence, services; autosaves; exports for smartcity import")

    struct Options: ReadsWorkspace {
        let inputs = WorkspaceInputs()
        let opd: Option<String?> = .optional("--opd", .text("ID"), help: LocalizedText(
            id: "OPD yang dinilai; wajib bila tanpa --all", en: "the OPD to assess; required without --all"))
        let all: Option<Bool> = .flag("--all", help: LocalizedText(id: "satu formulir per OPD ke folder OUT", en: "one form per OPD into the folder OUT"))
        let assessor: Option<Bool> = .flag("--assessor", help: LocalizedText(id: "formulir verifikasi asesor", en: "the assessor's verification form"))
        let period = SharedOptions.period(LocalizedText(id: "periode", en: "period"))
        let out: Option<String> = .required("--out", .path("OUT"), help: LocalizedText(
            id: "berkas HTML (.html ditambahkan bila tidak ada) atau folder; dengan --all selalu folder; hanya formulir smartcity sebelumnya yang ditimpa",
            en: "HTML file (.html is added when missing) or folder; with --all always a folder; only an earlier smartcity form is replaced"))
        let language = SharedOptions.language
    }

    static func execute(_ arguments: ParsedArguments<Options>, language l: Language) throws(UsageError) -> CommandOutcome {
        let locations = arguments.locations
        let all = arguments[\.all]
        let opd = arguments[\.opd]
        guard all || opd != nil else { throw .missingOption(arguments.options.opd.name, command: arguments.command) }
        let mode: AssessmentForm.Mode = arguments[\.assessor] ? .assessor : .selfAssessment
        let out = all ? arguments[\.out] : FormOutputs.fileTarget(arguments[\.out], opd: opd ?? "", mode: mode)
        let inputs = OutputPlacement.inputs(of: locations)
        if let problem = all ? OutputPlacement.checkFolder(out, inputs: inputs) : OutputPlacement.checkFile(out, inputs: inputs) {
            throw .output(problem)
        }
        let (forms, unknown, diagnostics) = Pipeline.forms(locations, periodID: arguments[\.period],
                                                           opds: all ? nil : opd.map { [$0] }, mode: mode, language: l)
        var stderr = SmartCityMain.render(diagnostics, language: l)
        if let id = unknown.first {
            throw .invalidValue(option: arguments.options.opd.name, found: id, expected: LocalizedText(id: "id OPD dari opds.csv", en: "an OPD id from opds.csv"))
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
