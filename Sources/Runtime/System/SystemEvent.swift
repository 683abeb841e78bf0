import Primitives
import RuntimeSupport
import SCALECodec

/// `frame_system` events (polkadot-v0.9.39 indices).
public enum SystemEvent: Equatable, Sendable, SCALEEncodable {
    case extrinsicSuccess(DispatchInfo)
    case extrinsicFailed(DispatchError, DispatchInfo)
    case codeUpdated
    case newAccount(AccountID)
    case killedAccount(AccountID)
    case remarked(sender: AccountID, hash: H256)

    public func encode(to encoder: inout SCALEEncoder) {
        switch self {
        case .extrinsicSuccess(let info):
            encoder.encodeVariantIndex(0)
            encoder.encode(info)
        case .extrinsicFailed(let error, let info):
            encoder.encodeVariantIndex(1)
            encoder.encode(error)
            encoder.encode(info)
        case .codeUpdated: encoder.encodeVariantIndex(2)
        case .newAccount(let who):
            encoder.encodeVariantIndex(3)
            encoder.encode(who)
        case .killedAccount(let who):
            encoder.encodeVariantIndex(4)
            encoder.encode(who)
        case .remarked(let sender, let hash):
            encoder.encodeVariantIndex(5)
            encoder.encode(sender)
            encoder.encode(hash)
        }
    }
}
