import Primitives

extension YumaMath {
    /// Sum as a left fold from zero (`sum`, math.rs:146; `iter().sum()`).
    @inlinable public static func sum(_ x: [I32F32]) -> I32F32 {
        var total = I32F32.zero
        for value in x { total += value }
        return total
    }

    /// Whether the sum is exactly zero (`is_zero`, math.rs:174).
    public static func isZero(_ vector: [I32F32]) -> Bool {
        sum(vector) == .zero
    }

    /// Marks the `k` largest values (`is_topk`, math.rs:221).
    ///
    /// If `n < k` every entry is marked. Otherwise the indices are stably sorted ascending by value
    /// and the first `n - k` are unmarked, so among equal values the lower index loses.
    /// - Complexity: O(n log n).
    public static func isTopK(_ vector: [I32F32], k: Int) -> [Bool] {
        let n = vector.count
        var result = [Bool](repeating: true, count: n)
        if n < k { return result }
        // A stable sort: equal values keep index order.
        let order = vector.indices.sorted { a, b in
            vector[a] != vector[b] ? vector[a] < vector[b] : a < b
        }
        for index in order.prefix(n - k) { result[index] = false }
        return result
    }

    /// A normalised copy: each value over the sum, unless the sum is zero (`normalize`, math.rs:237).
    public static func normalize(_ x: [I32F32]) -> [I32F32] {
        var copy = x
        inplaceNormalize(&copy)
        return copy
    }

    /// Divides each value by the sum, unless the sum is zero (`inplace_normalize`, math.rs:248).
    /// The result sums to at most one: every quotient truncates.
    public static func inplaceNormalize(_ x: inout [I32F32]) {
        inplaceNormalize(&x, usingSum: sum(x))
    }

    /// Divides each value by `sum`, unless it is zero (`inplace_normalize_using_sum`, math.rs:260).
    public static func inplaceNormalize(_ x: inout [I32F32], usingSum sum: I32F32) {
        if sum == .zero { return }
        let divisor = FixedDivisor(sum)
        for i in x.indices { x[i] = divisor.divide(x[i]) }
    }

    /// `inplace_normalize` for `I64F64` (`inplace_normalize_64`, math.rs:271).
    public static func inplaceNormalize64(_ x: inout [I64F64]) {
        var total = I64F64.zero
        for value in x { total += value }
        if total == .zero { return }
        for i in x.indices { x[i] = x[i] / total }
    }

    /// `x[i] / y[i]`, or zero where `y[i]` is zero (`vecdiv`, math.rs:283).
    /// - Precondition: `x.count == y.count`.
    public static func vecdiv(_ x: [I32F32], _ y: [I32F32]) -> [I32F32] {
        precondition(x.count == y.count, "vecdiv: lengths differ")
        var result = [I32F32](repeating: .zero, count: x.count)
        for i in x.indices where y[i] != .zero { result[i] = x[i] / y[i] }
        return result
    }

    /// Zeroes the entries whose mask is true (`inplace_mask_vector`, math.rs:482). An empty mask
    /// leaves the vector alone.
    /// - Precondition: the mask is empty or as long as the vector.
    public static func inplaceMaskVector(_ mask: [Bool], _ vector: inout [I32F32]) {
        if mask.isEmpty { return }
        precondition(mask.count == vector.count, "inplace_mask_vector: lengths differ")
        for i in mask.indices where mask[i] { vector[i] = .zero }
    }

    /// Whether the normalised vector's largest entry is at most `maxLimit / 65535`
    /// (`check_vec_max_limited`, math.rs:130; the `set_weights` max-weight check).
    public static func checkVecMaxLimited(_ vector: [UInt16], maxLimit: UInt16) -> Bool {
        let limit = I32F32(maxLimit) / I32F32(UInt16.max)
        var fixed = vector.map { I32F32($0) }
        inplaceNormalize(&fixed)
        guard let largest = fixed.max() else { return true }
        return largest <= limit
    }
}
