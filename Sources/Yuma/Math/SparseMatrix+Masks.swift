import Primitives

extension YumaMath {
    /// A copy with the masked rows emptied (`mask_rows_sparse`, math.rs:550).
    /// - Precondition: `mask.count == matrix.count`.
    public static func maskRowsSparse(_ mask: [Bool], _ matrix: SparseMatrix) -> SparseMatrix {
        precondition(mask.count == matrix.count, "mask_rows_sparse: lengths differ")
        var result = SparseMatrix(repeating: [], count: matrix.count)
        for i in matrix.indices where !mask[i] { result[i] = matrix[i] }
        return result
    }

    /// A copy without the diagonal entries `(i, i)` (`mask_diag_sparse`, math.rs:567).
    public static func maskDiagSparse(_ matrix: SparseMatrix) -> SparseMatrix {
        matrix.indices.map { i in matrix[i].compactMapEntries { Int($0.column) == i ? nil : $0 } }
    }

    /// A copy without the entries `(i, j)` for which `mask(first[i], second[j])` holds
    /// (`vec_mask_sparse_matrix`, math.rs:582). The epoch drops outdated weights and bonds with
    /// `last_update[i] <= block_at_registration[j]`.
    public static func vecMaskSparseMatrix(
        _ matrix: SparseMatrix, first: [UInt64], second: [UInt64], mask: (UInt64, UInt64) -> Bool
    ) -> SparseMatrix {
        matrix.indices.map { i in
            let updated = first[i]
            return matrix[i].compactMapEntries { mask(updated, second[Int($0.column)]) ? nil : $0 }
        }
    }

    /// A copy with every entry above its column's threshold set to the threshold, and dropped if
    /// that threshold is not positive (`col_clip_sparse`, math.rs:751).
    public static func colClipSparse(_ matrix: SparseMatrix, _ threshold: [I32F32]) -> SparseMatrix {
        threshold.withUnsafeBufferPointer { threshold in
            matrix.map { row in
                row.compactMapEntries { entry in
                    let limit = threshold[Int(entry.column)]
                    guard limit < entry.value else { return entry }
                    return .zero < limit ? SparseEntry(entry.column, limit) : nil
                }
            }
        }
    }
}
