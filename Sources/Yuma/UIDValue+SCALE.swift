import SCALECodec

extension UIDValue: SCALECodable {
    /// `(u16, u16)`: the uid, then the value, both little-endian.
    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encode(uid)
        encoder.encode(value)
    }

    public init(from decoder: inout SCALEDecoder) throws {
        uid = try decoder.decode(UInt16.self)
        value = try decoder.decode(UInt16.self)
    }

    public static var scaleMinimumEncodedLength: Int { 4 }
}
