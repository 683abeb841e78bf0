import CSodium
import Hashing
import Primitives

/// Ed25519 as Substrate uses it: the 32-byte seed is the mini secret, signatures are RFC 8032
/// over the raw message, and hard derivation hashes `("Ed25519HDKD", seed, chain code)`.
public enum Ed25519 {
    /// A key pair held as libsodium's expanded 64-byte secret (`seed ‖ public key`).
    public struct Keypair: Sendable, CustomStringConvertible {
        let secret: SecretBytes  // 64 bytes: seed ‖ public
        /// The 32-byte public key.
        public let publicKey: [UInt8]

        /// The key pair of a 32-byte seed.
        public init(seed: [UInt8]) {
            precondition(seed.count == 32, "an ed25519 seed is 32 bytes")
            _ = Sodium.ready
            var pk = [UInt8](repeating: 0, count: 32)
            var sk = [UInt8](repeating: 0, count: 64)
            crypto_sign_seed_keypair(&pk, &sk, seed)
            secret = SecretBytes(sk)
            Sodium.wipe(&sk)
            publicKey = pk
        }

        /// The 32-byte seed. Secret: wipe after use.
        public var seed: [UInt8] { secret.withBytes { Array($0.prefix(32)) } }

        /// The deterministic 64-byte signature of `message`.
        public func sign(_ message: [UInt8]) -> [UInt8] {
            var signature = [UInt8](repeating: 0, count: 64)
            secret.withBytes { sk in
                _ = crypto_sign_detached(
                    &signature, nil, message, UInt64(message.count),
                    sk.baseAddress!.assumingMemoryBound(to: UInt8.self))
            }
            return signature
        }

        /// Hard derivation: `seed' = blake2_256(SCALE(("Ed25519HDKD", seed, chainCode)))`.
        public func hardDerive(chainCode: [UInt8]) -> Keypair {
            var input: [UInt8] = [0x2c] + Array("Ed25519HDKD".utf8)  // compact(11) ‖ text
            var s = seed
            input += s
            input += chainCode
            var child = Blake2b.hash256(input)
            let pair = Keypair(seed: child)
            Sodium.wipe(&s)
            Sodium.wipe(&input)
            Sodium.wipe(&child)
            return pair
        }

        public var description: String { "Ed25519.Keypair(public: \(Hex.encode(publicKey)), secret redacted)" }
    }

    /// Verifies a signature (libsodium's strict RFC 8032 rules; Substrate's ed25519-zebra
    /// accepts a few more crafted encodings, never an honest signature we reject).
    public static func verify(_ signature: [UInt8], message: [UInt8], publicKey: [UInt8]) -> Bool {
        guard signature.count == 64, publicKey.count == 32 else { return false }
        _ = Sodium.ready
        return crypto_sign_verify_detached(signature, message, UInt64(message.count), publicKey) == 0
    }
}
