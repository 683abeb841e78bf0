extension FieldElement25519 {
    /// `√−1` modulo p.
    static let sqrtMinusOne = FieldElement25519(hexLittleEndian: "b0a00e4a271beec478e42fad0618432fa7d7fb3d99004d2b0bdfc14f8024832b")
    /// The Edwards curve constant `d = −121665/121666`.
    static let edwardsD = FieldElement25519(hexLittleEndian: "a3785913ca4deb75abd841414d0a700098e879777940c78c73fe6f2bee6c0352")
    /// `2d`.
    static let edwardsD2 = FieldElement25519(hexLittleEndian: "59f1b226949bd6eb56b183829a14e00030d1f3eef2808e19e7fcdf56dcd90624")
    /// `1/√(a − d)` with `a = −1` (ristretto255's INVSQRT_A_MINUS_D).
    static let invSqrtAMinusD = FieldElement25519(hexLittleEndian: "ea405d80aafdc899be72415a17162f9d40d801fe917bc216a2fcafcf05896c78")

    /// `self^((p − 5)/8) = self^(2^252 − 3)`.
    func power22523() -> FieldElement25519 {
        let z = self
        var t0 = z.squared()                       // 2
        var t1 = t0.squared(times: 2)              // 8
        t1 = z * t1                                // 9
        t0 = t0 * t1                               // 11
        t0 = t0.squared()                          // 22
        t0 = t1 * t0                               // 31 = 2^5 − 1
        t1 = t0.squared(times: 5)
        t0 = t1 * t0                               // 2^10 − 1
        t1 = t0.squared(times: 10)
        t1 = t1 * t0                               // 2^20 − 1
        var t2 = t1.squared(times: 20)
        t1 = t2 * t1                               // 2^40 − 1
        t1 = t1.squared(times: 10)
        t0 = t1 * t0                               // 2^50 − 1
        t1 = t0.squared(times: 50)
        t1 = t1 * t0                               // 2^100 − 1
        t2 = t1.squared(times: 100)
        t1 = t2 * t1                               // 2^200 − 1
        t1 = t1.squared(times: 50)
        t0 = t1 * t0                               // 2^250 − 1
        t0 = t0.squared(times: 2)                  // 2^252 − 4
        return t0 * z                              // 2^252 − 3
    }

    /// RFC 9496 SQRT_RATIO_M1: `(true, +√(u/v))` when `u/v` is square, otherwise
    /// `(false, +√(i·u/v))`; `(true, 0)` when `u` is zero.
    static func sqrtRatioM1(_ u: FieldElement25519, _ v: FieldElement25519) -> (wasSquare: Bool, root: FieldElement25519) {
        let v3 = v.squared() * v
        let v7 = v3.squared() * v
        var r = (u * v3) * (u * v7).power22523()
        let check = v * r.squared()
        let correctSign = check.equals(u)
        let minusU = u.negated()
        let flippedSign = check.equals(minusU)
        let flippedSignI = check.equals(minusU * sqrtMinusOne)
        if flippedSign || flippedSignI { r = r * sqrtMinusOne }
        return (correctSign || flippedSign, r.absolute)
    }
}
