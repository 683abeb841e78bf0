import ArgumentParser
import Wallet

/// `btcli new_hotkey`: a new hotkey from a fresh mnemonic (or `--uri`), unencrypted by default.
struct NewHotkeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new_hotkey",
        abstract: "Creates a new hotkey (for running a miner) under the specified path.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var words: WordCountOption
    @Flag var password: PasswordChoice = .noPassword
    @OptionGroup var overwrite: OverwriteOption
    @Option(name: .customLong("uri"), help: "Make the key from a secret URI (//Alice …) instead of a new mnemonic.")
    var uri: String?

    func run() throws {
        try Output.reportingErrors {
            let context = try BtcliContext(common: common)
            let wallet = context.wallet(askHotkey: true)
            let key = try KeyWriting.newKey(uri: uri, words: words.nWords)
            try KeyWriting.saveHotkey(
                key, wallet: wallet, context: context, usePassword: password == .usePassword, overwrite: overwrite.overwrite)
            KeyWriting.showMnemonic(of: key, keyType: "hotkey")
            print("Hotkey \(key.ss58Address) written to \(wallet.hotkeyFile.path)")
        }
    }
}
