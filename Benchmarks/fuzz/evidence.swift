// libFuzzer target: the evidence register (evidence.csv) read against the Malang example's
// Pemdi catalog and OPDs (Benchmarks/fuzz.sh evidence SECONDS).
import Foundation

let fuzzInputs: Pipeline.Inputs = {
    let workspace = ProcessInfo.processInfo.environment["FUZZ_WORKSPACE"] ?? "examples/malang"
    guard let inputs = Pipeline.loadInputs(InputLocations(workspace: workspace)).inputs else { fatalError("cannot load \(workspace)") }
    return inputs
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEvidence(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let date = CalendarDate(year: 2026, month: 6, day: 30) else { return 0 }
    let (_, diagnostics) = EvidenceRegister.read(bytes: bytes, file: "evidence.csv", catalog: fuzzInputs.catalogs.index,
                                                 workspace: fuzzInputs.workspace, periodDate: date)
    for d in diagnostics where d.location == nil { fatalError("evidence finding without a position: \(d.code)") }
    return 0
}
