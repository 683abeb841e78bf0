import Testing
@testable import Config

/// Precedence: command line > config file > environment > default, as the seed states.
@Suite struct ConfigResolveTests {
    let options = ConfigOption.wallet + ConfigOption.axon + ConfigOption.subtensor

    @Test func defaultsOnly() throws {
        let config = Config.resolve(options: options)
        #expect(config.string("wallet.name") == "default")
        #expect(try config.int("axon.port") == 8091)
        #expect(config.source(of: "axon.port") == .defaultValue)
        #expect(config["subtensor.chain_endpoint"] == nil)
        #expect(!config.isSet("wallet.name"))
    }

    @Test func environmentOverridesDefault() throws {
        let config = Config.resolve(options: options, environment: ["BT_AXON_PORT": "3000", "BT_WALLET_NAME": "env"])
        #expect(try config.int("axon.port") == 3000)
        #expect(config.source(of: "axon.port") == .environment)
        #expect(config.string("wallet.name") == "env")
    }

    @Test func fileOverridesEnvironment() throws {
        let config = Config.resolve(
            options: options, file: ["axon.port": .scalar("4000")], environment: ["BT_AXON_PORT": "3000"])
        #expect(try config.int("axon.port") == 4000)
        #expect(config.source(of: "axon.port") == .file)
    }

    @Test func flagOverridesFileOverridesEnvironment() throws {
        let config = Config.resolve(
            options: options,
            commandLine: ["axon.port": .scalar("5000")],
            file: ["axon.port": .scalar("4000"), "wallet.name": .scalar("fromfile")],
            environment: ["BT_AXON_PORT": "3000", "BT_WALLET_NAME": "fromenv", "BT_WALLET_HOTKEY": "hk"])
        #expect(try config.int("axon.port") == 5000)
        #expect(config.source(of: "axon.port") == .commandLine)
        #expect(config.isSet("axon.port"))
        #expect(config.string("wallet.name") == "fromfile")
        #expect(config.string("wallet.hotkey") == "hk")
        #expect(config.string("wallet.path") == "~/.bittensor/wallets/")
    }

    /// Every combination of the four sources picks the strongest present one.
    @Test(arguments: 0..<8)
    func everyCombination(_ mask: Int) {
        let env = mask & 1 != 0 ? ["BT_SUBTENSOR_NETWORK": "env"] : [:]
        let file: [ConfigKey: ConfigValue] = mask & 2 != 0 ? ["subtensor.network": .scalar("file")] : [:]
        let flags: [ConfigKey: ConfigValue] = mask & 4 != 0 ? ["subtensor.network": .scalar("flag")] : [:]
        let config = Config.resolve(options: options, commandLine: flags, file: file, environment: env)
        let expected = mask & 4 != 0 ? "flag" : mask & 2 != 0 ? "file" : mask & 1 != 0 ? "env" : "finney"
        #expect(config.string("subtensor.network") == expected)
    }

    @Test func undeclaredKeysFromFileAndFlagsAreKept() {
        let config = Config.resolve(options: [], commandLine: ["netuid": .scalar("3")], file: ["logging.debug": .scalar("true")])
        #expect(config.keys == ["logging.debug", "netuid"])
        #expect((try? config.bool("logging.debug")) == true)
    }

    @Test func environmentNamesAndAliases() {
        #expect(ConfigKey("subtensor.chain_endpoint").environmentVariable == "BT_SUBTENSOR_CHAIN_ENDPOINT")
        #expect(ConfigKey("axon.port").flag == "--axon.port")
        let config = Config.resolve(options: ConfigOption.axon, environment: ["BT_AXON_MAX_WORERS": "7"])
        #expect((try? config.int("axon.max_workers")) == 7)
    }

    @Test func typedReadingErrorsNameTheSource() {
        let config = Config.resolve(options: options, environment: ["BT_AXON_PORT": "eighty"])
        #expect(throws: ConfigError.invalidValue(key: "axon.port", value: "eighty", expected: "an integer", source: .environment)) {
            try config.int("axon.port")
        }
        #expect(Config.expandTilde("~/x", home: "/h") == "/h/x")
        #expect(Config.expandTilde("/abs", home: "/h") == "/abs")
    }

    @Test func helpTextShowsDefaultAndEnvironment() {
        #expect(ConfigOption.axon[0].helpText == "The port the axon serves on. (default: 8091; env BT_AXON_PORT)")
    }
}
