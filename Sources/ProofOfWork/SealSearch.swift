import Dispatch
import Synchronization

/// A running solve: worker threads hashing batches of nonces until one finds a seal that meets
/// the difficulty or the search is cancelled.
///
/// Two rules make it safe to use from anywhere: all shared state sits behind one lock that
/// workers take once per batch, and the methods here only set that state, so they never wait
/// for the hashing. A solution found for older work is still returned (with that work), since the
/// chain accepts the two blocks before the current one; whether it is stale is the caller's call.
public final class SealSearch: Sendable {
    struct State {
        var work: SealWork
        var generation = 0
        var solution: SealSolution?
        var cancelled = false
        var noncesTried: UInt64 = 0
        var best: SealCandidate?
        var running: Int
    }

    /// The configuration it runs with.
    public let solver: SealSolver
    /// Progress after every batch, newest first kept when the reader falls behind; it finishes
    /// when the last worker stops.
    public let progressUpdates: AsyncStream<SolverProgress>

    let state: Mutex<State>
    let progressHandler: (@Sendable (SolverProgress) -> Void)?
    let progressContinuation: AsyncStream<SolverProgress>.Continuation
    let finished = DispatchGroup()
    let started = ContinuousClock.now

    init(solver: SealSolver, work: SealWork, progress: (@Sendable (SolverProgress) -> Void)?) {
        self.solver = solver
        progressHandler = progress
        state = Mutex(State(work: work, running: solver.threads))
        (progressUpdates, progressContinuation) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    /// Swaps in new work (a new block); each thread picks it up after its current batch.
    /// The best seal so far is forgotten, since it belongs to the old block.
    public func update(_ work: SealWork) {
        state.withLock { state in
            guard state.work != work else { return }
            state.work = work
            state.generation += 1
            state.best = nil
        }
    }

    /// Stops the search; threads finish their current batch and exit.
    public func cancel() {
        state.withLock { $0.cancelled = true }
    }

    /// The solution, once found.
    public var solution: SealSolution? { state.withLock { $0.solution } }

    /// Nonces hashed so far by all threads.
    public var noncesTried: UInt64 { state.withLock { $0.noncesTried } }

    /// Whether every worker thread has stopped.
    public var isFinished: Bool { state.withLock { $0.running == 0 } }

    /// Blocks the calling thread until the search ends; the solution, or `nil` if cancelled.
    @available(*, noasync, message: "use result()")
    public func wait() -> SealSolution? {
        finished.wait()
        return solution
    }

    /// Waits, without blocking a thread, for the search to end; the solution, or `nil` if cancelled.
    public func result() async -> SealSolution? {
        await withCheckedContinuation { continuation in
            finished.notify(queue: .global()) { continuation.resume(returning: self.solution) }
        }
    }

    func launch() {
        for thread in 0..<solver.threads {
            finished.enter()
            WorkerThread.start { [self] in
                run(thread: thread)
                finished.leave()
            }
        }
    }
}
