/// The arguments and options of one command, declared as the stored properties of a
/// struct (`let format = Option.defaulted(...)`).
///
/// The declarations are found by reflection, as swift-argument-parser does: a stored
/// property is at once what the scanner accepts, a line of help, a word of the usage line
/// and the key the command reads the value by (`arguments[\.format]`). A command therefore
/// cannot read an option it did not declare, and cannot declare one that help leaves out.
/// Declaration order is the order of usage and help.
protocol CommandOptions: Sendable {
    init()
}
