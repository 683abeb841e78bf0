/// Chat completion: messages with their roles in, one completion out (bittensor's
/// `TextPrompting`: v5's gRPC service, then the v6 subnet-1 `Prompting` synapse's fields).
public struct TextPrompting: SynapsePayload, Equatable {
    public static let name = "TextPrompting"
    public static let requiredFieldDefaults: [(field: String, emptyJSON: String)] = [
        ("roles", "[]"), ("messages", "[]"),
    ]
    public static let requiredHashFields = ["roles", "messages"]

    /// The role of each message (`system`, `user`, `assistant`).
    public var roles: [String]
    /// The message texts.
    public var messages: [String]
    /// Response: the completion.
    public var completion: String?

    public init(roles: [String], messages: [String], completion: String? = nil) {
        self.roles = roles
        self.messages = messages
        self.completion = completion
    }

    enum CodingKeys: String, CodingKey { case roles, messages, completion }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        roles = try c.decode([String].self, forKey: .roles)
        messages = try c.decode([String].self, forKey: .messages)
        completion = try c.decodeIfPresent(String.self, forKey: .completion)
    }

    public var hashFieldValues: [PythonValue] {
        [.list(roles.map(PythonValue.string)), .list(messages.map(PythonValue.string))]
    }

    public func validateRequest(_ limits: SynapseLimits) throws(SynapseError) {
        guard roles.count == messages.count else {
            throw .invalidField("\(roles.count) roles for \(messages.count) messages")
        }
        guard messages.count <= limits.maxMessages else {
            throw .invalidField("\(messages.count) messages (at most \(limits.maxMessages))")
        }
        for (i, text) in messages.enumerated() { try limits.ensureText(text, field: "messages[\(i)]") }
        for (i, role) in roles.enumerated() { try limits.ensureText(role, field: "roles[\(i)]") }
    }

    public func validateResponse(_ limits: SynapseLimits) throws(SynapseError) {
        guard let completion else { throw .invalidField("TextPrompting response lacks completion") }
        try limits.ensureText(completion, field: "completion")
    }
}
