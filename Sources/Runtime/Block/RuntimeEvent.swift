import SCALECodec

/// The runtime's outer event enum: `pallet index ‖ variant index ‖ fields`.
public enum RuntimeEvent: Equatable, Sendable, SCALEEncodable {
    case system(SystemEvent)
    case balances(BalancesEvent)
    case transactionPayment(TransactionPaymentEvent)
    case subtensor(SubtensorEvent)
    case sudo(SudoEvent)

    public func encode(to encoder: inout SCALEEncoder) {
        switch self {
        case .system(let e): encoder.encodeVariantIndex(System.index); encoder.encode(e)
        case .balances(let e): encoder.encodeVariantIndex(Balances.index); encoder.encode(e)
        case .transactionPayment(let e): encoder.encodeVariantIndex(TransactionPayment.index); encoder.encode(e)
        case .subtensor(let e): encoder.encodeVariantIndex(SubtensorCall.palletIndex); encoder.encode(e)
        case .sudo(let e): encoder.encodeVariantIndex(Sudo.index); encoder.encode(e)
        }
    }
}
