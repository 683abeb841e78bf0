/// How a keyfile's bytes are encrypted, detected by prefix exactly as bittensor does
/// (`keyfile_data_encryption_method`): `$NACL` → NaCl (bittensor ≥ 6, bittensor-wallet),
/// `$ANSIBLE_VAULT` → Ansible Vault (bittensor 5), `gAAAAA` → Fernet (bittensor ≤ 2), anything
/// else → not encrypted.
public enum KeyfileEncryption: String, Sendable, CaseIterable, CustomStringConvertible {
    case nacl = "NaCl"
    case ansibleVault = "Ansible Vault"
    case legacyFernet = "legacy"
    case none = "unencrypted"

    /// The encryption of keyfile `data`.
    public static func detect(_ data: [UInt8]) -> KeyfileEncryption {
        if data.starts(with: NaClKeyfileCipher.prefix) { return .nacl }
        if data.starts(with: Array("$ANSIBLE_VAULT".utf8)) { return .ansibleVault }
        if data.starts(with: Array("gAAAAA".utf8)) { return .legacyFernet }
        return .none
    }

    /// `true` for every format but `.none`.
    public var isEncrypted: Bool { self != .none }

    /// `true` for the formats `btcli wallet update` re-encrypts with NaCl.
    public var isOutdated: Bool { self == .ansibleVault || self == .legacyFernet }

    public var description: String { rawValue }
}

/// Decrypting any supported format.
extension KeyfileEncryption {
    /// The plaintext of keyfile `data` under `password`.
    /// - Throws: `KeyfileCipherError.wrongPassword` when authentication fails,
    ///   `.malformed` when the bytes are not a well-formed file of the detected format.
    public static func decrypt(_ data: [UInt8], password: Password) throws(KeyfileCipherError) -> [UInt8] {
        switch detect(data) {
        case .nacl: return try NaClKeyfileCipher.decrypt(data, password: password)
        case .ansibleVault: return try AnsibleVault.decrypt(data, password: password)
        case .legacyFernet: return try Fernet.decryptLegacyKeyfile(data, password: password)
        case .none: return data
        }
    }
}

/// Why decryption failed, before it is tied to a file path (`WalletError`).
public enum KeyfileCipherError: Error, Equatable, CustomStringConvertible {
    /// Authentication failed: the password is wrong (or the ciphertext was altered).
    case wrongPassword
    /// The bytes are not a well-formed file of their format.
    case malformed(String)

    public var description: String {
        switch self {
        case .wrongPassword: return "wrong password"
        case .malformed(let why): return why
        }
    }
}
