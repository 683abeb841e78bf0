import SCALECodec
import RuntimeSupport

extension SubtensorModule {
    /// The root-only setters: each checks the subnet exists (where the chain does), stores the
    /// value and emits its event.
    static func setHyperparameter(_ call: SubtensorCall, _ ctx: inout BlockContext) throws(DispatchError) {
        func onNet<V>(_ netuid: UInt16, _ item: StorageMap<UInt16, V>, _ value: V, _ event: SubtensorEvent, checked: Bool = true) throws(DispatchError) {
            if checked { try ensure(networkExists(netuid, ctx), .networkDoesNotExist) }
            item.set(netuid, value, in: &ctx.storage)
            ctx.deposit(.subtensor(event))
        }
        switch call {
        case .sudoSetDefaultTake(let v):
            S.defaultTake.set(v, in: &ctx.storage)
            ctx.deposit(.subtensor(.defaultTakeSet(v)))
        case .sudoSetTxRateLimit(let v):
            S.txRateLimit.set(v, in: &ctx.storage)
            ctx.deposit(.subtensor(.txRateLimitSet(v)))
        case .sudoSetTotalIssuance(let v):
            S.totalIssuance.set(v, in: &ctx.storage)
        case .sudoSetServingRateLimit(let n, let v): try onNet(n, S.servingRateLimit, v, .servingRateLimitSet(n, v), checked: false)
        case .sudoSetMaxBurn(let n, let v): try onNet(n, S.maxBurn, v, .maxBurnSet(n, v))
        case .sudoSetMinBurn(let n, let v): try onNet(n, S.minBurn, v, .minBurnSet(n, v))
        case .sudoSetBurn(let n, let v): try onNet(n, S.burn, v, .burnSet(n, v))
        case .sudoSetMaxDifficulty(let n, let v): try onNet(n, S.maxDifficulty, v, .maxDifficultySet(n, v))
        case .sudoSetMinDifficulty(let n, let v): try onNet(n, S.minDifficulty, v, .minDifficultySet(n, v))
        case .sudoSetDifficulty(let n, let v): try onNet(n, S.difficulty, v, .difficultySet(n, v))
        case .sudoSetWeightsSetRateLimit(let n, let v): try onNet(n, S.weightsSetRateLimit, v, .weightsSetRateLimitSet(n, v))
        case .sudoSetWeightsVersionKey(let n, let v): try onNet(n, S.weightsVersionKey, v, .weightsVersionKeySet(n, v))
        case .sudoSetBondsMovingAverage(let n, let v): try onNet(n, S.bondsMovingAverage, v, .bondsMovingAverageSet(n, v))
        case .sudoSetMaxAllowedValidators(let n, let v): try onNet(n, S.maxAllowedValidators, v, .maxAllowedValidatorsSet(n, v))
        case .sudoSetAdjustmentInterval(let n, let v): try onNet(n, S.adjustmentInterval, v, .adjustmentIntervalSet(n, v))
        case .sudoSetTargetRegistrationsPerInterval(let n, let v):
            try onNet(n, S.targetRegistrationsPerInterval, v, .registrationPerIntervalSet(n, v))
        case .sudoSetActivityCutoff(let n, let v): try onNet(n, S.activityCutoff, v, .activityCutoffSet(n, v))
        case .sudoSetRho(let n, let v): try onNet(n, S.rho, v, .rhoSet(n, v))
        case .sudoSetKappa(let n, let v): try onNet(n, S.kappa, v, .kappaSet(n, v))
        case .sudoSetMaxAllowedUids(let n, let v):
            try ensure(networkExists(n, ctx), .networkDoesNotExist)
            try ensure(S.subnetworkN.get(n, ctx.storage) < v, .maxAllowedUIdsNotAllowed)
            try onNet(n, S.maxAllowedUids, v, .maxAllowedUidsSet(n, v))
        case .sudoSetMinAllowedWeights(let n, let v): try onNet(n, S.minAllowedWeights, v, .minAllowedWeightSet(n, v))
        case .sudoSetValidatorPruneLen(let n, let v): try onNet(n, S.validatorPruneLen, v, .validatorPruneLenSet(n, v))
        case .sudoSetScalingLawPower(let n, let v):
            try ensure(networkExists(n, ctx), .networkDoesNotExist)
            try ensure(v <= 100, .storageValueOutOfRange)
            try onNet(n, S.scalingLawPower, v, .scalingLawPowerSet(n, v))
        case .sudoSetImmunityPeriod(let n, let v): try onNet(n, S.immunityPeriod, v, .immunityPeriodSet(n, v))
        case .sudoSetMaxWeightLimit(let n, let v): try onNet(n, S.maxWeightsLimit, v, .maxWeightLimitSet(n, v))
        case .sudoSetMaxRegistrationsPerBlock(let n, let v): try onNet(n, S.maxRegistrationsPerBlock, v, .maxRegistrationsPerBlockSet(n, v))
        case .sudoSetTempo(let n, let v):
            try ensure(networkExists(n, ctx), .networkDoesNotExist)
            try ensure(v < .max, .invalidTempo)
            try onNet(n, S.tempo, v, .tempoSet(n, v))
        case .sudoSetRaoRecycled(let n, let v): try onNet(n, S.raoRecycledForRegistration, v, .raoRecycledForRegistrationSet(n, v))
        case .sudoSetRegistrationAllowed(let n, let v):
            try onNet(n, S.networkRegistrationAllowed, v, .registrationAllowed(n, v), checked: false)
        case .sudoSetAdjustmentAlpha(let n, let v): try onNet(n, S.adjustmentAlpha, v, .adjustmentAlphaSet(n, v))
        case .sudoSetValidatorBatchSize(let n, let v): try onNet(n, S.validatorBatchSize, v, .validatorBatchSizeSet(n, v))
        case .sudoSetValidatorSequenceLength(let n, let v):
            try onNet(n, S.validatorSequenceLength, v, .validatorSequenceLengthSet(n, v))
        case .sudoSetValidatorEpochLength(let n, let v): try onNet(n, S.validatorEpochLength, v, .validatorEpochLengthSet(n, v))
        case .sudoSetValidatorEpochsPerReset(let n, let v):
            try onNet(n, S.validatorEpochsPerReset, v, .validatorEpochsPerResetSet(n, v))
        case .sudoSetValidatorExcludeQuantile(let n, let v):
            try onNet(n, S.validatorExcludeQuantile, v, .validatorExcludeQuantileSet(n, v))
        case .sudoSetValidatorLogitsDivergence(let n, let v):
            try onNet(n, S.validatorLogitsDivergence, v, .validatorLogitsDivergenceSet(n, v))
        case .sudoSetSynergyScalingLawPower(let n, let v):
            try onNet(n, S.synergyScalingLawPower, v, .synergyScalingLawPowerSet(n, v))
        default:
            preconditionFailure("\(call.name) is not a hyperparameter setter")
        }
    }
}
