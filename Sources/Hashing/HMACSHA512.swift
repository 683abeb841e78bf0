import CSodium

/// HMAC-SHA512 with a key of any length (libsodium's streaming `crypto_auth_hmacsha512_*`).
public struct HMACSHA512 {
    private var state = crypto_auth_hmacsha512_state()

    /// Starts a MAC under `key`.
    public init<K: Collection>(key: K) where K.Element == UInt8 {
        _ = Sodium.ready
        var keyBytes = Array(key)
        if keyBytes.isEmpty {
            // libsodium needs a non-null pointer; a zero-length key is still HMAC's empty key.
            var dummy: UInt8 = 0
            _ = crypto_auth_hmacsha512_init(&state, &dummy, 0)
        } else {
            _ = crypto_auth_hmacsha512_init(&state, keyBytes, keyBytes.count)
        }
        Sodium.wipe(&keyBytes)
    }

    /// Absorbs `data`.
    public mutating func update<C: Collection>(_ data: C) where C.Element == UInt8 {
        data.withContiguousBytes { d in
            _ = crypto_auth_hmacsha512_update(&state, d.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt64(d.count))
        }
    }

    /// The 64-byte MAC; the state is wiped afterwards.
    public mutating func finalize() -> [UInt8] {
        let mac = [UInt8](unsafeUninitializedCapacity: 64) { out, initialized in
            _ = crypto_auth_hmacsha512_final(&state, out.baseAddress!)
            initialized = 64
        }
        withUnsafeMutableBytes(of: &state) { sodium_memzero($0.baseAddress!, $0.count) }
        return mac
    }

    /// HMAC-SHA512(key, message) in one call.
    public static func authenticate<K: Collection, M: Collection>(_ message: M, key: K) -> [UInt8]
    where K.Element == UInt8, M.Element == UInt8 {
        var mac = HMACSHA512(key: key)
        mac.update(message)
        return mac.finalize()
    }
}
