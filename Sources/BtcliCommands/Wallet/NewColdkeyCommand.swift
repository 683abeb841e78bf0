import ArgumentParser
import Wallet

/// `btcli new_coldkey`: a new coldkey from a fresh mnemonic (or `--uri`), encrypted by default.
struct NewColdkeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new_coldkey",
        abstract: "Creates a new coldkey (for containing balance) under the specified path.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var words: WordCountOption
    @Flag var password: PasswordChoice = .usePassword
    @OptionGroup var overwrite: OverwriteOption
    @Option(name: .customLong("uri"), help: "Make the key from a secret URI (//Alice …) instead of a new mnemonic.")
    var uri: String?

    func run() throws {
        try Output.reportingErrors {
            let context = try BtcliContext(common: common)
            let wallet = context.wallet()
            let key = try KeyWriting.newKey(uri: uri, words: words.nWords)
            try KeyWriting.saveColdkey(
                key, wallet: wallet, context: context, usePassword: password == .usePassword, overwrite: overwrite.overwrite)
            KeyWriting.showMnemonic(of: key, keyType: "coldkey")
            print("Coldkey \(key.ss58Address) written to \(wallet.coldkeyFile.path)")
        }
    }
}
