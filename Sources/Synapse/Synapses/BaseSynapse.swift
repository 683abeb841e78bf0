/// bittensor's base `Synapse`: no fields of its own. Every axon serves it at `/Synapse` as a
/// ping (its forward returns the request), which is how a dendrite checks an axon is alive.
public struct BaseSynapse: SynapsePayload, Equatable {
    public static let name = "Synapse"

    public init() {}

    public init(from decoder: any Decoder) throws {}

    public func encode(to encoder: any Encoder) throws {}
}
