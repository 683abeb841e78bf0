// Addition, subtraction, multiplication and division with substrate-fixed's rounding.
// substrate-fixed: arith.rs (`Add`/`Sub` pass to the bits; `Mul`/`Div` through
// `mul_div_widen` for ≤ 64-bit types and `mul_div_fallback`/`wide_div` for 128-bit types).

extension FixedPoint {
    /// Exact sum, wrapping on overflow (`a + b` in a release build).
    @inlinable public static func + (lhs: Self, rhs: Self) -> Self { Self(bits: lhs.bits &+ rhs.bits) }

    /// Exact difference, wrapping on overflow (`a - b` in a release build).
    @inlinable public static func - (lhs: Self, rhs: Self) -> Self { Self(bits: lhs.bits &- rhs.bits) }

    /// Product floored to the type's precision, wrapping on overflow (`a * b` in a release build).
    @inlinable public static func * (lhs: Self, rhs: Self) -> Self {
        lhs.multipliedReportingOverflow(by: rhs).partialValue
    }

    /// Quotient truncated toward zero, wrapping on overflow (`a / b` in a release build).
    /// - Precondition: `rhs` is not zero.
    @inlinable public static func / (lhs: Self, rhs: Self) -> Self {
        lhs.dividedReportingOverflow(by: rhs).partialValue
    }

    @inlinable public static func += (lhs: inout Self, rhs: Self) { lhs = lhs + rhs }
    @inlinable public static func -= (lhs: inout Self, rhs: Self) { lhs = lhs - rhs }
    @inlinable public static func *= (lhs: inout Self, rhs: Self) { lhs = lhs * rhs }
    @inlinable public static func /= (lhs: inout Self, rhs: Self) { lhs = lhs / rhs }

    /// The wrapped sum and whether it overflowed (`overflowing_add`).
    @inlinable public func addingReportingOverflow(_ other: Self) -> (partialValue: Self, overflow: Bool) {
        let (sum, overflow) = bits.addingReportingOverflow(other.bits)
        return (Self(bits: sum), overflow)
    }

    /// The wrapped difference and whether it overflowed (`overflowing_sub`).
    @inlinable public func subtractingReportingOverflow(_ other: Self) -> (partialValue: Self, overflow: Bool) {
        let (difference, overflow) = bits.subtractingReportingOverflow(other.bits)
        return (Self(bits: difference), overflow)
    }

    /// The floored product's low bits and whether the product did not fit (`overflowing_mul`).
    ///
    /// The full double-width product `a·b` is shifted right by `fractionalBitCount` (an
    /// arithmetic shift, so negative products round toward −∞).
    @inlinable public func multipliedReportingOverflow(by other: Self) -> (partialValue: Self, overflow: Bool) {
        let k = Self.fractionalBitCount
        let width = Bits.bitWidth
        let (high, low) = bits.multipliedFullWidth(by: other.bits)
        if k == 0 {
            let result = Bits(truncatingIfNeeded: low)
            return (Self(bits: result), high != (result < 0 ? ~Bits.zero : Bits.zero))
        }
        let shiftedLow = (low &>> k) | (Bits.Magnitude(truncatingIfNeeded: high) &<< (width - k))
        let shiftedHigh = high &>> k
        let result = Bits(truncatingIfNeeded: shiftedLow)
        return (Self(bits: result), shiftedHigh != (result < 0 ? ~Bits.zero : Bits.zero))
    }

    /// The truncated quotient's low bits and whether the quotient did not fit (`overflowing_div`).
    ///
    /// Computes `trunc(a·2^k / b)` exactly with a double-width dividend; the sign is applied to
    /// the quotient of the magnitudes, as `wide_div.rs` does.
    /// - Precondition: `other` is not zero (substrate-fixed panics in every build).
    @inlinable public func dividedReportingOverflow(by other: Self) -> (partialValue: Self, overflow: Bool) {
        precondition(other.bits != 0, "fixed-point division by zero")
        let k = Self.fractionalBitCount
        let width = Bits.bitWidth
        let negative = (bits < 0) != (other.bits < 0)
        let numerator = bits.magnitude
        let divisor = other.bits.magnitude
        let numeratorHigh = k == 0 ? 0 : numerator &>> (width - k)
        let numeratorLow = numerator &<< k
        var quotient: Bits.Magnitude
        var overflow = false
        if width == 128 {
            let wide = WideDivision.divide(high: UInt128(truncatingIfNeeded: numeratorHigh),
                                           low: UInt128(truncatingIfNeeded: numeratorLow),
                                           by: UInt128(truncatingIfNeeded: divisor))
            quotient = Bits.Magnitude(truncatingIfNeeded: wide.quotient)
            overflow = wide.overflow
        } else if numeratorHigh == 0 {
            quotient = numeratorLow / divisor
        } else if numeratorHigh < divisor {
            quotient = divisor.dividingFullWidth((numeratorHigh, numeratorLow)).quotient
        } else {
            // The quotient needs more than `width` bits: keep its low bits, as the Rust cast does.
            let remainder = numeratorHigh % divisor
            quotient = divisor.dividingFullWidth((remainder, numeratorLow)).quotient
            overflow = true
        }
        if !overflow {
            overflow = negative ? quotient > Bits.min.magnitude : quotient > Bits.max.magnitude
        }
        let result = negative ? Bits(truncatingIfNeeded: 0 &- quotient) : Bits(truncatingIfNeeded: quotient)
        return (Self(bits: result), overflow)
    }

    /// The sum, or `nil` on overflow (`checked_add`).
    @inlinable public func checkedAdd(_ other: Self) -> Self? {
        let (value, overflow) = addingReportingOverflow(other)
        return overflow ? nil : value
    }

    /// The difference, or `nil` on overflow (`checked_sub`).
    @inlinable public func checkedSub(_ other: Self) -> Self? {
        let (value, overflow) = subtractingReportingOverflow(other)
        return overflow ? nil : value
    }

    /// The floored product, or `nil` on overflow (`checked_mul`).
    @inlinable public func checkedMul(_ other: Self) -> Self? {
        let (value, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? nil : value
    }

    /// The truncated quotient, or `nil` on overflow or a zero divisor (`checked_div`).
    @inlinable public func checkedDiv(_ other: Self) -> Self? {
        guard other.bits != 0 else { return nil }
        let (value, overflow) = dividedReportingOverflow(by: other)
        return overflow ? nil : value
    }
}
