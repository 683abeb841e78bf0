/// A solver's progress after a thread finishes a batch: what btcli's `register` shows while it
/// solves (difficulty, block, hash rate; bittensor-sdk.md §1.6).
public struct SolverProgress: Sendable {
    /// Nonces hashed by all threads since the search started, over every block worked on.
    public let noncesTried: UInt64
    /// Time since the search started.
    public let elapsed: Duration
    /// The work the solver is on now (the newest given to ``SealSearch/update(_:)``).
    public let work: SealWork
    /// The lowest seal (in the rule's byte order) found for the current work so far, if any.
    public let best: SealCandidate?
    /// The batch whose completion produced this report.
    public let batch: NonceBatch

    public init(noncesTried: UInt64, elapsed: Duration, work: SealWork, best: SealCandidate?, batch: NonceBatch) {
        self.noncesTried = noncesTried
        self.elapsed = elapsed
        self.work = work
        self.best = best
        self.batch = batch
    }

    /// Average seals per second since the start (all threads together).
    public var sealsPerSecond: Double {
        let (seconds, attoseconds) = elapsed.components
        let total = Double(seconds) + Double(attoseconds) / 1e18
        return total > 0 ? Double(noncesTried) / total : 0
    }
}
