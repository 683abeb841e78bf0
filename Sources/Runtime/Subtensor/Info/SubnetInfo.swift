import Primitives
import RuntimeSupport
import SCALECodec

/// `SubnetInfo` (`subnet_info.rs`), with the `owner` field bittensor 7.4 expects appended
/// (the zero account: subnets here are created by sudo and have no owner).
public struct SubnetInfo: Equatable, Sendable, SCALEEncodable {
    public var netuid: UInt16
    public var rho: UInt16
    public var kappa: UInt16
    public var difficulty: UInt64
    public var immunityPeriod: UInt16
    public var maxAllowedValidators: UInt16
    public var minAllowedWeights: UInt16
    public var maxWeightsLimit: UInt16
    public var scalingLawPower: UInt16
    public var subnetworkN: UInt16
    public var maxAllowedUids: UInt16
    public var blocksSinceLastStep: UInt64
    public var tempo: UInt16
    public var networkModality: UInt16
    /// `[netuid_b, requirement]` pairs.
    public var networkConnect: [[UInt16]]
    public var emissionValue: UInt64
    public var burn: UInt64
    public var owner: AccountID

    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encodeCompact(netuid)
        encoder.encodeCompact(rho)
        encoder.encodeCompact(kappa)
        encoder.encodeCompact(difficulty)
        encoder.encodeCompact(immunityPeriod)
        encoder.encodeCompact(maxAllowedValidators)
        encoder.encodeCompact(minAllowedWeights)
        encoder.encodeCompact(maxWeightsLimit)
        encoder.encodeCompact(scalingLawPower)
        encoder.encodeCompact(subnetworkN)
        encoder.encodeCompact(maxAllowedUids)
        encoder.encodeCompact(blocksSinceLastStep)
        encoder.encodeCompact(tempo)
        encoder.encodeCompact(networkModality)
        encoder.encodeCompactLength(networkConnect.count)
        for pair in networkConnect { for value in pair { encoder.encode(value) } }
        encoder.encodeCompact(emissionValue)
        encoder.encodeCompact(burn)
        encoder.encode(owner)
    }

    /// The subnet's info, or `nil` if it does not exist.
    public static func read(netuid: UInt16, _ ctx: BlockContext) -> SubnetInfo? {
        guard SubtensorModule.networkExists(netuid, ctx) else { return nil }
        let S = SubtensorStorage.self
        let state = ctx.storage
        return SubnetInfo(
            netuid: netuid, rho: S.rho.get(netuid, state), kappa: S.kappa.get(netuid, state),
            difficulty: S.difficulty.get(netuid, state), immunityPeriod: S.immunityPeriod.get(netuid, state),
            maxAllowedValidators: S.maxAllowedValidators.get(netuid, state), minAllowedWeights: S.minAllowedWeights.get(netuid, state),
            maxWeightsLimit: S.maxWeightsLimit.get(netuid, state), scalingLawPower: S.scalingLawPower.get(netuid, state),
            subnetworkN: S.subnetworkN.get(netuid, state), maxAllowedUids: S.maxAllowedUids.get(netuid, state),
            blocksSinceLastStep: S.blocksSinceLastStep.get(netuid, state), tempo: S.tempo.get(netuid, state),
            networkModality: S.networkModality.get(netuid, state),
            networkConnect: S.networkConnect.entries(prefix: netuid, state).map { [$0.key, $0.value] },
            emissionValue: S.emissionValues.get(netuid, state), burn: S.burn.get(netuid, state), owner: .zero)
    }

    /// Every subnet in ascending netuid order.
    public static func all(_ ctx: BlockContext) -> [SubnetInfo] {
        SubtensorModule.networks(ctx).sorted().compactMap { read(netuid: $0, ctx) }
    }
}

/// `SubnetHyperparams` as bittensor 7.4 decodes it (27 fields, compact integers): the 2023
/// chain's hyperparameters plus the later ones at their neutral values.
public struct SubnetHyperparams: Equatable, Sendable, SCALEEncodable {
    public var fields: [UInt64]
    public var registrationAllowed: Bool

    public func encode(to encoder: inout SCALEEncoder) {
        // rho, kappa, immunity_period, min_allowed_weights, max_weights_limit, tempo, min_difficulty,
        // max_difficulty, weights_version, weights_rate_limit, adjustment_interval, activity_cutoff
        for value in fields[0..<12] { encoder.encodeCompact(value) }
        encoder.encode(registrationAllowed)
        // target_regs_per_interval, min_burn, max_burn, bonds_moving_avg, max_regs_per_block,
        // serving_rate_limit, max_validators, adjustment_alpha, difficulty,
        // commit_reveal_weights_interval
        for value in fields[12..<22] { encoder.encodeCompact(value) }
        encoder.encode(false)  // commit_reveal_weights_enabled
        for value in fields[22..<24] { encoder.encodeCompact(value) }  // alpha_high, alpha_low
        encoder.encode(false)  // liquid_alpha_enabled
    }

    public static func read(netuid: UInt16, _ ctx: BlockContext) -> SubnetHyperparams? {
        guard SubtensorModule.networkExists(netuid, ctx) else { return nil }
        let S = SubtensorStorage.self
        let s = ctx.storage
        let fields: [UInt64] = [
            UInt64(S.rho.get(netuid, s)), UInt64(S.kappa.get(netuid, s)), UInt64(S.immunityPeriod.get(netuid, s)),
            UInt64(S.minAllowedWeights.get(netuid, s)), UInt64(S.maxWeightsLimit.get(netuid, s)), UInt64(S.tempo.get(netuid, s)),
            S.minDifficulty.get(netuid, s), S.maxDifficulty.get(netuid, s), S.weightsVersionKey.get(netuid, s),
            S.weightsSetRateLimit.get(netuid, s), UInt64(S.adjustmentInterval.get(netuid, s)), UInt64(S.activityCutoff.get(netuid, s)),
            UInt64(S.targetRegistrationsPerInterval.get(netuid, s)), S.minBurn.get(netuid, s), S.maxBurn.get(netuid, s),
            S.bondsMovingAverage.get(netuid, s), UInt64(S.maxRegistrationsPerBlock.get(netuid, s)), S.servingRateLimit.get(netuid, s),
            UInt64(S.maxAllowedValidators.get(netuid, s)), S.adjustmentAlpha.get(netuid, s), S.difficulty.get(netuid, s),
            0, 58_982, 45_875,
        ]
        return SubnetHyperparams(fields: fields, registrationAllowed: S.networkRegistrationAllowed.get(netuid, s))
    }
}
