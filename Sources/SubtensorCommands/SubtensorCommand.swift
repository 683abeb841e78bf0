import ArgumentParser

/// The `subtensor` command: the Bittensor chain node and its tools.
public struct SubtensorCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "subtensor",
        abstract: "The Subtensor chain node of swift-bittensor, and its key tools.",
        discussion: """
            Subtensor is the blockchain of the Bittensor network. This build provides the key \
            tools (`subtensor key …`, compatible with Substrate's subkey) and `subtensor epoch` \
            (Yuma consensus on a JSON storage snapshot, bit-exact to the chain); the node itself \
            and the chain-spec commands arrive with the runtime and node work.
            """,
        version: SubtensorVersion.current,
        subcommands: [KeyCommand.self, EpochCommand.self, MetadataCommand.self]
    )

    public init() {}
}

/// The version string printed by `--version`.
public enum SubtensorVersion {
    /// Semantic version of this build.
    public static let current = "0.1.0"
}
