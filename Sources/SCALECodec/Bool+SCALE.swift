// `bool` is one byte: 0x00 false, 0x01 true; any other byte is rejected.

extension Bool: SCALECodable {
    @inlinable
    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encodeBool(self)
    }

    @inlinable
    public init(from decoder: inout SCALEDecoder) throws {
        self = try decoder.decodeBool()
    }

    @inlinable
    public static var scaleMinimumEncodedLength: Int { 1 }
}
