import ArgumentParser
import Wallet

/// `btcli regen_hotkey`: rebuilds a hotkey from its mnemonic, seed or polkadot-js backup.
struct RegenHotkeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regen_hotkey",
        abstract: "Regenerates a hotkey from a passed mnemonic.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var inputs: RegenInputOptions
    @Flag var password: PasswordChoice = .noPassword
    @OptionGroup var overwrite: OverwriteOption

    func run() throws {
        try Output.reportingErrors {
            let context = try BtcliContext(common: common)
            let wallet = context.wallet(askHotkey: true)
            let key = try KeyWriting.regenKey(inputs, context: context)
            try KeyWriting.saveHotkey(
                key, wallet: wallet, context: context, usePassword: password == .usePassword, overwrite: overwrite.overwrite)
            print("Hotkey \(key.ss58Address) written to \(wallet.hotkeyFile.path)")
        }
    }
}
