import Synchronization

/// The dendrite's concurrency limit (`--dendrite.max_active_receptors`) as a pool of numbered
/// lanes: a call holds one lane while it is in flight and waits, first come first served, when
/// all are taken.
///
/// Each lane signs under its own uuid (`<dendrite uuid>-<lane>`) with nonces that only grow, so
/// an axon sees every endpoint's requests one at a time, in nonce order. One uuid shared by many
/// requests in flight would let the axon's thread scheduling reorder them and refuse the later-
/// processed lower nonce as a replay.
final class ReceptorLanes: Sendable {
    struct State: ~Copyable {
        var free: [Int]
        var waiters: [CheckedContinuation<Int, Never>] = []
        var waiterHead = 0
    }

    private let state: Mutex<State>
    let count: Int

    init(count: Int) {
        self.count = count
        state = Mutex(State(free: Array((0..<count).reversed())))
    }

    /// Takes a free lane, waiting for one if none is.
    func acquire() async -> Int {
        await withCheckedContinuation { continuation in
            let lane: Int? = state.withLock { state in
                if let lane = state.free.popLast() { return lane }
                state.waiters.append(continuation)
                return nil
            }
            if let lane { continuation.resume(returning: lane) }
        }
    }

    /// Gives `lane` back (to the longest waiter, if any).
    func release(_ lane: Int) {
        let waiter: CheckedContinuation<Int, Never>? = state.withLock { state in
            guard state.waiterHead < state.waiters.count else {
                state.free.append(lane)
                return nil
            }
            let next = state.waiters[state.waiterHead]
            state.waiterHead += 1
            if state.waiterHead == state.waiters.count {
                state.waiters.removeAll(keepingCapacity: true)
                state.waiterHead = 0
            }
            return next
        }
        waiter?.resume(returning: lane)
    }
}
