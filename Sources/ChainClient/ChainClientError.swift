/// Why a chain operation failed, worded as one sentence a person can act on.
public enum ChainClientError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The network name or endpoint is not usable.
    case unknownNetwork(String)
    /// No connection could be made, or it was lost.
    case unreachable(endpoint: String, reason: String)
    /// The node answered with an error or with something this client cannot read.
    case badResponse(String)
    /// The transaction pool refused the extrinsic (Substrate's 1010–1016 errors).
    case rejected(String)
    /// The extrinsic was included but its call failed (`System.ExtrinsicFailed`), with the
    /// module error's name (`SubtensorModule.NotEnoughBalanceToStake`).
    case dispatchFailed(String)
    /// The extrinsic left the pool without being included (dropped, usurped, invalid).
    case notIncluded(String)
    /// Waiting for inclusion took too long.
    case timedOut(String)
    /// An amount that is not a valid TAO amount.
    case badAmount(String)

    public var description: String {
        switch self {
        case .unknownNetwork(let text): return text
        case .unreachable(let endpoint, let reason): return "could not reach the chain at \(endpoint): \(reason)"
        case .badResponse(let text): return "the node gave an unexpected answer: \(text)"
        case .rejected(let text): return "the node refused the transaction: \(text)"
        case .dispatchFailed(let text): return "the transaction failed on chain: \(text)"
        case .notIncluded(let text): return "the transaction was not included: \(text)"
        case .timedOut(let text): return "timed out: \(text)"
        case .badAmount(let text): return text
        }
    }
}
