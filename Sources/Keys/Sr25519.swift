import Hashing

/// sr25519: Schnorr signatures on ristretto255 with Merlin transcripts (schnorrkel 0.11), exactly
/// as Substrate uses them: signing context `"substrate"`, Ed25519-mode mini-secret expansion.
public enum Sr25519 {
    /// Length of a public key, a mini secret and a chain code.
    public static let publicKeyLength = 32
    /// Length of a signature.
    public static let signatureLength = 64

    /// The signing context Substrate uses for every sr25519 signature.
    public static let substrateContext: [UInt8] = Array("substrate".utf8)

    /// An sr25519 secret key: the secret scalar and the 32-byte signing nonce seed.
    public struct SecretKey: Sendable, CustomStringConvertible {
        let key: SecretBytes     // canonical scalar, 32 bytes
        let nonce: SecretBytes   // 32 bytes

        init(keyScalar: [UInt8], nonce: [UInt8]) {
            key = SecretBytes(keyScalar)
            self.nonce = SecretBytes(nonce)
        }

        /// Expands a 32-byte mini secret the way Substrate does (ExpansionMode::Ed25519):
        /// SHA-512, ed25519 clamping of the lower half, division by the cofactor.
        public init(miniSecret: [UInt8]) {
            precondition(miniSecret.count == 32, "an sr25519 mini secret is 32 bytes")
            var h = SHA2.sha512(miniSecret)
            var k = Array(h[0..<32])
            k[0] &= 248
            k[31] &= 63
            k[31] |= 64
            // Divide the 256-bit little-endian integer by 8 (the cofactor).
            var low: UInt8 = 0
            for i in stride(from: 31, through: 0, by: -1) {
                let byte = k[i]
                k[i] = (byte >> 3) | (low << 5)
                low = byte & 0b111
            }
            var nonce = Array(h[32..<64])
            self.init(keyScalar: k, nonce: nonce)
            Sodium.wipe(&h)
            Sodium.wipe(&k)
            Sodium.wipe(&nonce)
        }

        /// Decodes schnorrkel's 64-byte `key ‖ nonce` encoding (what `sp_core` and
        /// py-sr25519-bindings hold); `nil` if the scalar is not canonical.
        public init?(bytes: [UInt8]) {
            guard bytes.count == 64, Ristretto255.Scalar(canonical: Array(bytes[0..<32])) != nil else { return nil }
            self.init(keyScalar: Array(bytes[0..<32]), nonce: Array(bytes[32..<64]))
        }

        /// Decodes the "ed25519 form" `(key × 8) ‖ nonce` used by polkadot-js key files.
        public init?(ed25519Bytes bytes: [UInt8]) {
            guard bytes.count == 64 else { return nil }
            var k = Array(bytes[0..<32])
            var low: UInt8 = 0
            for i in stride(from: 31, through: 0, by: -1) {
                let byte = k[i]
                k[i] = (byte >> 3) | (low << 5)
                low = byte & 0b111
            }
            defer { Sodium.wipe(&k) }
            guard low == 0, Ristretto255.Scalar(canonical: k) != nil else { return nil }
            self.init(keyScalar: k, nonce: Array(bytes[32..<64]))
        }

        /// schnorrkel's canonical 64-byte encoding `key ‖ nonce`. Secret: wipe after use.
        public func encoded() -> [UInt8] { key.copyBytes() + nonce.copyBytes() }

        /// The "ed25519 form" `(key × 8) ‖ nonce`. Secret: wipe after use.
        public func ed25519Encoded() -> [UInt8] {
            var k = key.copyBytes()
            var carry: UInt8 = 0
            for i in 0..<32 {
                let byte = k[i]
                k[i] = (byte << 3) | carry
                carry = byte >> 5
            }
            defer { Sodium.wipe(&k) }
            return k + nonce.copyBytes()
        }

        var scalar: Ristretto255.Scalar { Ristretto255.Scalar(uncheckedBytes: key.copyBytes()) }

        /// The public key `key · B`.
        public var publicKey: PublicKey {
            var s = scalar
            defer { s.wipe() }
            return PublicKey(point: Ristretto255.Point.base(times: s))
        }

        public var description: String { "Sr25519.SecretKey(redacted)" }
    }

    /// An sr25519 public key: a compressed ristretto255 point.
    public struct PublicKey: Hashable, Sendable {
        /// The 32-byte encoding.
        public let bytes: [UInt8]

        init(point: Ristretto255.Point) { bytes = point.bytes }

        /// Accepts 32 bytes that are a canonical ristretto255 encoding (as schnorrkel decodes).
        public init?(bytes: [UInt8]) {
            guard RistrettoCodec.decode(bytes) != nil else { return nil }
            self.bytes = bytes
        }
    }

    /// A key pair: secret key and its public key.
    public struct Keypair: Sendable {
        /// The secret half.
        public let secretKey: SecretKey
        /// The public half.
        public let publicKey: PublicKey

        /// Pairs `secretKey` with its public key.
        public init(secretKey: SecretKey) {
            self.secretKey = secretKey
            publicKey = secretKey.publicKey
        }

        /// The key pair of a 32-byte mini secret.
        public init(miniSecret: [UInt8]) {
            self.init(secretKey: SecretKey(miniSecret: miniSecret))
        }
    }

    /// The transcript of `message` under the signing context `context`
    /// (`signing_context(context).bytes(message)`).
    static func signingTranscript(context: [UInt8], message: [UInt8]) -> MerlinTranscript {
        var t = MerlinTranscript(label: "SigningContext")
        t.appendMessage("", context)
        t.appendMessage("sign-bytes", message)
        return t
    }
}
