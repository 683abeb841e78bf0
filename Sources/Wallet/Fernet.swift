import Hashing

/// Fernet tokens (AES-128-CBC + HMAC-SHA256), the keyfile encryption of bittensor ≤ 2
/// ("legacy"), whose key is `PBKDF2-HMAC-SHA256(password, fixed salt, 10 000 000 rounds)`.
/// Decryption only. bittensor-wallet 4.x cannot read these files (it decrypts with a random
/// key); this reader derives the key correctly.
enum Fernet {
    /// bittensor's legacy salt.
    static let legacySalt: [UInt8] = Array("Iguesscyborgslikemyselfhaveatendencytobeparanoidaboutourorigins".utf8)
    static let legacyIterations = 10_000_000

    /// Decrypts a legacy bittensor keyfile.
    static func decryptLegacyKeyfile(_ data: [UInt8], password: Password) throws(KeyfileCipherError) -> [UInt8] {
        let token = try decode(data)
        var key = HMACSHA256.pbkdf2(password: password.copyBytes(), salt: legacySalt, iterations: legacyIterations, length: 32)
        defer { Sodium.wipe(&key) }
        return try decrypt(token: token, key: key)
    }

    /// The raw token bytes of base64url `data` (padding optional, surrounding whitespace ignored).
    static func decode(_ data: [UInt8]) throws(KeyfileCipherError) -> [UInt8] {
        let text = String(decoding: data, as: UTF8.self).filter { !$0.isWhitespace }
        guard let token = Base64URL.decode(text) else { throw .malformed("the Fernet token is not base64") }
        guard token.count >= 1 + 8 + 16 + 16 + 32, token[0] == 0x80, (token.count - 57) % 16 == 0 else {
            throw .malformed("the Fernet token is truncated or damaged")
        }
        return token
    }

    /// Decrypts a Fernet `token` under the 32-byte Fernet `key` (signing key ‖ encryption key).
    static func decrypt(token: [UInt8], key: [UInt8]) throws(KeyfileCipherError) -> [UInt8] {
        let signed = Array(token.dropLast(32)), mac = Array(token.suffix(32))
        guard Sodium.constantTimeEqual(HMACSHA256.authenticate(signed, key: Array(key[0..<16])), mac) else {
            throw .wrongPassword
        }
        let iv = Array(token[9..<25]), ciphertext = Array(signed[25...])
        guard var padded = AES(key: Array(key[16..<32]))!.cbcDecrypt(ciphertext, iv: iv) else {
            throw .malformed("the Fernet ciphertext is not whole blocks")
        }
        defer { Sodium.wipe(&padded) }
        guard let plain = AES.pkcs7Unpad(padded) else { throw .malformed("bad padding in the Fernet token") }
        return plain
    }
}

/// Base64 in the standard and URL-safe alphabets, padding optional.
enum Base64URL {
    static func decode(_ text: String) -> [UInt8]? {
        var values: [UInt8] = []
        for c in text.utf8 {
            switch c {
            case 0x41...0x5a: values.append(c - 0x41)
            case 0x61...0x7a: values.append(c - 0x61 + 26)
            case 0x30...0x39: values.append(c - 0x30 + 52)
            case 0x2d, 0x2b: values.append(62)  // - or +
            case 0x5f, 0x2f: values.append(63)  // _ or /
            case 0x3d: continue  // =
            default: return nil
            }
        }
        guard values.count % 4 != 1 else { return nil }
        var out: [UInt8] = []
        var i = 0
        while i + 1 < values.count {
            let chunk = Array(values[i..<min(i + 4, values.count)])
            out.append(chunk[0] << 2 | chunk[1] >> 4)
            if chunk.count > 2 { out.append(chunk[1] << 4 | chunk[2] >> 2) }
            if chunk.count > 3 { out.append(chunk[2] << 6 | chunk[3]) }
            i += 4
        }
        return out
    }
}
