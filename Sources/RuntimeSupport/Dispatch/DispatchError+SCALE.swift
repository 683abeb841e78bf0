import SCALECodec

extension DispatchError: SCALEEncodable {
    /// The variant index followed by its payload (`Module` → pallet index ‖ `[error, 0, 0, 0]`).
    public func encode(to encoder: inout SCALEEncoder) {
        switch self {
        case .other: encoder.encodeVariantIndex(0)
        case .cannotLookup: encoder.encodeVariantIndex(1)
        case .badOrigin: encoder.encodeVariantIndex(2)
        case .module(let e):
            encoder.encodeVariantIndex(3)
            encoder.appendBytes([e.palletIndex, e.errorIndex, 0, 0, 0])
        case .consumerRemaining: encoder.encodeVariantIndex(4)
        case .noProviders: encoder.encodeVariantIndex(5)
        case .tooManyConsumers: encoder.encodeVariantIndex(6)
        case .token(let e):
            encoder.encodeVariantIndex(7)
            encoder.encodeVariantIndex(e.rawValue)
        case .arithmetic(let e):
            encoder.encodeVariantIndex(8)
            encoder.encodeVariantIndex(e.rawValue)
        case .transactional(let e):
            encoder.encodeVariantIndex(9)
            encoder.encodeVariantIndex(e.rawValue)
        case .exhausted: encoder.encodeVariantIndex(10)
        case .corruption: encoder.encodeVariantIndex(11)
        case .unavailable: encoder.encodeVariantIndex(12)
        case .rootNotAllowed: encoder.encodeVariantIndex(13)
        }
    }
}
