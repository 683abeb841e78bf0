import CSodium
import Hashing
import Keys

/// bittensor's keyfile encryption since v6 (and bittensor-wallet's):
/// `"$NACL" ‖ nonce(24) ‖ XSalsa20-Poly1305 secretbox(MAC ‖ ciphertext)` under a key derived by
/// Argon2i v1.3 (opslimit 8, memlimit 512 MiB) from the password and a fixed salt.
public enum NaClKeyfileCipher {
    /// The five-byte marker at the start of the file.
    public static let prefix: [UInt8] = Array("$NACL".utf8)
    /// bittensor's fixed Argon2 salt (`NACL_SALT`).
    public static let salt: [UInt8] = [
        0x13, 0x71, 0x83, 0xdf, 0xf1, 0x5a, 0x09, 0xbc, 0x9c, 0x90, 0xb5, 0x51, 0x87, 0x39, 0xe9, 0xb1,
    ]
    /// `crypto_pwhash_argon2i_OPSLIMIT_SENSITIVE`.
    public static let opsLimit: UInt64 = 8
    /// `crypto_pwhash_argon2i_MEMLIMIT_SENSITIVE`: 512 MiB.
    public static let memLimit: Int = 536_870_912

    /// Derives the 32-byte secretbox key from `password` (Argon2i v1.3; about a second and
    /// 512 MiB of memory, by design).
    public static func deriveKey(password: Password) -> SecretBytes {
        _ = Sodium.ready
        var key = [UInt8](repeating: 0, count: 32)
        defer { Sodium.wipe(&key) }
        // One spare byte so that an empty password still has a valid pointer.
        var chars = password.copyBytes().map { CChar(bitPattern: $0) } + [0]
        defer { chars.withUnsafeMutableBytes { sodium_memzero($0.baseAddress!, $0.count) } }
        let status = crypto_pwhash(
            &key, 32, chars, UInt64(password.byteCount), salt, opsLimit, memLimit, crypto_pwhash_ALG_ARGON2I13)
        precondition(status == 0, "crypto_pwhash failed: not enough memory for Argon2i (512 MiB)")
        return SecretBytes(key)
    }

    /// Encrypts `plaintext` under `password` with a random nonce.
    public static func encrypt(_ plaintext: [UInt8], password: Password, nonce: [UInt8]? = nil) -> [UInt8] {
        let key = deriveKey(password: password)
        let nonce = nonce ?? Sodium.randomBytes(Int(crypto_secretbox_NONCEBYTES))
        precondition(nonce.count == Int(crypto_secretbox_NONCEBYTES))
        var box = [UInt8](repeating: 0, count: plaintext.count + Int(crypto_secretbox_MACBYTES))
        key.withBytes { k in
            _ = crypto_secretbox_easy(
                &box, plaintext, UInt64(plaintext.count), nonce, k.baseAddress!.assumingMemoryBound(to: UInt8.self))
        }
        return prefix + nonce + box
    }

    /// Decrypts a `$NACL` file.
    /// - Throws: `.malformed` when the file is too short, `.wrongPassword` when the MAC fails.
    public static func decrypt(_ data: [UInt8], password: Password) throws(KeyfileCipherError) -> [UInt8] {
        let nonceBytes = Int(crypto_secretbox_NONCEBYTES), macBytes = Int(crypto_secretbox_MACBYTES)
        guard data.starts(with: prefix) else { throw .malformed("not a NaCl keyfile") }
        guard data.count >= prefix.count + nonceBytes + macBytes else {
            throw .malformed("the NaCl data is truncated (\(data.count) bytes)")
        }
        let nonce = Array(data[prefix.count..<(prefix.count + nonceBytes)])
        let box = Array(data[(prefix.count + nonceBytes)...])
        let key = deriveKey(password: password)
        var plain = [UInt8](repeating: 0, count: box.count - macBytes)
        let status = key.withBytes { k in
            crypto_secretbox_open_easy(
                &plain, box, UInt64(box.count), nonce, k.baseAddress!.assumingMemoryBound(to: UInt8.self))
        }
        guard status == 0 else {
            Sodium.wipe(&plain)
            throw .wrongPassword
        }
        return plain
    }
}
