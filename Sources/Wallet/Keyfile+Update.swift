import Hashing

/// `btcli wallet update`: re-encrypting files of the old formats with NaCl.
extension Keyfile {
    /// What `updateEncryption` did.
    public enum UpdateResult: Equatable, Sendable {
        /// The file was already NaCl.
        case alreadyCurrent
        /// The file is not encrypted; nothing to update.
        case notEncrypted
        /// The file was re-encrypted from the given format.
        case updated(from: KeyfileEncryption)
    }

    /// Decrypts an Ansible Vault or Fernet file with its password and writes it back as NaCl
    /// under the same password (bittensor's `check_and_update_encryption`). The file is checked
    /// to decode to a key first, and replaced atomically.
    public func updateEncryption(passwords: PasswordSource) throws(WalletError) -> UpdateResult {
        let data = try readData()
        let format = KeyfileEncryption.detect(data)
        switch format {
        case .nacl: return .alreadyCurrent
        case .none: return .notEncrypted
        case .ansibleVault, .legacyFernet: break
        }
        let password = try passwords.unlockPassword(for: self)
        var plain: [UInt8]
        do { plain = try KeyfileEncryption.decrypt(data, password: password) } catch {
            switch error {
            case .wrongPassword: throw .wrongPassword(path: path)
            case .malformed(let why): throw .keyfileCorrupt(path: path, reason: why)
            }
        }
        defer { Sodium.wipe(&plain) }
        let key = try KeyfileJSON.deserialize(plain, path: path)
        var json = KeyfileJSON.serialize(key)
        defer { Sodium.wipe(&json) }
        try writeData(NaClKeyfileCipher.encrypt(json, password: password), overwrite: true)
        return .updated(from: format)
    }
}
