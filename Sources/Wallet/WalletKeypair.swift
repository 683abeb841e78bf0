import Hashing
import Keys
import Primitives

/// A key as a bittensor keyfile holds it: a full key pair (with its mnemonic and seed when
/// known), a secret key without a seed (a soft-derived or `privateKey`-only key), or a public
/// key alone (a `coldkeypub.txt`, a watch-only wallet).
public struct WalletKeypair: Sendable, CustomStringConvertible {
    enum Secret: Sendable {
        /// A key with its 32-byte seed (the `secretSeed` of the keyfile).
        case seeded(Keypair)
        /// An sr25519 secret key without a seed.
        case sr25519(Sr25519.Keypair)
    }

    /// The signature scheme (`cryptoType` 1 = sr25519, 0 = ed25519).
    public let scheme: CryptoScheme
    /// The 32-byte public key.
    public let publicKey: [UInt8]
    let secret: Secret?
    let mnemonicPhrase: SecretBytes?

    /// A public-only key.
    public init(publicKey: [UInt8], scheme: CryptoScheme = .sr25519) throws(WalletError) {
        guard publicKey.count == 32 else { throw .invalidPublicKey("\(publicKey.count) bytes, expected 32") }
        self.scheme = scheme
        self.publicKey = publicKey
        secret = nil
        mnemonicPhrase = nil
    }

    /// A key pair with a seed, optionally remembering the mnemonic it came from.
    init(keypair: Keypair, mnemonic: Mnemonic? = nil) {
        scheme = keypair.scheme
        publicKey = keypair.publicKey
        secret = .seeded(keypair)
        mnemonicPhrase = mnemonic.map { SecretBytes(Array($0.phrase.utf8)) }
    }

    /// An sr25519 key from its secret key alone.
    init(sr25519 pair: Sr25519.Keypair) {
        scheme = .sr25519
        publicKey = pair.publicKey.bytes
        secret = .sr25519(pair)
        mnemonicPhrase = nil
    }

    /// `true` when this holds a secret key and can sign.
    public var hasSecretKey: Bool { secret != nil }

    /// The SS58 address (prefix 42).
    public var ss58Address: String { try! SS58.encode(publicKey: publicKey) }

    /// The mnemonic, when the key was made from one. Secret.
    public var mnemonic: String? { mnemonicPhrase?.withBytes { String(decoding: $0, as: UTF8.self) } }

    /// Signs `message`; `nil` for a public-only key.
    public func sign(_ message: [UInt8]) -> [UInt8]? {
        switch secret {
        case .seeded(let pair): return pair.sign(message)
        case .sr25519(let pair): return pair.sign(message)
        case nil: return nil
        }
    }

    /// The 32-byte seed, when known. Secret: wipe after use.
    var seed: [UInt8]? {
        if case .seeded(let pair) = secret { return pair.seed }
        return nil
    }

    /// The keyfile's `privateKey`: sr25519 `key ‖ nonce` (64 bytes), ed25519 the seed (32
    /// bytes), as bittensor-wallet writes them. Secret: wipe after use.
    var privateKey: [UInt8]? {
        switch secret {
        case .seeded(let pair):
            guard var seed = pair.seed else { return nil }
            defer { Sodium.wipe(&seed) }
            switch scheme {
            case .sr25519: return Sr25519.SecretKey(miniSecret: seed).encoded()
            case .ed25519: return seed
            }
        case .sr25519(let pair): return pair.secretKey.encoded()
        case nil: return nil
        }
    }

    /// The public half of this key.
    public var publicOnly: WalletKeypair { try! WalletKeypair(publicKey: publicKey, scheme: scheme) }

    public var description: String {
        "WalletKeypair(\(scheme), \(ss58Address), \(hasSecretKey ? "secret redacted" : "public only"))"
    }
}
