import CSodium

/// SHA-256 and SHA-512 via libsodium.
public enum SHA2 {
    /// The 32-byte SHA-256 digest of `data`.
    public static func sha256<C: Collection>(_ data: C) -> [UInt8] where C.Element == UInt8 {
        _ = Sodium.ready
        return data.withContiguousBytes { input in
            [UInt8](unsafeUninitializedCapacity: 32) { out, initialized in
                _ = crypto_hash_sha256(
                    out.baseAddress!, input.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt64(input.count))
                initialized = 32
            }
        }
    }

    /// The 64-byte SHA-512 digest of `data`.
    public static func sha512<C: Collection>(_ data: C) -> [UInt8] where C.Element == UInt8 {
        _ = Sodium.ready
        return data.withContiguousBytes { input in
            [UInt8](unsafeUninitializedCapacity: 64) { out, initialized in
                _ = crypto_hash_sha512(
                    out.baseAddress!, input.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt64(input.count))
                initialized = 64
            }
        }
    }
}
