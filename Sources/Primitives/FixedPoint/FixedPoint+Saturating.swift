// Saturating arithmetic (substrate-fixed's `saturating_*`): on overflow the result is clamped to
// `min` or `max`, on the side of the exact result's sign.

extension FixedPoint {
    /// The sum, clamped to the representable range (`saturating_add`).
    @inlinable public func saturatingAdd(_ other: Self) -> Self {
        let (value, overflow) = addingReportingOverflow(other)
        guard overflow else { return value }
        return other.bits < 0 ? .min : .max
    }

    /// The difference, clamped to the representable range (`saturating_sub`).
    @inlinable public func saturatingSub(_ other: Self) -> Self {
        let (value, overflow) = subtractingReportingOverflow(other)
        guard overflow else { return value }
        // For an unsigned type the only way to overflow is to go below zero.
        return (Bits.isSigned && other.bits < 0) ? .max : .min
    }

    /// The floored product, clamped to the representable range (`saturating_mul`).
    @inlinable public func saturatingMul(_ other: Self) -> Self {
        let (value, overflow) = multipliedReportingOverflow(by: other)
        guard overflow else { return value }
        return (bits < 0) != (other.bits < 0) ? .min : .max
    }

    /// The truncated quotient, clamped to the representable range (`saturating_div`).
    /// - Precondition: `other` is not zero.
    @inlinable public func saturatingDiv(_ other: Self) -> Self {
        let (value, overflow) = dividedReportingOverflow(by: other)
        guard overflow else { return value }
        return (bits < 0) != (other.bits < 0) ? .min : .max
    }
}

extension FixedPoint where Bits: SignedInteger {
    /// The negation, wrapping for `min` (`-x` in a release build).
    @inlinable public static prefix func - (operand: Self) -> Self { Self(bits: 0 &- operand.bits) }

    /// The absolute value, wrapping for `min` (`abs()` in a release build).
    @inlinable public func abs() -> Self { bits < 0 ? -self : self }
}
