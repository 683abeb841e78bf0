// Fixed-width integers encode as their little-endian bytes: u8 … u128 and i8 … i128.

extension UInt8: SCALECodable {
    @inlinable public func encode(to encoder: inout SCALEEncoder) { encoder.appendByte(self) }
    @inlinable public init(from decoder: inout SCALEDecoder) throws { self = try decoder.readByte(decoding: UInt8.self) }
    @inlinable public static var scaleMinimumEncodedLength: Int { 1 }
}

extension UInt16: SCALECodable {
    @inlinable public func encode(to encoder: inout SCALEEncoder) { encoder.encodeInteger(self) }
    @inlinable public init(from decoder: inout SCALEDecoder) throws { self = try decoder.decodeInteger(UInt16.self) }
    @inlinable public static var scaleMinimumEncodedLength: Int { 2 }
}

extension UInt32: SCALECodable {
    @inlinable public func encode(to encoder: inout SCALEEncoder) { encoder.encodeInteger(self) }
    @inlinable public init(from decoder: inout SCALEDecoder) throws { self = try decoder.decodeInteger(UInt32.self) }
    @inlinable public static var scaleMinimumEncodedLength: Int { 4 }
}

extension UInt64: SCALECodable {
    @inlinable public func encode(to encoder: inout SCALEEncoder) { encoder.encodeInteger(self) }
    @inlinable public init(from decoder: inout SCALEDecoder) throws { self = try decoder.decodeInteger(UInt64.self) }
    @inlinable public static var scaleMinimumEncodedLength: Int { 8 }
}

extension UInt128: SCALECodable {
    @inlinable public func encode(to encoder: inout SCALEEncoder) { encoder.encodeInteger(self) }
    @inlinable public init(from decoder: inout SCALEDecoder) throws { self = try decoder.decodeInteger(UInt128.self) }
    @inlinable public static var scaleMinimumEncodedLength: Int { 16 }
}

extension Int8: SCALECodable {
    @inlinable public func encode(to encoder: inout SCALEEncoder) { encoder.encodeInteger(self) }
    @inlinable public init(from decoder: inout SCALEDecoder) throws { self = try decoder.decodeInteger(Int8.self) }
    @inlinable public static var scaleMinimumEncodedLength: Int { 1 }
}

extension Int16: SCALECodable {
    @inlinable public func encode(to encoder: inout SCALEEncoder) { encoder.encodeInteger(self) }
    @inlinable public init(from decoder: inout SCALEDecoder) throws { self = try decoder.decodeInteger(Int16.self) }
    @inlinable public static var scaleMinimumEncodedLength: Int { 2 }
}

extension Int32: SCALECodable {
    @inlinable public func encode(to encoder: inout SCALEEncoder) { encoder.encodeInteger(self) }
    @inlinable public init(from decoder: inout SCALEDecoder) throws { self = try decoder.decodeInteger(Int32.self) }
    @inlinable public static var scaleMinimumEncodedLength: Int { 4 }
}

extension Int64: SCALECodable {
    @inlinable public func encode(to encoder: inout SCALEEncoder) { encoder.encodeInteger(self) }
    @inlinable public init(from decoder: inout SCALEDecoder) throws { self = try decoder.decodeInteger(Int64.self) }
    @inlinable public static var scaleMinimumEncodedLength: Int { 8 }
}

extension Int128: SCALECodable {
    @inlinable public func encode(to encoder: inout SCALEEncoder) { encoder.encodeInteger(self) }
    @inlinable public init(from decoder: inout SCALEDecoder) throws { self = try decoder.decodeInteger(Int128.self) }
    @inlinable public static var scaleMinimumEncodedLength: Int { 16 }
}
