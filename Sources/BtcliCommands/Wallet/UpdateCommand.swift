import ArgumentParser
import Wallet

/// `btcli wallet update`: re-encrypts coldkeys of the old formats (Ansible Vault, Fernet) with
/// NaCl under the same password.
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Updates the wallet's coldkey to the NaCl encryption (from Ansible Vault or legacy Fernet).")

    @OptionGroup var common: CommonOptions
    @Flag(name: .customLong("all"), help: "Update every wallet under --wallet.path.")
    var all = false

    func run() throws {
        try Output.reportingErrors {
            let context = try BtcliContext(common: common)
            let selected = context.wallet(askName: !all)
            let wallets = all
                ? Wallet.names(in: selected.path, home: nil).map { Wallet(name: $0, path: selected.path, home: nil) }
                : [selected]
            for wallet in wallets {
                try wallet.ensureExists()
                let file = wallet.coldkeyFile
                guard file.exists else {
                    print("\(wallet.name): no coldkey.")
                    continue
                }
                let format = try file.encryption()
                if format.isOutdated, context.interactive,
                   !context.confirm("The coldkey of \(wallet.name) uses \(format) encryption. Update keyfile?") {
                    print("\(wallet.name): keyfile left as it is.")
                    continue
                }
                switch try file.updateEncryption(passwords: context.passwords) {
                case .alreadyCurrent: print("\(wallet.name): keyfile is already up to date (NaCl).")
                case .notEncrypted: print("\(wallet.name): keyfile is not encrypted.")
                case .updated(let from): print("\(wallet.name): keyfile is updated (\(from) → NaCl).")
                }
            }
        }
    }
}
