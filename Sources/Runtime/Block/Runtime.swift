import SCALECodec
import RuntimeSupport

/// The runtime's identity and its call dispatcher.
public enum Runtime {
    /// `spec_name` / `impl_name`.
    public static let specName = "node-subtensor"
    /// `spec_version` of the 2023 Finney runtime this follows.
    public static let specVersion: UInt32 = 127
    public static let implVersion: UInt32 = 1
    public static let authoringVersion: UInt32 = 1
    public static let transactionVersion: UInt32 = 1
    public static let stateVersion: UInt8 = 1
    /// `System.SS58Prefix`.
    public static let ss58Prefix: UInt16 = 42

    /// Dispatches `call` from `origin`. Storage changes and events of a failed call are not
    /// rolled back here; see `dispatchTransactionally`.
    public static func dispatch(_ call: RuntimeCall, origin: RuntimeOrigin, _ ctx: inout BlockContext) throws(DispatchError) -> PostDispatchInfo {
        switch call {
        case .system(let c): return try System.dispatch(c, origin: origin, &ctx)
        case .timestamp(.set(let now)):
            try Timestamp.set(now, origin: origin, &ctx)
            return .unchanged
        case .balances(let c): return try Balances.dispatch(c, origin: origin, &ctx)
        case .subtensor(let c): return try SubtensorModule.dispatch(c, origin: origin, &ctx)
        case .sudo(let c): return try Sudo.dispatch(c, origin: origin, &ctx)
        }
    }

    /// Dispatches `call` so that a failure leaves no trace (every FRAME call is transactional).
    public static func dispatchTransactionally(_ call: RuntimeCall, origin: RuntimeOrigin, _ ctx: inout BlockContext) -> DispatchOutcome {
        do {
            _ = try ctx.transactional { (inner: inout BlockContext) throws(DispatchError) in
                try dispatch(call, origin: origin, &inner)
            }
            return .ok
        } catch {
            return DispatchOutcome(error)
        }
    }

    /// What `call` declares before it runs: weight, class and whether it pays fees.
    public static func dispatchInfo(_ call: RuntimeCall) -> DispatchInfo {
        switch call {
        case .system(let c): return System.dispatchInfo(c)
        case .timestamp: return DispatchInfo(weight: Weight(refTime: 9_000_000), dispatchClass: .mandatory)
        case .balances(let c): return Balances.dispatchInfo(c)
        case .subtensor(let c): return SubtensorModule.dispatchInfo(c)
        case .sudo(let c): return Sudo.dispatchInfo(c)
        }
    }
}
