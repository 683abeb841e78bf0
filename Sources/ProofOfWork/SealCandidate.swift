/// A nonce and its seal for one block: a solution, or the best seal seen so far.
public struct SealCandidate: Hashable, Sendable {
    /// The nonce submitted in `register`.
    public let nonce: UInt64
    /// Its seal, submitted as `work`.
    public let seal: Seal
    /// The block whose hash the seal commits to, submitted as `block_number`.
    public let blockNumber: UInt64

    public init(nonce: UInt64, seal: Seal, blockNumber: UInt64) {
        self.nonce = nonce
        self.seal = seal
        self.blockNumber = blockNumber
    }
}
