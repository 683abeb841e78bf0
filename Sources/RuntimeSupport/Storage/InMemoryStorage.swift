/// Committed state held in memory (genesis building, tests, tools), with ordered keys.
///
/// - Complexity: reads O(1); `key(after:)` O(log n) once the sorted key index is current;
///   the index is rebuilt (O(n log n)) on the first ordered read after keys were added or removed.
public final class InMemoryStorage: StorageReader, @unchecked Sendable {
    private var values: [[UInt8]: [UInt8]]
    private var sortedKeys: [[UInt8]] = []
    private var sortedKeysAreCurrent = false

    /// An empty state, or one holding `entries`.
    public init(_ entries: [[UInt8]: [UInt8]] = [:]) { values = entries }

    public func value(at key: [UInt8]) -> [UInt8]? { values[key] }

    public func key(after key: [UInt8]) -> [UInt8]? {
        refreshSortedKeys()
        var low = 0, high = sortedKeys.count
        while low < high {
            let mid = (low + high) / 2
            if sortedKeys[mid].lexicographicallyPrecedes(key) || sortedKeys[mid] == key { low = mid + 1 } else { high = mid }
        }
        return low < sortedKeys.count ? sortedKeys[low] : nil
    }

    /// Applies a set of changes (`nil` removes the key).
    public func apply(_ changes: [[UInt8]: [UInt8]?]) {
        for (key, value) in changes {
            if let value {
                if values.updateValue(value, forKey: key) == nil { sortedKeysAreCurrent = false }
            } else if values.removeValue(forKey: key) != nil {
                sortedKeysAreCurrent = false
            }
        }
    }

    /// Every entry in key order.
    public var entries: [(key: [UInt8], value: [UInt8])] {
        refreshSortedKeys()
        return sortedKeys.map { ($0, values[$0]!) }
    }

    /// The number of stored keys.
    public var count: Int { values.count }

    private func refreshSortedKeys() {
        guard !sortedKeysAreCurrent else { return }
        sortedKeys = values.keys.sorted(by: [UInt8].storageOrder)
        sortedKeysAreCurrent = true
    }
}
