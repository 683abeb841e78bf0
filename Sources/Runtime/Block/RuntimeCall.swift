import SCALECodec

/// The runtime's outer call enum: `pallet index ‖ call index ‖ arguments`.
public indirect enum RuntimeCall: Equatable, Sendable, SCALECodable {
    case system(SystemCall)
    case timestamp(TimestampCall)
    case balances(BalancesCall)
    case subtensor(SubtensorCall)
    case sudo(SudoCall)

    /// `MAX_EXTRINSIC_DEPTH`: calls nested deeper (sudo in sudo …) do not decode.
    public static let maximumDepth = 256

    public func encode(to encoder: inout SCALEEncoder) {
        switch self {
        case .system(let call): encoder.encodeVariantIndex(System.index); encoder.encode(call)
        case .timestamp(let call): encoder.encodeVariantIndex(Timestamp.index); encoder.encode(call)
        case .balances(let call): encoder.encodeVariantIndex(Balances.index); encoder.encode(call)
        case .subtensor(let call): encoder.encodeVariantIndex(SubtensorCall.palletIndex); encoder.encode(call)
        case .sudo(let call): encoder.encodeVariantIndex(Sudo.index); encoder.encode(call)
        }
    }

    public init(from decoder: inout SCALEDecoder) throws {
        try self.init(from: &decoder, depth: 0)
    }

    init(from decoder: inout SCALEDecoder, depth: Int) throws {
        guard depth < Self.maximumDepth else {
            throw decoder.invalidValue("calls nested deeper than \(Self.maximumDepth)", of: RuntimeCall.self)
        }
        let allowed = [System.index, Timestamp.index, Balances.index, SubtensorCall.palletIndex, Sudo.index]
        switch try decoder.decodeVariantIndex(of: RuntimeCall.self, allowed: allowed) {
        case System.index: self = .system(try decoder.decode(SystemCall.self))
        case Timestamp.index: self = .timestamp(try decoder.decode(TimestampCall.self))
        case Balances.index: self = .balances(try decoder.decode(BalancesCall.self))
        case Sudo.index: self = .sudo(try SudoCall(from: &decoder, depth: depth))
        default: self = .subtensor(try decoder.decode(SubtensorCall.self))
        }
    }

    /// `Pallet.call_name`, for messages and logs.
    public var name: String {
        switch self {
        case .system(let call): return "System.\(String(describing: call).prefix { $0 != "(" })"
        case .timestamp: return "Timestamp.set"
        case .balances(let call): return "Balances.\(String(describing: call).prefix { $0 != "(" })"
        case .subtensor(let call): return "SubtensorModule.\(call.name)"
        case .sudo(let call): return "Sudo.\(String(describing: call).prefix { $0 != "(" })"
        }
    }
}

extension SubtensorCall {
    /// SubtensorModule's index in the runtime.
    public static let palletIndex: UInt8 = 7
}
