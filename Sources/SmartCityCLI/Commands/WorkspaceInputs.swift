import SmartCityKit

/// What a command that reads a workspace is told: the folder, and where the catalogs and
/// the policy are when not where `workspace.json` says.
struct WorkspaceInputs: OptionGroup {
    let workspace: Argument<String> = .single("DIR")
    let indicators: Option<String?> = .optional(
        "--indicators", .path("DIR"), help: LocalizedText(id: "folder katalog", en: "catalog folder"),
        byDefault: LocalizedText(id: "dari workspace.json, DIR/indicators, lalu ./indicators", en: "from workspace.json, DIR/indicators, then ./indicators"))
    let policy: Option<String?> = .optional(
        "--policy", .path("FILE"), help: LocalizedText(id: "berkas kebijakan", en: "policy file"),
        byDefault: LocalizedText(id: "dari workspace.json, lalu DIR/policy.json", en: "from workspace.json, then DIR/policy.json"))
}

/// The declarations of a command that reads a workspace.
protocol ReadsWorkspace: CommandOptions {
    var inputs: WorkspaceInputs { get }
}

extension ParsedArguments where Options: ReadsWorkspace {
    /// Where the command reads its inputs.
    var locations: InputLocations {
        InputLocations(workspace: self[\.inputs.workspace], indicators: self[\.inputs.indicators], policy: self[\.inputs.policy])
    }
}
