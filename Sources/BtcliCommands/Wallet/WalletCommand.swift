import ArgumentParser

/// `btcli wallet …`: the wallet group of bittensor 6+, holding the same commands as the flat
/// bittensor 5 form plus `update` and `sign`.
struct WalletCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wallet",
        abstract: "Wallet commands: create, regenerate, list, update, sign, and see balances and neurons.",
        subcommands: [
            ListCommand.self, NewColdkeyCommand.self, NewHotkeyCommand.self, RegenColdkeyCommand.self,
            RegenColdkeypubCommand.self, RegenHotkeyCommand.self, UpdateCommand.self, SignCommand.self,
            OverviewCommand.self, InspectCommand.self, BalanceCommand.self, TransferCommand.self,
        ],
        aliases: ["w", "wallets"]
    )
}
