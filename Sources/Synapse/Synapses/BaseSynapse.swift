/// bittensor's base `Synapse`: no fields of its own. Every axon serves it at `/Synapse` as a
/// ping (its forward returns the request), which is how a dendrite checks an axon is alive.
public struct BaseSynapse: SynapsePayload, Equatable {
    public static let name = "Synapse"

    public init() {}

    /// Accepts any JSON object (the common fields are read elsewhere); refuses other JSON.
    public init(from decoder: any Decoder) throws {
        _ = try decoder.container(keyedBy: AnyCodingKey.self)
    }

    public func encode(to encoder: any Encoder) throws {}
}

/// A coding key for any member name.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
