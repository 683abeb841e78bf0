import ChainTypes
import SCALECodec

/// `pallet_balances` calls, the old layout (polkadot-v0.9.39): amounts are `Compact<u64>`.
public enum BalancesCall: Equatable, Sendable, SCALECodable {
    case transfer(dest: MultiAddress, value: UInt64)
    case setBalance(who: MultiAddress, newFree: UInt64, newReserved: UInt64)
    case forceTransfer(source: MultiAddress, dest: MultiAddress, value: UInt64)
    case transferKeepAlive(dest: MultiAddress, value: UInt64)
    case transferAll(dest: MultiAddress, keepAlive: Bool)
    case forceUnreserve(who: MultiAddress, amount: UInt64)

    public func encode(to encoder: inout SCALEEncoder) {
        switch self {
        case .transfer(let dest, let value):
            encoder.encodeVariantIndex(0)
            encoder.encode(dest)
            encoder.encodeCompact(value)
        case .setBalance(let who, let free, let reserved):
            encoder.encodeVariantIndex(1)
            encoder.encode(who)
            encoder.encodeCompact(free)
            encoder.encodeCompact(reserved)
        case .forceTransfer(let source, let dest, let value):
            encoder.encodeVariantIndex(2)
            encoder.encode(source)
            encoder.encode(dest)
            encoder.encodeCompact(value)
        case .transferKeepAlive(let dest, let value):
            encoder.encodeVariantIndex(3)
            encoder.encode(dest)
            encoder.encodeCompact(value)
        case .transferAll(let dest, let keepAlive):
            encoder.encodeVariantIndex(4)
            encoder.encode(dest)
            encoder.encode(keepAlive)
        case .forceUnreserve(let who, let amount):
            encoder.encodeVariantIndex(5)
            encoder.encode(who)
            encoder.encode(amount)
        }
    }

    public init(from decoder: inout SCALEDecoder) throws {
        switch try decoder.decodeVariantIndex(of: BalancesCall.self, allowed: 0...5) {
        case 0: self = .transfer(dest: try decoder.decode(MultiAddress.self), value: try decoder.decodeCompact(as: UInt64.self))
        case 1:
            self = .setBalance(
                who: try decoder.decode(MultiAddress.self), newFree: try decoder.decodeCompact(as: UInt64.self),
                newReserved: try decoder.decodeCompact(as: UInt64.self))
        case 2:
            self = .forceTransfer(
                source: try decoder.decode(MultiAddress.self), dest: try decoder.decode(MultiAddress.self),
                value: try decoder.decodeCompact(as: UInt64.self))
        case 3: self = .transferKeepAlive(dest: try decoder.decode(MultiAddress.self), value: try decoder.decodeCompact(as: UInt64.self))
        case 4: self = .transferAll(dest: try decoder.decode(MultiAddress.self), keepAlive: try decoder.decode(Bool.self))
        default: self = .forceUnreserve(who: try decoder.decode(MultiAddress.self), amount: try decoder.decode(UInt64.self))
        }
    }
}
