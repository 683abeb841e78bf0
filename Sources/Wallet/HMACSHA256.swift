import CSodium
import Hashing

/// HMAC-SHA256 and PBKDF2-HMAC-SHA256 (libsodium's `crypto_auth_hmacsha256_*`), which the
/// legacy keyfile formats use: Ansible Vault (10 000 iterations) and bittensor's Fernet key
/// (10 000 000 iterations).
enum HMACSHA256 {
    /// HMAC-SHA256(`key`, `message`).
    static func authenticate(_ message: [UInt8], key: [UInt8]) -> [UInt8] {
        var state = keyed(key)
        update(&state, message)
        return finalize(&state)
    }

    /// PBKDF2-HMAC-SHA256 (RFC 8018).
    ///
    /// - Complexity: `iterations × ⌈length / 32⌉` HMAC evaluations; the keyed state is computed
    ///   once and copied.
    static func pbkdf2(password: [UInt8], salt: [UInt8], iterations: Int, length: Int) -> [UInt8] {
        precondition(iterations >= 1)
        let base = keyed(password)
        var output: [UInt8] = []
        var block: UInt32 = 1
        var u = [UInt8](repeating: 0, count: 32)
        var t = [UInt8](repeating: 0, count: 32)
        while output.count < length {
            var state = base
            update(&state, salt + withUnsafeBytes(of: block.bigEndian) { Array($0) })
            u = finalize(&state)
            t = u
            if iterations > 1 {
                u.withUnsafeMutableBufferPointer { up in
                    t.withUnsafeMutableBufferPointer { tp in
                        for _ in 1..<iterations {
                            var next = base
                            _ = crypto_auth_hmacsha256_update(&next, up.baseAddress, 32)
                            _ = crypto_auth_hmacsha256_final(&next, up.baseAddress!)
                            for i in 0..<32 { tp[i] ^= up[i] }
                        }
                    }
                }
            }
            output += t.prefix(length - output.count)
            block += 1
        }
        Sodium.wipe(&u)
        Sodium.wipe(&t)
        return output
    }

    private static func keyed(_ key: [UInt8]) -> crypto_auth_hmacsha256_state {
        _ = Sodium.ready
        var state = crypto_auth_hmacsha256_state()
        var dummy: UInt8 = 0
        if key.isEmpty {
            _ = crypto_auth_hmacsha256_init(&state, &dummy, 0)
        } else {
            _ = crypto_auth_hmacsha256_init(&state, key, key.count)
        }
        return state
    }

    private static func update(_ state: inout crypto_auth_hmacsha256_state, _ data: [UInt8]) {
        _ = crypto_auth_hmacsha256_update(&state, data, UInt64(data.count))
    }

    private static func finalize(_ state: inout crypto_auth_hmacsha256_state) -> [UInt8] {
        var mac = [UInt8](repeating: 0, count: 32)
        _ = crypto_auth_hmacsha256_final(&state, &mac)
        withUnsafeMutableBytes(of: &state) { sodium_memzero($0.baseAddress!, $0.count) }
        return mac
    }
}
