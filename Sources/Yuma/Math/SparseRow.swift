import Primitives

extension Array where Element == SparseEntry {
    /// The entries `transform` keeps, transformed, in order: one pass, one allocation. The sparse
    /// helpers build their result rows with it.
    @inline(__always)
    func compactMapEntries(_ transform: (SparseEntry) -> SparseEntry?) -> [SparseEntry] {
        if isEmpty { return [] }
        return [SparseEntry](unsafeUninitializedCapacity: count) { buffer, initialized in
            var kept = 0
            for entry in self {
                if let result = transform(entry) {
                    (buffer.baseAddress! + kept).initialize(to: result)
                    kept += 1
                }
            }
            initialized = kept
        }
    }

    /// Replaces every value in place.
    @inline(__always)
    mutating func updateValues(_ transform: (SparseEntry) -> I32F32) {
        withUnsafeMutableBufferPointer { row in
            for k in row.indices { row[k].value = transform(row[k]) }
        }
    }
}
