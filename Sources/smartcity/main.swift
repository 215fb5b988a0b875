import Foundation
import SmartCityCLI

let outcome = SmartCityMain.run(Array(CommandLine.arguments.dropFirst()))
FileHandle.standardError.write(Data(outcome.stderr.utf8))
FileHandle.standardOutput.write(Data(outcome.stdout.utf8))
exit(outcome.status.rawValue)
