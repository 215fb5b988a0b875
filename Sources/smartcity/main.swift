import Foundation
import SmartCityCLI

/// Writes the text without copying it first: a national-size JSON export is ~100 MB.
func emit(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written <= 0 { return }
            offset += written
        }
    }
}

let outcome = SmartCityMain.run(Array(CommandLine.arguments.dropFirst()))
emit(outcome.stderr, to: 2)
emit(outcome.stdout, to: 1)
exit(outcome.status.rawValue)
