import ArgumentParser
import Primitives
import Wallet

/// `btcli wallet sign`: signs a message with the coldkey (or `--use_hotkey`) and prints the
/// signature as hex.
struct SignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Signs a message with the coldkey (or the hotkey) and prints the 64-byte signature as hex.")

    @OptionGroup var common: CommonOptions
    @Option(name: .customLong("message"), help: "The message to sign (its UTF-8 bytes).")
    var message: String
    @Flag(name: .customLong("use_hotkey"), help: "Sign with the hotkey instead of the coldkey.")
    var useHotkey = false

    func run() throws {
        try Output.reportingErrors {
            let context = try BtcliContext(common: common)
            let wallet = context.wallet(askHotkey: useHotkey)
            let key = useHotkey
                ? try wallet.hotkey(passwords: context.passwords)
                : try wallet.coldkey(passwords: context.passwords)
            let file = useHotkey ? wallet.hotkeyFile : wallet.coldkeyFile
            guard let signature = key.sign(Array(message.utf8)) else { throw WalletError.noSecretKey(path: file.path) }
            print(Hex.encode(signature))
        }
    }
}
