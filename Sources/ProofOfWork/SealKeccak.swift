/// Keccak-256 (original padding `0x01 … 0x80`) specialised for the seal's 32-byte input, the
/// SHA-256 digest, held entirely in local lanes: no heap, no buffers.
///
/// The input fills lanes 0 ... 3; the padding puts `0x01` in lane 4 and `0x80` in the last byte
/// of the 136-byte rate (lane 16). Round 0 is written out so the optimiser folds the twenty zero
/// lanes, and the last round computes only the first row, the four lanes of the digest.
/// Generic over the lane so one body serves one seal (`UInt64`) and four (`SIMD4<UInt64>`).
enum SealKeccak {
    /// The 25 lanes; `aXY` is lane `x + 5y` (bytes `8(x + 5y) ..< 8(x + 5y) + 8`, little-endian).
    struct State<W: KeccakWord> {
        var a00, a10, a20, a30, a40: W
        var a01, a11, a21, a31, a41: W
        var a02, a12, a22, a32, a42: W
        var a03, a13, a23, a33, a43: W
        var a04, a14, a24, a34, a44: W

        /// The absorbed, padded 32-byte message `l0 ‖ l1 ‖ l2 ‖ l3` (little-endian lanes).
        @inline(__always)
        init(_ l0: W, _ l1: W, _ l2: W, _ l3: W) {
            let zero = W(splat: 0)
            a00 = l0; a10 = l1; a20 = l2; a30 = l3; a40 = W(splat: 0x01)
            a01 = zero; a11 = zero; a21 = zero; a31 = zero; a41 = zero
            a02 = zero; a12 = zero; a22 = zero; a32 = zero; a42 = zero
            a03 = zero; a13 = W(splat: 0x8000_0000_0000_0000); a23 = zero; a33 = zero; a43 = zero
            a04 = zero; a14 = zero; a24 = zero; a34 = zero; a44 = zero
        }

        /// One round of Keccak-f[1600]: θ, ρ and π, χ, ι.
        @inline(__always)
        mutating func round(_ rc: UInt64) {
            let c0 = a00 ^ a01 ^ a02 ^ a03 ^ a04
            let c1 = a10 ^ a11 ^ a12 ^ a13 ^ a14
            let c2 = a20 ^ a21 ^ a22 ^ a23 ^ a24
            let c3 = a30 ^ a31 ^ a32 ^ a33 ^ a34
            let c4 = a40 ^ a41 ^ a42 ^ a43 ^ a44
            let d0 = c4 ^ c1.rotatedLeft(1)
            let d1 = c0 ^ c2.rotatedLeft(1)
            let d2 = c1 ^ c3.rotatedLeft(1)
            let d3 = c2 ^ c4.rotatedLeft(1)
            let d4 = c3 ^ c0.rotatedLeft(1)
            // ρ and π: B[x, y] = rot(A[(x + 3y) mod 5, x], r).
            let b00 = a00 ^ d0
            let b10 = (a11 ^ d1).rotatedLeft(44)
            let b20 = (a22 ^ d2).rotatedLeft(43)
            let b30 = (a33 ^ d3).rotatedLeft(21)
            let b40 = (a44 ^ d4).rotatedLeft(14)
            let b01 = (a30 ^ d3).rotatedLeft(28)
            let b11 = (a41 ^ d4).rotatedLeft(20)
            let b21 = (a02 ^ d0).rotatedLeft(3)
            let b31 = (a13 ^ d1).rotatedLeft(45)
            let b41 = (a24 ^ d2).rotatedLeft(61)
            let b02 = (a10 ^ d1).rotatedLeft(1)
            let b12 = (a21 ^ d2).rotatedLeft(6)
            let b22 = (a32 ^ d3).rotatedLeft(25)
            let b32 = (a43 ^ d4).rotatedLeft(8)
            let b42 = (a04 ^ d0).rotatedLeft(18)
            let b03 = (a40 ^ d4).rotatedLeft(27)
            let b13 = (a01 ^ d0).rotatedLeft(36)
            let b23 = (a12 ^ d1).rotatedLeft(10)
            let b33 = (a23 ^ d2).rotatedLeft(15)
            let b43 = (a34 ^ d3).rotatedLeft(56)
            let b04 = (a20 ^ d2).rotatedLeft(62)
            let b14 = (a31 ^ d3).rotatedLeft(55)
            let b24 = (a42 ^ d4).rotatedLeft(39)
            let b34 = (a03 ^ d0).rotatedLeft(41)
            let b44 = (a14 ^ d1).rotatedLeft(2)
            // χ and ι.
            a00 = b00 ^ b10.andNot(b20) ^ W(splat: rc)
            a10 = b10 ^ b20.andNot(b30)
            a20 = b20 ^ b30.andNot(b40)
            a30 = b30 ^ b40.andNot(b00)
            a40 = b40 ^ b00.andNot(b10)
            a01 = b01 ^ b11.andNot(b21)
            a11 = b11 ^ b21.andNot(b31)
            a21 = b21 ^ b31.andNot(b41)
            a31 = b31 ^ b41.andNot(b01)
            a41 = b41 ^ b01.andNot(b11)
            a02 = b02 ^ b12.andNot(b22)
            a12 = b12 ^ b22.andNot(b32)
            a22 = b22 ^ b32.andNot(b42)
            a32 = b32 ^ b42.andNot(b02)
            a42 = b42 ^ b02.andNot(b12)
            a03 = b03 ^ b13.andNot(b23)
            a13 = b13 ^ b23.andNot(b33)
            a23 = b23 ^ b33.andNot(b43)
            a33 = b33 ^ b43.andNot(b03)
            a43 = b43 ^ b03.andNot(b13)
            a04 = b04 ^ b14.andNot(b24)
            a14 = b14 ^ b24.andNot(b34)
            a24 = b24 ^ b34.andNot(b44)
            a34 = b34 ^ b44.andNot(b04)
            a44 = b44 ^ b04.andNot(b14)
        }

        /// The last round, reduced to the first row: the digest's lanes 0 ... 3.
        @inline(__always)
        func finalRow(_ rc: UInt64) -> (W, W, W, W) {
            let c0 = a00 ^ a01 ^ a02 ^ a03 ^ a04
            let c1 = a10 ^ a11 ^ a12 ^ a13 ^ a14
            let c2 = a20 ^ a21 ^ a22 ^ a23 ^ a24
            let c3 = a30 ^ a31 ^ a32 ^ a33 ^ a34
            let c4 = a40 ^ a41 ^ a42 ^ a43 ^ a44
            let b00 = a00 ^ c4 ^ c1.rotatedLeft(1)
            let b10 = (a11 ^ c0 ^ c2.rotatedLeft(1)).rotatedLeft(44)
            let b20 = (a22 ^ c1 ^ c3.rotatedLeft(1)).rotatedLeft(43)
            let b30 = (a33 ^ c2 ^ c4.rotatedLeft(1)).rotatedLeft(21)
            let b40 = (a44 ^ c3 ^ c0.rotatedLeft(1)).rotatedLeft(14)
            return (b00 ^ b10.andNot(b20) ^ W(splat: rc), b10 ^ b20.andNot(b30), b20 ^ b30.andNot(b40), b30 ^ b40.andNot(b00))
        }
    }

    /// The round constants of Keccak-f[1600] (ι).
    static let roundConstants: InlineArray<24, UInt64> = [
        0x0000_0000_0000_0001, 0x0000_0000_0000_8082, 0x8000_0000_0000_808A, 0x8000_0000_8000_8000,
        0x0000_0000_0000_808B, 0x0000_0000_8000_0001, 0x8000_0000_8000_8081, 0x8000_0000_0000_8009,
        0x0000_0000_0000_008A, 0x0000_0000_0000_0088, 0x0000_0000_8000_8009, 0x0000_0000_8000_000A,
        0x0000_0000_8000_808B, 0x8000_0000_0000_008B, 0x8000_0000_0000_8089, 0x8000_0000_0000_8003,
        0x8000_0000_0000_8002, 0x8000_0000_0000_0080, 0x0000_0000_0000_800A, 0x8000_0000_8000_000A,
        0x8000_0000_8000_8081, 0x8000_0000_0000_8080, 0x0000_0000_8000_0001, 0x8000_0000_8000_8008,
    ]

    /// The Keccak-256 digest, as four little-endian lanes, of the 32 bytes `l0 ‖ l1 ‖ l2 ‖ l3`.
    /// - Complexity: one Keccak-f[1600] permutation, the last round cut to one row.
    @inline(__always)
    static func digest<W: KeccakWord>(_ l0: W, _ l1: W, _ l2: W, _ l3: W) -> (W, W, W, W) {
        var state = State(l0, l1, l2, l3)
        state.round(0x0000_0000_0000_0001)
        let constants = roundConstants
        for index in 1..<23 {
            state.round(constants[index])
        }
        return state.finalRow(0x8000_0000_8000_8008)
    }
}
