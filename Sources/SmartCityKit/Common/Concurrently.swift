import Dispatch

/// Runs `background` on another thread while `foreground` runs on this one, and returns
/// both results.
///
/// For work that is not a map over elements: a run writes a few large exports (mostly
/// sequential) while it renders tens of thousands of pages (a `parallelMap`). Nesting one
/// `parallelMap` inside another does not do this — libdispatch runs a `concurrentPerform`
/// started from inside another one with little or no parallelism, so the pages would
/// render on one core.
func concurrently<A: Sendable, B: Sendable>(background: @escaping @Sendable () -> A, foreground: () -> B) -> (A, B) {
    let box = ResultBox<A>()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { box.value = background() }
    let b = foreground()
    group.wait()
    // The group's wait orders the write before this read.
    return (box.value!, b)
}

/// Holds the background result until the group is waited on.
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
