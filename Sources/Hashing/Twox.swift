/// Substrate's `twox` hashes: XXH64 run with seeds 0, 1, … and the little-endian results
/// concatenated (`twox64` = 8 bytes, `twox128` = 16, `twox256` = 32).
public enum Twox {
    /// `twox64(data)`: XXH64 with seed 0, little-endian.
    @inlinable
    public static func hash64<C: Collection>(_ data: C) -> [UInt8] where C.Element == UInt8 {
        hash(data, lanes: 1)
    }

    /// `twox128(data)`: the storage-prefix hash of pallet and item names.
    @inlinable
    public static func hash128<C: Collection>(_ data: C) -> [UInt8] where C.Element == UInt8 {
        hash(data, lanes: 2)
    }

    /// `twox256(data)`.
    @inlinable
    public static func hash256<C: Collection>(_ data: C) -> [UInt8] where C.Element == UInt8 {
        hash(data, lanes: 4)
    }

    @inlinable
    static func hash<C: Collection>(_ data: C, lanes: Int) -> [UInt8] where C.Element == UInt8 {
        let body: (UnsafeRawBufferPointer) -> [UInt8] = { buffer in
            [UInt8](unsafeUninitializedCapacity: lanes * 8) { out, initialized in
                for seed in 0..<lanes {
                    let value = XXHash64.hash(buffer, seed: UInt64(seed)).littleEndian
                    withUnsafeBytes(of: value) { bytes in
                        for i in 0..<8 { out[seed * 8 + i] = bytes[i] }
                    }
                }
                initialized = lanes * 8
            }
        }
        if let digest = data.withContiguousStorageIfAvailable({ body(UnsafeRawBufferPointer($0)) }) {
            return digest
        }
        return Array(data).withUnsafeBytes(body)
    }
}
