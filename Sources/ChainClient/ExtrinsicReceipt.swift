import Primitives
import Runtime
import RuntimeSupport

/// What became of a submitted extrinsic: the block it is in, its index there, the events it
/// caused, and its fee.
public struct ExtrinsicReceipt: Sendable {
    /// The extrinsic's hash (blake2-256 of its bytes).
    public var extrinsicHash: H256
    /// The block that includes it.
    public var blockHash: H256
    /// The block's number.
    public var blockNumber: UInt64
    /// Its position in the block.
    public var index: UInt32
    /// The events deposited while it was applied, in order.
    public var events: [RuntimeEvent]

    /// The fee paid (`TransactionPayment.TransactionFeePaid`), zero when none was.
    public var fee: UInt64 {
        for case .transactionPayment(.transactionFeePaid(_, let fee, _)) in events { return fee }
        return 0
    }

    /// The dispatch error when the call failed (`System.ExtrinsicFailed`).
    public var failure: DispatchError? {
        for case .system(.extrinsicFailed(let error, _)) in events { return error }
        return nil
    }

    /// The error of a sudo call that was dispatched but failed inside (`Sudo.Sudid(Err)`).
    public var sudoFailure: DispatchError? {
        for case .sudo(.sudid(let outcome)) in events { return outcome.error }
        return nil
    }
}

/// A decoded `System.Events` entry.
public struct DecodedEvent: Sendable {
    /// When it happened.
    public var phase: Phase
    /// The event.
    public var event: RuntimeEvent
}
