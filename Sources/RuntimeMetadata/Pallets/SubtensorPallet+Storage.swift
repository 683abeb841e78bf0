import Runtime

extension SubtensorPallet {
    /// Every item of `SubtensorStorage`, grouped as there. `Uids`, `NetworkConnect`,
    /// `LoadedEmission`, `Axons` and `Prometheus` are `OptionQuery` on chain.
    static func storage(in r: inout TypeRegistry) -> [StorageEntryMetadata]? {
        typealias S = SubtensorStorage
        return [
            // Accounts, stake, delegation
            .value(S.totalStake, in: &r), .value(S.defaultTake, in: &r), .value(S.blockEmission, in: &r),
            .value(S.totalIssuance, in: &r), .map(S.totalHotkeyStake, in: &r), .map(S.totalColdkeyStake, in: &r),
            .map(S.owner, in: &r), .map(S.delegates, in: &r), .doubleMap(S.stake, in: &r), .value(S.txRateLimit, in: &r),
            .map(S.lastTxBlock, in: &r), .value(S.senateRequiredStakePercentage, in: &r),
            // Registration and difficulty
            .map(S.usedWork, in: &r), .map(S.burn, in: &r), .map(S.minBurn, in: &r), .map(S.maxBurn, in: &r),
            .map(S.difficulty, in: &r), .map(S.minDifficulty, in: &r), .map(S.maxDifficulty, in: &r),
            .map(S.lastAdjustmentBlock, in: &r), .map(S.registrationsThisBlock, in: &r), .map(S.maxRegistrationsPerBlock, in: &r),
            .map(S.raoRecycledForRegistration, in: &r), .map(S.registrationsThisInterval, in: &r),
            .map(S.powRegistrationsThisInterval, in: &r), .map(S.burnRegistrationsThisInterval, in: &r),
            .map(S.targetRegistrationsPerInterval, in: &r), .map(S.adjustmentInterval, in: &r), .map(S.adjustmentAlpha, in: &r),
            .doubleMap(S.blockAtRegistration, in: &r),
            // Subnets
            .value(S.totalNetworks, in: &r), .map(S.subnetworkN, in: &r), .map(S.networkModality, in: &r),
            .map(S.networksAdded, in: &r), .doubleMap(S.networkConnect, optional: true, in: &r), .doubleMap(S.isNetworkMember, in: &r),
            .map(S.networkRegistrationAllowed, in: &r), .map(S.tempo, in: &r), .map(S.emissionValues, in: &r),
            .map(S.pendingEmission, in: &r), .map(S.blocksSinceLastStep, in: &r), .map(S.lastMechanismStepBlock, in: &r),
            .map(S.loadedEmission, optional: true, in: &r),
            // Serving
            .map(S.servingRateLimit, in: &r), .doubleMap(S.axons, optional: true, in: &r), .doubleMap(S.prometheus, optional: true, in: &r),
            // Per-subnet hyperparameters
            .map(S.rho, in: &r), .map(S.kappa, in: &r), .map(S.maxAllowedUids, in: &r), .map(S.immunityPeriod, in: &r),
            .map(S.activityCutoff, in: &r), .map(S.maxWeightsLimit, in: &r), .map(S.weightsVersionKey, in: &r),
            .map(S.minAllowedWeights, in: &r), .map(S.maxAllowedValidators, in: &r), .map(S.bondsMovingAverage, in: &r),
            .map(S.weightsSetRateLimit, in: &r), .map(S.validatorPruneLen, in: &r), .map(S.scalingLawPower, in: &r),
            .map(S.validatorBatchSize, in: &r), .map(S.validatorSequenceLength, in: &r), .map(S.validatorEpochLength, in: &r),
            .map(S.validatorEpochsPerReset, in: &r), .map(S.validatorExcludeQuantile, in: &r),
            .map(S.validatorLogitsDivergence, in: &r), .map(S.synergyScalingLawPower, in: &r),
            // Consensus state
            .doubleMap(S.uids, optional: true, in: &r), .doubleMap(S.keys, in: &r), .map(S.active, in: &r), .map(S.rank, in: &r),
            .map(S.trust, in: &r), .map(S.consensus, in: &r), .map(S.incentive, in: &r), .map(S.dividends, in: &r),
            .map(S.emission, in: &r), .map(S.lastUpdate, in: &r), .map(S.validatorTrust, in: &r), .map(S.pruningScores, in: &r),
            .map(S.validatorPermit, in: &r), .doubleMap(S.weights, in: &r), .doubleMap(S.bonds, in: &r),
        ]
    }
}
