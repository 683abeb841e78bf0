/// The per-nonce work of a seal with everything per-block precomputed: the SHA-256 message
/// words of the block-and-hotkey hash. One nonce at a time (`lanes(nonce:)`, for verification)
/// or eight at a time (`topWords8(from:rule:)`, for the solver).
struct SealHasher: Sendable {
    let w2, w3, w4, w5, w6, w7, w8, w9: UInt32

    init(_ hash: BlockAndHotkeyHash) {
        let w = hash.messageWords
        (w2, w3, w4, w5, w6, w7, w8, w9) = (w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7])
    }

    /// The seal of `nonce` as four little-endian 64-bit lanes.
    /// - Complexity: one SHA-256 block and one Keccak-f[1600]; no allocation.
    @inline(__always)
    func lanes(nonce: UInt64) -> (UInt64, UInt64, UInt64, UInt64) {
        let h = SealSHA256.digest(
            UInt32(truncatingIfNeeded: nonce).byteSwapped, UInt32(truncatingIfNeeded: nonce >> 32).byteSwapped,
            w2, w3, w4, w5, w6, w7, w8, w9)
        func lane(_ first: UInt32, _ second: UInt32) -> UInt64 {
            UInt64(first.byteSwapped) | UInt64(second.byteSwapped) << 32
        }
        return SealKeccak.digest(lane(h.a, h.b), lane(h.c, h.d), lane(h.e, h.f), lane(h.g, h.h))
    }

    /// The most significant 64 bits, in `rule`'s byte order, of the seals of the eight nonces
    /// `first, first &+ 1, …, first &+ 7`.
    ///
    /// A seal can meet a target only if this word is at most the target's top word, so the solver
    /// rejects almost every nonce on this word alone and recomputes the rare candidates in full.
    /// - Complexity: one 8-lane SHA-256 block and two 4-lane Keccak-f[1600]; no allocation.
    @inline(__always)
    func topWords8(from first: UInt64, bigEndian: Bool) -> SIMD8<UInt64> {
        let nonces = SIMD8<UInt64>(repeating: first) &+ SIMD8<UInt64>(0, 1, 2, 3, 4, 5, 6, 7)
        let w0 = SIMD8<UInt32>(truncatingIfNeeded: nonces).byteSwapped
        let w1 = SIMD8<UInt32>(truncatingIfNeeded: nonces &>> 32).byteSwapped
        let h = SealSHA256.digest(
            w0, w1, SIMD8(splat: w2), SIMD8(splat: w3), SIMD8(splat: w4), SIMD8(splat: w5),
            SIMD8(splat: w6), SIMD8(splat: w7), SIMD8(splat: w8), SIMD8(splat: w9))
        let (a, b, c, d) = (h.a.byteSwapped, h.b.byteSwapped, h.c.byteSwapped, h.d.byteSwapped)
        let (e, f, g, hh) = (h.e.byteSwapped, h.f.byteSwapped, h.g.byteSwapped, h.h.byteSwapped)
        @inline(__always)
        func lane(_ first: SIMD4<UInt32>, _ second: SIMD4<UInt32>) -> SIMD4<UInt64> {
            SIMD4<UInt64>(truncatingIfNeeded: first) | SIMD4<UInt64>(truncatingIfNeeded: second) &<< 32
        }
        let low = SealKeccak.digest(
            lane(a.lowHalf, b.lowHalf), lane(c.lowHalf, d.lowHalf), lane(e.lowHalf, f.lowHalf), lane(g.lowHalf, hh.lowHalf))
        let high = SealKeccak.digest(
            lane(a.highHalf, b.highHalf), lane(c.highHalf, d.highHalf), lane(e.highHalf, f.highHalf), lane(g.highHalf, hh.highHalf))
        return bigEndian
            ? SIMD8(lowHalf: low.0, highHalf: high.0).byteSwapped
            : SIMD8(lowHalf: low.3, highHalf: high.3)
    }
}
