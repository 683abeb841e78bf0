import Config
import Synapse

/// How a dendrite calls axons.
public struct DendriteConfiguration: Sendable {
    /// `--dendrite.max_active_receptors`: calls in flight at once across all axons.
    public var maxActiveReceptors: Int = 4096
    /// Keep-alive connections kept per axon (requests beyond them wait for one).
    public var connectionsPerAxon: Int = 64
    /// The address this dendrite announces as `dendrite.ip` (bittensor: its external IP).
    public var externalIP: String = "127.0.0.1"
    /// Ask for gzip answers.
    public var gzip: Bool = false
    /// Bounds on responses.
    public var limits: SynapseLimits = .default

    public init() {}

    /// Reads `dendrite.*` keys (see `ConfigOption.dendrite`).
    public init(config: Config) throws(ConfigError) {
        if let v = try config.int("dendrite.max_active_receptors") { maxActiveReceptors = max(1, v) }
        if let v = try config.int("dendrite.connections_per_axon") { connectionsPerAxon = max(1, v) }
        if let v = config.string("dendrite.external_ip") { externalIP = v }
        if let v = try config.bool("dendrite.gzip") { gzip = v }
    }
}

extension ConfigOption {
    /// The dendrite's options.
    public static let dendrite: [ConfigOption] = [
        ConfigOption("dendrite.max_active_receptors", default: "4096", help: "Calls a dendrite keeps in flight at once."),
        ConfigOption("dendrite.connections_per_axon", default: "64", help: "Keep-alive connections per axon."),
        ConfigOption("dendrite.external_ip", default: nil, help: "The address announced as dendrite.ip."),
        ConfigOption("dendrite.gzip", default: "false", help: "Ask axons for gzip answers."),
    ]
}
