/// bittensor's message shown once with a new mnemonic (`display_mnemonic_msg`).
enum MnemonicBanner {
    /// The banner for the new `keyType` ("coldkey" or "hotkey") with `mnemonic`.
    static func text(mnemonic: String, keyType: String) -> String {
        """

        IMPORTANT: Store this mnemonic in a secure (preferable offline place), as anyone who has \
        possesion of this mnemonic can use it to regenerate the key and access your tokens.

        The mnemonic to the new \(keyType) is:

        \(mnemonic)

        You can use the mnemonic to recreate the key in case it gets lost. The command to use to \
        regenerate the key using this mnemonic is:
        btcli regen_\(keyType) --mnemonic \(mnemonic)

        """
    }
}
