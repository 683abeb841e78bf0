/// ristretto255 encoding and decoding (RFC 9496 §4.3) onto Edwards points, for the
/// variable-time verification path.
enum RistrettoCodec {
    /// Decodes a 32-byte encoding to an Edwards representative, or `nil` if it is not canonical
    /// or not a valid encoding.
    static func decode(_ bytes: [UInt8]) -> EdwardsPoint? {
        guard bytes.count == 32 else { return nil }
        let s = FieldElement25519(bytes: bytes)
        // Canonical (< p, bit 255 clear) and non-negative.
        guard s.bytes == bytes, bytes[0] & 1 == 0 else { return nil }
        let ss = s.squared()
        let u1 = FieldElement25519.one - ss
        let u2 = FieldElement25519.one + ss
        let u2Squared = u2.squared()
        let v = (FieldElement25519.edwardsD * u1.squared()).negated() - u2Squared
        let (wasSquare, invSqrt) = FieldElement25519.sqrtRatioM1(.one, v * u2Squared)
        let denX = invSqrt * u2
        let denY = invSqrt * denX * v
        let x = ((s + s) * denX).absolute
        let y = u1 * denY
        let t = x * y
        guard wasSquare, !t.isNegative, !y.isZero else { return nil }
        return EdwardsPoint(x: x, y: y, z: .one, t: t)
    }

    /// The canonical 32-byte encoding of the ristretto255 element `point` represents.
    static func encode(_ point: EdwardsPoint) -> [UInt8] {
        let u1 = (point.z + point.y) * (point.z - point.y)
        let u2 = point.x * point.y
        let (_, invSqrt) = FieldElement25519.sqrtRatioM1(.one, u1 * u2.squared())
        let den1 = invSqrt * u1
        let den2 = invSqrt * u2
        let zInverse = den1 * den2 * point.t
        let rotate = (point.t * zInverse).isNegative
        var x = point.x
        var y = point.y
        var denInverse = den2
        if rotate {
            x = point.y * FieldElement25519.sqrtMinusOne
            y = point.x * FieldElement25519.sqrtMinusOne
            denInverse = den1 * FieldElement25519.invSqrtAMinusD
        }
        if (x * zInverse).isNegative { y = y.negated() }
        return (denInverse * (point.z - y)).absolute.bytes
    }
}
