import Hashing
import SCALECodec

/// A storage double map:
/// `twox128(pallet) ‖ twox128(item) ‖ hasher1(SCALE(k1)) ‖ hasher2(SCALE(k2))` → SCALE `Value`.
public struct StorageDoubleMap<Key1: SCALECodable, Key2: SCALECodable, Value: SCALECodable>: Sendable
where Key1: Sendable, Key2: Sendable, Value: Sendable {
    /// The pallet's storage prefix.
    public let pallet: String
    /// The item's name.
    public let item: String
    /// How the first key is hashed.
    public let hasher1: StorageHasher
    /// How the second key is hashed.
    public let hasher2: StorageHasher
    /// What a read returns when the key is absent.
    public let defaultValue: Value
    /// `twox128(pallet) ‖ twox128(item)`.
    public let prefix: [UInt8]

    /// Declares `pallet`.`item` keyed through `hasher1` and `hasher2`.
    public init(_ pallet: String, _ item: String, hasher1: StorageHasher, hasher2: StorageHasher, default defaultValue: Value) {
        self.pallet = pallet
        self.item = item
        self.hasher1 = hasher1
        self.hasher2 = hasher2
        self.defaultValue = defaultValue
        prefix = StorageKey.prefix(pallet: pallet, item: item)
    }

    /// The prefix of every entry whose first key is `key1`.
    public func prefix(_ key1: Key1) -> [UInt8] { prefix + hasher1.hash(key1.scaleEncoded()) }

    /// The storage key of `(key1, key2)`.
    public func storageKey(_ key1: Key1, _ key2: Key2) -> [UInt8] {
        prefix(key1) + hasher2.hash(key2.scaleEncoded())
    }

    /// The value under `(key1, key2)`, or the default.
    public func get(_ key1: Key1, _ key2: Key2, _ state: StorageOverlay) -> Value {
        getIfPresent(key1, key2, state) ?? defaultValue
    }

    /// The value under `(key1, key2)`, or `nil` when absent.
    public func getIfPresent(_ key1: Key1, _ key2: Key2, _ state: StorageOverlay) -> Value? {
        state.value(at: storageKey(key1, key2)).flatMap { try? Value(scaleBytes: $0) }
    }

    /// Stores `value` under `(key1, key2)`.
    public func set(_ key1: Key1, _ key2: Key2, _ value: Value, in state: inout StorageOverlay) {
        state.set(storageKey(key1, key2), value.scaleEncoded())
    }

    /// Reads, changes and writes back the value under `(key1, key2)`.
    public func mutate<R>(_ key1: Key1, _ key2: Key2, _ state: inout StorageOverlay, _ body: (inout Value) throws -> R) rethrows -> R {
        var value = get(key1, key2, state)
        let result = try body(&value)
        set(key1, key2, value, in: &state)
        return result
    }

    /// Removes the entry under `(key1, key2)`.
    public func remove(_ key1: Key1, _ key2: Key2, from state: inout StorageOverlay) {
        state.remove(storageKey(key1, key2))
    }

    /// Whether an entry exists under `(key1, key2)`.
    public func contains(_ key1: Key1, _ key2: Key2, _ state: StorageOverlay) -> Bool {
        state.contains(storageKey(key1, key2))
    }

    /// Every `(key2, value)` under `key1`, in storage-key order (`hasher2` must be transparent).
    public func entries(prefix key1: Key1, _ state: StorageOverlay) -> [(key: Key2, value: Value)] {
        guard let skip = hasher2.transparentPrefixLength else {
            preconditionFailure("\(pallet).\(item): cannot iterate second keys hashed with \(hasher2)")
        }
        let start = prefix(key1)
        return state.keys(withPrefix: start).compactMap { storageKey in
            guard let key = try? Key2(scaleBytes: Array(storageKey[(start.count + skip)...])),
                  let raw = state.value(at: storageKey), let value = try? Value(scaleBytes: raw)
            else { return nil }
            return (key, value)
        }
    }

    /// Removes every entry under `key1`; returns how many were removed.
    @discardableResult
    public func removePrefix(_ key1: Key1, from state: inout StorageOverlay) -> Int {
        state.removeAll(withPrefix: prefix(key1))
    }
}
