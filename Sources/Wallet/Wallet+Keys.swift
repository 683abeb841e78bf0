/// Creating and loading the wallet's keys.
extension Wallet {
    /// Writes `key` as the coldkey (NaCl under `password`, or plain when `nil`) and its public
    /// part as `coldkeypub.txt`. Both files are checked first, so nothing is written when either
    /// exists and `overwrite` is false.
    public func setColdkey(_ key: WalletKeypair, password: Password?, overwrite: Bool) throws(WalletError) {
        if !overwrite {
            for file in [coldkeyFile, coldkeypubFile] where file.exists { throw .keyfileExists(path: file.path) }
        }
        try coldkeyFile.write(key, password: password, overwrite: overwrite)
        try coldkeypubFile.write(key.publicOnly, password: nil, overwrite: overwrite)
    }

    /// Writes only `coldkeypub.txt` (a watch-only wallet: `regen_coldkeypub`).
    public func setColdkeypub(_ key: WalletKeypair, overwrite: Bool) throws(WalletError) {
        try coldkeypubFile.write(key.publicOnly, password: nil, overwrite: overwrite)
    }

    /// Writes `key` as hotkey `name` (default: the selected hotkey) and its public part as
    /// `hotkeys/<name>pub.txt`.
    public func setHotkey(_ key: WalletKeypair, named name: String? = nil, password: Password?, overwrite: Bool) throws(WalletError) {
        let file = hotkeyFile(named: name ?? hotkey), pubFile = hotkeypubFile(named: name ?? hotkey)
        if !overwrite {
            for f in [file, pubFile] where f.exists { throw .keyfileExists(path: f.path) }
        }
        try file.write(key, password: password, overwrite: overwrite)
        try pubFile.write(key.publicOnly, password: nil, overwrite: overwrite)
    }

    /// The coldkey, unlocked with `passwords` when encrypted.
    public func coldkey(passwords: PasswordSource) throws(WalletError) -> WalletKeypair {
        try ensureExists()
        return try coldkeyFile.keypair(passwords: passwords)
    }

    /// The public coldkey from `coldkeypub.txt`.
    public func coldkeypub() throws(WalletError) -> WalletKeypair {
        try ensureExists()
        return try coldkeypubFile.publicKeypair()
    }

    /// Hotkey `name` (default: the selected one), unlocked with `passwords` when encrypted.
    public func hotkey(named name: String? = nil, passwords: PasswordSource) throws(WalletError) -> WalletKeypair {
        try ensureExists()
        return try hotkeyFile(named: name ?? hotkey).keypair(passwords: passwords)
    }

    /// The public part of hotkey `name`: from `<name>pub.txt`, else from an unencrypted hotkey
    /// file.
    public func hotkeypub(named name: String? = nil) throws(WalletError) -> WalletKeypair {
        try ensureExists()
        let pub = hotkeypubFile(named: name ?? hotkey)
        if pub.exists { return try pub.publicKeypair() }
        return try hotkeyFile(named: name ?? hotkey).publicKeypair().publicOnly
    }

    /// - Throws: `.walletNotFound` when the wallet folder is missing.
    public func ensureExists() throws(WalletError) {
        guard exists else { throw .walletNotFound(name: name, path: path) }
    }
}
