// `Option<T>`: tag 0x00 for None, or 0x01 followed by the value.
//
// This includes `Optional<Bool>`, which (like Rust's `Option<bool>` in parity-scale-codec and
// py-scale-codec) takes two bytes when present. The one-byte form is the separate `OptionBool`.

extension Optional: SCALEEncodable where Wrapped: SCALEEncodable {
    @inlinable
    public func encode(to encoder: inout SCALEEncoder) {
        switch self {
        case .none:
            encoder.encodeVariantIndex(0)
        case .some(let wrapped):
            encoder.encodeVariantIndex(1)
            wrapped.encode(to: &encoder)
        }
    }
}

extension Optional: SCALEDecodable where Wrapped: SCALEDecodable {
    @inlinable
    public init(from decoder: inout SCALEDecoder) throws {
        switch try decoder.decodeVariantIndex(of: Wrapped?.self) {
        case 0: self = .none
        case 1: self = .some(try Wrapped(from: &decoder))
        case let index: throw decoder.invalidVariantIndex(index, of: Wrapped?.self)
        }
    }

    @inlinable
    public static var scaleMinimumEncodedLength: Int { 1 }
}
