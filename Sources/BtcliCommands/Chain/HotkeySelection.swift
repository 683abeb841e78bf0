import ArgumentParser
import Primitives
import Wallet

/// Which hotkeys a command acts on, as bittensor's stake/unstake/overview choose them:
/// the selected hotkey by default; `--wallet.hotkeys` names (or SS58 addresses); `--all_hotkeys`
/// every hotkey of the wallet except `--wallet.exclude_hotkeys`.
struct HotkeySelection: ParsableArguments {
    @Option(name: [.customLong("wallet.hotkeys"), .customLong("hotkeys")], parsing: .upToNextOption,
            help: "Act on these hotkeys (names in the wallet, or SS58 addresses).")
    var hotkeys: [String] = []

    @Option(name: [.customLong("wallet.exclude_hotkeys"), .customLong("exclude_hotkeys")], parsing: .upToNextOption,
            help: "With --all_hotkeys: leave these out.")
    var excludeHotkeys: [String] = []

    @Flag(name: [.customLong("all_hotkeys"), .customLong("wallet.all_hotkeys")], help: "Act on every hotkey of the wallet.")
    var allHotkeys = false

    /// Whether the user chose hotkeys explicitly (so no hotkey prompt is needed).
    var isExplicit: Bool { !hotkeys.isEmpty || allHotkeys }

    /// The chosen hotkeys as `(name, address)`; a name is the SS58 address itself for
    /// addresses that are not in the wallet.
    func resolve(_ wallet: Wallet, session: ChainSession) throws -> [(name: String, address: AccountID)] {
        func lookup(_ entry: String) throws -> (String, AccountID) {
            if let address = try? AccountID(parsing: entry) {
                let name = wallet.hotkeyNames().first { (try? session.hotkeyAddress(wallet, named: $0)) == address }
                return (name ?? entry, address)
            }
            guard wallet.hotkeyFile(named: entry).exists || wallet.hotkeypubFile(named: entry).exists else {
                throw BtcliError("hotkey '\(entry)' is neither a hotkey of wallet '\(wallet.name)' nor an SS58 address")
            }
            return (entry, try session.hotkeyAddress(wallet, named: entry))
        }
        if allHotkeys {
            let excluded = Set(excludeHotkeys)
            let chosen = try wallet.hotkeyNames().filter { !excluded.contains($0) }.map(lookup)
            return chosen.filter { !excluded.contains($0.1.ss58()) }
        }
        if !hotkeys.isEmpty { return try hotkeys.map(lookup) }
        return [try lookup(wallet.hotkey)]
    }
}
