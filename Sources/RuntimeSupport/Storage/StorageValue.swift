import Hashing
import SCALECodec

/// A single storage value: `twox128(pallet) ‖ twox128(item)` → SCALE `Value`, with the
/// default FRAME's `ValueQuery` returns when nothing (or nothing decodable) is stored.
public struct StorageValue<Value: SCALECodable>: Sendable where Value: Sendable {
    /// The pallet's storage prefix (e.g. `SubtensorModule`).
    public let pallet: String
    /// The item's name (e.g. `TotalStake`).
    public let item: String
    /// What a read returns when the key is absent.
    public let defaultValue: Value
    /// The full storage key.
    public let key: [UInt8]

    /// Declares `pallet`.`item` with `defaultValue`.
    public init(_ pallet: String, _ item: String, default defaultValue: Value) {
        self.pallet = pallet
        self.item = item
        self.defaultValue = defaultValue
        key = StorageKey.prefix(pallet: pallet, item: item)
    }

    /// The stored value, or the default.
    public func get(_ state: StorageOverlay) -> Value {
        getIfPresent(state) ?? defaultValue
    }

    /// The stored value, or `nil` when absent or undecodable (FRAME's `OptionQuery`).
    public func getIfPresent(_ state: StorageOverlay) -> Value? {
        state.value(at: key).flatMap { try? Value(scaleBytes: $0) }
    }

    /// Stores `value`.
    public func set(_ value: Value, in state: inout StorageOverlay) {
        state.set(key, value.scaleEncoded())
    }

    /// Reads, changes and writes back the value.
    public func mutate<R>(_ state: inout StorageOverlay, _ body: (inout Value) throws -> R) rethrows -> R {
        var value = get(state)
        let result = try body(&value)
        set(value, in: &state)
        return result
    }

    /// Removes the value (reads return the default again).
    public func remove(from state: inout StorageOverlay) {
        state.remove(key)
    }

    /// Whether a value is stored.
    public func exists(_ state: StorageOverlay) -> Bool { state.contains(key) }
}
