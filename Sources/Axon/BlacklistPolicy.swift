/// The default blacklist and priority of an axon, as bittensor's template miners write them:
/// refuse callers that are not registered and callers whose stake is below
/// `--neuron.blacklist.stake.forward`; serve the rest in order of stake.
public struct BlacklistPolicy: Sendable {
    /// What the policy decides for one caller.
    public enum Decision: Equatable, Sendable {
        /// Serve with this priority.
        case allow(priority: Double)
        /// Refuse (403) for this reason.
        case blacklist(String)
    }

    /// Registered callers and their stake; `nil` serves everyone with priority 0.
    public var registry: (any CallerRegistry)?
    /// Let callers that are not registered through (with priority 0).
    public var allowUnregistered: Bool
    /// Least stake (TAO) a registered caller needs.
    public var minimumStake: Double

    public init(registry: (any CallerRegistry)?, allowUnregistered: Bool = false, minimumStake: Double = 0) {
        self.registry = registry
        self.allowUnregistered = allowUnregistered
        self.minimumStake = minimumStake
    }

    /// The decision for a caller presenting `hotkey` (`nil`: the request named no hotkey).
    public func decide(hotkey: String?) -> Decision {
        guard let registry else { return .allow(priority: 0) }
        guard let hotkey else { return .blacklist("Missing dendrite hotkey") }
        guard let stake = registry.stake(ofHotkey: hotkey) else {
            return allowUnregistered ? .allow(priority: 0) : .blacklist("Unrecognized hotkey \(hotkey)")
        }
        guard stake >= minimumStake else {
            return .blacklist("Hotkey \(hotkey) has stake \(stake) below the minimum \(minimumStake)")
        }
        return .allow(priority: stake)
    }
}
