/// The axon's worker pool and its waiting line, ordered by the caller's priority (its stake),
/// as a value whose event methods return what to do.
///
/// At most `maxWorkers` forwards run at once; up to `maxSize` more wait. A waiter with a higher
/// priority is started before one with a lower; equal priorities start first-come first-served.
/// bittensor v5's `--axon.priority.max_workers` / `--axon.priority.maxsize`.
///
/// - Complexity: `enqueue` and `finished` are O(log n) in the number waiting; `cancel` is O(n).
public struct PriorityQueueStateMachine<ID: Hashable & Sendable>: Sendable {
    public enum EnqueueAction: Equatable, Sendable {
        /// A worker is free: run now (the slot is taken).
        case run
        /// Wait until `finished` starts this id, or `cancel` it.
        case wait
        /// The waiting line is full: refuse (503).
        case reject
    }

    public enum FinishAction: Equatable, Sendable {
        /// Nobody waits; the slot is free.
        case none
        /// Start `id` on the slot just freed.
        case start(ID)
    }

    struct Waiter: Sendable {
        let id: ID
        let priority: Double
        let sequence: UInt64

        /// Whether `self` starts before `other`.
        func precedes(_ other: Waiter) -> Bool {
            priority != other.priority ? priority > other.priority : sequence < other.sequence
        }
    }

    public let maxWorkers: Int
    public let maxSize: Int
    public private(set) var running = 0
    private var heap: [Waiter] = []
    private var nextSequence: UInt64 = 0

    public init(maxWorkers: Int, maxSize: Int) {
        precondition(maxWorkers > 0 && maxSize >= 0)
        self.maxWorkers = maxWorkers
        self.maxSize = maxSize
    }

    /// Number of requests waiting.
    public var waiting: Int { heap.count }

    /// A request `id` with `priority` asks for a worker.
    public mutating func enqueue(_ id: ID, priority: Double) -> EnqueueAction {
        if running < maxWorkers && heap.isEmpty {
            running += 1
            return .run
        }
        guard heap.count < maxSize else { return .reject }
        push(Waiter(id: id, priority: priority.isNaN ? -.infinity : priority, sequence: nextSequence))
        nextSequence &+= 1
        return .wait
    }

    /// A running forward finished; its slot goes to the first waiter, if any.
    public mutating func finished() -> FinishAction {
        precondition(running > 0, "finished() without a running request")
        guard let next = pop() else {
            running -= 1
            return .none
        }
        return .start(next.id)
    }

    /// A waiter gave up (timed out). Returns `false` if it is no longer waiting (already started).
    public mutating func cancel(_ id: ID) -> Bool {
        guard let index = heap.firstIndex(where: { $0.id == id }) else { return false }
        let last = heap.removeLast()
        if index < heap.count {
            heap[index] = last
            siftDown(index)
            siftUp(index)
        }
        return true
    }

    /// Asserts the heap order and the counters.
    func checkInvariants() {
        precondition(running >= 0 && running <= maxWorkers)
        precondition(heap.count <= maxSize)
        for i in heap.indices.dropFirst() { precondition(!heap[i].precedes(heap[(i - 1) / 2])) }
    }

    private mutating func push(_ waiter: Waiter) {
        heap.append(waiter)
        siftUp(heap.count - 1)
    }

    private mutating func pop() -> Waiter? {
        guard !heap.isEmpty else { return nil }
        let top = heap[0]
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            siftDown(0)
        }
        return top
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].precedes(heap[parent]) else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            var best = parent
            for child in [2 * parent + 1, 2 * parent + 2] where child < heap.count && heap[child].precedes(heap[best]) {
                best = child
            }
            guard best != parent else { return }
            heap.swapAt(parent, best)
            parent = best
        }
    }
}
