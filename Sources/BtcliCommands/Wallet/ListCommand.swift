import ArgumentParser
import Wallet

/// `btcli list`: the wallet tree with SS58 addresses (`?` where a key cannot be read without a
/// password or at all).
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List wallets")

    @OptionGroup var common: CommonOptions

    func run() throws {
        try Output.reportingErrors {
            let context = try BtcliContext(common: common)
            let root = context.wallet(askName: false)
            let names = Wallet.names(in: root.path, home: context.environment["HOME"])
            guard !names.isEmpty else {
                print("No wallets found.")
                return
            }
            print("Wallets")
            for (i, name) in names.enumerated() {
                let wallet = Wallet(name: name, path: root.path, home: nil)
                let lastWallet = i == names.count - 1
                let address = (try? wallet.coldkeypub().ss58Address) ?? "?"
                print("\(lastWallet ? "└── " : "├── ")\(name) (\(address))")
                let hotkeys = wallet.hotkeyNames()
                for (j, hotkey) in hotkeys.enumerated() {
                    let hotAddress = (try? wallet.hotkeypub(named: hotkey).ss58Address) ?? "?"
                    let branch = j == hotkeys.count - 1 ? "└── " : "├── "
                    print("\(lastWallet ? "    " : "│   ")\(branch)\(hotkey) (\(hotAddress))")
                }
            }
        }
    }
}
