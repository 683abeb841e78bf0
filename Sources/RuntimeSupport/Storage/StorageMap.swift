import Hashing
import SCALECodec

/// A storage map: `twox128(pallet) ‖ twox128(item) ‖ hasher(SCALE(key))` → SCALE `Value`.
public struct StorageMap<Key: SCALECodable, Value: SCALECodable>: Sendable where Key: Sendable, Value: Sendable {
    /// The pallet's storage prefix.
    public let pallet: String
    /// The item's name.
    public let item: String
    /// How keys are hashed into the storage key.
    public let hasher: StorageHasher
    /// What a read returns when the key is absent.
    public let defaultValue: Value
    /// `twox128(pallet) ‖ twox128(item)`: the prefix of every entry (what `query_map` scans).
    public let prefix: [UInt8]

    /// Declares `pallet`.`item` keyed through `hasher`.
    public init(_ pallet: String, _ item: String, hasher: StorageHasher, default defaultValue: Value) {
        self.pallet = pallet
        self.item = item
        self.hasher = hasher
        self.defaultValue = defaultValue
        prefix = StorageKey.prefix(pallet: pallet, item: item)
    }

    /// The storage key of `key`.
    public func storageKey(_ key: Key) -> [UInt8] {
        prefix + hasher.hash(key.scaleEncoded())
    }

    /// The value under `key`, or the default.
    public func get(_ key: Key, _ state: StorageOverlay) -> Value {
        getIfPresent(key, state) ?? defaultValue
    }

    /// The value under `key`, or `nil` when absent.
    public func getIfPresent(_ key: Key, _ state: StorageOverlay) -> Value? {
        state.value(at: storageKey(key)).flatMap { try? Value(scaleBytes: $0) }
    }

    /// Stores `value` under `key`.
    public func set(_ key: Key, _ value: Value, in state: inout StorageOverlay) {
        state.set(storageKey(key), value.scaleEncoded())
    }

    /// Reads, changes and writes back the value under `key`.
    public func mutate<R>(_ key: Key, _ state: inout StorageOverlay, _ body: (inout Value) throws -> R) rethrows -> R {
        var value = get(key, state)
        let result = try body(&value)
        set(key, value, in: &state)
        return result
    }

    /// Removes the entry under `key`.
    public func remove(_ key: Key, from state: inout StorageOverlay) {
        state.remove(storageKey(key))
    }

    /// Whether an entry exists under `key`.
    public func contains(_ key: Key, _ state: StorageOverlay) -> Bool { state.contains(storageKey(key)) }

    /// Every entry, in storage-key order; only for transparent hashers (`…Concat`, `Identity`),
    /// whose keys can be recovered. Entries that fail to decode are skipped.
    public func entries(_ state: StorageOverlay) -> [(key: Key, value: Value)] {
        guard let skip = hasher.transparentPrefixLength else {
            preconditionFailure("\(pallet).\(item): cannot iterate a map hashed with \(hasher)")
        }
        return state.keys(withPrefix: prefix).compactMap { storageKey in
            let encodedKey = Array(storageKey[(prefix.count + skip)...])
            guard let key = try? Key(scaleBytes: encodedKey),
                  let raw = state.value(at: storageKey), let value = try? Value(scaleBytes: raw)
            else { return nil }
            return (key, value)
        }
    }
}
