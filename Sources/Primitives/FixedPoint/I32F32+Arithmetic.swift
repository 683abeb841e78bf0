// Concrete `I32F32` operators. They compute exactly what the generic `FixedPoint` ones do; being
// non-generic they stay fast in unoptimised builds and need no cross-module specialisation, which
// matters because every Yuma vector and matrix operation is an `I32F32` operation.

extension I32F32 {
    @inlinable public static func + (lhs: I32F32, rhs: I32F32) -> I32F32 { I32F32(bits: lhs.bits &+ rhs.bits) }
    @inlinable public static func - (lhs: I32F32, rhs: I32F32) -> I32F32 { I32F32(bits: lhs.bits &- rhs.bits) }
    @inlinable public static func += (lhs: inout I32F32, rhs: I32F32) { lhs.bits = lhs.bits &+ rhs.bits }
    @inlinable public static func -= (lhs: inout I32F32, rhs: I32F32) { lhs.bits = lhs.bits &- rhs.bits }
    @inlinable public static func < (lhs: I32F32, rhs: I32F32) -> Bool { lhs.bits < rhs.bits }
    @inlinable public static func <= (lhs: I32F32, rhs: I32F32) -> Bool { lhs.bits <= rhs.bits }
    @inlinable public static func > (lhs: I32F32, rhs: I32F32) -> Bool { lhs.bits > rhs.bits }
    @inlinable public static func >= (lhs: I32F32, rhs: I32F32) -> Bool { lhs.bits >= rhs.bits }

    /// `floor(a · b / 2^32)`, wrapping on overflow.
    @inlinable public static func * (lhs: I32F32, rhs: I32F32) -> I32F32 {
        let (high, low) = lhs.bits.multipliedFullWidth(by: rhs.bits)
        return I32F32(bits: (high &<< 32) | Int64(bitPattern: low &>> 32))
    }

    @inlinable public static func *= (lhs: inout I32F32, rhs: I32F32) { lhs = lhs * rhs }

    /// `trunc(a · 2^32 / b)`, wrapping on overflow. A non-negative dividend below one and a positive
    /// divisor (the normalisations' case) take a single 64-bit division.
    /// - Precondition: `rhs` is not zero.
    @inlinable public static func / (lhs: I32F32, rhs: I32F32) -> I32F32 {
        if lhs.bits >= 0 && lhs.bits < 1 << 32 && rhs.bits > 0 {
            return I32F32(bits: Int64(bitPattern: (UInt64(lhs.bits) << 32) / UInt64(rhs.bits)))
        }
        return lhs.dividedReportingOverflow(by: rhs).partialValue
    }

    @inlinable public static func /= (lhs: inout I32F32, rhs: I32F32) { lhs = lhs / rhs }
}
