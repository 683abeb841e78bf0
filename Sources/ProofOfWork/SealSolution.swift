/// A nonce whose seal meets the work's difficulty: what `register` submits.
public struct SealSolution: Sendable, Equatable {
    /// The nonce.
    public let nonce: UInt64
    /// The seal, submitted as `work`.
    public let seal: Seal
    /// The work it solves (block number and hash, hotkey, difficulty).
    public let work: SealWork

    public init(nonce: UInt64, seal: Seal, work: SealWork) {
        self.nonce = nonce
        self.seal = seal
        self.work = work
    }

    /// The block number submitted with the seal.
    public var blockNumber: UInt64 { work.blockNumber }
}
