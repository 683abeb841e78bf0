import Hashing

/// Ansible Vault 1.1/1.2 (`$ANSIBLE_VAULT;1.1;AES256`), the keyfile encryption of bittensor 5:
/// PBKDF2-HMAC-SHA256 (10 000 iterations) gives an AES-256 key, an HMAC key and a CTR counter;
/// the body is hex of `hex(salt) \n hex(hmac) \n hex(ciphertext)`. Decryption only.
enum AnsibleVault {
    static let iterations = 10_000

    static func decrypt(_ data: [UInt8], password: Password) throws(KeyfileCipherError) -> [UInt8] {
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }
        guard !lines.isEmpty else { throw .malformed("empty Ansible Vault data") }
        let header = lines.removeFirst().split(separator: ";").map { $0.trimmingWhitespace() }
        guard header.count >= 3, header[0] == "$ANSIBLE_VAULT", header[1] == "1.1" || header[1] == "1.2",
              header[2] == "AES256" else {
            throw .malformed("unsupported Ansible Vault header")
        }
        guard let body = hexBytes(lines.joined()) else { throw .malformed("the Ansible Vault body is not hex") }
        let parts = body.split(separator: 0x0a, omittingEmptySubsequences: false)
        guard parts.count == 3,
              let salt = hexBytes(String(decoding: parts[0], as: UTF8.self)),
              let mac = hexBytes(String(decoding: parts[1], as: UTF8.self)),
              let ciphertext = hexBytes(String(decoding: parts[2], as: UTF8.self)),
              mac.count == 32, !ciphertext.isEmpty, ciphertext.count % 16 == 0 else {
            throw .malformed("the Ansible Vault body is truncated or damaged")
        }
        var material = HMACSHA256.pbkdf2(password: password.copyBytes(), salt: salt, iterations: iterations, length: 80)
        defer { Sodium.wipe(&material) }
        let aesKey = Array(material[0..<32]), hmacKey = Array(material[32..<64]), iv = Array(material[64..<80])
        guard Sodium.constantTimeEqual(HMACSHA256.authenticate(ciphertext, key: hmacKey), mac) else {
            throw .wrongPassword
        }
        var padded = AES(key: aesKey)!.ctr(ciphertext, iv: iv)
        defer { Sodium.wipe(&padded) }
        guard let plain = AES.pkcs7Unpad(padded) else { throw .malformed("bad padding in the Ansible Vault data") }
        return plain
    }

    /// Decodes even-length hex; `nil` otherwise.
    static func hexBytes(_ text: String) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var out = [UInt8]()
        out.reserveCapacity(digits.count / 2)
        var i = 0
        while i < digits.count {
            guard let hi = nibble(digits[i]), let lo = nibble(digits[i + 1]) else { return nil }
            out.append(hi << 4 | lo)
            i += 2
        }
        return out
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x61...0x66: return c - 0x61 + 10
        case 0x41...0x46: return c - 0x41 + 10
        default: return nil
        }
    }
}

extension Substring {
    func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
