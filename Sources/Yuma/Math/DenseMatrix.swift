import Primitives

/// A dense `I32F32` matrix, `Vec<Vec<I32F32>>` in `math.rs`, stored row-major in one array.
///
/// Shapes follow the Rust values: `vec![]` is 0 × 0 and `vec![vec![]]` is 1 × 0, which some helpers
/// return for empty input.
public struct DenseMatrix: Hashable, Sendable {
    /// The number of rows.
    public private(set) var rows: Int
    /// The number of columns.
    public private(set) var columns: Int
    /// The entries, row by row.
    public var storage: [I32F32]

    /// A `rows × columns` matrix filled with `value`.
    public init(rows: Int, columns: Int, repeating value: I32F32 = .zero) {
        self.rows = rows
        self.columns = columns
        storage = [I32F32](repeating: value, count: rows * columns)
    }

    /// The matrix with these rows.
    /// - Precondition: every row has the same length (Rust asserts it where it matters).
    public init(_ rowArrays: [[I32F32]]) {
        rows = rowArrays.count
        columns = rowArrays.first?.count ?? 0
        storage = []
        storage.reserveCapacity(rows * columns)
        for row in rowArrays {
            precondition(row.count == columns, "DenseMatrix: rows have different lengths")
            storage.append(contentsOf: row)
        }
    }

    /// The rows as separate arrays.
    public var rowArrays: [[I32F32]] {
        (0..<rows).map { Array(storage[$0 * columns ..< ($0 + 1) * columns]) }
    }

    /// The entry in row `i`, column `j`.
    @inlinable public subscript(i: Int, j: Int) -> I32F32 {
        get { storage[i * columns + j] }
        set { storage[i * columns + j] = newValue }
    }

    /// Whether Rust's `x.len() == 0 || x[0].len() == 0` early return applies.
    var isEmpty: Bool { rows == 0 || columns == 0 }

    /// `vec![vec![]]`, what several helpers return for empty input.
    static var oneEmptyRow: DenseMatrix { DenseMatrix(rows: 1, columns: 0) }
}

extension YumaMath {
    /// Zeroes the masked rows (`inplace_mask_rows`, math.rs:517).
    /// - Precondition: `mask.count == matrix.rows` (for a non-empty matrix).
    public static func inplaceMaskRows(_ mask: [Bool], _ matrix: inout DenseMatrix) {
        if matrix.rows == 0 { return }
        precondition(mask.count == matrix.rows, "inplace_mask_rows: lengths differ")
        for i in 0..<matrix.rows where mask[i] {
            for j in 0..<matrix.columns { matrix[i, j] = .zero }
        }
    }

    /// Zeroes the diagonal (`inplace_mask_diag`, math.rs:534).
    /// - Precondition: the matrix is square (or empty).
    public static func inplaceMaskDiag(_ matrix: inout DenseMatrix) {
        if matrix.isEmpty { return }
        precondition(matrix.rows == matrix.columns, "inplace_mask_diag: not square")
        for i in 0..<matrix.rows { matrix[i, i] = .zero }
    }

    /// Zeroes the cells whose mask is true (`inplace_mask_matrix`, math.rs:497). `mask` is
    /// row-major with `maskColumns` columns; an empty mask changes nothing.
    public static func inplaceMaskMatrix(_ mask: [Bool], maskColumns: Int, _ matrix: inout DenseMatrix) {
        if mask.isEmpty || maskColumns == 0 { return }
        let maskRows = mask.count / maskColumns
        precondition(maskRows == matrix.rows, "inplace_mask_matrix: row counts differ")
        for i in 0..<maskRows {
            for j in 0..<maskColumns where mask[i * maskColumns + j] { matrix[i, j] = .zero }
        }
    }

    /// Sets every cell above its column's threshold to the threshold (`inplace_col_clip`,
    /// math.rs:739).
    public static func inplaceColClip(_ matrix: inout DenseMatrix, _ threshold: [I32F32]) {
        for i in 0..<matrix.rows {
            for j in 0..<matrix.columns where matrix[i, j] > threshold[j] { matrix[i, j] = threshold[j] }
        }
    }
}
