import CSodium

/// SHA-256 and SHA-512 via libsodium.
public enum SHA2 {
    /// The 32-byte SHA-256 digest of `data`.
    public static func sha256<C: Collection>(_ data: C) -> [UInt8] where C.Element == UInt8 {
        digest(data, length: 32) { crypto_hash_sha256($0, $1, $2) }
    }

    /// The 64-byte SHA-512 digest of `data`.
    public static func sha512<C: Collection>(_ data: C) -> [UInt8] where C.Element == UInt8 {
        digest(data, length: 64) { crypto_hash_sha512($0, $1, $2) }
    }

    private static func digest<C: Collection>(
        _ data: C, length: Int,
        _ function: (UnsafeMutablePointer<UInt8>, UnsafePointer<UInt8>?, UInt64) -> Int32
    ) -> [UInt8] where C.Element == UInt8 {
        _ = Sodium.ready
        return data.withContiguousBytes { input in
            [UInt8](unsafeUninitializedCapacity: length) { out, initialized in
                _ = function(out.baseAddress!, input.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt64(input.count))
                initialized = length
            }
        }
    }
}
