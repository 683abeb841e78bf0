/// SHA-256 specialised for the seal's pre-image: one 64-byte block holding the 40-byte message
/// `nonce_le(8) ‖ block_and_hotkey_hash(32)`, then `0x80`, zeros, and the bit length 320.
///
/// Everything is unrolled and the constant message words (10 ... 15) are literals, so after
/// inlining the optimiser folds them and hoists the per-block words (2 ... 9) out of a nonce loop.
/// Generic over the word so one body serves one nonce (`UInt32`) and eight (`SIMD8<UInt32>`).
enum SealSHA256 {
    /// The eight state words of SHA-256 (`a ... h`).
    struct State<W: SHA256Word> {
        var a, b, c, d, e, f, g, h: W

        @inline(__always)
        static var initial: State {
            State(a: W(splat: 0x6a09_e667), b: W(splat: 0xbb67_ae85), c: W(splat: 0x3c6e_f372), d: W(splat: 0xa54f_f53a),
                  e: W(splat: 0x510e_527f), f: W(splat: 0x9b05_688c), g: W(splat: 0x1f83_d9ab), h: W(splat: 0x5be0_cd19))
        }

        /// One compression round with constant `k` and schedule word `w`.
        @inline(__always)
        mutating func round(_ k: UInt32, _ w: W) {
            let sum1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
            let choose = g ^ (e & (f ^ g))
            let t1 = h &+ sum1 &+ choose &+ W(splat: k) &+ w
            let sum0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
            let majority = (a & b) | (c & (a | b))
            h = g
            g = f
            f = e
            e = d &+ t1
            d = c
            c = b
            b = a
            a = t1 &+ sum0 &+ majority
        }
    }

    @inline(__always)
    static func sigma0<W: SHA256Word>(_ x: W) -> W { x.rotatedRight(7) ^ x.rotatedRight(18) ^ x.shiftedRight(3) }

    @inline(__always)
    static func sigma1<W: SHA256Word>(_ x: W) -> W { x.rotatedRight(17) ^ x.rotatedRight(19) ^ x.shiftedRight(10) }

    /// The SHA-256 digest words (big-endian words, as SHA-256 defines them) of the 40-byte
    /// message whose big-endian words are `w0 ... w9`.
    ///
    /// `w0` and `w1` carry the nonce's little-endian bytes; `w2 ... w9` the block-and-hotkey hash.
    /// - Complexity: 64 rounds, no memory traffic beyond spills.
    @inline(__always)
    static func digest<W: SHA256Word>(
        _ w0: W, _ w1: W, _ w2: W, _ w3: W, _ w4: W, _ w5: W, _ w6: W, _ w7: W, _ w8: W, _ w9: W
    ) -> State<W> {
        let w10 = W(splat: 0x8000_0000)
        let w11 = W(splat: 0)
        let w12 = W(splat: 0)
        let w13 = W(splat: 0)
        let w14 = W(splat: 0)
        let w15 = W(splat: 320)
        var s = State<W>.initial
        s.round(0x428a_2f98, w0)
        s.round(0x7137_4491, w1)
        s.round(0xb5c0_fbcf, w2)
        s.round(0xe9b5_dba5, w3)
        s.round(0x3956_c25b, w4)
        s.round(0x59f1_11f1, w5)
        s.round(0x923f_82a4, w6)
        s.round(0xab1c_5ed5, w7)
        s.round(0xd807_aa98, w8)
        s.round(0x1283_5b01, w9)
        s.round(0x2431_85be, w10)
        s.round(0x550c_7dc3, w11)
        s.round(0x72be_5d74, w12)
        s.round(0x80de_b1fe, w13)
        s.round(0x9bdc_06a7, w14)
        s.round(0xc19b_f174, w15)
        let w16 = sigma1(w14) &+ w9 &+ sigma0(w1) &+ w0
        s.round(0xe49b_69c1, w16)
        let w17 = sigma1(w15) &+ w10 &+ sigma0(w2) &+ w1
        s.round(0xefbe_4786, w17)
        let w18 = sigma1(w16) &+ w11 &+ sigma0(w3) &+ w2
        s.round(0x0fc1_9dc6, w18)
        let w19 = sigma1(w17) &+ w12 &+ sigma0(w4) &+ w3
        s.round(0x240c_a1cc, w19)
        let w20 = sigma1(w18) &+ w13 &+ sigma0(w5) &+ w4
        s.round(0x2de9_2c6f, w20)
        let w21 = sigma1(w19) &+ w14 &+ sigma0(w6) &+ w5
        s.round(0x4a74_84aa, w21)
        let w22 = sigma1(w20) &+ w15 &+ sigma0(w7) &+ w6
        s.round(0x5cb0_a9dc, w22)
        let w23 = sigma1(w21) &+ w16 &+ sigma0(w8) &+ w7
        s.round(0x76f9_88da, w23)
        let w24 = sigma1(w22) &+ w17 &+ sigma0(w9) &+ w8
        s.round(0x983e_5152, w24)
        let w25 = sigma1(w23) &+ w18 &+ sigma0(w10) &+ w9
        s.round(0xa831_c66d, w25)
        let w26 = sigma1(w24) &+ w19 &+ sigma0(w11) &+ w10
        s.round(0xb003_27c8, w26)
        let w27 = sigma1(w25) &+ w20 &+ sigma0(w12) &+ w11
        s.round(0xbf59_7fc7, w27)
        let w28 = sigma1(w26) &+ w21 &+ sigma0(w13) &+ w12
        s.round(0xc6e0_0bf3, w28)
        let w29 = sigma1(w27) &+ w22 &+ sigma0(w14) &+ w13
        s.round(0xd5a7_9147, w29)
        let w30 = sigma1(w28) &+ w23 &+ sigma0(w15) &+ w14
        s.round(0x06ca_6351, w30)
        let w31 = sigma1(w29) &+ w24 &+ sigma0(w16) &+ w15
        s.round(0x1429_2967, w31)
        let w32 = sigma1(w30) &+ w25 &+ sigma0(w17) &+ w16
        s.round(0x27b7_0a85, w32)
        let w33 = sigma1(w31) &+ w26 &+ sigma0(w18) &+ w17
        s.round(0x2e1b_2138, w33)
        let w34 = sigma1(w32) &+ w27 &+ sigma0(w19) &+ w18
        s.round(0x4d2c_6dfc, w34)
        let w35 = sigma1(w33) &+ w28 &+ sigma0(w20) &+ w19
        s.round(0x5338_0d13, w35)
        let w36 = sigma1(w34) &+ w29 &+ sigma0(w21) &+ w20
        s.round(0x650a_7354, w36)
        let w37 = sigma1(w35) &+ w30 &+ sigma0(w22) &+ w21
        s.round(0x766a_0abb, w37)
        let w38 = sigma1(w36) &+ w31 &+ sigma0(w23) &+ w22
        s.round(0x81c2_c92e, w38)
        let w39 = sigma1(w37) &+ w32 &+ sigma0(w24) &+ w23
        s.round(0x9272_2c85, w39)
        let w40 = sigma1(w38) &+ w33 &+ sigma0(w25) &+ w24
        s.round(0xa2bf_e8a1, w40)
        let w41 = sigma1(w39) &+ w34 &+ sigma0(w26) &+ w25
        s.round(0xa81a_664b, w41)
        let w42 = sigma1(w40) &+ w35 &+ sigma0(w27) &+ w26
        s.round(0xc24b_8b70, w42)
        let w43 = sigma1(w41) &+ w36 &+ sigma0(w28) &+ w27
        s.round(0xc76c_51a3, w43)
        let w44 = sigma1(w42) &+ w37 &+ sigma0(w29) &+ w28
        s.round(0xd192_e819, w44)
        let w45 = sigma1(w43) &+ w38 &+ sigma0(w30) &+ w29
        s.round(0xd699_0624, w45)
        let w46 = sigma1(w44) &+ w39 &+ sigma0(w31) &+ w30
        s.round(0xf40e_3585, w46)
        let w47 = sigma1(w45) &+ w40 &+ sigma0(w32) &+ w31
        s.round(0x106a_a070, w47)
        let w48 = sigma1(w46) &+ w41 &+ sigma0(w33) &+ w32
        s.round(0x19a4_c116, w48)
        let w49 = sigma1(w47) &+ w42 &+ sigma0(w34) &+ w33
        s.round(0x1e37_6c08, w49)
        let w50 = sigma1(w48) &+ w43 &+ sigma0(w35) &+ w34
        s.round(0x2748_774c, w50)
        let w51 = sigma1(w49) &+ w44 &+ sigma0(w36) &+ w35
        s.round(0x34b0_bcb5, w51)
        let w52 = sigma1(w50) &+ w45 &+ sigma0(w37) &+ w36
        s.round(0x391c_0cb3, w52)
        let w53 = sigma1(w51) &+ w46 &+ sigma0(w38) &+ w37
        s.round(0x4ed8_aa4a, w53)
        let w54 = sigma1(w52) &+ w47 &+ sigma0(w39) &+ w38
        s.round(0x5b9c_ca4f, w54)
        let w55 = sigma1(w53) &+ w48 &+ sigma0(w40) &+ w39
        s.round(0x682e_6ff3, w55)
        let w56 = sigma1(w54) &+ w49 &+ sigma0(w41) &+ w40
        s.round(0x748f_82ee, w56)
        let w57 = sigma1(w55) &+ w50 &+ sigma0(w42) &+ w41
        s.round(0x78a5_636f, w57)
        let w58 = sigma1(w56) &+ w51 &+ sigma0(w43) &+ w42
        s.round(0x84c8_7814, w58)
        let w59 = sigma1(w57) &+ w52 &+ sigma0(w44) &+ w43
        s.round(0x8cc7_0208, w59)
        let w60 = sigma1(w58) &+ w53 &+ sigma0(w45) &+ w44
        s.round(0x90be_fffa, w60)
        let w61 = sigma1(w59) &+ w54 &+ sigma0(w46) &+ w45
        s.round(0xa450_6ceb, w61)
        let w62 = sigma1(w60) &+ w55 &+ sigma0(w47) &+ w46
        s.round(0xbef9_a3f7, w62)
        let w63 = sigma1(w61) &+ w56 &+ sigma0(w48) &+ w47
        s.round(0xc671_78f2, w63)
        let start = State<W>.initial
        s.a = s.a &+ start.a
        s.b = s.b &+ start.b
        s.c = s.c &+ start.c
        s.d = s.d &+ start.d
        s.e = s.e &+ start.e
        s.f = s.f &+ start.f
        s.g = s.g &+ start.g
        s.h = s.h &+ start.h
        return s
    }
}
