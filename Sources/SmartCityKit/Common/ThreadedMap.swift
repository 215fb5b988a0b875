import Foundation

extension Array where Element: Sendable {
    /// `map` with each element on a thread of its own (at most `threads` at once), results in
    /// input order.
    ///
    /// For a few long, equal jobs rather than many small ones: `parallelMap` runs them on
    /// one worker per core, so three searches on two cores take as long as two one after
    /// another; as threads of their own the system shares the cores among all three, and
    /// they take one and a half. The transform must be pure, as for `parallelMap`.
    func threadedMap<R: Sendable>(threads: Int, _ transform: @escaping @Sendable (Element) -> R) -> [R] {
        if count < 2 || threads < 2 { return map(transform) }
        let work = ThreadedWork(items: self, transform: transform)
        let group = DispatchGroup()
        for _ in 0..<Swift.min(threads, count) {
            group.enter()
            let thread = Thread {
                work.drain()
                group.leave()
            }
            // The searches run on these threads; keep their stack as large as the main one's.
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        return work.results()
    }
}

/// The jobs of one `threadedMap`: the next index under a lock, each result written once to
/// its own slot.
private final class ThreadedWork<Element: Sendable, R: Sendable>: @unchecked Sendable {
    private let items: [Element]
    private let transform: @Sendable (Element) -> R
    private var slots: [R?]
    private var next = 0
    private let lock = NSLock()

    init(items: [Element], transform: @escaping @Sendable (Element) -> R) {
        self.items = items
        self.transform = transform
        slots = Array(repeating: nil, count: items.count)
    }

    func drain() {
        while true {
            lock.lock()
            let i = next
            next += 1
            lock.unlock()
            guard i < items.count else { return }
            let result = transform(items[i])
            lock.lock()
            slots[i] = result
            lock.unlock()
        }
    }

    /// Read after every thread has left the group: the group's wait orders the writes first.
    func results() -> [R] {
        slots.map { $0! }
    }
}
