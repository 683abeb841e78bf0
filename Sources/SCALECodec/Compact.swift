/// An unsigned integer that encodes in SCALE's variable-length compact form (`Compact<T>` in Rust).
///
/// Use it for fields declared `#[codec(compact)]` or `Compact<Balance>`; decoding rejects
/// non-canonical encodings and values that do not fit `Value`, exactly as parity-scale-codec does.
public struct Compact<Value: FixedWidthInteger & UnsignedInteger>: Hashable, Comparable {
    /// The wrapped integer.
    public var value: Value

    /// Wraps `value`.
    @inlinable
    public init(_ value: Value) {
        self.value = value
    }

    /// The number of bytes this value's compact encoding takes.
    @inlinable
    public var encodedLength: Int { SCALEEncoder.compactLength(of: value) }

    @inlinable
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }
}

extension Compact: ExpressibleByIntegerLiteral {
    @inlinable
    public init(integerLiteral literal: Value.IntegerLiteralType) {
        self.init(Value(integerLiteral: literal))
    }
}

extension Compact: CustomStringConvertible {
    public var description: String { "Compact(\(value))" }
}

extension Compact: SCALEEncodable {
    @inlinable
    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encodeCompact(value)
    }
}

extension Compact: SCALEDecodable {
    @inlinable
    public init(from decoder: inout SCALEDecoder) throws {
        self.init(try decoder.decodeCompact(as: Value.self))
    }

    @inlinable
    public static var scaleMinimumEncodedLength: Int { 1 }
}

extension Compact: Sendable where Value: Sendable {}
