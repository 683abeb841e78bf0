/// A run of consecutive nonces that one solver thread hashes between two checks for
/// cancellation and new work.
public struct NonceBatch: Hashable, Sendable {
    /// The solver thread (0 ..< threads) that owns the batch.
    public let thread: Int
    /// The batch's position in the global sequence: batch `k` starts at `startNonce &+ k × size`.
    public let index: UInt64
    /// The first nonce; the batch covers `first, first &+ 1, …` (wrapping at 2⁶⁴).
    public let first: UInt64
    /// How many nonces the batch covers (the solver's `updateInterval`).
    public let count: UInt64

    public init(thread: Int, index: UInt64, first: UInt64, count: UInt64) {
        self.thread = thread
        self.index = index
        self.first = first
        self.count = count
    }

    /// Whether `nonce` lies in the batch.
    public func contains(_ nonce: UInt64) -> Bool { nonce &- first < count }
}
