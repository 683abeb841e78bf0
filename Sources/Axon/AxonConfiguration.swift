import Config
import Synapse

/// How an axon serves: where it listens, what it announces, how many requests it takes, how it
/// orders and times them, and whom it refuses.
public struct AxonConfiguration: Sendable {
    /// `--axon.ip`: the address to bind (bittensor's default `[::]`).
    public var ip: String = "[::]"
    /// `--axon.port`: the port to bind; 0 picks a free one.
    public var port: Int = 8091
    /// `--axon.external_ip`: the address announced to the chain (defaults to `ip`).
    public var externalIP: String?
    /// `--axon.external_port`: the port announced to the chain (defaults to `port`).
    public var externalPort: Int?
    /// `--axon.max_concurrent_requests`: requests inside the axon at once (parsing, verifying,
    /// waiting or running); one more is refused with 503.
    public var maxConcurrentRequests: Int = 4096
    /// `--axon.priority.max_workers`: forwards running at once.
    public var priorityMaxWorkers: Int = 5
    /// `--axon.priority.maxsize`: requests waiting for a worker; one more is refused with 503.
    public var priorityMaxSize: Int = 10
    /// `--axon.forward_timeout`: the longest a forward may take (seconds), also capped by the
    /// caller's own `timeout`.
    public var forwardTimeout: Double = 12
    /// `--neuron.blacklist.stake.forward`: least stake a caller needs.
    public var blacklistMinimumStake: Double = 0
    /// `--neuron.blacklist.allow_non_registered`: serve callers that are not registered.
    public var allowNonRegistered: Bool = false
    /// `--axon.gzip`: accept gzip request bodies and gzip responses for callers that accept it.
    public var gzip: Bool = false
    /// `--axon.sign_responses`: sign each answer with the axon's hotkey, as bittensor does.
    public var signResponses: Bool = true
    /// Bounds on synapse sizes.
    public var limits: SynapseLimits = .default
    /// Replay-protection window.
    public var nonce: NonceStateMachine.Configuration = .init()

    public init() {}

    /// Reads the `axon.*` and `neuron.blacklist.*` keys of `config` (see `ConfigOption.axonServing`).
    ///
    /// - Throws: `ConfigError` for a value of the wrong type.
    public init(config: Config) throws(ConfigError) {
        if let v = config.string("axon.ip") { ip = v }
        if let v = try config.int("axon.port") { port = v }
        externalIP = config.string("axon.external_ip")
        externalPort = try config.int("axon.external_port")
        if let v = try config.int("axon.max_concurrent_requests") { maxConcurrentRequests = max(1, v) }
        if let v = try config.int("axon.priority.max_workers") { priorityMaxWorkers = max(1, v) }
        if let v = try config.int("axon.priority.maxsize") { priorityMaxSize = max(0, v) }
        if let v = try Self.double(config, "axon.forward_timeout") { forwardTimeout = v }
        if let v = try Self.double(config, "neuron.blacklist.stake.forward") { blacklistMinimumStake = v }
        if let v = try config.bool("neuron.blacklist.allow_non_registered") { allowNonRegistered = v }
        if let v = try config.bool("axon.gzip") { gzip = v }
        if let v = try config.bool("axon.sign_responses") { signResponses = v }
    }

    static func double(_ config: Config, _ key: ConfigKey) throws(ConfigError) -> Double? {
        guard let text = config.string(key) else { return nil }
        guard let value = Double(text), value.isFinite else {
            throw .invalidValue(key: key, value: text, expected: "a number", source: config.source(of: key) ?? .defaultValue)
        }
        return value
    }

    /// The address announced for this axon.
    public var announcedIP: String { externalIP ?? ip }
    /// The port announced for this axon.
    public var announcedPort: Int { externalPort ?? port }
}

extension ConfigOption {
    /// The options an axon reads beyond bittensor's `axon` set.
    public static let axonServing: [ConfigOption] = ConfigOption.axon + [
        ConfigOption(
            "axon.max_concurrent_requests", default: "4096",
            help: "Requests the axon holds at once; more are refused with 503."),
        ConfigOption("axon.priority.max_workers", default: "5", help: "Forwards the axon runs at once."),
        ConfigOption(
            "axon.priority.maxsize", default: "10",
            help: "Requests waiting for a worker, highest stake first; more are refused with 503."),
        ConfigOption("axon.forward_timeout", default: "12", help: "Seconds a forward may take before 408."),
        ConfigOption("axon.gzip", default: "false", help: "Accept and send gzip bodies."),
        ConfigOption("axon.sign_responses", default: "true", help: "Sign each answer with the axon's hotkey."),
        ConfigOption(
            "neuron.blacklist.stake.forward", default: "0",
            help: "Least stake (TAO) a caller needs to be served."),
        ConfigOption(
            "neuron.blacklist.allow_non_registered", default: "false",
            help: "Serve callers whose hotkey is not registered."),
    ]
}
