import Primitives

// The parts `epoch` and `epoch_dense` share line for line: activity, stake, permits, active
// stake, the emission split and the u16 quantisation of the stored vectors.

extension Epoch {
    /// Stake as the epoch sees it (epoch.rs:331-345): `I64F64::from_num(u64)`,
    /// `inplace_normalize_64`, then `vec_fixed64_to_fixed32` (floor). All-zero stake stays zero.
    static func normalizedStake(_ stake: [UInt64]) -> [I32F32] {
        var stake64 = stake.map { I64F64($0) }
        YumaMath.inplaceNormalize64(&stake64)
        return stake64.map { I32F32($0) }
    }

    /// `get_float_kappa` (epoch.rs:579): `I32F32(kappa) / I32F32(65535)`.
    static func kappa(_ hyperparameters: EpochHyperparameters) -> I32F32 {
        YumaMath.u16ProportionToFixed(hyperparameters.kappa)
    }

    /// The bonds EMA coefficient (epoch.rs:468-469):
    /// `1 − I32F32::from_num(I64F64(bonds_moving_average) / I64F64(1_000_000))`.
    static func alpha(_ hyperparameters: EpochHyperparameters) -> I32F32 {
        let movingAverage = I64F64(hyperparameters.bondsMovingAverage) / I64F64(1_000_000)
        return I32F32(1) - I32F32(movingAverage)
    }

    /// What both variants compute before touching weights (epoch.rs:300-380).
    struct Prelude {
        var active: [Bool]
        var inactive: [Bool]
        /// Normalised stake (I32F32).
        var stake: [I32F32]
        /// The previous epoch's permits, negated.
        var validatorForbids: [Bool]
        var newValidatorPermits: [Bool]
        /// Stake of active, permitted uids, normalised.
        var activeStake: [I32F32]
    }

    static func prelude(_ input: EpochInput) -> Prelude {
        let activityCutoff = UInt64(input.hyperparameters.activityCutoff)
        // `updated + activity_cutoff < current_block` in u64 (wrapping, as the release runtime).
        let inactive = input.lastUpdate.map { $0 &+ activityCutoff < input.currentBlock }
        let stake = normalizedStake(input.stake)
        let forbids = input.validatorPermit.map { !$0 }
        let newPermits = YumaMath.isTopK(stake, k: Int(input.hyperparameters.maxAllowedValidators))
        var activeStake = stake
        YumaMath.inplaceMaskVector(inactive, &activeStake)
        YumaMath.inplaceMaskVector(forbids, &activeStake)
        YumaMath.inplaceNormalize(&activeStake)
        return Prelude(active: inactive.map { !$0 }, inactive: inactive, stake: stake,
                       validatorForbids: forbids, newValidatorPermits: newPermits, activeStake: activeStake)
    }

    /// The emission split, pruning scores and stored values (epoch.rs:485-568).
    ///
    /// - Parameters:
    ///   - newBondsRow: the row to store for a uid that holds a new permit (already column
    ///     max-upscaled and quantised by the variant).
    static func finish(
        _ input: EpochInput, _ prelude: Prelude, consensus: [I32F32], validatorTrust: [I32F32],
        trust: [I32F32], incentive: [I32F32], dividends: [I32F32], newBondsRow: (Int) -> [UIDValue]
    ) -> EpochOutput {
        let n = Int(input.n)
        var combined = [I32F32](repeating: .zero, count: n)
        for i in 0..<n { combined[i] = incentive[i] + dividends[i] }
        let emissionSum = YumaMath.sum(combined)
        var normalizedServer = incentive
        var normalizedValidator = dividends
        var normalizedCombined = combined
        YumaMath.inplaceNormalize(&normalizedServer, usingSum: emissionSum)
        YumaMath.inplaceNormalize(&normalizedValidator, usingSum: emissionSum)
        YumaMath.inplaceNormalize(&normalizedCombined)
        if emissionSum == .zero {
            // No weights, only outdated or self weights, or zero consensus: emission follows stake.
            let fallback = YumaMath.isZero(prelude.activeStake) ? prelude.stake : prelude.activeStake
            normalizedValidator = fallback
            normalizedCombined = fallback
        }
        let raoEmission = I96F32(input.raoEmission)
        // `I96F32::from_num(share) * I96F32::from_num(rao_emission)`, then `to_num::<u64>()`.
        func rao(_ shares: [I32F32]) -> [UInt64] {
            shares.map { (I96F32($0) * raoEmission).toNum(UInt64.self) }
        }
        let permits = prelude.newValidatorPermits
        var bonds = input.bonds
        var written = [Bool](repeating: false, count: n)
        for i in 0..<n {
            if permits[i] {
                bonds[i] = newBondsRow(i)
                written[i] = true
            } else if input.validatorPermit[i] {
                bonds[i] = []
                written[i] = true
            }
        }
        let u16 = { (values: [I32F32]) in values.map(YumaMath.fixedProportionToU16) }
        let ranks = u16(incentive)
        return EpochOutput(
            active: prelude.active, rank: ranks, trust: u16(trust), consensus: u16(consensus),
            incentive: ranks, dividends: u16(dividends), emission: rao(normalizedCombined),
            validatorTrust: u16(validatorTrust), validatorPermit: permits, bonds: bonds,
            bondsWritten: written, pruningScores: YumaMath.vecMaxUpscaleToU16(normalizedCombined),
            serverEmission: rao(normalizedServer), validatorEmission: rao(normalizedValidator))
    }
}
