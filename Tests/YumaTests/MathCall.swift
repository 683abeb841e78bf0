import JSON
import Primitives
@testable import SubtensorCommands
@testable import Yuma

/// One call of a math case: a `math.rs` function and its arguments in the literal notation.
struct MathCall {
    let function: String
    let args: EpochObject
    /// Debug-build semantics: an overflowing conversion or operation panics (throws here).
    let strict: Bool

    private func arg(_ name: String) throws -> JSONValue {
        guard let value = args[name] else { throw CaseError("\(function): missing argument \(name)") }
        return value
    }

    private func fx32(_ name: String) throws -> I32F32 { try Literal.fx32(arg(name), strict: strict) }
    private func fx64(_ name: String) throws -> I64F64 { try Literal.fx64(arg(name), strict: strict) }
    private func vector(_ name: String) throws -> [I32F32] { try Literal.vector(arg(name)) }
    private func dense(_ name: String) throws -> DenseMatrix { try Literal.dense(arg(name)) }
    private func sparse(_ name: String) throws -> SparseMatrix { try Literal.sparse(arg(name)) }
    private func int<T: FixedWidthInteger>(_ name: String, _: T.Type = T.self) throws -> T { try arg(name).int() }
    private func integers<T: FixedWidthInteger>(_ name: String, _: T.Type = T.self) throws -> [T] {
        try arg(name).list().map { try $0.int() }
    }
    private func bools(_ name: String) throws -> [Bool] {
        try arg(name).list().map { value in
            guard case .bool(let flag) = value else { throw CaseError("expected a boolean") }
            return flag
        }
    }

    /// `value`, or a panic (thrown `Literal.Overflow`) if it is `nil` under strict semantics.
    private func checked<T>(_ value: T?, wrapped: @autoclosure () -> T) throws -> T {
        if let value { return value }
        if strict { throw Literal.Overflow() }
        return wrapped()
    }

    func evaluate() throws -> Outcome {
        switch function {
        // Conversions (math.rs:8-85) and constants.
        case "fx32_to_u16":
            let x = try fx32("x")
            return .integer(Int128(try checked(x.checkedToNum(UInt16.self), wrapped: x.toNum(UInt16.self))))
        case "fx32_to_u64":
            let x = try fx32("x")
            return .integer(Int128(try checked(x.checkedToNum(UInt64.self), wrapped: x.toNum(UInt64.self))))
        case "fx64_to_u64":
            let x = try fx64("x")
            return .integer(Int128(try checked(x.checkedToNum(UInt64.self), wrapped: x.toNum(UInt64.self))))
        case "fx96_to_u64_from_u64":
            return .integer(Int128(I96F32(try int("x", UInt64.self)).toNum(UInt64.self)))
        case "fixed64_to_fixed32":
            let x = try fx64("x")
            return Outcome(try checked(I32F32(checked: x), wrapped: I32F32(x)))
        case "fx64_from_int_to_fx32":
            let x = I64F64(try int("x", Int64.self))
            return Outcome(try checked(I32F32(checked: x), wrapped: I32F32(x)))
        case "u16_to_fixed":
            return Outcome(I32F32(try int("x", UInt16.self)))
        case "u16_proportion_to_fixed":
            return Outcome(YumaMath.u16ProportionToFixed(try int("x")))
        case "fixed_proportion_to_u16":
            let x = try fx32("x")
            if strict {
                guard let product = x.checkedMul(I32F32(UInt16.max)), let value = product.checkedToNum(UInt16.self) else {
                    throw Literal.Overflow()
                }
                return .integer(Int128(value))
            }
            return .integer(Int128(YumaMath.fixedProportionToU16(x)))
        case "i96f32_mul_from_fx32_u64":
            let x = I96F32(try fx32("x"))
            let y = I96F32(try int("y", UInt64.self))
            return .integer(try checked(x.checkedMul(y), wrapped: x * y).bits)
        case "alpha_from_bonds_moving_average":
            return Outcome(Epoch.alpha(EpochHyperparameters(bondsMovingAverage: try int("bonds_moving_average"))))
        case "alpha_from_i64f64_ratio":
            return Outcome(I32F32(1) - I32F32(try fx64("num") / fx64("den")))
        case "i64f64_div":
            return Outcome(try fx64("num") / fx64("den"))
        case "i64f64_div_to_i32f32":
            return Outcome(I32F32(try fx64("num") / fx64("den")))
        case "vec_max_upscale_to_u16":
            return Outcome(integers: YumaMath.vecMaxUpscaleToU16(try vector("vector")))
        case "vec_u16_max_upscale_to_u16":
            return Outcome(integers: YumaMath.vecU16MaxUpscaleToU16(try integers("vector")))
        case "check_vec_max_limited":
            return .bool(YumaMath.checkVecMaxLimited(try integers("vector"), maxLimit: try int("max_limit")))
        default:
            return try evaluateVectorsAndMatrices()
        }
    }

    private func evaluateVectorsAndMatrices() throws -> Outcome {
        switch function {
        // Vectors.
        case "sum": return Outcome(YumaMath.sum(try vector("vector")))
        case "normalize": return Outcome(YumaMath.normalize(try vector("vector")))
        case "normalize_sum": return Outcome(YumaMath.sum(YumaMath.normalize(try vector("vector"))))
        case "inplace_normalize":
            var x = try vector("vector")
            YumaMath.inplaceNormalize(&x)
            return Outcome(x)
        case "inplace_normalize_64":
            var x = try arg("vector").list().map { try Literal.fx64($0) }
            YumaMath.inplaceNormalize64(&x)
            return .list(x.map(Outcome.init))
        case "vecdiv": return Outcome(YumaMath.vecdiv(try vector("x"), try vector("y")))
        case "inplace_mask_vector":
            var x = try vector("vector")
            YumaMath.inplaceMaskVector(try bools("mask"), &x)
            return Outcome(x)
        case "is_topk": return Outcome(bools: YumaMath.isTopK(try vector("vector"), k: try int("k")))
        // Sparse matrices.
        case "mask_rows_sparse": return Outcome(YumaMath.maskRowsSparse(try bools("mask"), try sparse("matrix")))
        case "mask_diag_sparse": return Outcome(YumaMath.maskDiagSparse(try sparse("matrix")))
        case "vec_mask_sparse_matrix":
            let op = try arg("op").text
            let mask: (UInt64, UInt64) -> Bool
            switch op {
            case "eq": mask = { $0 == $1 }
            case "lt": mask = { $0 < $1 }
            case "le": mask = { $0 <= $1 }
            case "gt": mask = { $0 > $1 }
            default: throw CaseError("unknown op \(String(describing: op))")
            }
            return Outcome(YumaMath.vecMaskSparseMatrix(try sparse("matrix"), first: try integers("first"),
                                                        second: try integers("second"), mask: mask))
        case "inplace_row_normalize_sparse":
            var m = try sparse("matrix")
            YumaMath.inplaceRowNormalizeSparse(&m)
            return Outcome(m)
        case "row_sum_sparse": return Outcome(YumaMath.rowSumSparse(try sparse("matrix")))
        case "col_sum_sparse": return Outcome(YumaMath.colSumSparse(try sparse("matrix"), columns: try int("columns")))
        case "inplace_col_normalize_sparse":
            var m = try sparse("matrix")
            YumaMath.inplaceColNormalizeSparse(&m, columns: try int("columns"))
            return Outcome(m)
        case "inplace_col_max_upscale_sparse":
            var m = try sparse("matrix")
            YumaMath.inplaceColMaxUpscaleSparse(&m, columns: try int("columns"))
            return Outcome(m)
        case "row_hadamard_sparse": return Outcome(YumaMath.rowHadamardSparse(try sparse("matrix"), try vector("vector")))
        case "matmul_sparse":
            return Outcome(YumaMath.matmulSparse(try sparse("matrix"), try vector("vector"), columns: try int("columns")))
        case "matmul_transpose_sparse":
            return Outcome(YumaMath.matmulTransposeSparse(try sparse("matrix"), try vector("vector")))
        case "col_clip_sparse": return Outcome(YumaMath.colClipSparse(try sparse("matrix"), try vector("threshold")))
        case "hadamard_sparse":
            return Outcome(YumaMath.hadamardSparse(try sparse("mat1"), try sparse("mat2"), columns: try int("columns")))
        case "mat_ema_sparse":
            return Outcome(YumaMath.matEmaSparse(try sparse("new"), try sparse("old"), alpha: try fx32("alpha")))
        case "weighted_median_col_sparse":
            return Outcome(YumaMath.weightedMedianColSparse(try vector("stake"), try sparse("matrix"),
                                                            columns: try int("columns"), majority: try fx32("majority")))
        case "weighted_median":
            var stake = try vector("stake")
            if case .bool(true)? = args["normalize_stake"] { stake = YumaMath.normalize(stake) }
            let minority = args["minority"] != nil ? try fx32("minority") : I32F32(1) - (try fx32("majority"))
            return Outcome(YumaMath.weightedMedian(stake: stake, score: try vector("score"), partition: Array(stake.indices),
                                                   minority: minority, partitionLo: .zero, partitionHi: YumaMath.sum(stake)))
        case "hadamard": return Outcome(YumaMath.hadamard(try dense("mat1"), try dense("mat2")))
        case "mat_ema": return Outcome(YumaMath.matEma(try dense("new"), try dense("old"), alpha: try fx32("alpha")))
        default:
            return try evaluateDense()
        }
    }

    private func evaluateDense() throws -> Outcome {
        var m = try dense("matrix")
        switch function {
        case "inplace_mask_rows": YumaMath.inplaceMaskRows(try bools("mask"), &m)
        case "inplace_mask_diag": YumaMath.inplaceMaskDiag(&m)
        case "inplace_mask_matrix":
            let mask = try arg("mask").list().map { try $0.list() }
            let flat = try mask.flatMap { row in try row.map { v -> Bool in
                guard case .bool(let flag) = v else { throw CaseError("expected a boolean") }
                return flag
            } }
            YumaMath.inplaceMaskMatrix(flat, maskColumns: mask.first?.count ?? 0, &m)
        case "inplace_row_normalize": YumaMath.inplaceRowNormalize(&m)
        case "row_sum": return Outcome(YumaMath.rowSum(m))
        case "col_sum": return Outcome(YumaMath.colSum(m))
        case "inplace_col_normalize": YumaMath.inplaceColNormalize(&m)
        case "inplace_col_max_upscale": YumaMath.inplaceColMaxUpscale(&m)
        case "row_hadamard": return Outcome(YumaMath.rowHadamard(m, try vector("vector")))
        case "matmul": return Outcome(YumaMath.matmul(m, try vector("vector")))
        case "matmul_transpose": return Outcome(YumaMath.matmulTranspose(m, try vector("vector")))
        case "inplace_col_clip": YumaMath.inplaceColClip(&m, try vector("threshold"))
        case "weighted_median_col":
            return Outcome(YumaMath.weightedMedianCol(try vector("stake"), m, majority: try fx32("majority")))
        default:
            throw CaseError("unknown function \(function)")
        }
        return Outcome(m)
    }
}
