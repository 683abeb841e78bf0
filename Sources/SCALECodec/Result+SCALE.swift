// Swift's `Result` encodes like Rust's: 0x00 + success value, or 0x01 + failure value.

extension Result: SCALEEncodable where Success: SCALEEncodable, Failure: SCALEEncodable {
    @inlinable
    public func encode(to encoder: inout SCALEEncoder) {
        SCALEResult(self).encode(to: &encoder)
    }
}

extension Result: SCALEDecodable where Success: SCALEDecodable, Failure: SCALEDecodable {
    @inlinable
    public init(from decoder: inout SCALEDecoder) throws {
        switch try decoder.decodeVariantIndex(of: Self.self) {
        case 0: self = .success(try Success(from: &decoder))
        case 1: self = .failure(try Failure(from: &decoder))
        case let index: throw decoder.invalidVariantIndex(index, of: Self.self)
        }
    }

    @inlinable
    public static var scaleMinimumEncodedLength: Int { 1 }
}
