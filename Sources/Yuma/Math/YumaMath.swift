import Primitives

/// The vector and matrix helpers of subtensor's `math.rs` (2023, commit 5c72440), one Swift
/// function per Rust function, with the same rounding, the same empty-input behaviour and the
/// same order of operations.
///
/// Every product floors (`I32F32` multiplication), every quotient truncates, every sum is an
/// exact (wrapping) left fold. Where a Rust function asserts on its inputs (mismatched lengths,
/// a non-square matrix), the Swift one has a precondition; the epoch validates its input first, so
/// it never trips one. Line numbers refer to `pallets/subtensor/src/math.rs`.
public enum YumaMath {}

/// One entry of a sparse `I32F32` row: `(u16, I32F32)` in `math.rs`.
public struct SparseEntry: Hashable, Sendable {
    /// The column (uid) of the entry.
    public var column: UInt16
    /// The value.
    public var value: I32F32

    @inlinable public init(_ column: UInt16, _ value: I32F32) {
        self.column = column
        self.value = value
    }
}

/// A sparse matrix as `math.rs` holds it: one row per uid, each a list of `(column, value)` in
/// stored order (not necessarily sorted; duplicates are handled entry by entry).
public typealias SparseMatrix = [[SparseEntry]]
