/// The HTTP status codes bittensor 7.4.0 puts on synapses, on both ends.
///
/// Axon side (`AxonMiddleware`, `log_and_handle_error`): 200 success, 400 unparsable request,
/// 401 failed verification, 403 blacklisted, 404 unknown synapse, 408 the forward timed out,
/// 500 internal error, 503 priority/queue failure. Dendrite side (`DENDRITE_ERROR_MAPPING`):
/// 503 connection refused, 408 client timeout, 400 payload error, 500 other client errors,
/// 422 a response that did not parse. 413 is ours: bodies over the axon's limit.
public struct SynapseStatus: Hashable, Sendable, CustomStringConvertible {
    public let code: Int

    public init(_ code: Int) { self.code = code }

    public static let success = SynapseStatus(200)
    public static let badRequest = SynapseStatus(400)
    public static let unauthorized = SynapseStatus(401)
    public static let forbidden = SynapseStatus(403)
    public static let notFound = SynapseStatus(404)
    public static let timeout = SynapseStatus(408)
    public static let payloadTooLarge = SynapseStatus(413)
    public static let unprocessable = SynapseStatus(422)
    public static let internalError = SynapseStatus(500)
    public static let unavailable = SynapseStatus(503)
    public static let gatewayTimeout = SynapseStatus(504)

    /// `synapse.is_success`.
    public var isSuccess: Bool { code == 200 }
    /// `synapse.is_timeout`.
    public var isTimeout: Bool { code == 408 }
    /// `synapse.is_blacklist`.
    public var isBlacklist: Bool { code == 403 }
    /// `synapse.failed_verification`.
    public var failedVerification: Bool { code == 401 }

    /// The v3–v5 return code this status corresponds to (the seed's "Return Codes").
    public var returnCode: ReturnCode {
        switch code {
        case 200: return .success
        case 408, 504: return .timeout
        case 503: return .unavailable
        case 404: return .notImplemented
        case 400: return .invalidRequest
        case 413: return .requestShapeException
        case 422: return .responseDeserializationException
        case 401: return .unauthenticated
        case 403: return .blacklisted
        default: return .unknownException
        }
    }

    public var description: String { String(code) }
}

/// Message texts bittensor 7.4.0 uses, so logs and clients read the same on both stacks.
public enum StatusMessage {
    public static let success = "Success"
    /// `BlacklistedException` text.
    public static func blacklisted(_ reason: String) -> String { "Forbidden. Key is blacklisted: \(reason)." }
    /// `NotVerifiedException` text.
    public static func notVerified(_ reason: String) -> String { "Not Verified with error: \(reason)" }
    /// `PriorityException` text for a forward that ran past its timeout.
    public static func axonTimeout(_ seconds: Double) -> String {
        "Response timeout after: \(PythonValue.float(seconds).str)s"
    }
    /// Dendrite-side timeout (`asyncio.TimeoutError`).
    public static func dendriteTimeout(_ seconds: Double) -> String {
        "Request timeout after \(PythonValue.float(seconds).str) seconds"
    }
    /// Dendrite-side connection failure (`ClientConnectorError`).
    public static func unavailable(ip: String, port: Int, name: String) -> String {
        "Service unavailable at \(ip):\(port)/\(name)"
    }
}
