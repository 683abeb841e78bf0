/// Key/value pairs sorted by key with duplicate keys removed (the last occurrence wins), stored as
/// two parallel arrays.
struct SortedEntries {
    private(set) var keys: [[UInt8]] = []
    private(set) var values: [[UInt8]] = []

    var count: Int { keys.count }
    var isEmpty: Bool { keys.isEmpty }

    /// Sorts and deduplicates `entries`, skipping the sort when they already are in strictly
    /// increasing key order.
    ///
    /// - Complexity: O(n) for sorted input, O(n log n) comparisons otherwise.
    init<S: Sequence>(_ entries: S) where S.Element == (key: [UInt8], value: [UInt8]) {
        for entry in entries {
            keys.append(entry.key)
            values.append(entry.value)
        }
        var isStrictlySorted = true
        for index in keys.indices.dropFirst() where !Self.less(keys[index - 1], keys[index]) {
            isStrictlySorted = false
            break
        }
        guard !isStrictlySorted else { return }

        // Sort positions, ties broken by position, so a run of equal keys ends with the last one.
        var order = Array(keys.indices)
        keys.withUnsafeBufferPointer { keys in
            order.sort { a, b in
                let ordering = Self.compare(keys[a], keys[b])
                return ordering < 0 || (ordering == 0 && a < b)
            }
        }
        var sortedKeys: [[UInt8]] = []
        var sortedValues: [[UInt8]] = []
        sortedKeys.reserveCapacity(order.count)
        sortedValues.reserveCapacity(order.count)
        for position in order {
            if let last = sortedKeys.last, last == keys[position] {
                sortedValues[sortedValues.count - 1] = values[position]
            } else {
                sortedKeys.append(keys[position])
                sortedValues.append(values[position])
            }
        }
        keys = sortedKeys
        values = sortedValues
    }

    /// Byte-wise lexicographic order, a proper prefix first.
    @inline(__always)
    static func less(_ a: [UInt8], _ b: [UInt8]) -> Bool { compare(a, b) < 0 }

    /// Negative, zero or positive as `a` sorts before, equal to or after `b` (byte-wise, a proper
    /// prefix first), comparing eight bytes at a time.
    static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
        a.withUnsafeBytes { a in
            b.withUnsafeBytes { b in
                let shorter = min(a.count, b.count)
                var index = 0
                while index + 8 <= shorter {
                    let x = UInt64(bigEndian: a.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    let y = UInt64(bigEndian: b.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    if x != y { return x < y ? -1 : 1 }
                    index += 8
                }
                while index < shorter {
                    if a[index] != b[index] { return a[index] < b[index] ? -1 : 1 }
                    index += 1
                }
                return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
            }
        }
    }
}
