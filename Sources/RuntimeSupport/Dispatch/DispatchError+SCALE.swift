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

extension DispatchError: SCALEDecodable {
    /// Decodes a dispatch error. A `Module` error carries only its indices on the wire; its names
    /// are left empty here for a runtime to fill in (`ModuleError.palletName`/`errorName`).
    public init(from decoder: inout SCALEDecoder) throws {
        let index = try decoder.decodeVariantIndex(of: DispatchError.self)
        switch index {
        case 0: self = .other
        case 1: self = .cannotLookup
        case 2: self = .badOrigin
        case 3:
            let bytes = try decoder.readBytes(5, decoding: ModuleError.self)
            self = .module(ModuleError(palletIndex: bytes[0], errorIndex: bytes[1], palletName: "", errorName: ""))
        case 4: self = .consumerRemaining
        case 5: self = .noProviders
        case 6: self = .tooManyConsumers
        case 7: self = .token(try Self.decodeCase(TokenError.self, from: &decoder))
        case 8: self = .arithmetic(try Self.decodeCase(ArithmeticError.self, from: &decoder))
        case 9: self = .transactional(try Self.decodeCase(TransactionalError.self, from: &decoder))
        case 10: self = .exhausted
        case 11: self = .corruption
        case 12: self = .unavailable
        case 13: self = .rootNotAllowed
        default: throw decoder.invalidVariantIndex(index, of: DispatchError.self)
        }
    }

    private static func decodeCase<E: RawRepresentable<UInt8>>(_ type: E.Type, from decoder: inout SCALEDecoder) throws -> E {
        let raw = try decoder.decodeVariantIndex(of: type)
        guard let value = E(rawValue: raw) else { throw decoder.invalidVariantIndex(raw, of: type) }
        return value
    }
}
