/// Why a wallet operation failed. Each case renders as one sentence for the user; none carries a
/// password or key material.
public enum WalletError: Error, Equatable, CustomStringConvertible {
    /// No wallet folder `name` under `path`.
    case walletNotFound(name: String, path: String)
    /// The keyfile does not exist.
    case keyfileNotFound(path: String)
    /// The keyfile exists and overwriting was not allowed.
    case keyfileExists(path: String)
    /// The keyfile cannot be read or written.
    case keyfileAccess(path: String, reason: String)
    /// The password does not decrypt the keyfile.
    case wrongPassword(path: String)
    /// The keyfile's bytes are not a keyfile bittensor writes (damaged, truncated, foreign).
    case keyfileCorrupt(path: String, reason: String)
    /// The keyfile is encrypted and no password could be had (no terminal, `--no_prompt`).
    case passwordRequired(path: String)
    /// A new password failed bittensor's policy.
    case weakPassword(String)
    /// The two entries of a new password differ.
    case passwordsDoNotMatch
    /// The keyfile holds only a public key (a watch-only wallet) and a secret is needed.
    case noSecretKey(path: String)
    /// A mnemonic was rejected.
    case invalidMnemonic(String)
    /// A seed was rejected.
    case invalidSeed(String)
    /// A secret URI was rejected.
    case invalidURI(String)
    /// An SS58 address was rejected.
    case invalidSS58(address: String, reason: String)
    /// A hex public key was rejected.
    case invalidPublicKey(String)
    /// A polkadot-js JSON backup could not be read or decrypted.
    case invalidJSONBackup(String)
    /// The user declined (an overwrite or a confirmation).
    case aborted(String)

    public var description: String {
        switch self {
        case .walletNotFound(let name, let path):
            return "No wallet named '\(name)' in \(path)."
        case .keyfileNotFound(let path):
            return "The keyfile \(path) does not exist."
        case .keyfileExists(let path):
            return "The keyfile \(path) already exists; pass --overwrite to replace it."
        case .keyfileAccess(let path, let reason):
            return "Cannot access the keyfile \(path): \(reason)."
        case .wrongPassword(let path):
            return "Invalid password for the keyfile \(path)."
        case .keyfileCorrupt(let path, let reason):
            return "The keyfile \(path) is corrupt: \(reason)."
        case .passwordRequired(let path):
            return "The keyfile \(path) is encrypted and no password was given (set BT_COLD_PW_<WALLETNAME> or run in a terminal)."
        case .weakPassword(let why):
            return why
        case .passwordsDoNotMatch:
            return "Passwords do not match."
        case .noSecretKey(let path):
            return "The keyfile \(path) holds only a public key; this needs the secret key."
        case .invalidMnemonic(let why):
            return "Invalid mnemonic: \(why)."
        case .invalidSeed(let why):
            return "Invalid seed: \(why)."
        case .invalidURI(let why):
            return "Invalid secret URI: \(why)."
        case .invalidSS58(let address, let reason):
            return "Invalid SS58 address '\(address)': \(reason)."
        case .invalidPublicKey(let why):
            return "Invalid public key: \(why)."
        case .invalidJSONBackup(let why):
            return "Cannot read the JSON backup: \(why)."
        case .aborted(let why):
            return why
        }
    }
}
