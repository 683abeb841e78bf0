import Primitives
import RuntimeSupport
import SCALECodec

/// `pallet_transaction_payment` as subtensor configures it: fee = base weight fee + length fee
/// (1 rao per byte) + call weight fee (1 rao per 10^9 weight, rounded) + tip, multiplier fixed
/// at 1, and the fee burned (`CurrencyAdapter<Balances, ()>`).
public enum TransactionPayment {
    public static let index: UInt8 = 6
    /// `ExtrinsicBaseWeight` (polkadot-v0.9.39): 125 µs.
    public static let extrinsicBaseWeight = Weight(refTime: 125_000_000)
    /// `NextFeeMultiplier` (always 1 in FixedU128).
    public static let nextFeeMultiplier = StorageValue("TransactionPayment", "NextFeeMultiplier", default: UInt128(1_000_000_000_000_000_000))

    /// `WeightToFee`: a degree-1 polynomial with coefficient `Perbill::from_parts(1)`, i.e.
    /// `ref_time / 10^9` rounded to the nearest (ties down).
    public static func weightToFee(_ weight: Weight) -> UInt64 {
        let (quotient, remainder) = weight.refTime.quotientAndRemainder(dividingBy: 1_000_000_000)
        return quotient + (remainder > 500_000_000 ? 1 : 0)
    }

    /// The fee for an extrinsic of `length` bytes whose call declares `info`, with `tip`.
    public static func fee(length: Int, info: DispatchInfo, tip: UInt64) -> UInt64 {
        guard info.paysFee == .yes else { return tip }
        let base = weightToFee(extrinsicBaseWeight)
        let lengthFee = UInt64(length)
        let weightFee = weightToFee(info.weight)
        return base &+ lengthFee &+ weightFee &+ tip
    }

    /// Withdraws the fee before dispatch (keep-alive). Fails as the pool's `Payment` error.
    static func withdrawFee(_ who: AccountID, _ fee: UInt64, _ ctx: inout BlockContext) -> Bool {
        guard fee > 0 else { return true }
        do {
            try Balances.withdraw(who, fee, existence: .keepAlive, &ctx)
            return true
        } catch {
            return false
        }
    }

    /// Refunds what was over-charged, then reports the fee paid.
    static func settleFee(_ who: AccountID, charged: UInt64, actual: UInt64, tip: UInt64, _ ctx: inout BlockContext) {
        if charged > actual { Balances.depositIntoExisting(who, charged - actual, &ctx) }
        ctx.deposit(.transactionPayment(.transactionFeePaid(who: who, actualFee: min(actual, charged), tip: tip)))
    }
}

/// `pallet_transaction_payment` events.
public enum TransactionPaymentEvent: Equatable, Sendable, SCALEEncodable {
    /// A transaction fee `actualFee`, of which `tip` was added to the minimum, was paid by `who`.
    case transactionFeePaid(who: AccountID, actualFee: UInt64, tip: UInt64)

    public func encode(to encoder: inout SCALEEncoder) {
        switch self {
        case .transactionFeePaid(let who, let fee, let tip):
            encoder.encodeVariantIndex(0)
            encoder.encode(who)
            encoder.encode(fee)
            encoder.encode(tip)
        }
    }
}
