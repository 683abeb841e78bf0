/// Who may call an axon and with what weight: the registered hotkeys of a subnet and their
/// stake. The metagraph implements it once it syncs from the chain; until then
/// `StaticCallerRegistry` holds a fixed table (an allow-list file, a test).
public protocol CallerRegistry: Sendable {
    /// The stake (TAO) of `hotkey` if it is registered, `nil` if it is not.
    func stake(ofHotkey hotkey: String) -> Double?
}

/// A fixed table of registered hotkeys and their stake.
public struct StaticCallerRegistry: CallerRegistry {
    public let stakes: [String: Double]

    public init(stakes: [String: Double]) { self.stakes = stakes }

    public func stake(ofHotkey hotkey: String) -> Double? { stakes[hotkey] }
}
