/// A snapshot of one subnet's storage, exactly what `epoch(netuid, rao_emission)` reads.
///
/// Every per-uid vector has `n` entries. The pallet builds this from storage; `subtensor epoch`
/// builds it from JSON. Nothing here refers to hotkeys: the pallet maps uids to hotkeys itself.
public struct EpochInput: Hashable, Sendable {
    /// `SubnetworkN`: the number of uids.
    public var n: UInt16
    /// The current block number (`frame_system::block_number`).
    public var currentBlock: UInt64
    /// `TotalHotkeyStake` of each uid's hotkey, in rao (0 for a uid without a key).
    public var stake: [UInt64]
    /// `Weights[netuid][uid]`: the stored rows, max-upscaled to u16 by `set_weights`, in the
    /// caller's uid order.
    public var weights: [[UIDValue]]
    /// `Bonds[netuid][uid]`: the rows the previous epoch stored.
    public var bonds: [[UIDValue]]
    /// `LastUpdate`: the block of each uid's last `set_weights` (or registration).
    public var lastUpdate: [UInt64]
    /// `BlockAtRegistration` (0 for a uid without a key).
    public var blockAtRegistration: [UInt64]
    /// `ValidatorPermit` as the previous epoch wrote it.
    public var validatorPermit: [Bool]
    /// The hyperparameters the epoch reads.
    public var hyperparameters: EpochHyperparameters
    /// The emission to distribute this epoch, in rao (the drained `PendingEmission`).
    public var raoEmission: UInt64

    public init(
        n: UInt16,
        currentBlock: UInt64,
        stake: [UInt64],
        weights: [[UIDValue]],
        bonds: [[UIDValue]],
        lastUpdate: [UInt64],
        blockAtRegistration: [UInt64],
        validatorPermit: [Bool],
        hyperparameters: EpochHyperparameters = .finneyDefaults,
        raoEmission: UInt64
    ) {
        self.n = n
        self.currentBlock = currentBlock
        self.stake = stake
        self.weights = weights
        self.bonds = bonds
        self.lastUpdate = lastUpdate
        self.blockAtRegistration = blockAtRegistration
        self.validatorPermit = validatorPermit
        self.hyperparameters = hyperparameters
        self.raoEmission = raoEmission
    }
}

extension EpochInput {
    /// The storage the next epoch reads after `output` was written: `Bonds` and
    /// `ValidatorPermit` are the only epoch-written state the epoch reads back.
    public func advanced(by output: EpochOutput) -> EpochInput {
        var next = self
        next.bonds = output.bonds
        next.validatorPermit = output.validatorPermit
        return next
    }
}
