import Hashing
import Primitives

/// A signing key pair of either scheme, built from a mnemonic, a seed or a secret URI the way
/// Substrate builds them, with its SS58 address.
public struct Keypair: Sendable, CustomStringConvertible {
    /// Why a key pair could not be built.
    public enum Error: Swift.Error, Equatable, CustomStringConvertible {
        case uri(SecretURI.Error)
        case mnemonic(Mnemonic.Error)
        case softJunctionNotSupported(scheme: CryptoScheme, junction: String)
        case invalidSeedLength(Int)

        public var description: String {
            switch self {
            case .uri(let e): return e.description
            case .mnemonic(let e): return e.description
            case .softJunctionNotSupported(let scheme, let junction):
                return "\(scheme) keys support only hard derivation; soft junction '/\(junction)' is not allowed"
            case .invalidSeedLength(let n): return "invalid seed: \(n) bytes, expected 32"
            }
        }
    }

    enum Inner: Sendable {
        case sr25519(Sr25519.Keypair)
        case ed25519(Ed25519.Keypair)
    }

    let inner: Inner
    /// The seed (mini secret) of this exact key, when it has one: a root key or one reached by
    /// hard junctions only. Secret.
    let secretSeed: SecretBytes?

    /// The scheme of this pair.
    public var scheme: CryptoScheme {
        switch inner {
        case .sr25519: return .sr25519
        case .ed25519: return .ed25519
        }
    }

    /// The 32-byte public key (also the account id).
    public var publicKey: [UInt8] {
        switch inner {
        case .sr25519(let pair): return pair.publicKey.bytes
        case .ed25519(let pair): return pair.publicKey
        }
    }

    /// The 32-byte seed, if this key has one (see `secretSeed`). Secret: wipe after use.
    public var seed: [UInt8]? { secretSeed?.copyBytes() }

    /// The account id of the public key.
    public var accountID: AccountID { AccountID(bytes: publicKey)! }

    /// The SS58 address on network `prefix`.
    public func ss58Address(prefix: UInt16 = SS58.bittensorPrefix) throws(SS58.Error) -> String {
        try SS58.encode(publicKey: publicKey, prefix: prefix)
    }

    /// The key pair of a 32-byte seed (mini secret).
    public init(seed: [UInt8], scheme: CryptoScheme) throws(Error) {
        guard seed.count == 32 else { throw .invalidSeedLength(seed.count) }
        switch scheme {
        case .sr25519: inner = .sr25519(Sr25519.Keypair(miniSecret: seed))
        case .ed25519: inner = .ed25519(Ed25519.Keypair(seed: seed))
        }
        secretSeed = SecretBytes(seed)
    }

    /// The key pair of a mnemonic with an optional BIP39 passphrase.
    public init(mnemonic: Mnemonic, password: String = "", scheme: CryptoScheme) throws(Error) {
        var mini = mnemonic.miniSecret(password: password)
        defer { Sodium.wipe(&mini) }
        try self.init(seed: mini, scheme: scheme)
    }

    /// The key pair of a secret URI (`phrase//hard/soft///password`, `0x<seed>//hard`, `//Alice`).
    public init(uri: String, scheme: CryptoScheme, password overridePassword: String? = nil) throws(Error) {
        let parsed: SecretURI
        do { parsed = try SecretURI(uri) } catch { throw .uri(error) }
        try self.init(uri: parsed, scheme: scheme, password: overridePassword)
    }

    /// The key pair of a parsed secret URI. `password`, when given, replaces the URI's.
    public init(uri: SecretURI, scheme: CryptoScheme, password overridePassword: String? = nil) throws(Error) {
        var root: Keypair
        switch uri.root {
        case .seed(let seed):
            root = try Keypair(seed: seed, scheme: scheme)
        case .phrase(let phrase):
            let mnemonic: Mnemonic
            do { mnemonic = try Mnemonic(phrase: phrase) } catch { throw .mnemonic(error) }
            root = try Keypair(mnemonic: mnemonic, password: overridePassword ?? uri.password ?? "", scheme: scheme)
        }
        for junction in uri.junctions {
            root = try root.derive(junction)
        }
        self = root
    }

    private init(inner: Inner, secretSeed: SecretBytes?) {
        self.inner = inner
        self.secretSeed = secretSeed
    }

    /// The child key along `junction`.
    public func derive(_ junction: DeriveJunction) throws(Error) -> Keypair {
        switch inner {
        case .sr25519(let pair):
            if junction.isHard {
                var (mini, key) = pair.secretKey.hardDerive(chainCode: junction.chainCode)
                defer { Sodium.wipe(&mini) }
                return Keypair(inner: .sr25519(Sr25519.Keypair(secretKey: key)), secretSeed: SecretBytes(mini))
            }
            let key = pair.secretKey.softDerive(chainCode: junction.chainCode)
            return Keypair(inner: .sr25519(Sr25519.Keypair(secretKey: key)), secretSeed: nil)
        case .ed25519(let pair):
            guard junction.isHard else {
                throw .softJunctionNotSupported(scheme: .ed25519, junction: junction.text)
            }
            let child = pair.hardDerive(chainCode: junction.chainCode)
            var seed = child.seed
            defer { Sodium.wipe(&seed) }
            return Keypair(inner: .ed25519(child), secretSeed: SecretBytes(seed))
        }
    }

    /// Signs `message` (sr25519 with the `"substrate"` context; ed25519 raw).
    public func sign(_ message: [UInt8]) -> [UInt8] {
        switch inner {
        case .sr25519(let pair): return pair.sign(message)
        case .ed25519(let pair): return pair.sign(message)
        }
    }

    /// Verifies `signature` of `message` by `publicKey` under `scheme`; `false` for anything
    /// malformed.
    public static func verify(_ signature: [UInt8], message: [UInt8], publicKey: [UInt8], scheme: CryptoScheme) -> Bool {
        switch scheme {
        case .sr25519:
            guard let key = Sr25519.PublicKey(bytes: publicKey) else { return false }
            return key.verify(signature, message: message)
        case .ed25519:
            return Ed25519.verify(signature, message: message, publicKey: publicKey)
        }
    }

    public var description: String {
        "Keypair(\(scheme), \((try? ss58Address()) ?? Hex.encode(publicKey)), secret redacted)"
    }
}
