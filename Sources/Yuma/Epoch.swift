import Primitives

/// Which implementation of the epoch to run.
public enum EpochVariant: String, Hashable, Sendable, CaseIterable {
    /// `epoch` (epoch.rs:295-576): sparse rows, the function the chain runs every tempo.
    case sparse
    /// `epoch_dense` (epoch.rs:12-280): n × n matrices, used only by the pallet's tests. It stores
    /// the same numbers; permitted uids' `Bonds` rows are written as full rows, zeros included.
    case dense
}

/// Yuma consensus: one subnet epoch, bit-exact to subtensor's 2023 Finney runtime
/// (`pallets/subtensor/src/epoch.rs` at 5c72440, byte-identical from May 2023 to March 2024).
///
/// A pure function of an ``EpochInput`` storage snapshot: no storage, no clock, no floating point.
/// Given the same input it returns the same output on every machine.
public enum Epoch {
    /// Runs one epoch on `input` and returns what the chain would store and emit.
    ///
    /// - Parameters:
    ///   - input: the subnet's storage as the epoch reads it.
    ///   - variant: `.sparse` (the chain's `epoch`, default) or `.dense` (`epoch_dense`).
    /// - Throws: ``EpochInputError`` if a vector does not have `n` entries or a stored row refers
    ///   to a uid not below `n` (states the chain cannot reach; its epoch would panic).
    /// - Complexity: sparse O(n log n + stored entries · log + columns · validators); dense O(n²).
    public static func run(_ input: EpochInput, variant: EpochVariant = .sparse) throws(EpochInputError) -> EpochOutput {
        try input.validate()
        switch variant {
        case .sparse: return sparse(input)
        case .dense: return dense(input)
        }
    }

    /// The validator permits a subnet would hold with no earlier epoch: the top
    /// `maxAllowedValidators` uids by normalised stake (`is_topk`, ties lost by the lower uid).
    public static func topStakePermits(stake: [UInt64], maxAllowedValidators: UInt16) -> [Bool] {
        YumaMath.isTopK(normalizedStake(stake), k: Int(maxAllowedValidators))
    }
}
