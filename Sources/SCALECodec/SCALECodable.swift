/// A type that writes itself in SCALE, Substrate's Simple Concatenated Aggregate Little-Endian format.
///
/// Encoding cannot fail: a value that exists has exactly one encoding.
public protocol SCALEEncodable {
    /// Appends this value's SCALE encoding to `encoder`.
    func encode(to encoder: inout SCALEEncoder)
}

/// A type that reads itself from SCALE bytes.
///
/// Implementations read through the decoder's primitives, which throw `SCALEDecodingError`
/// on truncated or malformed input; they must never trap on hostile bytes.
public protocol SCALEDecodable {
    /// Reads one value from `decoder`, advancing it past the value's bytes.
    init(from decoder: inout SCALEDecoder) throws

    /// A lower bound on the encoded size of any value of this type, in bytes.
    ///
    /// Collections use it to reject a length prefix that the remaining input cannot satisfy
    /// before allocating anything. The default, `0`, is always safe; a type may return a larger
    /// bound only if no value of it encodes to fewer bytes.
    static var scaleMinimumEncodedLength: Int { get }
}

extension SCALEDecodable {
    /// The safe default: no lower bound is known.
    @inlinable
    public static var scaleMinimumEncodedLength: Int { 0 }
}

/// A type that both encodes and decodes as SCALE.
public typealias SCALECodable = SCALEEncodable & SCALEDecodable

extension SCALEEncodable {
    /// This value's SCALE encoding.
    @inlinable
    public func scaleEncoded() -> [UInt8] {
        var encoder = SCALEEncoder()
        encode(to: &encoder)
        return encoder.takeBytes()
    }
}

extension SCALEDecodable {
    /// Decodes a value that must occupy all of `scaleBytes`.
    ///
    /// - Throws: `SCALEDecodingError`, including `.trailingBytes` when input is left over.
    @inlinable
    public init(scaleBytes: [UInt8]) throws {
        var decoder = SCALEDecoder(scaleBytes)
        self = try decoder.decode(Self.self)
        try decoder.finish(decoding: Self.self)
    }

    /// Decodes a value that must occupy all of `scaleBytes`.
    ///
    /// - Throws: `SCALEDecodingError`, including `.trailingBytes` when input is left over.
    @inlinable
    public init(scaleBytes: ArraySlice<UInt8>) throws {
        try self.init(scaleBytes: Array(scaleBytes))
    }
}
