import ArgumentParser
import Config
import Foundation
import Wallet

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a running btcli command works with: the resolved configuration, the environment, the
/// terminal (when prompting is allowed) and the selected wallet.
struct BtcliContext {
    let config: Config
    let environment: [String: String]
    /// `true` when the command may ask questions: not `--no_prompt`, and standard input is a
    /// terminal (scripts piping nothing in get defaults, not a hang).
    let interactive: Bool
    let terminal = TerminalPasswordPrompter()

    /// Resolves the configuration of `common` (plus `extra` options) from the command line, the
    /// `--config` file and the environment.
    init(common: CommonOptions, extra: [ConfigOption] = [], extraFlags: [ConfigKey: ConfigValue] = [:]) throws(ConfigError) {
        environment = ProcessInfo.processInfo.environment
        var file: [ConfigKey: ConfigValue] = [:]
        if let path = common.configFile {
            let expanded = Config.expandTilde(path, home: environment["HOME"])
            file = try ConfigFile.load(path: expanded)
        }
        config = Config.resolve(
            options: CommonOptions.options + extra,
            commandLine: common.commandLine.merging(extraFlags) { $1 },
            file: file, environment: environment)
        interactive = !common.noPrompt && isatty(0) == 1
    }

    /// The password source: `BT_COLD_PW_<NAME>`, then the terminal when interactive.
    var passwords: InteractivePasswordSource {
        InteractivePasswordSource(environment: environment, prompter: interactive ? terminal : nil)
    }

    /// The wallet the configuration selects, asking for the names that were not given on the
    /// command line when interactive (bittensor's `Enter wallet name` / `Enter hotkey name`).
    func wallet(askName: Bool = true, askHotkey: Bool = false) -> Wallet {
        var name = config.string("wallet.name") ?? Wallet.defaultName
        var hotkey = config.string("wallet.hotkey") ?? Wallet.defaultName
        if askName, !config.isSet("wallet.name") { name = ask("Enter wallet name", default: name) }
        if askHotkey, !config.isSet("wallet.hotkey") { hotkey = ask("Enter hotkey name", default: hotkey) }
        return Wallet(
            name: name, hotkey: hotkey, path: config.string("wallet.path") ?? Wallet.defaultPath, home: environment["HOME"])
    }

    /// Every wallet under the configured wallet path.
    func allWallets() -> [Wallet] {
        let root = wallet(askName: false)
        return Wallet.names(in: root.path, home: environment["HOME"]).map { Wallet(name: $0, hotkey: root.hotkey, path: root.path, home: nil) }
    }

    /// Asks a question with a default; the default when not interactive.
    func ask(_ question: String, default value: String) -> String {
        guard interactive else { return value }
        Output.prompt("\(question) (\(value)): ")
        let answer = readLine()?.trimmingCharacters(in: .whitespaces) ?? ""
        return answer.isEmpty ? value : answer
    }

    /// Asks a free-form question; `nil` when not interactive or at end of input.
    func ask(_ question: String) -> String? {
        guard interactive else { return nil }
        Output.prompt("\(question): ")
        return readLine()?.trimmingCharacters(in: .whitespaces)
    }

    /// Asks `question (y/N)`; `false` when not interactive.
    func confirm(_ question: String) -> Bool {
        guard interactive else { return false }
        Output.prompt("\(question) (y/N) ")
        return (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("y")
    }

    /// Refuses to replace existing `files` unless `overwrite` is set or the user agrees:
    /// bittensor's `File <path> already exists. Overwrite? (y/N)`.
    func ensureWritable(_ files: [Keyfile], overwrite: Bool) throws(WalletError) {
        guard !overwrite else { return }
        for file in files where file.exists {
            if !confirm("File \(file.path) already exists. Overwrite?") { throw .keyfileExists(path: file.path) }
        }
    }
}
