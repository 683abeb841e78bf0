import Primitives

extension YumaMath {
    /// The stake-weighted median by deterministic quick-select (`weighted_median`, math.rs:857).
    ///
    /// The partition `[partitionLo, partitionHi]` is a segment of the stake integral. Each round
    /// takes the pivot `score[partition[count / 2]]`, sets aside values equal to it and splits the
    /// rest into `lower` and `upper` (keeping their order). With
    /// `lo = partitionLo + Σ stake(lower)` and `hi = partitionHi − Σ stake(upper)`, the pivot is the
    /// answer if `lo ≤ minority < hi`; otherwise the search continues in `lower` when
    /// `minority < lo`, or in `upper` when `hi ≤ minority`, if that side is non-empty; otherwise the
    /// pivot is returned. An empty partition gives zero, a single index its score.
    ///
    /// Rust recurses; this loops, which is the same computation (every recursive call is a tail
    /// call).
    /// - Complexity: O(m) expected for a partition of m indices.
    public static func weightedMedian(
        stake: [I32F32], score: [I32F32], partition: [Int], minority: I32F32,
        partitionLo: I32F32, partitionHi: I32F32
    ) -> I32F32 {
        precondition(stake.count == score.count, "weighted_median: lengths differ")
        precondition(partition.allSatisfy { score.indices.contains($0) }, "weighted_median: index out of range")
        let scratch = WeightedMedianScratch()
        return stake.withUnsafeBufferPointer { stake in
            score.withUnsafeBufferPointer { score in
                scratch.median(stake: stake, score: score, partition: partition, minority: minority,
                               lo: partitionLo, hi: partitionHi)
            }
        }
    }

    /// The weighted median of every column of a dense matrix (`weighted_median_col`, math.rs:917).
    ///
    /// For each column, the rows with positive stake take part; their stake is re-normalised
    /// (`use_stake`), and the median is taken with `minority = Σ use_stake − majority` over the
    /// segment `[0, Σ use_stake]`. A column gets zero if no row has positive stake. (Rust
    /// re-filters and re-normalises the same stake per column; it is computed once here.) A matrix
    /// with no rows gives no columns (Rust indexes `score[0]` and panics).
    public static func weightedMedianCol(_ stake: [I32F32], _ score: DenseMatrix, majority: I32F32) -> [I32F32] {
        let columns = score.rows == 0 ? 0 : score.columns
        precondition(stake.count <= score.rows || columns == 0, "weighted_median_col: too few rows")
        var median = [I32F32](repeating: .zero, count: columns)
        let rows = (0..<stake.count).filter { stake[$0] > .zero }
        if rows.isEmpty { return median }
        var useStake = rows.map { stake[$0] }
        inplaceNormalize(&useStake)
        let stakeSum = sum(useStake)
        let minority = stakeSum - majority
        var useScore = [I32F32](repeating: .zero, count: rows.count)
        let scratch = WeightedMedianScratch()
        useStake.withUnsafeBufferPointer { stakeBuffer in
            for c in 0..<columns {
                for (k, r) in rows.enumerated() { useScore[k] = score[r, c] }
                median[c] = useScore.withUnsafeBufferPointer { scoreBuffer in
                    scratch.median(stake: stakeBuffer, score: scoreBuffer, minority: minority, lo: .zero, hi: stakeSum)
                }
            }
        }
        return median
    }

    /// The weighted median of every column of a sparse matrix, the consensus the chain computes
    /// (`weighted_median_col_sparse`, math.rs:955).
    ///
    /// The positive stakes (in uid order) are re-normalised once; `minority = Σ use_stake −
    /// majority`; absent entries score zero (a duplicate column in a row keeps its last value).
    /// - Complexity: O(columns · m) time and memory, m = uids with positive stake.
    public static func weightedMedianColSparse(
        _ stake: [I32F32], _ score: SparseMatrix, columns: Int, majority: I32F32
    ) -> [I32F32] {
        var useStake = stake.filter { $0 > .zero }
        inplaceNormalize(&useStake)
        let m = useStake.count
        let stakeSum = sum(useStake)
        let minority = stakeSum - majority
        // Column-major: the scores of column c are useScore[c·m ..< (c+1)·m].
        var useScore = [I32F32](repeating: .zero, count: columns * m)
        var k = 0
        for r in stake.indices where stake[r] > .zero {
            for entry in score[r] { useScore[Int(entry.column) * m + k] = entry.value }
            k += 1
        }
        var median = [I32F32](repeating: .zero, count: columns)
        let scratch = WeightedMedianScratch()
        useStake.withUnsafeBufferPointer { stakeBuffer in
            useScore.withUnsafeBufferPointer { all in
                for c in 0..<columns {
                    let column = UnsafeBufferPointer(rebasing: all[c * m ..< (c + 1) * m])
                    median[c] = scratch.median(stake: stakeBuffer, score: column, minority: minority,
                                               lo: .zero, hi: stakeSum)
                }
            }
        }
        return median
    }
}

/// Reusable index buffers for the quick-select, so a column costs no allocation.
final class WeightedMedianScratch {
    private var capacity = 0
    private var current: UnsafeMutablePointer<Int32>
    private var lower: UnsafeMutablePointer<Int32>
    private var upper: UnsafeMutablePointer<Int32>

    init() {
        current = .allocate(capacity: 0)
        lower = .allocate(capacity: 0)
        upper = .allocate(capacity: 0)
    }

    deinit {
        current.deallocate()
        lower.deallocate()
        upper.deallocate()
    }

    private func reserve(_ count: Int) {
        guard count > capacity else { return }
        current.deallocate()
        lower.deallocate()
        upper.deallocate()
        current = .allocate(capacity: count)
        lower = .allocate(capacity: count)
        upper = .allocate(capacity: count)
        capacity = count
    }

    /// The median over the indices `partition`.
    func median(
        stake: UnsafeBufferPointer<I32F32>, score: UnsafeBufferPointer<I32F32>, partition: [Int],
        minority: I32F32, lo: I32F32, hi: I32F32
    ) -> I32F32 {
        reserve(partition.count)
        for (k, index) in partition.enumerated() { current[k] = Int32(index) }
        return select(stake: stake, score: score, count: partition.count, minority: minority, lo: lo, hi: hi)
    }

    /// The median over all indices `0..<score.count`.
    func median(
        stake: UnsafeBufferPointer<I32F32>, score: UnsafeBufferPointer<I32F32>, minority: I32F32, lo: I32F32, hi: I32F32
    ) -> I32F32 {
        reserve(score.count)
        for k in 0..<score.count { current[k] = Int32(k) }
        return select(stake: stake, score: score, count: score.count, minority: minority, lo: lo, hi: hi)
    }

    /// The quick-select over `current[0..<count]`.
    private func select(
        stake: UnsafeBufferPointer<I32F32>, score: UnsafeBufferPointer<I32F32>, count: Int,
        minority: I32F32, lo: I32F32, hi: I32F32
    ) -> I32F32 {
        precondition(stake.count == score.count, "weighted_median: lengths differ")
        var count = count
        var partitionLo = lo
        var partitionHi = hi
        while true {
            if count == 0 { return .zero }
            if count == 1 { return score[Int(current[0])] }
            let pivot = score[Int(current[count / 2])]
            var loStake = I32F32.zero
            var hiStake = I32F32.zero
            var lowerCount = 0
            var upperCount = 0
            // Branch-free partition: each index is written to both buffers and kept by the one
            // whose count advances (the order within each side is preserved).
            for k in 0..<count {
                let index = current[k]
                let value = score[Int(index)]
                let weight = stake[Int(index)].bits
                // 0 or 1 without a branch (a Bool is one byte holding 0 or 1).
                let isLower = Int(unsafeBitCast(value < pivot, to: UInt8.self))
                let isUpper = Int(unsafeBitCast(pivot < value, to: UInt8.self))
                lower[lowerCount] = index
                upper[upperCount] = index
                lowerCount &+= isLower
                upperCount &+= isUpper
                loStake.bits &+= weight & -Int64(isLower)
                hiStake.bits &+= weight & -Int64(isUpper)
            }
            let lowEdge = partitionLo + loStake
            let highEdge = partitionHi - hiStake
            if lowEdge <= minority && minority < highEdge {
                return pivot
            } else if minority < lowEdge && lowerCount > 0 {
                partitionHi = lowEdge
                swap(&current, &lower)
                count = lowerCount
            } else if highEdge <= minority && upperCount > 0 {
                partitionLo = highEdge
                swap(&current, &upper)
                count = upperCount
            } else {
                return pivot
            }
        }
    }
}
