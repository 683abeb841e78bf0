import CSodium

/// BLAKE2b with a chosen digest length (no key, no personalisation), via libsodium's
/// `crypto_generichash`: `blake2_128`, `blake2_256` and SS58's `blake2b_512`.
public enum Blake2b {
    /// The `outputLength`-byte (1 ... 64) BLAKE2b digest of `data`.
    public static func hash<C: Collection>(_ data: C, outputLength: Int) -> [UInt8] where C.Element == UInt8 {
        precondition((1...64).contains(outputLength), "BLAKE2b digest length must be 1...64, got \(outputLength)")
        _ = Sodium.ready
        return data.withContiguousBytes { input in
            [UInt8](unsafeUninitializedCapacity: outputLength) { out, initialized in
                _ = crypto_generichash(
                    out.baseAddress!, outputLength,
                    input.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt64(input.count),
                    nil, 0)
                initialized = outputLength
            }
        }
    }

    /// `blake2_128(data)`: 16 bytes.
    public static func hash128<C: Collection>(_ data: C) -> [UInt8] where C.Element == UInt8 {
        hash(data, outputLength: 16)
    }

    /// `blake2_256(data)`: 32 bytes, Substrate's block and general-purpose hash.
    public static func hash256<C: Collection>(_ data: C) -> [UInt8] where C.Element == UInt8 {
        hash(data, outputLength: 32)
    }

    /// `blake2b_512(data)`: 64 bytes.
    public static func hash512<C: Collection>(_ data: C) -> [UInt8] where C.Element == UInt8 {
        hash(data, outputLength: 64)
    }
}
