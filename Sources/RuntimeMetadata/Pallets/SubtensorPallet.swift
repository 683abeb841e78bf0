import Runtime

/// SubtensorModule (index 7): subnets, registration, staking, serving, weights, Yuma consensus.
/// Storage, calls and events are described in the `SubtensorPallet+…` files.
enum SubtensorPallet: PalletDescription {
    static let name = "SubtensorModule"
    static let index = SubtensorCall.palletIndex

    static func errorType(in r: inout TypeRegistry) -> TypeID? {
        r.variant(enumPath("pallet_subtensor", "Error"), parameters: [TypeParameter("T", nil)]) { _ in
            errorVariants(SubtensorError.allCases.map { ($0.name, errorDocs[$0] ?? "") })
        }
    }

    /// One line per error: when the chain raises it.
    static let errorDocs: [SubtensorError: String] = [
        .invalidConnectionRequirement: "The connection requirement links a subnet to itself.",
        .networkDoesNotExist: "The subnet does not exist.",
        .networkExist: "The subnet already exists.",
        .invalidModality: "The modality is not 0 (text), 1 (image) or 2 (tensor).",
        .invalidIpType: "The IP type is neither 4 nor 6.",
        .invalidIpAddress: "The IP address is not a valid public address.",
        .invalidPort: "The port is zero.",
        .notRegistered: "The hotkey is not registered.",
        .nonAssociatedColdKey: "The hotkey is not owned by the calling coldkey (nor is it a delegate).",
        .notEnoughStaketoWithdraw: "The stake is too low to withdraw the amount.",
        .notEnoughBalanceToStake: "The free balance is too low to stake the amount.",
        .balanceWithdrawalError: "The balance could not be withdrawn from the coldkey.",
        .noValidatorPermit: "The hotkey has no validator permit to set non-self weights.",
        .weightVecNotEqualSize: "The uid and value vectors differ in length.",
        .duplicateUids: "The uids contain duplicates.",
        .invalidUid: "A uid does not exist in the subnet.",
        .notSettingEnoughWeights: "Fewer weights than the subnet's minimum allowed.",
        .tooManyRegistrationsThisBlock: "The subnet's registrations for this block are used up.",
        .alreadyRegistered: "The hotkey is already registered in the subnet.",
        .invalidWorkBlock: "The proof of work is for a block that is in the future or too old.",
        .invalidDifficulty: "The proof of work does not meet the difficulty.",
        .invalidSeal: "The seal does not match the block hash, hotkey and nonce.",
        .maxAllowedUIdsNotAllowed: "The maximum allowed uids is not above the current number of uids.",
        .couldNotConvertToBalance: "The amount could not be converted to a balance.",
        .stakeAlreadyAdded: "The stake was already added.",
        .maxWeightExceeded: "A normalized weight exceeds the subnet's maximum weight limit.",
        .storageValueOutOfRange: "The value is out of the storage item's range.",
        .tempoHasNotSet: "The subnet's tempo has not been set.",
        .invalidTempo: "The tempo is out of range.",
        .emissionValuesDoesNotMatchNetworks: "The emission values do not match the subnets.",
        .invalidEmissionValues: "The emission values do not sum to the block emission.",
        .didNotPassConnectedNetworkRequirement: "The hotkey does not meet a connected subnet's requirement.",
        .alreadyDelegate: "The hotkey is already a delegate.",
        .settingWeightsTooFast: "Weights were set again before the subnet's rate limit allows.",
        .incorrectNetworkVersionKey: "The weights version key is below the subnet's.",
        .servingRateLimitExceeded: "The axon or prometheus was served again too soon.",
        .balanceSetError: "The balance could not be set.",
        .maxAllowedUidsExceeded: "The subnet holds its maximum number of uids.",
        .tooManyUids: "More uids than the subnet holds.",
        .txRateLimitExceeded: "The coldkey sent transactions faster than the rate limit.",
        .registrationDisabled: "Registration is disabled on the subnet.",
        .tooManyRegistrationsThisInterval: "The subnet's registrations for this interval are used up.",
        .benchmarkingOnly: "The call is only available when benchmarking.",
        .hotkeyOriginMismatch: "The hotkey differs from the signer.",
        .senateMember: "The account is a senate member.",
        .notSenateMember: "The account is not a senate member.",
        .alreadySenateMember: "The account is already a senate member.",
        .belowStakeThreshold: "The hotkey's stake is below the senate threshold.",
        .notDelegate: "The hotkey is not a delegate.",
        .incorrectNetuidsLength: "The number of netuids differs from the number of subnets.",
    ]
}
