import Synchronization

/// The worker pool of an axon around `PriorityQueueStateMachine`: suspends a request until a
/// worker is free, highest priority first, or until its deadline passes.
final class PriorityGate: Sendable {
    enum Admission: Equatable {
        case acquired
        case full
        case timedOut
    }

    struct State: ~Copyable {
        var machine: PriorityQueueStateMachine<UInt64>
        var waiters: [UInt64: CheckedContinuation<Admission, Never>] = [:]
        var nextID: UInt64 = 0
    }

    private let state: Mutex<State>

    init(maxWorkers: Int, maxSize: Int) {
        state = Mutex(State(machine: PriorityQueueStateMachine(maxWorkers: maxWorkers, maxSize: maxSize)))
    }

    /// Requests waiting now.
    var waiting: Int { state.withLock { $0.machine.waiting } }

    /// Waits for a worker for at most `timeout`. After `.acquired` the caller must `release()`.
    func acquire(priority: Double, timeout: Duration) async -> Admission {
        let id = state.withLock { state in
            defer { state.nextID &+= 1 }
            return state.nextID
        }
        var timer: Task<Void, Never>?
        let admission = await withCheckedContinuation { (continuation: CheckedContinuation<Admission, Never>) in
            let action = state.withLock { state in
                let action = state.machine.enqueue(id, priority: priority)
                if action == .wait { state.waiters[id] = continuation }
                return action
            }
            switch action {
            case .run: continuation.resume(returning: .acquired)
            case .reject: continuation.resume(returning: .full)
            case .wait:
                timer = Task { [weak self] in
                    try? await Task.sleep(for: timeout)
                    self?.expire(id)
                }
            }
        }
        timer?.cancel()
        return admission
    }

    /// A forward finished: hand its worker to the next waiter.
    func release() {
        let next: CheckedContinuation<Admission, Never>? = state.withLock { state in
            switch state.machine.finished() {
            case .none: return nil
            case .start(let id): return state.waiters.removeValue(forKey: id)
            }
        }
        next?.resume(returning: .acquired)
    }

    private func expire(_ id: UInt64) {
        let waiter: CheckedContinuation<Admission, Never>? = state.withLock { state in
            guard state.machine.cancel(id) else { return nil }
            return state.waiters.removeValue(forKey: id)
        }
        waiter?.resume(returning: .timedOut)
    }
}
