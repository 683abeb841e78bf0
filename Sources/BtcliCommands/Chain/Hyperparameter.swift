import ChainClient
import Runtime
import RuntimeSupport

/// A subnet hyperparameter as `btcli subnets hyperparameters` lists it and `btcli sudo set`
/// changes it: its name, how to read it, and the sudo call that sets it.
struct Hyperparameter: Sendable {
    let name: String
    /// Reads the value from the chain.
    let read: @Sendable (SubtensorClient, UInt16) async throws -> UInt64
    /// The call that sets it, or `nil` when it cannot be set.
    let set: (@Sendable (UInt16, UInt64) throws -> SubtensorCall)?

    static func stored<V: BinaryInteger & Sendable>(_ name: String, _ map: StorageMap<UInt16, V>,
                                                    _ setter: (@Sendable (UInt16, UInt64) throws -> SubtensorCall)?) -> Hyperparameter {
        Hyperparameter(name: name, read: { client, netuid in UInt64(try await client.read(map, netuid)) }, set: setter)
    }

    static func u16(_ value: UInt64, _ name: String) throws -> UInt16 {
        guard let v = UInt16(exactly: value) else { throw BtcliError("\(name) must be at most 65535") }
        return v
    }

    /// bittensor 7.4's hyperparameters plus the seed's validator hyperparameters.
    static let all: [Hyperparameter] = [
        stored("rho", SubtensorStorage.rho) { .sudoSetRho(netuid: $0, rho: try u16($1, "rho")) },
        stored("kappa", SubtensorStorage.kappa) { .sudoSetKappa(netuid: $0, kappa: try u16($1, "kappa")) },
        stored("immunity_period", SubtensorStorage.immunityPeriod) { .sudoSetImmunityPeriod(netuid: $0, immunityPeriod: try u16($1, "immunity_period")) },
        stored("min_allowed_weights", SubtensorStorage.minAllowedWeights) { .sudoSetMinAllowedWeights(netuid: $0, minAllowedWeights: try u16($1, "min_allowed_weights")) },
        stored("max_weight_limit", SubtensorStorage.maxWeightsLimit) { .sudoSetMaxWeightLimit(netuid: $0, maxWeightLimit: try u16($1, "max_weight_limit")) },
        stored("tempo", SubtensorStorage.tempo) { .sudoSetTempo(netuid: $0, tempo: try u16($1, "tempo")) },
        stored("min_difficulty", SubtensorStorage.minDifficulty) { .sudoSetMinDifficulty(netuid: $0, minDifficulty: $1) },
        stored("max_difficulty", SubtensorStorage.maxDifficulty) { .sudoSetMaxDifficulty(netuid: $0, maxDifficulty: $1) },
        stored("weights_version", SubtensorStorage.weightsVersionKey) { .sudoSetWeightsVersionKey(netuid: $0, weightsVersionKey: $1) },
        stored("weights_rate_limit", SubtensorStorage.weightsSetRateLimit) { .sudoSetWeightsSetRateLimit(netuid: $0, weightsSetRateLimit: $1) },
        stored("adjustment_interval", SubtensorStorage.adjustmentInterval) { .sudoSetAdjustmentInterval(netuid: $0, adjustmentInterval: try u16($1, "adjustment_interval")) },
        stored("activity_cutoff", SubtensorStorage.activityCutoff) { .sudoSetActivityCutoff(netuid: $0, activityCutoff: try u16($1, "activity_cutoff")) },
        Hyperparameter(name: "registration_allowed", read: { client, netuid in try await client.read(SubtensorStorage.networkRegistrationAllowed, netuid) ? 1 : 0 }) {
            guard $1 <= 1 else { throw BtcliError("registration_allowed is 0 or 1") }
            return .sudoSetRegistrationAllowed(netuid: $0, registrationAllowed: $1 == 1)
        },
        stored("target_regs_per_interval", SubtensorStorage.targetRegistrationsPerInterval) {
            .sudoSetTargetRegistrationsPerInterval(netuid: $0, targetRegistrationsPerInterval: try u16($1, "target_regs_per_interval"))
        },
        stored("min_burn", SubtensorStorage.minBurn) { .sudoSetMinBurn(netuid: $0, minBurn: $1) },
        stored("max_burn", SubtensorStorage.maxBurn) { .sudoSetMaxBurn(netuid: $0, maxBurn: $1) },
        stored("bonds_moving_avg", SubtensorStorage.bondsMovingAverage) { .sudoSetBondsMovingAverage(netuid: $0, bondsMovingAverage: $1) },
        stored("max_regs_per_block", SubtensorStorage.maxRegistrationsPerBlock) {
            .sudoSetMaxRegistrationsPerBlock(netuid: $0, maxRegistrationsPerBlock: try u16($1, "max_regs_per_block"))
        },
        stored("serving_rate_limit", SubtensorStorage.servingRateLimit) { .sudoSetServingRateLimit(netuid: $0, servingRateLimit: $1) },
        stored("max_validators", SubtensorStorage.maxAllowedValidators) { .sudoSetMaxAllowedValidators(netuid: $0, maxAllowedValidators: try u16($1, "max_validators")) },
        stored("adjustment_alpha", SubtensorStorage.adjustmentAlpha) { .sudoSetAdjustmentAlpha(netuid: $0, adjustmentAlpha: $1) },
        stored("difficulty", SubtensorStorage.difficulty) { .sudoSetDifficulty(netuid: $0, difficulty: $1) },
        stored("burn", SubtensorStorage.burn) { .sudoSetBurn(netuid: $0, burn: $1) },
        stored("max_allowed_uids", SubtensorStorage.maxAllowedUids) { .sudoSetMaxAllowedUids(netuid: $0, maxAllowedUids: try u16($1, "max_allowed_uids")) },
        stored("validator_batch_size", SubtensorStorage.validatorBatchSize) { .sudoSetValidatorBatchSize(netuid: $0, validatorBatchSize: try u16($1, "validator_batch_size")) },
        stored("validator_sequence_length", SubtensorStorage.validatorSequenceLength) {
            .sudoSetValidatorSequenceLength(netuid: $0, validatorSequenceLength: try u16($1, "validator_sequence_length"))
        },
        stored("validator_epoch_length", SubtensorStorage.validatorEpochLength) { .sudoSetValidatorEpochLength(netuid: $0, validatorEpochLength: try u16($1, "validator_epoch_length")) },
        stored("validator_epochs_per_reset", SubtensorStorage.validatorEpochsPerReset) {
            .sudoSetValidatorEpochsPerReset(netuid: $0, validatorEpochsPerReset: try u16($1, "validator_epochs_per_reset"))
        },
        stored("validator_exclude_quantile", SubtensorStorage.validatorExcludeQuantile) {
            .sudoSetValidatorExcludeQuantile(netuid: $0, validatorExcludeQuantile: try u16($1, "validator_exclude_quantile"))
        },
        stored("validator_logits_divergence", SubtensorStorage.validatorLogitsDivergence) {
            .sudoSetValidatorLogitsDivergence(netuid: $0, validatorLogitsDivergence: try u16($1, "validator_logits_divergence"))
        },
        stored("scaling_law_power", SubtensorStorage.scalingLawPower) { .sudoSetScalingLawPower(netuid: $0, scalingLawPower: try u16($1, "scaling_law_power")) },
        stored("synergy_scaling_law_power", SubtensorStorage.synergyScalingLawPower) {
            .sudoSetSynergyScalingLawPower(netuid: $0, synergyScalingLawPower: try u16($1, "synergy_scaling_law_power"))
        },
    ]

    static func named(_ name: String) throws -> Hyperparameter {
        guard let found = all.first(where: { $0.name == name.lowercased() }) else {
            throw BtcliError("unknown hyperparameter '\(name)'; known: \(all.map(\.name).joined(separator: ", "))")
        }
        return found
    }
}
