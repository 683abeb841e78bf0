/// The return codes of bittensor's v3–v5 synapses (`bittensor.proto` `ReturnCode`), which the
/// seed documents for diagnosing miners. HTTP statuses map onto them through
/// `SynapseStatus.returnCode`.
public enum ReturnCode: Int, Sendable, CaseIterable, CustomStringConvertible {
    case noReturn = 0
    case success = 1
    case timeout = 2
    case backoff = 3
    case unavailable = 4
    case notImplemented = 5
    case emptyRequest = 6
    case emptyResponse = 7
    case invalidResponse = 8
    case invalidRequest = 9
    case requestShapeException = 10
    case responseShapeException = 11
    case requestSerializationException = 12
    case responseSerializationException = 13
    case requestDeserializationException = 14
    case responseDeserializationException = 15
    case notServingNucleus = 16
    case nucleusTimeout = 17
    case nucleusFull = 18
    case requestIncompatibleVersion = 19
    case responseIncompatibleVersion = 20
    case senderUnknown = 21
    case unknownException = 22
    case unauthenticated = 23
    case badEndpoint = 24
    case blacklisted = 25

    /// The proto name (`Success`, `Timeout` …).
    public var name: String {
        switch self {
        case .noReturn: return "NoReturn"
        case .success: return "Success"
        case .timeout: return "Timeout"
        case .backoff: return "Backoff"
        case .unavailable: return "Unavailable"
        case .notImplemented: return "NotImplemented"
        case .emptyRequest: return "EmptyRequest"
        case .emptyResponse: return "EmptyResponse"
        case .invalidResponse: return "InvalidResponse"
        case .invalidRequest: return "InvalidRequest"
        case .requestShapeException: return "RequestShapeException"
        case .responseShapeException: return "ResponseShapeException"
        case .requestSerializationException: return "RequestSerializationException"
        case .responseSerializationException: return "ResponseSerializationException"
        case .requestDeserializationException: return "RequestDeserializationException"
        case .responseDeserializationException: return "ResponseDeserializationException"
        case .notServingNucleus: return "NotServingNucleus"
        case .nucleusTimeout: return "NucleusTimeout"
        case .nucleusFull: return "NucleusFull"
        case .requestIncompatibleVersion: return "RequestIncompatibleVersion"
        case .responseIncompatibleVersion: return "ResponseIncompatibleVersion"
        case .senderUnknown: return "SenderUnknown"
        case .unknownException: return "UnknownException"
        case .unauthenticated: return "Unauthenticated"
        case .badEndpoint: return "BadEndpoint"
        case .blacklisted: return "Blacklisted"
        }
    }

    /// The seed's one-line explanation.
    public var explanation: String {
        switch self {
        case .noReturn: return "Default value."
        case .success: return "Successful query."
        case .timeout: return "Request timeout."
        case .backoff: return "Call triggered a backoff."
        case .unavailable: return "Endpoint not available."
        case .notImplemented: return "Modality not implemented."
        case .emptyRequest: return "Request is empty."
        case .emptyResponse: return "Response is empty."
        case .invalidResponse: return "Response is invalid."
        case .invalidRequest: return "Request is invalid."
        case .requestShapeException: return "Request has an invalid shape."
        case .responseShapeException: return "Response has an invalid shape."
        case .requestSerializationException: return "Request failed to serialize."
        case .responseSerializationException: return "Response failed to serialize."
        case .requestDeserializationException: return "Request failed to deserialize."
        case .responseDeserializationException: return "Response failed to deserialize."
        case .notServingNucleus: return "Receiving Neuron is not serving a Nucleus to query."
        case .nucleusTimeout: return "Processing on the Server side timed out."
        case .nucleusFull: return "Returned when the processing queue on the Server is full."
        case .requestIncompatibleVersion: return "The request handler is incompatible with the request version."
        case .responseIncompatibleVersion: return "The response handler is incompatible with the request version."
        case .senderUnknown: return "Requester is not known by the receiver."
        case .unknownException: return "Unknown exception."
        case .unauthenticated: return "Authentication failed."
        case .badEndpoint: return "Bad endpoint."
        case .blacklisted: return "Blacklisted."
        }
    }

    public var description: String { name }
}
