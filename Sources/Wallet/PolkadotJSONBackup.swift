import CSodium
import Foundation
import Hashing
import Keys

/// A polkadot-js encrypted JSON export (`regen_coldkey --json FILE`): version 3,
/// `encoding.type = ["scrypt", "xsalsa20-poly1305"]`, `encoded` = base64 of
/// `salt(32) ‖ N ‖ p ‖ r (u32 LE) ‖ nonce(24) ‖ secretbox(PKCS#8)`, the PKCS#8 body holding the
/// 64-byte secret (sr25519 in its "ed25519 form") and the public key.
public enum PolkadotJSONBackup {
    static let pkcs8Header: [UInt8] = [48, 83, 2, 1, 1, 48, 5, 6, 3, 43, 101, 112, 4, 34, 4, 32]
    static let pkcs8Divider: [UInt8] = [161, 35, 3, 33, 0]

    /// The key in backup `json` under `password`.
    /// - Throws: `WalletError.invalidJSONBackup` for a malformed file, `.wrongPassword` (with
    ///   `path`) when the password does not decrypt it.
    public static func decrypt(_ json: [UInt8], password: Password, path: String) throws(WalletError) -> WalletKeypair {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(json))) as? [String: Any],
              let encoded = object["encoded"] as? String,
              let encoding = object["encoding"] as? [String: Any],
              let content = encoding["content"] as? [String],
              let types = encoding["type"] as? [String] else {
            throw .invalidJSONBackup("it is not a polkadot-js JSON export")
        }
        let scheme: CryptoScheme
        if content.contains("sr25519") { scheme = .sr25519 } else if content.contains("ed25519") { scheme = .ed25519 } else {
            throw .invalidJSONBackup("unsupported key type \(content)")
        }
        guard types.contains("xsalsa20-poly1305"), types.contains("scrypt") else {
            throw .invalidJSONBackup("unsupported encryption \(types)")
        }
        guard let raw = Base64URL.decode(encoded), raw.count > 44 + 24 + 16 else {
            throw .invalidJSONBackup("the encoded data is malformed")
        }
        let salt = Array(raw[0..<32])
        let n = le32(raw, 32), p = le32(raw, 36), r = le32(raw, 40)
        guard n > 1, n & (n - 1) == 0, n <= 1 << 20, p >= 1, p <= 16, r >= 1, r <= 16 else {
            throw .invalidJSONBackup("unsupported scrypt parameters")
        }
        var key = [UInt8](repeating: 0, count: 64)
        defer { Sodium.wipe(&key) }
        _ = Sodium.ready
        var pw = password.copyBytes() + [0]
        defer { Sodium.wipe(&pw) }
        let status = crypto_pwhash_scryptsalsa208sha256_ll(
            pw, password.byteCount, salt, salt.count, UInt64(n), r, p, &key, 64)
        guard status == 0 else { throw .invalidJSONBackup("scrypt failed") }
        let nonce = Array(raw[44..<68]), box = Array(raw[68...])
        var plain = [UInt8](repeating: 0, count: box.count - 16)
        defer { Sodium.wipe(&plain) }
        guard crypto_secretbox_open_easy(&plain, box, UInt64(box.count), nonce, key) == 0 else {
            throw .wrongPassword(path: path)
        }
        let secretStart = pkcs8Header.count, secretEnd = secretStart + 64
        guard plain.starts(with: pkcs8Header), plain.count >= secretEnd + pkcs8Divider.count + 32,
              Array(plain[secretEnd..<(secretEnd + pkcs8Divider.count)]) == pkcs8Divider else {
            throw .invalidJSONBackup("the decrypted key is not PKCS#8")
        }
        let publicKey = Array(plain[(secretEnd + pkcs8Divider.count)..<(secretEnd + pkcs8Divider.count + 32)])
        var secret = Array(plain[secretStart..<secretEnd])
        defer { Sodium.wipe(&secret) }
        let keypair: WalletKeypair
        switch scheme {
        case .sr25519:
            guard let secretKey = Sr25519.SecretKey(ed25519Bytes: secret) else {
                throw .invalidJSONBackup("the sr25519 secret key is invalid")
            }
            keypair = WalletKeypair(sr25519: Sr25519.Keypair(secretKey: secretKey))
        case .ed25519:
            keypair = try WalletKeypair(seed: Array(secret.prefix(32)), scheme: .ed25519)
        }
        guard keypair.publicKey == publicKey else { throw .invalidJSONBackup("the public key does not match the secret key") }
        return keypair
    }

    private static func le32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
