import ArgumentParser

/// `btcli wallet …`: the wallet group of bittensor 6+, holding the same commands as the flat
/// bittensor 5 form plus `update` and `sign`.
struct WalletCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wallet",
        abstract: "Wallet commands: create, regenerate, list, update and sign with keys.",
        subcommands: [
            ListCommand.self, NewColdkeyCommand.self, NewHotkeyCommand.self, RegenColdkeyCommand.self,
            RegenColdkeypubCommand.self, RegenHotkeyCommand.self, UpdateCommand.self, SignCommand.self,
        ],
        aliases: ["w", "wallets"]
    )
}
