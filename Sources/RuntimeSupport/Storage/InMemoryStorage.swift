/// Committed state held in memory (genesis building, tests, tools), with ordered keys.
///
/// - Complexity: reads O(1); `key(after:)` O(log n) once the sorted key index is current;
///   the index is rebuilt (O(n log n)) on the first ordered read after keys were added or removed.
public final class InMemoryStorage: StorageReader, @unchecked Sendable {
    private var values: [KeyBytes: [UInt8]]
    private var sortedKeys: [[UInt8]] = []
    private var sortedKeysAreCurrent = false

    /// An empty state, or one holding `entries`.
    public init(_ entries: [[UInt8]: [UInt8]] = [:]) {
        values = Dictionary(uniqueKeysWithValues: entries.map { (KeyBytes($0.key), $0.value) })
    }

    public func value(at key: [UInt8]) -> [UInt8]? { values[KeyBytes(key)] }

    public func key(after key: [UInt8]) -> [UInt8]? {
        refreshSortedKeys()
        var low = 0, high = sortedKeys.count
        while low < high {
            let mid = (low + high) / 2
            if sortedKeys[mid].lexicographicallyPrecedes(key) || sortedKeys[mid] == key { low = mid + 1 } else { high = mid }
        }
        return low < sortedKeys.count ? sortedKeys[low] : nil
    }

    /// Applies a set of changes (`nil` removes the key). A current key index is kept current
    /// by merging the added keys and filtering the removed ones: O(n + k log k), no full sort.
    public func apply(_ changes: StorageChanges) {
        var added: [[UInt8]] = []
        var removed: Set<KeyBytes> = []
        for (key, value) in changes.entries {
            if let value {
                if values.updateValue(value, forKey: key) == nil { added.append(key.bytes) }
            } else if values.removeValue(forKey: key) != nil {
                removed.insert(key)
            }
        }
        guard sortedKeysAreCurrent, !(added.isEmpty && removed.isEmpty) else { return }
        var kept = removed.isEmpty ? sortedKeys : sortedKeys.filter { !removed.contains(KeyBytes($0)) }
        if !added.isEmpty {
            added.sort(by: [UInt8].storageOrder)
            var merged: [[UInt8]] = []
            merged.reserveCapacity(kept.count + added.count)
            var i = 0, j = 0
            while i < kept.count || j < added.count {
                if j == added.count || (i < kept.count && kept[i].lexicographicallyPrecedes(added[j])) {
                    merged.append(kept[i]); i += 1
                } else {
                    merged.append(added[j]); j += 1
                }
            }
            kept = merged
        }
        sortedKeys = kept
    }

    /// Every entry in key order.
    public var entries: [(key: [UInt8], value: [UInt8])] {
        refreshSortedKeys()
        return sortedKeys.map { ($0, values[KeyBytes($0)]!) }
    }

    /// The number of stored keys.
    public var count: Int { values.count }

    private func refreshSortedKeys() {
        guard !sortedKeysAreCurrent else { return }
        sortedKeys = values.keys.map(\.bytes).sorted(by: [UInt8].storageOrder)
        sortedKeysAreCurrent = true
    }
}
