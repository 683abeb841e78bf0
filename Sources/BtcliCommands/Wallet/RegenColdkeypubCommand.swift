import ArgumentParser
import Wallet

/// `btcli regen_coldkeypub`: writes only `coldkeypub.txt` from an address or public key, making
/// a watch-only wallet.
struct RegenColdkeypubCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regen_coldkeypub",
        abstract: "Regenerates a coldkeypub from the public part of the coldkey.")

    @OptionGroup var common: CommonOptions
    @Option(name: [.customLong("ss58"), .customLong("ss58_address"), .customLong("addr")], help: "The coldkey's SS58 address.")
    var ss58: String?
    @Option(name: [.customLong("public_key"), .customLong("pubkey")], help: "The coldkey's public key as hex (0x…).")
    var publicKey: String?
    @OptionGroup var overwrite: OverwriteOption

    func run() throws {
        try Output.reportingErrors {
            let context = try BtcliContext(common: common)
            let wallet = context.wallet()
            let key: WalletKeypair
            if let ss58 {
                key = try WalletKeypair(ss58Address: ss58)
            } else if let publicKey {
                key = try WalletKeypair(publicKeyHex: publicKey)
            } else if let answer = context.ask("Enter the ss58_address or the public key in hex"), !answer.isEmpty {
                key = answer.hasPrefix("0x") ? try WalletKeypair(publicKeyHex: answer) : try WalletKeypair(ss58Address: answer)
            } else {
                throw BtcliError("Give the coldkey with --ss58 or --public_key.")
            }
            try context.ensureWritable([wallet.coldkeypubFile], overwrite: overwrite.overwrite)
            try wallet.setColdkeypub(key, overwrite: true)
            print("Coldkeypub \(key.ss58Address) written to \(wallet.coldkeypubFile.path)")
        }
    }
}
