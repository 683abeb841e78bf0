// The concrete fixed-point types subtensor uses. Each is one stored integer.

/// Signed, 32 integer and 32 fractional bits over an `Int64` (substrate-fixed `I32F32`): the
/// type of every Yuma consensus vector and matrix.
public struct I32F32: FixedPoint {
    public var bits: Int64
    @inlinable public static var fractionalBitCount: Int { 32 }
    @inlinable public init(bits: Int64) { self.bits = bits }
}

/// Signed, 64 integer and 64 fractional bits over an `Int128` (substrate-fixed `I64F64`): stake
/// normalisation and the bonds moving average.
public struct I64F64: FixedPoint {
    public var bits: Int128
    @inlinable public static var fractionalBitCount: Int { 64 }
    @inlinable public init(bits: Int128) { self.bits = bits }
}

/// Signed, 96 integer and 32 fractional bits over an `Int128` (substrate-fixed `I96F32`): rao
/// amounts (emission shares, block emission).
public struct I96F32: FixedPoint {
    public var bits: Int128
    @inlinable public static var fractionalBitCount: Int { 32 }
    @inlinable public init(bits: Int128) { self.bits = bits }
}

/// Signed, 110 integer and 18 fractional bits over an `Int128` (substrate-fixed `I110F18`):
/// registration difficulty and burn adjustments.
public struct I110F18: FixedPoint {
    public var bits: Int128
    @inlinable public static var fractionalBitCount: Int { 18 }
    @inlinable public init(bits: Int128) { self.bits = bits }
}

/// Unsigned, 64 integer and 64 fractional bits over a `UInt128` (substrate-fixed `U64F64`).
public struct U64F64: FixedPoint {
    public var bits: UInt128
    @inlinable public static var fractionalBitCount: Int { 64 }
    @inlinable public init(bits: UInt128) { self.bits = bits }
}
