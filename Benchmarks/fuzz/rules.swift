// libFuzzer target: the rule language — lexer, parser, type checker and compiler — on any
// text, against the shipped catalogs (Benchmarks/fuzz.sh rules SECONDS; FUZZ_WORKSPACE names
// the workspace whose catalogs are used).
import Foundation

let fuzzInputs: Pipeline.Inputs = {
    let workspace = ProcessInfo.processInfo.environment["FUZZ_WORKSPACE"] ?? "examples/malang"
    guard let inputs = Pipeline.loadInputs(InputLocations(workspace: workspace)).inputs else { fatalError("cannot load \(workspace)") }
    return inputs
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRules(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for (kind, forEach) in [("flag", true), ("action", true), ("phase", false)] {
        _ = RuleProgram.build(text, catalogs: fuzzInputs.catalogs, capabilities: .forKind(kind, forEach: forEach))
    }
    return 0
}
