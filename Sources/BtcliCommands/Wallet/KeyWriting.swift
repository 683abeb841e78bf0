import Config
import Wallet

/// The steps the key-creating commands share.
enum KeyWriting {
    /// Writes `key` as the coldkey (and `coldkeypub.txt`), encrypted when `usePassword`.
    static func saveColdkey(_ key: WalletKeypair, wallet: Wallet, context: BtcliContext, usePassword: Bool, overwrite: Bool) throws {
        try context.ensureWritable([wallet.coldkeyFile, wallet.coldkeypubFile], overwrite: overwrite)
        let password = usePassword ? try context.passwords.newPassword(for: wallet.coldkeyFile) : nil
        try wallet.setColdkey(key, password: password, overwrite: true)
    }

    /// Writes `key` as the selected hotkey (and its `pub.txt`), encrypted when `usePassword`.
    static func saveHotkey(_ key: WalletKeypair, wallet: Wallet, context: BtcliContext, usePassword: Bool, overwrite: Bool) throws {
        try context.ensureWritable([wallet.hotkeyFile, wallet.hotkeypubFile], overwrite: overwrite)
        let password = usePassword ? try context.passwords.newPassword(for: wallet.hotkeyFile) : nil
        try wallet.setHotkey(key, password: password, overwrite: true)
    }

    /// A new key: from `--uri` when given, else from a fresh mnemonic of `words` words.
    static func newKey(uri: String?, words: Int) throws -> WalletKeypair {
        if let uri { return try WalletKeypair(uri: uri) }
        return try WalletKeypair.generate(wordCount: words)
    }

    /// The key `regen_coldkey` / `regen_hotkey` rebuild, from `--mnemonic` > `--seed` > `--json`,
    /// else asked for (`Enter mnemonic, seed, or json file location`).
    static func regenKey(_ inputs: RegenInputOptions, context: BtcliContext) throws -> WalletKeypair {
        if !inputs.mnemonic.isEmpty { return try WalletKeypair(mnemonic: inputs.mnemonic.joined(separator: " ")) }
        if let seed = inputs.seed { return try WalletKeypair(seedHex: seed) }
        if let json = inputs.json { return try fromJSON(json, password: inputs.jsonPassword, context: context) }
        guard let answer = context.ask("Enter mnemonic, seed, or json file location"), !answer.isEmpty else {
            throw BtcliError("Give the key with --mnemonic, --seed or --json.")
        }
        if answer.hasPrefix("0x") { return try WalletKeypair(seedHex: answer) }
        if answer.contains(" ") { return try WalletKeypair(mnemonic: answer) }
        return try fromJSON(answer, password: inputs.jsonPassword, context: context)
    }

    private static func fromJSON(_ path: String, password: String?, context: BtcliContext) throws -> WalletKeypair {
        let expanded = Config.expandTilde(path, home: context.environment["HOME"])
        let file = Keyfile(path: expanded)
        guard file.exists else { throw BtcliError("File \(expanded) does not exist.") }
        let data = try file.readData()
        var secret = password
        if secret == nil, context.interactive { secret = context.terminal.readSecret(prompt: "Enter json backup password: ") }
        guard let secret else { throw BtcliError("The JSON backup needs its password: pass --json_password.") }
        return try PolkadotJSONBackup.decrypt(data, password: Password(secret), path: expanded)
    }

    /// Prints the banner for a key made from a fresh mnemonic.
    static func showMnemonic(of key: WalletKeypair, keyType: String) {
        guard let mnemonic = key.mnemonic else { return }
        print(MnemonicBanner.text(mnemonic: mnemonic, keyType: keyType))
    }
}
