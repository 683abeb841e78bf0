import Primitives
import Runtime

extension SubtensorPallet {
    /// SubtensorModule's events: positional fields, as the chain declares them (indices 0–44),
    /// then this runtime's validator hyperparameter events (45–51).
    static func eventType(in r: inout TypeRegistry) -> TypeID? {
        typealias U16 = UInt16
        typealias U64 = UInt64
        let events: [(String, [any MetadataDescribable.Type])] = [
            ("NetworkAdded", [U16.self, U16.self]), ("NetworkRemoved", [U16.self]),
            ("StakeAdded", [AccountID.self, U64.self]), ("StakeRemoved", [AccountID.self, U64.self]),
            ("WeightsSet", [U16.self, U16.self]), ("NeuronRegistered", [U16.self, U16.self, AccountID.self]),
            ("BulkNeuronsRegistered", [U16.self, U16.self]), ("BulkBalancesSet", [U16.self, U16.self]),
            ("MaxAllowedUidsSet", [U16.self, U16.self]), ("MaxWeightLimitSet", [U16.self, U16.self]),
            ("DifficultySet", [U16.self, U64.self]), ("AdjustmentIntervalSet", [U16.self, U16.self]),
            ("RegistrationPerIntervalSet", [U16.self, U16.self]), ("MaxRegistrationsPerBlockSet", [U16.self, U16.self]),
            ("ActivityCutoffSet", [U16.self, U16.self]), ("RhoSet", [U16.self, U16.self]), ("KappaSet", [U16.self, U16.self]),
            ("MinAllowedWeightSet", [U16.self, U16.self]), ("ValidatorPruneLenSet", [U16.self, U64.self]),
            ("ScalingLawPowerSet", [U16.self, U16.self]), ("WeightsSetRateLimitSet", [U16.self, U64.self]),
            ("ImmunityPeriodSet", [U16.self, U16.self]), ("BondsMovingAverageSet", [U16.self, U64.self]),
            ("MaxAllowedValidatorsSet", [U16.self, U16.self]), ("AxonServed", [U16.self, AccountID.self]),
            ("PrometheusServed", [U16.self, AccountID.self]), ("EmissionValuesSet", []),
            ("NetworkConnectionAdded", [U16.self, U16.self, U16.self]), ("NetworkConnectionRemoved", [U16.self, U16.self]),
            ("DelegateAdded", [AccountID.self, AccountID.self, U16.self]), ("DefaultTakeSet", [U16.self]),
            ("WeightsVersionKeySet", [U16.self, U64.self]), ("MinDifficultySet", [U16.self, U64.self]),
            ("MaxDifficultySet", [U16.self, U64.self]), ("ServingRateLimitSet", [U16.self, U64.self]),
            ("BurnSet", [U16.self, U64.self]), ("MaxBurnSet", [U16.self, U64.self]), ("MinBurnSet", [U16.self, U64.self]),
            ("TxRateLimitSet", [U64.self]), ("Sudid", [DispatchOutcome.self]), ("RegistrationAllowed", [U16.self, Bool.self]),
            ("TempoSet", [U16.self, U16.self]), ("RAORecycledForRegistrationSet", [U16.self, U64.self]),
            ("SenateRequiredStakePercentSet", [U64.self]), ("AdjustmentAlphaSet", [U16.self, U64.self]),
            ("ValidatorBatchSizeSet", [U16.self, U16.self]), ("ValidatorSequenceLengthSet", [U16.self, U16.self]),
            ("ValidatorEpochLengthSet", [U16.self, U16.self]), ("ValidatorEpochsPerResetSet", [U16.self, U16.self]),
            ("ValidatorExcludeQuantileSet", [U16.self, U16.self]), ("ValidatorLogitsDivergenceSet", [U16.self, U16.self]),
            ("SynergyScalingLawPowerSet", [U16.self, U16.self]),
        ]
        return r.variant(enumPath("pallet_subtensor", "Event"), parameters: [TypeParameter("T", nil)]) { r in
            events.enumerated().map { TypeVariant($0.element.0, index: UInt8($0.offset), fields: r.fields($0.element.1)) }
        }
    }
}
