/// Division of a 256-bit magnitude by a 128-bit one, for the 128-bit fixed-point types.
///
/// The quotient does not change when both operands lose the same trailing zero bits, and
/// fixed-point operands made from integers have many (`I64F64::from_num(stake)` has 64). Once the
/// divisor fits in 64 bits, four 128-by-64-bit steps finish the job; otherwise the standard
/// library's full-width division does.
@usableFromInline
enum WideDivision {
    /// `(high · 2^128 + low) / divisor` truncated: the quotient's low 128 bits, and whether it
    /// needed more.
    @usableFromInline
    static func divide(high: UInt128, low: UInt128, by divisor: UInt128) -> (quotient: UInt128, overflow: Bool) {
        precondition(divisor != 0, "fixed-point division by zero")
        var high = high, low = low, divisor = divisor
        let numeratorZeros = low == 0 ? 128 + high.trailingZeroBitCount : low.trailingZeroBitCount
        let shift = Swift.min(numeratorZeros, divisor.trailingZeroBitCount)
        if shift > 0 {
            low = (low >> shift) | (high << (128 - shift))
            high >>= shift
            divisor >>= shift
        }
        if let small = UInt64(exactly: divisor) {
            // Schoolbook division by one 64-bit digit, most significant limb first.
            let (q3, r3) = small.dividingFullWidth((0, UInt64(truncatingIfNeeded: high >> 64)))
            let (q2, r2) = small.dividingFullWidth((r3, UInt64(truncatingIfNeeded: high)))
            let (q1, r1) = small.dividingFullWidth((r2, UInt64(truncatingIfNeeded: low >> 64)))
            let (q0, _) = small.dividingFullWidth((r1, UInt64(truncatingIfNeeded: low)))
            return (UInt128(q1) << 64 | UInt128(q0), q3 | q2 != 0)
        }
        if high == 0 { return (low / divisor, false) }
        if high < divisor { return (divisor.dividingFullWidth((high, low)).quotient, false) }
        return (divisor.dividingFullWidth((high % divisor, low)).quotient, true)
    }
}
