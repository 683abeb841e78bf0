import Hashing
import Keys
import Primitives

/// Making keys from the inputs `btcli` accepts: a new mnemonic, a mnemonic, a seed, a secret
/// URI, an SS58 address or a hex public key.
extension WalletKeypair {
    /// A key from a fresh mnemonic of `wordCount` words (12, 15, 18, 21 or 24).
    public static func generate(wordCount: Int = 12, scheme: CryptoScheme = .sr25519) throws(WalletError) -> WalletKeypair {
        guard Mnemonic.validWordCounts.contains(wordCount) else {
            throw .invalidMnemonic("\(wordCount) words; use 12, 15, 18, 21 or 24")
        }
        let mnemonic: Mnemonic
        do { mnemonic = try Mnemonic.generate(wordCount: wordCount) } catch { throw .invalidMnemonic(error.description) }
        return try WalletKeypair(mnemonic: mnemonic.phrase, scheme: scheme)
    }

    /// The key of a BIP39 mnemonic (Substrate's derivation, no passphrase).
    public init(mnemonic phrase: String, scheme: CryptoScheme = .sr25519) throws(WalletError) {
        let words = phrase.split(whereSeparator: \.isWhitespace)
        guard Mnemonic.validWordCounts.contains(words.count) else {
            throw .invalidMnemonic("it has \(words.count) words; a mnemonic has 12, 15, 18, 21 or 24")
        }
        let mnemonic: Mnemonic
        do { mnemonic = try Mnemonic(phrase: words.joined(separator: " ")) } catch { throw .invalidMnemonic(error.description) }
        do { self.init(keypair: try Keypair(mnemonic: mnemonic, scheme: scheme), mnemonic: mnemonic) } catch {
            throw .invalidMnemonic(error.description)
        }
    }

    /// The key of a 32-byte seed given as hex (`0x` optional).
    public init(seedHex: String, scheme: CryptoScheme = .sr25519) throws(WalletError) {
        var seed: [UInt8]
        do { seed = try Hex.decode(seedHex) } catch { throw .invalidSeed("it is not hex") }
        defer { Sodium.wipe(&seed) }
        try self.init(seed: seed, scheme: scheme)
    }

    /// The key of a 32-byte seed.
    public init(seed: [UInt8], scheme: CryptoScheme = .sr25519) throws(WalletError) {
        guard seed.count == 32 else { throw .invalidSeed("\(seed.count) bytes, expected 32") }
        do { self.init(keypair: try Keypair(seed: seed, scheme: scheme)) } catch { throw .invalidSeed(error.description) }
    }

    /// The key of a secret URI (`//Alice`, `<phrase>//hard/soft`, `0x<seed>//hard`).
    ///
    /// Keys reached by hard junctions only keep their seed; an sr25519 key with a soft junction
    /// is held as its secret key (bittensor writes it as `privateKey`).
    public init(uri: String, scheme: CryptoScheme = .sr25519) throws(WalletError) {
        let parsed: SecretURI
        do { parsed = try SecretURI(uri) } catch { throw .invalidURI(error.description) }
        let pair: Keypair
        do { pair = try Keypair(uri: parsed, scheme: scheme) } catch { throw .invalidURI(error.description) }
        if pair.seed != nil || scheme == .ed25519 {
            self.init(keypair: pair)
            return
        }
        // A soft junction: walk the path on the secret key itself.
        var seed: [UInt8]
        switch parsed.root {
        case .seed(let bytes): seed = bytes
        case .phrase(let phrase):
            do { seed = try Mnemonic(phrase: phrase).miniSecret(password: parsed.password ?? "") } catch {
                throw .invalidURI(error.description)
            }
        }
        defer { Sodium.wipe(&seed) }
        var key = Sr25519.SecretKey(miniSecret: seed)
        for junction in parsed.junctions {
            key = junction.isHard ? key.hardDerive(chainCode: junction.chainCode).key : key.softDerive(chainCode: junction.chainCode)
        }
        self.init(sr25519: Sr25519.Keypair(secretKey: key))
    }

    /// A public-only key from an SS58 address (any network prefix).
    public init(ss58Address address: String, scheme: CryptoScheme = .sr25519) throws(WalletError) {
        let decoded: (prefix: UInt16, publicKey: [UInt8])
        do { decoded = try SS58.decode(address) } catch { throw .invalidSS58(address: address, reason: error.description) }
        try self.init(publicKey: decoded.publicKey, scheme: scheme)
    }

    /// A public-only key from 32 bytes of hex (`0x` optional).
    public init(publicKeyHex: String, scheme: CryptoScheme = .sr25519) throws(WalletError) {
        let bytes: [UInt8]
        do { bytes = try Hex.decode(publicKeyHex) } catch { throw .invalidPublicKey("'\(publicKeyHex)' is not hex") }
        try self.init(publicKey: bytes, scheme: scheme)
    }
}
