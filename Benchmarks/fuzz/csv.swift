// libFuzzer target: the CSV reader, on any bytes (Benchmarks/fuzz.sh csv SECONDS).
// Built into one module with SmartCityKit's sources, so it reaches the reader directly.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let (table, diagnostics) = CSVReader.read(bytes: bytes, file: "fuzz.csv")
    // Every finding must carry a position, and a table must come with its rows intact.
    for d in diagnostics where d.location?.line == nil { fatalError("CSV finding without a line: \(d.code)") }
    if let table { for row in table.rows { _ = table.text(row, 0) } }
    _ = DiagnosticRenderer(language: .en, sources: ["fuzz.csv": String(decoding: bytes, as: UTF8.self)]).render(diagnostics)
    return 0
}
