import ChainTypes
import Primitives
import RuntimeSupport
import SCALECodec

/// `pallet_sudo`: one key that may dispatch any call as root.
public enum Sudo {
    public static let index: UInt8 = 12
    /// `Sudo.Key` (OptionQuery).
    public static let key = StorageValue("Sudo", "Key", default: AccountID.zero)

    /// `RequireSudo`: the sender is not the sudo key.
    public static let requireSudo = DispatchError.module(ModuleError(palletIndex: index, errorIndex: 0, palletName: "Sudo", errorName: "RequireSudo"))

    static func ensureKey(_ origin: RuntimeOrigin, _ ctx: BlockContext) throws(DispatchError) {
        let who = try origin.ensureSigned()
        guard key.getIfPresent(ctx.storage) == who else { throw requireSudo }
    }

    static func dispatch(_ call: SudoCall, origin: RuntimeOrigin, _ ctx: inout BlockContext) throws(DispatchError) -> PostDispatchInfo {
        try ensureKey(origin, ctx)
        switch call {
        case .sudo(let inner), .sudoUncheckedWeight(let inner, _):
            let outcome = Runtime.dispatchTransactionally(inner, origin: .root, &ctx)
            ctx.deposit(.sudo(.sudid(outcome)))
        case .setKey(let new):
            let old = key.getIfPresent(ctx.storage)
            key.set(new.accountID, in: &ctx.storage)
            ctx.deposit(.sudo(.keyChanged(oldSudoer: old)))
        case .sudoAs(let who, let inner):
            let outcome = Runtime.dispatchTransactionally(inner, origin: .signed(who.accountID), &ctx)
            ctx.deposit(.sudo(.sudoAsDone(outcome)))
        }
        return PostDispatchInfo(paysFee: .no)
    }

    static func dispatchInfo(_ call: SudoCall) -> DispatchInfo {
        switch call {
        case .sudo(let inner):
            let info = Runtime.dispatchInfo(inner)
            return DispatchInfo(weight: Weight(refTime: info.weight.refTime &+ 10_000_000, proofSize: info.weight.proofSize), dispatchClass: info.dispatchClass)
        case .sudoUncheckedWeight(_, let weight): return DispatchInfo(weight: weight)
        case .setKey: return DispatchInfo(weight: Weight(refTime: 10_000_000), dispatchClass: .operational)
        case .sudoAs(_, let inner):
            let info = Runtime.dispatchInfo(inner)
            return DispatchInfo(weight: Weight(refTime: info.weight.refTime &+ 10_000_000, proofSize: info.weight.proofSize), dispatchClass: info.dispatchClass)
        }
    }
}

/// `pallet_sudo` calls (polkadot-v0.9.39 indices).
public indirect enum SudoCall: Equatable, Sendable, SCALECodable {
    case sudo(RuntimeCall)
    case sudoUncheckedWeight(RuntimeCall, Weight)
    case setKey(MultiAddress)
    case sudoAs(who: MultiAddress, call: RuntimeCall)

    public func encode(to encoder: inout SCALEEncoder) {
        switch self {
        case .sudo(let call): encoder.encodeVariantIndex(0); encoder.encode(call)
        case .sudoUncheckedWeight(let call, let weight):
            encoder.encodeVariantIndex(1)
            encoder.encode(call)
            encoder.encode(weight)
        case .setKey(let new): encoder.encodeVariantIndex(2); encoder.encode(new)
        case .sudoAs(let who, let call):
            encoder.encodeVariantIndex(3)
            encoder.encode(who)
            encoder.encode(call)
        }
    }

    public init(from decoder: inout SCALEDecoder) throws {
        try self.init(from: &decoder, depth: 0)
    }

    /// Decodes with `depth` calls already open around this one (nesting is bounded).
    init(from decoder: inout SCALEDecoder, depth: Int) throws {
        switch try decoder.decodeVariantIndex(of: SudoCall.self, allowed: 0...3) {
        case 0: self = .sudo(try RuntimeCall(from: &decoder, depth: depth + 1))
        case 1: self = .sudoUncheckedWeight(try RuntimeCall(from: &decoder, depth: depth + 1), try decoder.decode(Weight.self))
        case 2: self = .setKey(try decoder.decode(MultiAddress.self))
        default:
            let who = try decoder.decode(MultiAddress.self)
            self = .sudoAs(who: who, call: try RuntimeCall(from: &decoder, depth: depth + 1))
        }
    }
}

/// `pallet_sudo` events.
public enum SudoEvent: Equatable, Sendable, SCALEEncodable {
    case sudid(DispatchOutcome)
    case keyChanged(oldSudoer: AccountID?)
    case sudoAsDone(DispatchOutcome)

    public func encode(to encoder: inout SCALEEncoder) {
        switch self {
        case .sudid(let r): encoder.encodeVariantIndex(0); encoder.encode(r)
        case .keyChanged(let old): encoder.encodeVariantIndex(1); encoder.encode(old)
        case .sudoAsDone(let r): encoder.encodeVariantIndex(2); encoder.encode(r)
        }
    }
}
