/// A multi-threaded CPU solver for the registration proof of work.
///
/// Thread `t` of `T` hashes the batches `t, t + T, t + 2T, …` of ``updateInterval`` nonces each,
/// batch `k` starting at `startNonce &+ k × updateInterval`: threads never hash a nonce twice and
/// the partition depends only on the configuration. Between batches each thread checks for a
/// solution, cancellation and new work, and reports ``SolverProgress``.
///
/// ```swift
/// let search = SealSolver(threads: 8).start(work) { progress in render(progress) }
/// // as blocks arrive: search.update(newWork)
/// let solution = await search.result()
/// ```
///
/// The bittensor SDK's CPU solver runs `num_processes` processes (1 by default) over batches of
/// 50,000 nonces starting at random points; this solver keeps its batches and default interval.
public struct SealSolver: Sendable {
    /// Worker threads.
    public var threads: Int
    /// Nonces per batch: how often a thread looks for cancellation and new work, and reports.
    public var updateInterval: UInt64
    /// The first nonce of batch 0 (a caller may randomise it, as the SDK does).
    public var startNonce: UInt64
    /// How seals are compared with the difficulty.
    public var rule: DifficultyRule

    /// - Precondition: `threads ≥ 1`, `updateInterval ≥ 1`.
    public init(
        threads: Int = SealSolver.availableProcessors, updateInterval: UInt64 = 50_000, startNonce: UInt64 = 0,
        rule: DifficultyRule = .chain
    ) {
        precondition(threads >= 1, "a solver needs at least one thread")
        precondition(updateInterval >= 1, "a batch holds at least one nonce")
        self.threads = threads
        self.updateInterval = updateInterval
        self.startNonce = startNonce
        self.rule = rule
    }

    /// The number of online processors, the default thread count.
    public static var availableProcessors: Int { WorkerThread.onlineProcessors }

    /// The `round`-th batch of thread `thread`.
    public func batch(thread: Int, round: UInt64) -> NonceBatch {
        let index = round &* UInt64(threads) &+ UInt64(thread)
        return NonceBatch(thread: thread, index: index, first: startNonce &+ index &* updateInterval, count: updateInterval)
    }

    /// Starts the worker threads on `work` and returns at once.
    /// - Parameter progress: called on a worker thread after every batch, possibly from several
    ///   threads at once; keep it short. It may call the search's `update` or `cancel`.
    public func start(_ work: SealWork, progress: (@Sendable (SolverProgress) -> Void)? = nil) -> SealSearch {
        let search = SealSearch(solver: self, work: work, progress: progress)
        search.launch()
        return search
    }

    /// Solves `work`, or returns `nil` when the calling task is cancelled.
    public func solve(_ work: SealWork, progress: (@Sendable (SolverProgress) -> Void)? = nil) async -> SealSolution? {
        let search = start(work, progress: progress)
        return await withTaskCancellationHandler {
            await search.result()
        } onCancel: {
            search.cancel()
        }
    }
}
