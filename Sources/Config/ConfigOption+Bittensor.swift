/// The option sets bittensor shares between its commands (v5–v7 defaults and help).
extension ConfigOption {
    /// `--wallet.name`, `--wallet.hotkey`, `--wallet.path`.
    public static let wallet: [ConfigOption] = [
        ConfigOption("wallet.name", default: "default", help: "The name of the wallet (its coldkey folder)."),
        ConfigOption("wallet.hotkey", default: "default", help: "The name of the wallet's hotkey."),
        ConfigOption("wallet.path", default: "~/.bittensor/wallets/", help: "The folder holding the wallets."),
    ]

    /// `--subtensor.network`, `--subtensor.chain_endpoint`.
    public static let subtensor: [ConfigOption] = [
        ConfigOption(
            "subtensor.network", default: "finney",
            help: "The chain to use: finney, test, local, archive, or a name of the network table."),
        ConfigOption(
            "subtensor.chain_endpoint", default: nil,
            help: "The WebSocket endpoint of a subtensor node; wins over --subtensor.network."),
    ]

    /// `--axon.port`, `--axon.ip`, `--axon.external_port`, `--axon.external_ip`, `--axon.max_workers`.
    public static let axon: [ConfigOption] = [
        ConfigOption("axon.port", default: "8091", help: "The port the axon serves on."),
        ConfigOption("axon.ip", default: "[::]", help: "The address the axon binds to."),
        ConfigOption("axon.external_port", default: nil, help: "The port announced to the chain."),
        ConfigOption("axon.external_ip", default: nil, help: "The address announced to the chain."),
        // bittensor v5 reads the misspelt BT_AXON_MAX_WORERS; both spellings are honoured.
        ConfigOption(
            "axon.max_workers", default: "10", help: "Worker threads of the axon.",
            environmentVariables: ["BT_AXON_MAX_WORKERS", "BT_AXON_MAX_WORERS"]),
    ]

    /// `--logging.debug`, `--logging.trace`, `--logging.record_log`, `--logging.logging_dir`.
    public static let logging: [ConfigOption] = [
        ConfigOption("logging.debug", default: "false", help: "Turn on debug logging."),
        ConfigOption("logging.trace", default: "false", help: "Turn on trace logging."),
        ConfigOption("logging.record_log", default: "false", help: "Write the log to a file."),
        ConfigOption("logging.logging_dir", default: "~/.bittensor/miners", help: "Where log files go."),
    ]
}
