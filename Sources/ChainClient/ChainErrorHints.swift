/// One-line explanations of the module errors people meet most, shown after the error's name.
public enum ChainErrorHints {
    static let hints: [String: String] = [
        "SubtensorModule.NotRegistered": "the hotkey is not registered on that subnet",
        "SubtensorModule.NonAssociatedColdKey": "the hotkey belongs to another coldkey",
        "SubtensorModule.NotEnoughStaketoWithdraw": "there is not that much stake to withdraw",
        "SubtensorModule.NotEnoughBalanceToStake": "the coldkey's free balance is too low for that stake",
        "SubtensorModule.AlreadyRegistered": "the hotkey is already registered on that subnet",
        "SubtensorModule.AlreadyDelegate": "the hotkey is already a delegate",
        "SubtensorModule.NotDelegate": "the hotkey is not a delegate",
        "SubtensorModule.NetworkDoesNotExist": "no subnet has that netuid",
        "SubtensorModule.InvalidSeal": "the proof of work does not meet the difficulty",
        "SubtensorModule.InvalidWorkBlock": "the proof of work was made for a block that is too old or in the future",
        "SubtensorModule.InvalidDifficulty": "the proof of work does not meet the difficulty",
        "SubtensorModule.TooManyRegistrationsThisBlock": "the subnet takes no more registrations in this block; try again",
        "SubtensorModule.TooManyRegistrationsThisInterval": "the subnet takes no more registrations in this interval; try later",
        "SubtensorModule.RegistrationDisabled": "registration is closed on that subnet",
        "SubtensorModule.TxRateLimitExceeded": "too many transactions from this hotkey; wait a few blocks",
        "SubtensorModule.SettingWeightsTooFast": "weights were set too recently; wait for the rate limit",
        "SubtensorModule.NoValidatorPermit": "the hotkey has no validator permit",
        "SubtensorModule.ServingRateLimitExceeded": "the axon was served too recently; wait for the rate limit",
        "SubtensorModule.InvalidIpAddress": "the IP address is not a public address",
        "SubtensorModule.MaxAllowedUidsExceeded": "the subnet is full",
        "Balances.InsufficientBalance": "the balance is too low",
        "Balances.ExistentialDeposit": "the amount would leave an account below the existential deposit (500 rao)",
        "Balances.KeepAlive": "the transfer would kill the sending account",
        "Sudo.RequireSudo": "only the sudo key may do that",
    ]

    /// The explanation for `pallet.error`, if there is one.
    public static func hint(pallet: String, error: String) -> String? { hints["\(pallet).\(error)"] }
}
