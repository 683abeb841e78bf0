import ArgumentParser
import Wallet

/// `btcli regen_coldkey`: rebuilds the coldkey from its mnemonic, seed or polkadot-js backup.
struct RegenColdkeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regen_coldkey",
        abstract: "Regenerates a coldkey from a passed value.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var inputs: RegenInputOptions
    @Flag var password: PasswordChoice = .usePassword
    @OptionGroup var overwrite: OverwriteOption

    func run() throws {
        try Output.reportingErrors {
            let context = try BtcliContext(common: common)
            let wallet = context.wallet()
            let key = try KeyWriting.regenKey(inputs, context: context)
            try KeyWriting.saveColdkey(
                key, wallet: wallet, context: context, usePassword: password == .usePassword, overwrite: overwrite.overwrite)
            print("Coldkey \(key.ss58Address) written to \(wallet.coldkeyFile.path)")
        }
    }
}
