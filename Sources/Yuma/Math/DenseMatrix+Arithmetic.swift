import Primitives

extension YumaMath {
    /// Divides each row by its sum where the sum is positive (`inplace_row_normalize`, math.rs:297).
    public static func inplaceRowNormalize(_ matrix: inout DenseMatrix) {
        let columns = matrix.columns
        for i in 0..<matrix.rows {
            var rowSum = I32F32.zero
            for j in 0..<columns { rowSum += matrix[i, j] }
            guard rowSum > .zero else { continue }
            let divisor = FixedDivisor(rowSum)
            for j in 0..<columns { matrix[i, j] = divisor.divide(matrix[i, j]) }
        }
    }

    /// The sum of each row; empty for an empty matrix (`row_sum`, math.rs:322).
    public static func rowSum(_ matrix: DenseMatrix) -> [I32F32] {
        if matrix.isEmpty { return [] }
        return (0..<matrix.rows).map { i in
            var total = I32F32.zero
            for j in 0..<matrix.columns { total += matrix[i, j] }
            return total
        }
    }

    /// The sum of each column; empty for an empty matrix (`col_sum`, math.rs:354).
    public static func colSum(_ matrix: DenseMatrix) -> [I32F32] {
        if matrix.isEmpty { return [] }
        var result = [I32F32](repeating: .zero, count: matrix.columns)
        let width = matrix.columns
        matrix.storage.withUnsafeBufferPointer { cells in
            result.withUnsafeMutableBufferPointer { result in
                for i in 0..<matrix.rows {
                    for j in 0..<width { result[j] += cells[i * width + j] }
                }
            }
        }
        return result
    }

    /// Divides each column by its sum, skipping zero-sum columns (`inplace_col_normalize`,
    /// math.rs:405).
    public static func inplaceColNormalize(_ matrix: inout DenseMatrix) {
        if matrix.isEmpty { return }
        divideColumns(&matrix, by: colSum(matrix))
    }

    /// Divides each column by its maximum, skipping columns whose maximum is zero
    /// (`inplace_col_max_upscale`, math.rs:453). The maximum of a column starts at zero.
    public static func inplaceColMaxUpscale(_ matrix: inout DenseMatrix) {
        if matrix.isEmpty { return }
        var maxima = [I32F32](repeating: .zero, count: matrix.columns)
        for i in 0..<matrix.rows {
            for j in 0..<matrix.columns where maxima[j] < matrix[i, j] { maxima[j] = matrix[i, j] }
        }
        divideColumns(&matrix, by: maxima)
    }

    private static func divideColumns(_ matrix: inout DenseMatrix, by divisors: [I32F32]) {
        // Only the columns with a non-zero divisor change.
        let columns = divisors.indices.filter { divisors[$0] != .zero }
        let dividers = columns.map { FixedDivisor(divisors[$0]) }
        let width = matrix.columns
        matrix.storage.withUnsafeMutableBufferPointer { cells in
            for i in 0..<matrix.rows {
                let row = i * width
                for (k, j) in columns.enumerated() { cells[row + j] = dividers[k].divide(cells[row + j]) }
            }
        }
    }

    /// `vector[i] · matrix[i][j]` per cell; `[[]]` for an empty matrix (`row_hadamard`, math.rs:602).
    public static func rowHadamard(_ matrix: DenseMatrix, _ vector: [I32F32]) -> DenseMatrix {
        if matrix.isEmpty { return .oneEmptyRow }
        var result = matrix
        for i in 0..<matrix.rows {
            let factor = vector[i]
            for j in 0..<matrix.columns { result[i, j] = factor * matrix[i, j] }
        }
        return result
    }

    /// `result[j] = Σ_i vector[i] · matrix[i][j]`, each product floored; empty for an empty
    /// matrix (`matmul`, math.rs:636).
    /// - Precondition: `vector.count == matrix.rows`.
    public static func matmul(_ matrix: DenseMatrix, _ vector: [I32F32]) -> [I32F32] {
        if matrix.isEmpty { return [] }
        precondition(vector.count == matrix.rows, "matmul: lengths differ")
        var result = [I32F32](repeating: .zero, count: matrix.columns)
        let width = matrix.columns
        matrix.storage.withUnsafeBufferPointer { cells in
            result.withUnsafeMutableBufferPointer { result in
                for i in 0..<matrix.rows {
                    let factor = vector[i]
                    if factor == .zero { continue }  // every product would be zero
                    let row = i * width
                    for j in 0..<width { result[j] += factor * cells[row + j] }
                }
            }
        }
        return result
    }

    /// `result[i] = Σ_j vector[j] · matrix[i][j]`, each product floored; empty for an empty
    /// matrix (`matmul_transpose`, math.rs:680).
    /// - Precondition: `vector.count == matrix.columns`.
    public static func matmulTranspose(_ matrix: DenseMatrix, _ vector: [I32F32]) -> [I32F32] {
        if matrix.isEmpty { return [] }
        precondition(vector.count == matrix.columns, "matmul_transpose: lengths differ")
        return (0..<matrix.rows).map { i in
            var total = I32F32.zero
            for j in 0..<matrix.columns { total += vector[j] * matrix[i, j] }
            return total
        }
    }

    /// The element-wise product; `[[]]` for empty input (`hadamard`, math.rs:995).
    /// - Precondition: same shape.
    public static func hadamard(_ first: DenseMatrix, _ second: DenseMatrix) -> DenseMatrix {
        precondition(first.rows == second.rows, "hadamard: row counts differ")
        if first.isEmpty { return .oneEmptyRow }
        precondition(first.columns == second.columns, "hadamard: column counts differ")
        var result = first
        for k in result.storage.indices { result.storage[k] = first.storage[k] * second.storage[k] }
        return result
    }

    /// `alpha · new + (1 − alpha) · old` per cell, each product floored; `[[]]` for empty input
    /// (`mat_ema`, math.rs:1047).
    /// - Precondition: same shape.
    public static func matEma(_ new: DenseMatrix, _ old: DenseMatrix, alpha: I32F32) -> DenseMatrix {
        if new.isEmpty { return .oneEmptyRow }
        precondition(new.rows == old.rows && new.columns == old.columns, "mat_ema: shapes differ")
        let oneMinusAlpha = I32F32.one - alpha
        var result = new
        result.storage.withUnsafeMutableBufferPointer { cells in
            old.storage.withUnsafeBufferPointer { old in
                for k in cells.indices { cells[k] = alpha * cells[k] + oneMinusAlpha * old[k] }
            }
        }
        return result
    }
}
