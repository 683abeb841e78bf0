import SCALECodec

/// One entry of a header's digest (`sp_runtime::generic::DigestItem`), with the chain's
/// variant indices: consensus-engine messages carry a four-byte engine id (`aura`, `fron`).
public enum DigestItem: Equatable, Sendable, SCALECodable {
    case other([UInt8])
    case consensus(engine: [UInt8], data: [UInt8])
    case seal(engine: [UInt8], data: [UInt8])
    case preRuntime(engine: [UInt8], data: [UInt8])
    case runtimeEnvironmentUpdated

    /// Aura's engine id.
    public static let aura: [UInt8] = Array("aura".utf8)

    public func encode(to encoder: inout SCALEEncoder) {
        switch self {
        case .other(let data):
            encoder.encodeVariantIndex(0)
            encoder.encode(data)
        case .consensus(let engine, let data):
            encoder.encodeVariantIndex(4)
            encoder.appendBytes(engine)
            encoder.encode(data)
        case .seal(let engine, let data):
            encoder.encodeVariantIndex(5)
            encoder.appendBytes(engine)
            encoder.encode(data)
        case .preRuntime(let engine, let data):
            encoder.encodeVariantIndex(6)
            encoder.appendBytes(engine)
            encoder.encode(data)
        case .runtimeEnvironmentUpdated:
            encoder.encodeVariantIndex(8)
        }
    }

    public init(from decoder: inout SCALEDecoder) throws {
        switch try decoder.decodeVariantIndex(of: DigestItem.self, allowed: [0, 4, 5, 6, 8]) {
        case 0: self = .other(try decoder.decode([UInt8].self))
        case 4: self = .consensus(engine: try decoder.decodeFixedBytes(4), data: try decoder.decode([UInt8].self))
        case 5: self = .seal(engine: try decoder.decodeFixedBytes(4), data: try decoder.decode([UInt8].self))
        case 6: self = .preRuntime(engine: try decoder.decodeFixedBytes(4), data: try decoder.decode([UInt8].self))
        default: self = .runtimeEnvironmentUpdated
        }
    }
}
