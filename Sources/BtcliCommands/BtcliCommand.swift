import ArgumentParser

/// The `btcli` command: the Bittensor command line (wallets, transfers, staking, registration,
/// delegation, overview, running neurons).
public struct BtcliCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "btcli",
        abstract: "The Bittensor command line of swift-bittensor.",
        discussion: """
            This build has no btcli subcommands yet: the wallet commands (new_coldkey, \
            new_hotkey, regen_*, list, …) and the chain commands follow in the wallet and \
            client work. Key tools are available now as `subtensor key …`.
            """,
        version: "0.1.0"
    )

    public init() {}
}
