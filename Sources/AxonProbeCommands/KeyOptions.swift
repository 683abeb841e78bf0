import ArgumentParser
import Foundation
import Keys
import Primitives
import Wallet

/// Which hotkey signs: a secret URI, or a bittensor wallet's hotkey.
struct KeyOptions: ParsableArguments {
    @Option(name: .customLong("hotkey-uri"), help: "A secret URI for the hotkey (e.g. //Alice or a mnemonic).")
    var uri: String?

    @Option(name: .customLong("wallet.name"), help: "The wallet name (its coldkey folder).")
    var walletName: String = Wallet.defaultName

    @Option(name: .customLong("wallet.hotkey"), help: "The wallet's hotkey name.")
    var walletHotkey: String = Wallet.defaultName

    @Option(name: .customLong("wallet.path"), help: "The folder holding the wallets.")
    var walletPath: String = Wallet.defaultPath

    /// The sr25519 hotkey pair.
    func keypair() throws -> Keypair {
        if let uri {
            do { return try Keypair(uri: uri, scheme: .sr25519) } catch {
                throw ValidationError("--hotkey-uri is not a valid secret URI: \(error)")
            }
        }
        // Hotkeys are plaintext keyfiles (bittensor writes them unencrypted): read `secretSeed`.
        let wallet = Wallet(name: walletName, hotkey: walletHotkey, path: walletPath)
        let data: [UInt8]
        do { data = try wallet.hotkeyFile.readData() } catch {
            throw ValidationError("cannot read hotkey \(walletHotkey) of wallet \(walletName): \(error)")
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(data)) as? [String: Any],
              let seedHex = object["secretSeed"] as? String, let seed = try? Hex.decode(seedHex), seed.count == 32
        else {
            throw ValidationError("hotkey \(walletHotkey) of wallet \(walletName) is not a plaintext keyfile with a secretSeed")
        }
        return try Keypair(seed: seed, scheme: .sr25519)
    }
}
