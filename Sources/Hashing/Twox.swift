/// Substrate's `twox` hashes: XXH64 run with seeds 0, 1, … and the little-endian results
/// concatenated (`twox64` = 8 bytes, `twox128` = 16, `twox256` = 32).
public enum Twox {
    /// `twox64(data)`: XXH64 with seed 0, little-endian.
    @inlinable
    public static func hash64<C: Collection>(_ data: C) -> [UInt8] where C.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(8)
        data.withContiguousBytes { appendLittleEndian(XXHash64.hash($0, seed: 0), to: &out) }
        return out
    }

    /// `twox128(data)`: the storage-prefix hash of pallet and item names.
    @inlinable
    public static func hash128<C: Collection>(_ data: C) -> [UInt8] where C.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(16)
        hash128(data, into: &out)
        return out
    }

    /// Appends `twox128(data)` to `output` (no allocation when `output` has room): the form
    /// storage-key builders use.
    @inlinable
    public static func hash128<C: Collection>(_ data: C, into output: inout [UInt8]) where C.Element == UInt8 {
        let (a, b) = data.withContiguousBytes { XXHash64.hashPair($0, seeds: (0, 1)) }
        appendLittleEndian(a, to: &output)
        appendLittleEndian(b, to: &output)
    }

    /// `twox256(data)`.
    @inlinable
    public static func hash256<C: Collection>(_ data: C) -> [UInt8] where C.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(32)
        data.withContiguousBytes { buffer in
            let (a, b) = XXHash64.hashPair(buffer, seeds: (0, 1))
            let (c, d) = XXHash64.hashPair(buffer, seeds: (2, 3))
            for word in [a, b, c, d] { appendLittleEndian(word, to: &out) }
        }
        return out
    }

    @inlinable @inline(__always)
    static func appendLittleEndian(_ value: UInt64, to output: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { output.append(contentsOf: $0) }
    }
}
