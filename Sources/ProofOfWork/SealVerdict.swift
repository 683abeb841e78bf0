/// The chain's verdict on a submitted seal, from the checks `register` makes on the work
/// (subtensor `registration.rs:259-267`), in the chain's order: length, difficulty, seal.
public enum SealVerdict: Sendable, Hashable {
    /// The work meets the difficulty and equals the seal of the nonce.
    case valid
    /// The work is not 32 bytes. The chain's `H256::from_slice` traps here (no error is
    /// defined), so a node treats it as an invalid transaction.
    case invalidWorkLength
    /// `InvalidDifficulty`: the work, read as a number, times the difficulty overflows.
    case invalidDifficulty
    /// `InvalidSeal`: the work is not the seal of this nonce, block hash and hotkey.
    case invalidSeal
}

extension Seal {
    /// Judges submitted `work` as the chain does: the difficulty on the work itself first, then
    /// whether it is the seal of `nonce` over `blockHash` and `hotkey`.
    ///
    /// The block-number window (`InvalidWorkBlock`) and the reading of `blockHash` from
    /// `System.BlockHash` (zero for the current block) belong to the caller.
    /// - Precondition: `blockHash` and `hotkey` are 32 bytes each.
    /// - Complexity: one seal computation.
    public static func verify(
        work: [UInt8], nonce: UInt64, blockHash: [UInt8], hotkey: [UInt8], difficulty: UInt64,
        rule: DifficultyRule = .chain
    ) -> SealVerdict {
        guard let submitted = Seal(bytes: work) else { return .invalidWorkLength }
        guard submitted.meetsDifficulty(difficulty, rule: rule) else { return .invalidDifficulty }
        guard Seal(nonce: nonce, blockHash: blockHash, hotkey: hotkey) == submitted else { return .invalidSeal }
        return .valid
    }
}
