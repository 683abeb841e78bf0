/// Why a synapse could not be read or accepted. Each case maps to one HTTP status
/// (`status`), so the axon answers a malformed request with a clear code instead of crashing.
public enum SynapseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A header had a value of the wrong type (e.g. a non-numeric nonce).
    case malformedHeader(String)
    /// The body was not the JSON object the synapse expects.
    case malformedBody(String)
    /// The body exceeded the axon's limit (bytes).
    case bodyTooLarge(limit: Int)
    /// A field broke a bound of `SynapseLimits` (too many tokens, a token ≥ 256 …).
    case invalidField(String)
    /// The body's hash is not the `computed_body_hash` header the caller signed.
    case bodyHashMismatch(header: String, body: String)
    /// No synapse is attached under this name.
    case unknownSynapse(String, available: [String])

    /// The HTTP status the axon answers with.
    public var status: SynapseStatus {
        switch self {
        case .malformedHeader, .malformedBody, .invalidField, .bodyHashMismatch: return .badRequest
        case .bodyTooLarge: return .payloadTooLarge
        case .unknownSynapse: return .notFound
        }
    }

    public var description: String {
        switch self {
        case .malformedHeader(let field):
            return "Improperly formatted request. Could not parse header \(field)."
        case .malformedBody(let reason): return "Improperly formatted request body: \(reason)"
        case .bodyTooLarge(let limit): return "Request body exceeds \(limit) bytes."
        case .invalidField(let reason): return "Invalid request: \(reason)"
        case .bodyHashMismatch(let header, let body):
            return "Hash mismatch between header body hash \(header) and parsed body hash \(body)"
        case .unknownSynapse(let name, let available):
            let list = available.map { "'\($0)'" }.joined(separator: ", ")
            return "Synapse name '\(name)' not found. Available synapses [\(list)]"
        }
    }
}
