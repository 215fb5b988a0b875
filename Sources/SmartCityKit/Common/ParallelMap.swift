import Dispatch

extension Array where Element: Sendable {
    /// `map` spread over the machine's cores, with results in input order.
    ///
    /// The only form of parallelism in the tool: a pure transform per element and a merge in
    /// the original order, so outputs are identical whatever the scheduling.
    func parallelMap<R: Sendable>(_ transform: @Sendable (Element) -> R) -> [R] {
        if count < 2 { return map(transform) }
        let buffer = UnsafeMutableBufferPointer<R?>.allocate(capacity: count)
        buffer.initialize(repeating: nil)
        defer {
            buffer.deinitialize()
            buffer.deallocate()
        }
        nonisolated(unsafe) let results = buffer
        self.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let items = input
            DispatchQueue.concurrentPerform(iterations: count) { i in
                results[i] = transform(items[i])
            }
        }
        return buffer.map { $0! }
    }
}
