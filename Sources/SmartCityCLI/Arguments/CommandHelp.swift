import SmartCityKit

/// The `--help` of one command, all of it read from the command's declarations: the usage
/// line, the summary, and a line per option with its help and its default.
enum CommandHelp {
    /// Usage lines wrap before this many characters, for an 80-column terminal.
    static let width = 80

    static func text(_ syntax: CommandSyntax, summary: LocalizedText, language l: Language) -> String {
        var out = usage(syntax, language: l) + "\n\n" + summary.text(l) + "\n\n" + l.pick(id: "Opsi:", en: "Options:") + "\n"
        let left = syntax.options.map { "  " + $0.synopsis }
        let column = (left.map(\.count).max() ?? 0) + 2
        for (text, option) in zip(left, syntax.options) {
            out += text + String(repeating: " ", count: column - text.count) + description(option, language: l) + "\n"
        }
        out += "\n" + l.pick(id: "Status keluar: 0 berhasil, 1 salah penggunaan, 2 galat data, 3 gagal menulis berkas.",
                             en: "Exit status: 0 ok, 1 usage error, 2 data error, 3 a file could not be written.") + "\n"
        return out
    }

    /// `Usage: smartcity score DIR [--period P] …`, wrapped between words, each further
    /// line starting under the first word after the command's name.
    static func usage(_ syntax: CommandSyntax, language l: Language) -> String {
        let words = syntax.usageWords
        var line = l.pick(id: "Penggunaan: ", en: "Usage: ") + words.prefix(2).joined(separator: " ")
        let indent = String(repeating: " ", count: line.count + 1)
        var lines: [String] = []
        for word in words.dropFirst(2) {
            if line.count + 1 + word.count > width, line.count > indent.count {
                lines.append(line)
                line = indent + word
            } else {
                line += " " + word
            }
        }
        return (lines + [line]).joined(separator: "\n")
    }

    /// The option's help, then whether it is required or what it is when left out.
    static func description(_ option: any OptionDeclaration, language l: Language) -> String {
        var text = option.help.text(l)
        if option.isRequired {
            text += l.pick(id: " (wajib)", en: " (required)")
        } else if let shown = option.shownDefault {
            text += l.pick(id: " (bawaan: ", en: " (default: ") + shown.text(l) + ")"
        }
        return text
    }
}
