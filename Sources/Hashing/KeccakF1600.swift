/// The Keccak-f[1600] permutation on a 200-byte state, the primitive under Keccak-256 and
/// STROBE-128 (Merlin transcripts for sr25519).
///
/// The state is 25 little-endian 64-bit lanes; lane `x + 5y` holds bytes `8(x+5y) ..< 8(x+5y)+8`.
/// Byte-level access (`subscript`) maps onto the lanes, so callers can treat the state as the
/// 200-byte array that the STROBE specification describes.
public struct KeccakF1600: Sendable {
    /// The 25 lanes of the state.
    @usableFromInline var lanes: InlineArray<25, UInt64>

    /// The all-zero state.
    @inlinable
    public init() { lanes = InlineArray(repeating: 0) }

    /// Applies the permutation in place.
    @inlinable
    public mutating func permute() {
        withUnsafeMutablePointer(to: &lanes) { pointer in
            pointer.withMemoryRebound(to: UInt64.self, capacity: 25) { Self.permute($0) }
        }
    }

    /// Reads or writes byte `index` (0 ..< 200) of the state.
    @inlinable
    public subscript(byte index: Int) -> UInt8 {
        get { UInt8(truncatingIfNeeded: lanes[index >> 3] >> (UInt64(index & 7) << 3)) }
        set {
            let shift = UInt64(index & 7) << 3
            lanes[index >> 3] = (lanes[index >> 3] & ~(0xff << shift)) | (UInt64(newValue) << shift)
        }
    }

    /// XORs `value` into byte `index` of the state.
    @inlinable
    public mutating func xorByte(_ index: Int, _ value: UInt8) {
        lanes[index >> 3] ^= UInt64(value) << (UInt64(index & 7) << 3)
    }

    /// XORs the 64-bit little-endian word `value` into lane `lane`.
    @inlinable
    public mutating func xorLane(_ lane: Int, _ value: UInt64) {
        lanes[lane] ^= value
    }

    /// Reads lane `lane`.
    @inlinable
    public func lane(_ lane: Int) -> UInt64 { lanes[lane] }

    @usableFromInline
    static let roundConstants: [UInt64] = [
        0x0000_0000_0000_0001, 0x0000_0000_0000_8082, 0x8000_0000_0000_808A, 0x8000_0000_8000_8000,
        0x0000_0000_0000_808B, 0x0000_0000_8000_0001, 0x8000_0000_8000_8081, 0x8000_0000_0000_8009,
        0x0000_0000_0000_008A, 0x0000_0000_0000_0088, 0x0000_0000_8000_8009, 0x0000_0000_8000_000A,
        0x0000_0000_8000_808B, 0x8000_0000_0000_008B, 0x8000_0000_0000_8089, 0x8000_0000_0000_8003,
        0x8000_0000_0000_8002, 0x8000_0000_0000_0080, 0x0000_0000_0000_800A, 0x8000_0000_8000_000A,
        0x8000_0000_8000_8081, 0x8000_0000_0000_8080, 0x0000_0000_8000_0001, 0x8000_0000_8000_8008,
    ]
}
