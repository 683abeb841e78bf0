import ArgumentParser
import Config

/// The flags every btcli command takes, as bittensor adds them to every parser: the wallet and
/// subtensor sets, `--config FILE`, `--no_prompt`.
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("wallet.name"), help: ArgumentHelp(ConfigOption.wallet[0].helpText, valueName: "name"))
    var walletName: String?

    @Option(name: .customLong("wallet.hotkey"), help: ArgumentHelp(ConfigOption.wallet[1].helpText, valueName: "name"))
    var walletHotkey: String?

    @Option(name: .customLong("wallet.path"), help: ArgumentHelp(ConfigOption.wallet[2].helpText, valueName: "path"))
    var walletPath: String?

    @Option(name: .customLong("subtensor.network"), help: ArgumentHelp(ConfigOption.subtensor[0].helpText, valueName: "name"))
    var subtensorNetwork: String?

    @Option(
        name: .customLong("subtensor.chain_endpoint"),
        help: ArgumentHelp(ConfigOption.subtensor[1].helpText, valueName: "url"))
    var subtensorChainEndpoint: String?

    @Option(
        name: [.customLong("config"), .customLong("config.file")],
        help: ArgumentHelp(
            "A YAML file of option values (`wallet.name: alice`); flags override it, it overrides BT_* variables.",
            valueName: "file"))
    var configFile: String?

    @Flag(name: .customLong("no_prompt"), help: "Never ask: use defaults, and fail where an answer is needed.")
    var noPrompt = false

    @Flag(name: .customLong("no_version_checking"), help: "Accepted for compatibility; this btcli never checks versions online.")
    var noVersionChecking = false

    /// The options these flags belong to.
    static let options = ConfigOption.wallet + ConfigOption.subtensor

    /// The flags actually given, by key.
    var commandLine: [ConfigKey: ConfigValue] {
        var out: [ConfigKey: ConfigValue] = [:]
        let given: [(ConfigKey, String?)] = [
            ("wallet.name", walletName), ("wallet.hotkey", walletHotkey), ("wallet.path", walletPath),
            ("subtensor.network", subtensorNetwork), ("subtensor.chain_endpoint", subtensorChainEndpoint),
        ]
        for (key, value) in given { if let value { out[key] = .scalar(value) } }
        return out
    }
}
