import ArgumentParser

/// The `btcli` command: the Bittensor command line. Wallet commands work in bittensor 5's flat
/// form (`btcli new_coldkey`) and in the grouped form of bittensor 6+ (`btcli wallet
/// new_coldkey`).
public struct BtcliCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "btcli",
        abstract: "The Bittensor command line of swift-bittensor.",
        discussion: """
            Every command reads its options from flags (--wallet.name …), a YAML file given \
            with --config, and BT_<OBJECT>_<PARAM> environment variables, in that order of \
            precedence. Coldkey passwords can come from BT_COLD_PW_<WALLETNAME>.
            """,
        version: "0.1.0",
        subcommands: [
            WalletCommand.self, ListCommand.self, NewColdkeyCommand.self, NewHotkeyCommand.self,
            RegenColdkeyCommand.self, RegenColdkeypubCommand.self, RegenHotkeyCommand.self,
        ]
    )

    public init() {}
}
