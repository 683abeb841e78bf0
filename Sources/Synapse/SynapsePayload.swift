import Hashing
/// The fields one kind of synapse adds to the common ones, and how they are hashed and bounded.
///
/// A payload is the Swift counterpart of a `bittensor.Synapse` subclass: its type name is the
/// HTTP route (`POST /<name>`), its `Codable` keys are the subclass's JSON fields (snake_case, as
/// in Python), `requiredHashFields` are the fields whose `str()` goes into `computed_body_hash`,
/// and `requiredFieldDefaults` are the pydantic-required fields whose empty JSON value bittensor
/// sends as `bt_header_input_obj_<field>` headers.
public protocol SynapsePayload: Codable, Sendable {
    /// The route and `name` field: the Python class name.
    static var name: String { get }
    /// Pydantic-required fields and the JSON of their type's empty value (`[]`, `0`, `""`).
    static var requiredFieldDefaults: [(field: String, emptyJSON: String)] { get }
    /// The class variable `required_hash_fields`, in declaration order.
    static var requiredHashFields: [String] { get }
    /// The values of `requiredHashFields`, in the same order, as Python values.
    var hashFieldValues: [PythonValue] { get }
    /// Throws unless the request fields respect `limits`.
    func validateRequest(_ limits: SynapseLimits) throws(SynapseError)
    /// Throws unless the response fields respect `limits`.
    func validateResponse(_ limits: SynapseLimits) throws(SynapseError)
}

extension SynapsePayload {
    public static var requiredFieldDefaults: [(field: String, emptyJSON: String)] { [] }
    public static var requiredHashFields: [String] { [] }
    public var hashFieldValues: [PythonValue] { [] }
    public func validateRequest(_ limits: SynapseLimits) throws(SynapseError) {}
    public func validateResponse(_ limits: SynapseLimits) throws(SynapseError) {}

    /// `Synapse.body_hash`: `sha3_256_hex(concat(sha3_256_hex(str(v)) for v in hash fields))`.
    ///
    /// With no hash fields this is `sha3_256("")`,
    /// `a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a`.
    public var bodyHash: String {
        let values = hashFieldValues
        if values.isEmpty { return BodyHash.empty }
        return SHA3_256.hexDigest(values.map { SHA3_256.hexDigest($0.str) }.joined())
    }
}

/// Constants of the body hash.
public enum BodyHash {
    /// `sha3_256("")` in hex: the body hash of a synapse with no hash fields.
    public static let empty = "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a"
}
