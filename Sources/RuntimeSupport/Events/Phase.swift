import SCALECodec

/// When in the block an event happened (`frame_system::Phase`).
public enum Phase: Equatable, Sendable, SCALECodable {
    /// While applying extrinsic number `index`.
    case applyExtrinsic(UInt32)
    /// In `on_finalize`.
    case finalization
    /// In `on_initialize`.
    case initialization

    public func encode(to encoder: inout SCALEEncoder) {
        switch self {
        case .applyExtrinsic(let index):
            encoder.encodeVariantIndex(0)
            encoder.encode(index)
        case .finalization: encoder.encodeVariantIndex(1)
        case .initialization: encoder.encodeVariantIndex(2)
        }
    }

    public init(from decoder: inout SCALEDecoder) throws {
        switch try decoder.decodeVariantIndex(of: Phase.self, allowed: 0...2) {
        case 0: self = .applyExtrinsic(try decoder.decode(UInt32.self))
        case 1: self = .finalization
        default: self = .initialization
        }
    }
}
