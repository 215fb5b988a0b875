/// Declarations several commands take together, written once as a struct and included in
/// a command's declarations as one stored property (`let inputs = WorkspaceInputs()`).
/// Reflection looks inside it, as swift-argument-parser's `@OptionGroup`, so its members
/// parse, show in help and are read (`arguments[\.inputs.policy]`) like the command's own.
protocol OptionGroup: Sendable {}
