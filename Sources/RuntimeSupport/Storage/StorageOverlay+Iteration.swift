extension StorageOverlay {
    /// The smallest key strictly greater than `key` as the running code sees the state: the
    /// base's keys merged with the overlay's, removals skipped.
    ///
    /// - Complexity: O(log c + log n) per step (plus skipped removals), `c` the changed keys.
    public func key(after key: [UInt8]) -> [UInt8]? {
        // Candidate from the base, skipping keys removed in the overlay.
        var baseCandidate = base.key(after: key)
        while let candidate = baseCandidate, value(at: candidate) == nil {
            baseCandidate = base.key(after: candidate)
        }
        // Candidate among keys written in the overlay (set, not removed).
        var overlayCandidate: [UInt8]? = nil
        var index = writtenIndex(notBelow: key)
        if index < writtenKeys.count, writtenKeys[index] == key { index += 1 }
        while index < writtenKeys.count {
            let changed = writtenKeys[index]
            if let b = baseCandidate, b.lexicographicallyPrecedes(changed) { break }
            if value(at: changed) != nil {
                overlayCandidate = changed
                break
            }
            index += 1
        }
        guard let b = baseCandidate else { return overlayCandidate }
        guard let o = overlayCandidate else { return b }
        return b.lexicographicallyPrecedes(o) ? b : o
    }

    /// All keys starting with `prefix`, in order.
    public func keys(withPrefix prefix: [UInt8]) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var cursor = prefix
        if contains(prefix) { result.append(prefix) }
        while let next = key(after: cursor), next.starts(with: prefix) {
            result.append(next)
            cursor = next
        }
        return result
    }

    /// Removes every key starting with `prefix`; returns how many were removed.
    @discardableResult
    public mutating func removeAll(withPrefix prefix: [UInt8]) -> Int {
        let keys = keys(withPrefix: prefix)
        for key in keys { remove(key) }
        return keys.count
    }
}
