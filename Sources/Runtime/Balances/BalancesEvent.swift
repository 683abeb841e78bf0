import Primitives
import RuntimeSupport
import SCALECodec

/// `pallet_balances` events (polkadot-v0.9.39 indices).
public enum BalancesEvent: Equatable, Sendable, SCALEEncodable {
    case endowed(account: AccountID, freeBalance: UInt64)
    case dustLost(account: AccountID, amount: UInt64)
    case transfer(from: AccountID, to: AccountID, amount: UInt64)
    case balanceSet(who: AccountID, free: UInt64, reserved: UInt64)
    case reserved(who: AccountID, amount: UInt64)
    case unreserved(who: AccountID, amount: UInt64)
    case deposit(who: AccountID, amount: UInt64)
    case withdraw(who: AccountID, amount: UInt64)
    case slashed(who: AccountID, amount: UInt64)

    public func encode(to encoder: inout SCALEEncoder) {
        switch self {
        case .endowed(let a, let v): encoder.encodeVariantIndex(0); encoder.encode(a); encoder.encode(v)
        case .dustLost(let a, let v): encoder.encodeVariantIndex(1); encoder.encode(a); encoder.encode(v)
        case .transfer(let f, let t, let v):
            encoder.encodeVariantIndex(2)
            encoder.encode(f)
            encoder.encode(t)
            encoder.encode(v)
        case .balanceSet(let w, let f, let r):
            encoder.encodeVariantIndex(3)
            encoder.encode(w)
            encoder.encode(f)
            encoder.encode(r)
        case .reserved(let a, let v): encoder.encodeVariantIndex(4); encoder.encode(a); encoder.encode(v)
        case .unreserved(let a, let v): encoder.encodeVariantIndex(5); encoder.encode(a); encoder.encode(v)
        case .deposit(let a, let v): encoder.encodeVariantIndex(7); encoder.encode(a); encoder.encode(v)
        case .withdraw(let a, let v): encoder.encodeVariantIndex(8); encoder.encode(a); encoder.encode(v)
        case .slashed(let a, let v): encoder.encodeVariantIndex(9); encoder.encode(a); encoder.encode(v)
        }
    }
}

/// `pallet_balances` errors (polkadot-v0.9.39 indices).
public enum BalancesError: UInt8, Error, CaseIterable, Sendable {
    case vestingBalance = 0, liquidityRestrictions, insufficientBalance, existentialDeposit, keepAlive
    case existingVestingSchedule, deadAccount, tooManyReserves

    /// The error as a dispatch error of pallet 5.
    public var dispatchError: DispatchError {
        let text = String(describing: self)
        return .module(ModuleError(palletIndex: 5, errorIndex: rawValue, palletName: "Balances",
                                   errorName: text.prefix(1).uppercased() + text.dropFirst()))
    }
}
