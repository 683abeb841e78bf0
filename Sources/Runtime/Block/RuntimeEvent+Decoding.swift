import Primitives
import RuntimeSupport
import SCALECodec

// Decoding of the runtime's events, the inverse of their `encode(to:)`: what a client needs to
// read `System.Events`. Module errors inside events get their names from `RuntimeErrorNames`.

extension RuntimeEvent: SCALEDecodable {
    public init(from decoder: inout SCALEDecoder) throws {
        let pallet = try decoder.decodeVariantIndex(of: RuntimeEvent.self)
        switch pallet {
        case System.index: self = .system(try decoder.decode(SystemEvent.self))
        case Balances.index: self = .balances(try decoder.decode(BalancesEvent.self))
        case TransactionPayment.index: self = .transactionPayment(try decoder.decode(TransactionPaymentEvent.self))
        case SubtensorCall.palletIndex: self = .subtensor(try decoder.decode(SubtensorEvent.self))
        case Sudo.index: self = .sudo(try decoder.decode(SudoEvent.self))
        default: throw decoder.invalidVariantIndex(pallet, of: RuntimeEvent.self)
        }
    }
}

extension SystemEvent: SCALEDecodable {
    public init(from decoder: inout SCALEDecoder) throws {
        let index = try decoder.decodeVariantIndex(of: SystemEvent.self)
        switch index {
        case 0: self = .extrinsicSuccess(try decoder.decode(DispatchInfo.self))
        case 1: self = .extrinsicFailed(RuntimeErrorNames.named(try decoder.decode(DispatchError.self)), try decoder.decode(DispatchInfo.self))
        case 2: self = .codeUpdated
        case 3: self = .newAccount(try decoder.decode(AccountID.self))
        case 4: self = .killedAccount(try decoder.decode(AccountID.self))
        case 5: self = .remarked(sender: try decoder.decode(AccountID.self), hash: try decoder.decode(H256.self))
        default: throw decoder.invalidVariantIndex(index, of: SystemEvent.self)
        }
    }
}

extension BalancesEvent: SCALEDecodable {
    public init(from decoder: inout SCALEDecoder) throws {
        let index = try decoder.decodeVariantIndex(of: BalancesEvent.self)
        switch index {
        case 0: self = .endowed(account: try decoder.decode(AccountID.self), freeBalance: try decoder.decode(UInt64.self))
        case 1: self = .dustLost(account: try decoder.decode(AccountID.self), amount: try decoder.decode(UInt64.self))
        case 2: self = .transfer(from: try decoder.decode(AccountID.self), to: try decoder.decode(AccountID.self), amount: try decoder.decode(UInt64.self))
        case 3: self = .balanceSet(who: try decoder.decode(AccountID.self), free: try decoder.decode(UInt64.self), reserved: try decoder.decode(UInt64.self))
        case 4: self = .reserved(who: try decoder.decode(AccountID.self), amount: try decoder.decode(UInt64.self))
        case 5: self = .unreserved(who: try decoder.decode(AccountID.self), amount: try decoder.decode(UInt64.self))
        case 7: self = .deposit(who: try decoder.decode(AccountID.self), amount: try decoder.decode(UInt64.self))
        case 8: self = .withdraw(who: try decoder.decode(AccountID.self), amount: try decoder.decode(UInt64.self))
        case 9: self = .slashed(who: try decoder.decode(AccountID.self), amount: try decoder.decode(UInt64.self))
        default: throw decoder.invalidVariantIndex(index, of: BalancesEvent.self)
        }
    }
}

extension TransactionPaymentEvent: SCALEDecodable {
    public init(from decoder: inout SCALEDecoder) throws {
        let index = try decoder.decodeVariantIndex(of: TransactionPaymentEvent.self)
        guard index == 0 else { throw decoder.invalidVariantIndex(index, of: TransactionPaymentEvent.self) }
        self = .transactionFeePaid(who: try decoder.decode(AccountID.self), actualFee: try decoder.decode(UInt64.self), tip: try decoder.decode(UInt64.self))
    }
}

extension SudoEvent: SCALEDecodable {
    public init(from decoder: inout SCALEDecoder) throws {
        let index = try decoder.decodeVariantIndex(of: SudoEvent.self)
        switch index {
        case 0: self = .sudid(try decoder.decode(DispatchOutcome.self))
        case 1: self = .keyChanged(oldSudoer: try decoder.decode(AccountID?.self))
        case 2: self = .sudoAsDone(try decoder.decode(DispatchOutcome.self))
        default: throw decoder.invalidVariantIndex(index, of: SudoEvent.self)
        }
    }
}

extension DispatchOutcome: SCALEDecodable {
    public init(from decoder: inout SCALEDecoder) throws {
        let index = try decoder.decodeVariantIndex(of: DispatchOutcome.self)
        switch index {
        case 0: self = .ok
        case 1: self = DispatchOutcome(RuntimeErrorNames.named(try decoder.decode(DispatchError.self)))
        default: throw decoder.invalidVariantIndex(index, of: DispatchOutcome.self)
        }
    }
}

extension SubtensorEvent: SCALEDecodable {
    public init(from decoder: inout SCALEDecoder) throws {
        let index = try decoder.decodeVariantIndex(of: SubtensorEvent.self)
        switch index {
        case 0: self = .networkAdded(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 1: self = .networkRemoved(try decoder.decode(UInt16.self))
        case 2: self = .stakeAdded(try decoder.decode(AccountID.self), try decoder.decode(UInt64.self))
        case 3: self = .stakeRemoved(try decoder.decode(AccountID.self), try decoder.decode(UInt64.self))
        case 4: self = .weightsSet(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 5: self = .neuronRegistered(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self), try decoder.decode(AccountID.self))
        case 6: self = .bulkNeuronsRegistered(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 7: self = .bulkBalancesSet(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 8: self = .maxAllowedUidsSet(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 9: self = .maxWeightLimitSet(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 10: self = .difficultySet(try decoder.decode(UInt16.self), try decoder.decode(UInt64.self))
        case 11: self = .adjustmentIntervalSet(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 12: self = .registrationPerIntervalSet(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 13: self = .maxRegistrationsPerBlockSet(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 14: self = .activityCutoffSet(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 15: self = .rhoSet(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 16: self = .kappaSet(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 17: self = .minAllowedWeightSet(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 18: self = .validatorPruneLenSet(try decoder.decode(UInt16.self), try decoder.decode(UInt64.self))
        case 19: self = .scalingLawPowerSet(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 20: self = .weightsSetRateLimitSet(try decoder.decode(UInt16.self), try decoder.decode(UInt64.self))
        case 21: self = .immunityPeriodSet(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 22: self = .bondsMovingAverageSet(try decoder.decode(UInt16.self), try decoder.decode(UInt64.self))
        case 23: self = .maxAllowedValidatorsSet(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 24: self = .axonServed(try decoder.decode(UInt16.self), try decoder.decode(AccountID.self))
        case 25: self = .prometheusServed(try decoder.decode(UInt16.self), try decoder.decode(AccountID.self))
        case 26: self = .emissionValuesSet
        case 27: self = .networkConnectionAdded(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 28: self = .networkConnectionRemoved(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 29: self = .delegateAdded(try decoder.decode(AccountID.self), try decoder.decode(AccountID.self), try decoder.decode(UInt16.self))
        case 30: self = .defaultTakeSet(try decoder.decode(UInt16.self))
        case 31: self = .weightsVersionKeySet(try decoder.decode(UInt16.self), try decoder.decode(UInt64.self))
        case 32: self = .minDifficultySet(try decoder.decode(UInt16.self), try decoder.decode(UInt64.self))
        case 33: self = .maxDifficultySet(try decoder.decode(UInt16.self), try decoder.decode(UInt64.self))
        case 34: self = .servingRateLimitSet(try decoder.decode(UInt16.self), try decoder.decode(UInt64.self))
        case 35: self = .burnSet(try decoder.decode(UInt16.self), try decoder.decode(UInt64.self))
        case 36: self = .maxBurnSet(try decoder.decode(UInt16.self), try decoder.decode(UInt64.self))
        case 37: self = .minBurnSet(try decoder.decode(UInt16.self), try decoder.decode(UInt64.self))
        case 38: self = .txRateLimitSet(try decoder.decode(UInt64.self))
        case 39: self = .sudid(try decoder.decode(DispatchOutcome.self))
        case 40: self = .registrationAllowed(try decoder.decode(UInt16.self), try decoder.decode(Bool.self))
        case 41: self = .tempoSet(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 42: self = .raoRecycledForRegistrationSet(try decoder.decode(UInt16.self), try decoder.decode(UInt64.self))
        case 43: self = .senateRequiredStakePercentSet(try decoder.decode(UInt64.self))
        case 44: self = .adjustmentAlphaSet(try decoder.decode(UInt16.self), try decoder.decode(UInt64.self))
        case 45: self = .validatorBatchSizeSet(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 46: self = .validatorSequenceLengthSet(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 47: self = .validatorEpochLengthSet(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 48: self = .validatorEpochsPerResetSet(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 49: self = .validatorExcludeQuantileSet(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 50: self = .validatorLogitsDivergenceSet(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        case 51: self = .synergyScalingLawPowerSet(try decoder.decode(UInt16.self), try decoder.decode(UInt16.self))
        default: throw decoder.invalidVariantIndex(index, of: SubtensorEvent.self)
        }
    }
}
