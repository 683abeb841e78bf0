import SCALECodec

extension AccountID: SCALECodable {
    /// The 32 raw bytes, no length prefix (`AccountId32`).
    public func encode(to encoder: inout SCALEEncoder) {
        encoder.appendBytes(bytes)
    }

    public init(from decoder: inout SCALEDecoder) throws {
        self.init(bytes: try decoder.decodeFixedBytes(32))!
    }

    public static var scaleMinimumEncodedLength: Int { 32 }
}
