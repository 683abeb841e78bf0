// `from_num` / `to_num` between fixed-point types and integers (substrate-fixed int_helper.rs and
// macros_from_to.rs): extra fractional bits are dropped (floor), and a value that does not fit
// wraps, keeping the low bits, as a release build does.

extension FixedPoint {
    /// `from_num(int)`: `value · 2^k`, wrapping if it does not fit.
    @inlinable public init<Source: BinaryInteger>(_ value: Source) {
        self.init(bits: Bits(truncatingIfNeeded: value) &<< Self.fractionalBitCount)
    }

    /// `checked_from_num(int)`: `value · 2^k`, or `nil` if it does not fit.
    @inlinable public init?<Source: BinaryInteger>(checked value: Source) {
        guard let narrowed = Bits(exactly: value) else { return nil }
        let shifted = narrowed &<< Self.fractionalBitCount
        guard shifted &>> Self.fractionalBitCount == narrowed else { return nil }
        self.init(bits: shifted)
    }

    /// `from_num(fixed)`: the same value with this type's precision, floored; wraps if the integer
    /// part does not fit.
    @inlinable public init<Source: FixedPoint>(_ source: Source) {
        self.init(bits: Self.converting(source).bits)
    }

    /// `checked_from_num(fixed)`: the floored value, or `nil` if it does not fit.
    @inlinable public init?<Source: FixedPoint>(checked source: Source) {
        let (bits, overflow) = Self.converting(source)
        if overflow { return nil }
        self.init(bits: bits)
    }

    /// `saturating_from_num(fixed)`: the floored value, clamped to the representable range.
    @inlinable public init<Source: FixedPoint>(saturating source: Source) {
        let (bits, overflow) = Self.converting(source)
        if overflow {
            self = source.bits < 0 ? .min : .max
        } else {
            self.init(bits: bits)
        }
    }

    /// `to_num::<Integer>()`: the value floored to an integer, wrapping if it does not fit.
    @inlinable public func toNum<Integer: FixedWidthInteger>(_: Integer.Type = Integer.self) -> Integer {
        Integer(truncatingIfNeeded: bits &>> Self.fractionalBitCount)
    }

    /// `checked_to_num::<Integer>()`: the value floored to an integer, or `nil` if it does not fit.
    @inlinable public func checkedToNum<Integer: FixedWidthInteger>(_: Integer.Type = Integer.self) -> Integer? {
        Integer(exactly: bits &>> Self.fractionalBitCount)
    }

    /// `saturating_to_num::<Integer>()`: the value floored to an integer, clamped to its range.
    @inlinable public func saturatingToNum<Integer: FixedWidthInteger>(_: Integer.Type = Integer.self) -> Integer {
        Integer(clamping: bits &>> Self.fractionalBitCount)
    }

    /// The source's bits re-scaled to this type (floor), truncated to `Bits`, and whether the
    /// value did not fit. Works through a 256-bit two's-complement intermediate, so it is exact for
    /// every pair of types up to 128 bits.
    @inlinable static func converting<Source: FixedPoint>(_ source: Source) -> (bits: Bits, overflow: Bool) {
        var wide = WideInteger(source.bits)
        let shift = fractionalBitCount - Source.fractionalBitCount
        if shift > 0 {
            wide.shiftLeft(by: shift)
        } else if shift < 0 {
            wide.shiftRightArithmetic(by: -shift)
        }
        let bits = Bits(truncatingIfNeeded: wide.low)
        return (bits, WideInteger(bits) != wide)
    }
}

/// A 256-bit two's-complement integer, only as wide as the conversions need.
@usableFromInline
struct WideInteger: Equatable {
    @usableFromInline var high: Int128
    @usableFromInline var low: UInt128

    @inlinable init<Value: BinaryInteger>(_ value: Value) {
        high = value < 0 ? -1 : 0
        low = UInt128(truncatingIfNeeded: value)
    }

    @inlinable mutating func shiftLeft(by amount: Int) {
        precondition(amount > 0 && amount < 128)
        high = (high &<< amount) | Int128(truncatingIfNeeded: low &>> (128 - amount))
        low = low &<< amount
    }

    @inlinable mutating func shiftRightArithmetic(by amount: Int) {
        precondition(amount > 0 && amount < 128)
        low = (low &>> amount) | (UInt128(truncatingIfNeeded: high) &<< (128 - amount))
        high = high &>> amount
    }
}
