import Primitives

/// Who dispatches a call: FRAME's `RawOrigin`.
public enum RuntimeOrigin: Equatable, Sendable, CustomStringConvertible {
    /// The chain itself or sudo (`ensure_root`).
    case root
    /// A signed extrinsic's sender (`ensure_signed`).
    case signed(AccountID)
    /// An unsigned extrinsic or inherent (`ensure_none`).
    case none

    /// The signer, or `.badOrigin`.
    public func ensureSigned() throws(DispatchError) -> AccountID {
        guard case .signed(let who) = self else { throw .badOrigin }
        return who
    }

    /// Succeeds only for root, else `.badOrigin`.
    public func ensureRoot() throws(DispatchError) {
        guard case .root = self else { throw .badOrigin }
    }

    /// Succeeds only for `none`, else `.badOrigin`.
    public func ensureNone() throws(DispatchError) {
        guard case .none = self else { throw .badOrigin }
    }

    public var description: String {
        switch self {
        case .root: return "Root"
        case .signed(let who): return "Signed(\(who))"
        case .none: return "None"
        }
    }
}
