/// A binary min-heap of item indices ordered by a fixed rank per item (Williams 1964):
/// O(log n) push and pop, O(1) peek.
///
/// The ranks are distinct (a total order computed once), so pops are deterministic.
struct RankHeap {
    private(set) var items: [Int] = []

    var isEmpty: Bool { items.isEmpty }
    var first: Int? { items.first }

    /// Builds a heap from items already sorted by rank (a sorted array is a heap).
    init(sorted: [Int] = []) { items = sorted }

    mutating func push(_ item: Int, rank: [Int]) {
        items.append(item)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard rank[items[child]] < rank[items[parent]] else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop(rank: [Int]) -> Int? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < items.count, rank[items[left]] < rank[items[smallest]] { smallest = left }
                if right < items.count, rank[items[right]] < rank[items[smallest]] { smallest = right }
                if smallest == parent { break }
                items.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return top
    }
}
