// libFuzzer target: the JSON reader and the policy loader over what it reads
// (Benchmarks/fuzz.sh json SECONDS).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let (root, diagnostics) = JSONReader.read(bytes: bytes, file: "fuzz.json")
    if root == nil, diagnostics.isEmpty { fatalError("no document and no finding") }
    // The same bytes as a policy: every field reader, range and id check runs.
    let loaded = PolicyLoader.load(bytes: bytes, file: "fuzz.json")
    _ = DiagnosticRenderer(language: .id).render(diagnostics + loaded.diagnostics)
    return 0
}
