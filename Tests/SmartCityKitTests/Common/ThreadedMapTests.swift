import Foundation
import Testing
@testable import SmartCityKit

@Suite struct ThreadedMapTests {
    /// Jobs that take different times still come back in input order, each exactly once.
    @Test func resultsKeepTheInputOrder() {
        let items = Array(0..<23)
        let results = items.threadedMap(threads: 4) { i -> Int in
            // Later items finish first.
            Thread.sleep(forTimeInterval: Double(23 - i) / 2000)
            return i * i
        }
        #expect(results == items.map { $0 * $0 })
    }

    /// No more than `threads` jobs run at once, and more than one does.
    @Test func runsAtMostTheThreadsAsked() {
        let gauge = Gauge()
        _ = Array(0..<12).threadedMap(threads: 3) { _ in
            gauge.enter()
            Thread.sleep(forTimeInterval: 0.01)
            gauge.leave()
        }
        #expect(gauge.most == 3)
    }

    /// One element, or one thread: a plain map on the caller's thread.
    @Test func oneJobOrOneThreadIsAPlainMap() {
        #expect([7].threadedMap(threads: 8) { $0 + 1 } == [8])
        #expect([1, 2, 3].threadedMap(threads: 1) { $0 * 2 } == [2, 4, 6])
        #expect([Int]().threadedMap(threads: 8) { $0 } == [])
    }

    private final class Gauge: @unchecked Sendable {
        private let lock = NSLock()
        private var now = 0
        private(set) var most = 0
        func enter() { lock.lock(); now += 1; most = max(most, now); lock.unlock() }
        func leave() { lock.lock(); now -= 1; lock.unlock() }
    }
}
