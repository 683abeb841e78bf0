import SCALECodec
import RuntimeSupport

/// SubtensorModule's errors with the chain's indices (spec 127, `P/lib.rs:769-821`).
public enum SubtensorError: UInt8, Error, CaseIterable, Sendable {
    case invalidConnectionRequirement = 0, networkDoesNotExist, networkExist, invalidModality, invalidIpType
    case invalidIpAddress, invalidPort, notRegistered, nonAssociatedColdKey, notEnoughStaketoWithdraw
    case notEnoughBalanceToStake, balanceWithdrawalError, noValidatorPermit, weightVecNotEqualSize, duplicateUids
    case invalidUid, notSettingEnoughWeights, tooManyRegistrationsThisBlock, alreadyRegistered, invalidWorkBlock
    case invalidDifficulty, invalidSeal, maxAllowedUIdsNotAllowed, couldNotConvertToBalance, stakeAlreadyAdded
    case maxWeightExceeded, storageValueOutOfRange, tempoHasNotSet, invalidTempo, emissionValuesDoesNotMatchNetworks
    case invalidEmissionValues, didNotPassConnectedNetworkRequirement, alreadyDelegate, settingWeightsTooFast
    case incorrectNetworkVersionKey, servingRateLimitExceeded, balanceSetError, maxAllowedUidsExceeded, tooManyUids
    case txRateLimitExceeded, registrationDisabled, tooManyRegistrationsThisInterval, benchmarkingOnly
    case hotkeyOriginMismatch, senateMember, notSenateMember, alreadySenateMember, belowStakeThreshold, notDelegate
    case incorrectNetuidsLength

    /// The pallet's index in the runtime.
    public static let palletIndex: UInt8 = 7

    /// The error's name as metadata spells it (`NotEnoughBalanceToStake`).
    public var name: String {
        let text = String(describing: self)
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// The error as a dispatch error.
    public var dispatchError: DispatchError {
        .module(ModuleError(palletIndex: Self.palletIndex, errorIndex: rawValue, palletName: "SubtensorModule", errorName: name))
    }
}

extension DispatchError {
    /// Whether this is SubtensorModule's `error`.
    public static func subtensor(_ error: SubtensorError) -> DispatchError { error.dispatchError }
}
