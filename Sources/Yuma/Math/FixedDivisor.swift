import Primitives

/// Divides many `I32F32` values by one divisor with exactly the result of `/`, but without a
/// hardware division in the common cases. Normalising rows and columns divides every entry of a
/// matrix by one of a handful of sums, so the epoch spends much of its time here.
///
/// For a non-negative `x` and a positive divisor `d`, `x / d` is `floor(N / D)`:
/// - in general `N = x.bits · 2^32` and `D = d.bits`, which needs `x < 1` for `N < 2^64`;
/// - if `d` is an integer (`d.bits = D' · 2^32`, as sums of stored u16 weights and bonds are),
///   the common factor `2^32` cancels: `N = x.bits`, `D = D'`, for any `x`.
///
/// With the reciprocal `m = floor(2^64 / D)` (D ≥ 2), `floor(N · m / 2^64)` is the quotient or
/// one less, and comparing the remainder with `D` settles it. Everything else (negative values,
/// divisors of one ulp or one) goes through `/`.
struct FixedDivisor {
    let divisor: I32F32
    private let denominator: UInt64
    private let reciprocal: UInt64
    /// `d` is a positive integer: the numerator is `x.bits` itself.
    private let integral: Bool
    private let fast: Bool

    init(_ divisor: I32F32) {
        precondition(divisor != .zero, "fixed-point division by zero")
        self.divisor = divisor
        integral = divisor.bits > 0 && divisor.bits & 0xFFFF_FFFF == 0
        denominator = integral ? UInt64(divisor.bits >> 32) : UInt64(truncatingIfNeeded: divisor.bits)
        fast = divisor.bits > 0 && denominator > 1
        reciprocal = fast
            ? UInt64.max / denominator &+ (UInt64.max % denominator == denominator &- 1 ? 1 : 0)
            : 0
    }

    /// `x / divisor`, bit for bit.
    @inline(__always)
    func divide(_ x: I32F32) -> I32F32 {
        let bits = x.bits
        guard fast, bits >= 0, integral || bits < 1 << 32 else { return x / divisor }
        let numerator = integral ? UInt64(bits) : UInt64(bits) << 32
        var quotient = numerator.multipliedFullWidth(by: reciprocal).high
        let remainder = numerator &- quotient &* denominator
        if remainder >= denominator { quotient &+= 1 }
        // N < 2^64 and D ≥ 2, so the quotient is below 2^63 and fits the signed bits.
        return I32F32(bits: Int64(bitPattern: quotient))
    }
}
