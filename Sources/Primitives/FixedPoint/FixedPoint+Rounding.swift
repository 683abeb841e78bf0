// `round()` and `int()` (substrate-fixed macros_round.rs).

extension FixedPoint {
    /// The largest integer not above the value (`int()`, i.e. `floor()`).
    @inlinable public func floored() -> Self {
        Self(bits: bits & ~Self.fractionMask)
    }

    /// The value rounded to the nearest integer, ties away from zero, and whether the result
    /// did not fit (`overflowing_round`).
    ///
    /// A set half bit rounds up, except an exact negative tie, which stays at the floor
    /// (−2.5 → −3), so ties go away from zero in both directions.
    @inlinable public func roundedReportingOverflow() -> (partialValue: Self, overflow: Bool) {
        let k = Self.fractionalBitCount
        guard k > 0 else { return (self, false) }
        let floor = floored()
        let halfBit: Bits = 1 &<< (k - 1)
        guard bits & halfBit != 0 else { return (floor, false) }
        let isTie = bits & Self.fractionMask == halfBit
        if isTie && bits < 0 { return (floor, false) }
        guard k < Bits.bitWidth else { return (floor, true) }
        return floor.addingReportingOverflow(.one)
    }

    /// The value rounded to the nearest integer, ties away from zero, wrapping on overflow
    /// (`round()` in a release build).
    @inlinable public func rounded() -> Self { roundedReportingOverflow().partialValue }

    /// The bits that hold the fraction.
    @inlinable static var fractionMask: Bits {
        fractionalBitCount == 0 ? 0 : (fractionalBitCount >= Bits.bitWidth ? ~0 : (1 &<< fractionalBitCount) &- 1)
    }
}
