import Primitives

extension YumaMath {
    /// Divides each row by its sum where the sum is positive (`inplace_row_normalize_sparse`,
    /// math.rs:309).
    public static func inplaceRowNormalizeSparse(_ matrix: inout SparseMatrix) {
        for i in matrix.indices {
            var rowSum = I32F32.zero
            for entry in matrix[i] { rowSum += entry.value }
            guard rowSum > .zero else { continue }
            let divisor = FixedDivisor(rowSum)
            matrix[i].updateValues { divisor.divide($0.value) }
        }
    }

    /// The sum of each row (`row_sum_sparse`, math.rs:341).
    public static func rowSumSparse(_ matrix: SparseMatrix) -> [I32F32] {
        matrix.map { row in
            var total = I32F32.zero
            for entry in row { total += entry.value }
            return total
        }
    }

    /// The sum of each of `columns` columns (`col_sum_sparse`, math.rs:374).
    public static func colSumSparse(_ matrix: SparseMatrix, columns: Int) -> [I32F32] {
        var result = [I32F32](repeating: .zero, count: columns)
        for row in matrix {
            for entry in row { result[Int(entry.column)] += entry.value }
        }
        return result
    }

    /// Divides each entry by its column's sum, skipping zero-sum columns
    /// (`inplace_col_normalize_sparse`, math.rs:386).
    public static func inplaceColNormalizeSparse(_ matrix: inout SparseMatrix, columns: Int) {
        let sums = colSumSparse(matrix, columns: columns)
        divideColumns(&matrix, by: sums)
    }

    /// Divides each entry by its column's maximum, skipping columns whose maximum is zero
    /// (`inplace_col_max_upscale_sparse`, math.rs:432). The maximum of a column starts at zero.
    public static func inplaceColMaxUpscaleSparse(_ matrix: inout SparseMatrix, columns: Int) {
        var maxima = [I32F32](repeating: .zero, count: columns)
        for row in matrix {
            for entry in row where maxima[Int(entry.column)] < entry.value {
                maxima[Int(entry.column)] = entry.value
            }
        }
        divideColumns(&matrix, by: maxima)
    }

    /// Divides every entry by `divisors[column]` unless that is zero.
    private static func divideColumns(_ matrix: inout SparseMatrix, by divisors: [I32F32]) {
        let dividers = divisors.map { $0 == .zero ? nil : FixedDivisor($0) }
        dividers.withUnsafeBufferPointer { dividers in
            for i in matrix.indices {
                matrix[i].updateValues { entry in
                    guard let divider = dividers[Int(entry.column)] else { return entry.value }
                    return divider.divide(entry.value)
                }
            }
        }
    }

    /// Each row's entries times that row's vector value (`row_hadamard_sparse`, math.rs:621).
    public static func rowHadamardSparse(_ matrix: SparseMatrix, _ vector: [I32F32]) -> SparseMatrix {
        var result = matrix
        for i in result.indices {
            let factor = vector[i]
            result[i].updateValues { $0.value * factor }
        }
        return result
    }

    /// `result[j] = Σ_i vector[i] · matrix[i][j]`, each product floored
    /// (`matmul_sparse`, math.rs:702).
    public static func matmulSparse(_ matrix: SparseMatrix, _ vector: [I32F32], columns: Int) -> [I32F32] {
        var result = [I32F32](repeating: .zero, count: columns)
        for (i, row) in matrix.enumerated() {
            let factor = vector[i]
            for entry in row { result[Int(entry.column)] += factor * entry.value }
        }
        return result
    }

    /// `result[i] = Σ_j vector[j] · matrix[i][j]`, each product floored
    /// (`matmul_transpose_sparse`, math.rs:721).
    public static func matmulTransposeSparse(_ matrix: SparseMatrix, _ vector: [I32F32]) -> [I32F32] {
        matrix.map { row in
            var total = I32F32.zero
            for entry in row { total += vector[Int(entry.column)] * entry.value }
            return total
        }
    }

    /// The element-wise product of two sparse matrices, keeping positive products, rows sorted
    /// by column (`hadamard_sparse`, math.rs:1015). Duplicate entries add up first.
    /// - Precondition: both have the same number of rows.
    public static func hadamardSparse(_ first: SparseMatrix, _ second: SparseMatrix, columns: Int) -> SparseMatrix {
        precondition(first.count == second.count, "hadamard_sparse: row counts differ")
        var result = SparseMatrix(repeating: [], count: first.count)
        var row1 = [I32F32](repeating: .zero, count: columns)
        var row2 = [I32F32](repeating: .zero, count: columns)
        for i in first.indices {
            for j in 0..<columns {
                row1[j] = .zero
                row2[j] = .zero
            }
            for entry in first[i] { row1[Int(entry.column)] += entry.value }
            for entry in second[i] { row2[Int(entry.column)] += entry.value }
            for j in 0..<columns {
                let product = row1[j] * row2[j]
                if .zero < product { result[i].append(SparseEntry(UInt16(j), product)) }
            }
        }
        return result
    }

    /// `alpha · new + (1 − alpha) · old` per cell, each product floored, keeping positive cells,
    /// rows sorted by column (`mat_ema_sparse`, math.rs:1070). The matrix is taken to be square
    /// (`n = new.count` columns).
    /// - Precondition: both have the same number of rows.
    public static func matEmaSparse(_ new: SparseMatrix, _ old: SparseMatrix, alpha: I32F32) -> SparseMatrix {
        precondition(new.count == old.count, "mat_ema_sparse: row counts differ")
        let n = new.count
        let oneMinusAlpha = I32F32.one - alpha
        var result = SparseMatrix(repeating: [], count: n)
        var row = [I32F32](repeating: .zero, count: n)
        for i in 0..<n {
            if new[i].isEmpty && old[i].isEmpty { continue }
            for j in 0..<n { row[j] = .zero }
            for entry in new[i] { row[Int(entry.column)] += alpha * entry.value }
            for entry in old[i] { row[Int(entry.column)] += oneMinusAlpha * entry.value }
            result[i] = row.withUnsafeBufferPointer { row in
                var positive = 0
                for value in row where value > .zero { positive += 1 }
                return [SparseEntry](unsafeUninitializedCapacity: positive) { buffer, initialized in
                    var k = 0
                    for j in 0..<n where row[j] > .zero {
                        (buffer.baseAddress! + k).initialize(to: SparseEntry(UInt16(j), row[j]))
                        k += 1
                    }
                    initialized = k
                }
            }
        }
        return result
    }
}
