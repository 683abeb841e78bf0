/// A binary fixed-point number with exactly the semantics of the `substrate-fixed` crate
/// (encointer/substrate-fixed v0.5.9, the fork of `fixed` 0.5 that subtensor uses).
///
/// A value is its raw two's-complement `bits` divided by `2^fractionalBitCount`. The concrete
/// types (`I32F32`, `I64F64`, `I96F32`, `I110F18`, `U64F64`) are one stored integer each, so an
/// array of them is an array of raw integers.
///
/// Rounding, as substrate-fixed does it:
/// - `*` floors the exact product (an arithmetic shift, toward −∞);
/// - `/` truncates the exact quotient toward zero;
/// - every narrowing conversion (`init(_:)` from a fixed type with more fractional bits,
///   `toNum(_:)`) floors;
/// - `rounded()` rounds to nearest with ties away from zero.
///
/// Overflow: the chain runs substrate-fixed with debug assertions off, so an overflowing
/// operation **wraps** (keeps the low bits of the exact result). The plain operators do the same.
/// Use the `…ReportingOverflow` (Rust's `overflowing_…`), `checked…` or `saturating…` members to
/// detect or clamp it, as `cargo test` builds (which panic) would notice. Division by zero traps,
/// as it panics in every Rust build.
///
/// No floating point is involved anywhere: the types are safe for consensus code.
public protocol FixedPoint: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The raw integer representation.
    associatedtype Bits: FixedWidthInteger & Sendable where Bits.Magnitude: UnsignedInteger & Sendable

    /// How many of the bits are fractional (`Frac` in substrate-fixed).
    static var fractionalBitCount: Int { get }

    /// The raw representation: `value · 2^fractionalBitCount` (substrate-fixed's `to_bits`).
    var bits: Bits { get }

    /// The number whose raw representation is `bits` (substrate-fixed's `from_bits`).
    init(bits: Bits)
}

extension FixedPoint {
    /// Zero.
    @inlinable public static var zero: Self { Self(bits: 0) }

    /// One (`from_num(1)`).
    @inlinable public static var one: Self { Self(bits: 1 &<< fractionalBitCount) }

    /// The smallest representable value (`min_value()`).
    @inlinable public static var min: Self { Self(bits: Bits.min) }

    /// The largest representable value (`max_value()`).
    @inlinable public static var max: Self { Self(bits: Bits.max) }

    /// The smallest positive value, `2^-fractionalBitCount` (`DELTA`).
    @inlinable public static var delta: Self { Self(bits: 1) }

    /// How many bits hold the integer part (including the sign bit of a signed type).
    @inlinable public static var integerBitCount: Int { Bits.bitWidth - fractionalBitCount }

    @inlinable public static func < (lhs: Self, rhs: Self) -> Bool { lhs.bits < rhs.bits }
}
