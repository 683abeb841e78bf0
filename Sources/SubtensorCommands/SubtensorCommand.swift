import ArgumentParser

/// The `subtensor` command: the Bittensor chain node and its tools.
@available(macOS 10.15, macCatalyst 13, iOS 13, tvOS 13, watchOS 6, *)
public struct SubtensorCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "subtensor",
        abstract: "The Subtensor chain node of swift-bittensor, and its key tools.",
        discussion: """
            Subtensor is the blockchain of the Bittensor network. Without a subcommand it runs the \
            node (`subtensor --dev` starts a development chain). The key tools (`subtensor key …`) \
            are compatible with Substrate's subkey; `subtensor epoch` runs Yuma consensus on a JSON \
            storage snapshot, bit-exact to the chain.
            """,
        version: SubtensorVersion.current,
        subcommands: [
            RunCommand.self, KeyCommand.self, EpochCommand.self, BuildSpecCommand.self, PurgeChainCommand.self, CheckChainCommand.self,
            MetadataCommand.self,
        ],
        defaultSubcommand: RunCommand.self
    )

    public init() {}
}

/// The version string printed by `--version`.
public enum SubtensorVersion {
    /// Semantic version of this build.
    public static let current = "0.1.0"
}
