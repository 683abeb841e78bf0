/// What a solver works on: a block's hash, the hotkey registering, and the subnet's difficulty.
///
/// The chain accepts work for the current block and the two before it, so a solver swaps in a
/// new `SealWork` as blocks arrive (``SealSearch/update(_:)``).
public struct SealWork: Sendable, Equatable {
    /// The block number submitted with the seal.
    public let blockNumber: UInt64
    /// `System.BlockHash[blockNumber]`, 32 bytes.
    public let blockHash: [UInt8]
    /// The hotkey's 32-byte public key (the coldkey's for the faucet).
    public let hotkey: [UInt8]
    /// `Difficulty[netuid]`.
    public let difficulty: UInt64
    /// `keccak256(blockHash ‖ hotkey)`, computed once here.
    public let blockAndHotkeyHash: BlockAndHotkeyHash

    /// - Precondition: `blockHash` and `hotkey` are 32 bytes each.
    public init(blockNumber: UInt64, blockHash: [UInt8], hotkey: [UInt8], difficulty: UInt64) {
        self.blockNumber = blockNumber
        self.blockHash = blockHash
        self.hotkey = hotkey
        self.difficulty = difficulty
        blockAndHotkeyHash = BlockAndHotkeyHash(blockHash: blockHash, hotkey: hotkey)
    }

    public static func == (a: SealWork, b: SealWork) -> Bool {
        a.blockNumber == b.blockNumber && a.blockHash == b.blockHash && a.hotkey == b.hotkey && a.difficulty == b.difficulty
    }
}
