import Primitives

extension Epoch {
    /// The test-only dense epoch (`epoch_dense`, epoch.rs:12-280). `input` is valid.
    ///
    /// Stores the same numbers as ``sparse(_:)``; differences: permitted uids' `Bonds` rows are
    /// full rows `(0..n)` including zeros, and a duplicate uid in a stored row keeps only its last
    /// value (`weights[i][j] = w`). With `n == 0` Rust's `weighted_median_col` panics; this returns
    /// the empty output, as the sparse epoch does.
    static func dense(_ input: EpochInput) -> EpochOutput {
        let n = Int(input.n)
        let prelude = prelude(input)
        // Outdated (i, j): i last set weights no later than j (re)registered (47).
        var outdated = [Bool](repeating: false, count: n * n)
        for i in 0..<n {
            for j in 0..<n { outdated[i * n + j] = input.lastUpdate[i] <= input.blockAtRegistration[j] }
        }

        // Weights (112-125).
        var weights = denseRows(input.weights, n: n)
        YumaMath.inplaceMaskRows(prelude.validatorForbids, &weights)
        YumaMath.inplaceMaskDiag(&weights)
        YumaMath.inplaceMaskMatrix(outdated, maskColumns: n, &weights)
        YumaMath.inplaceRowNormalize(&weights)

        // Consensus and validator trust (132-138).
        let preranks = YumaMath.matmul(weights, prelude.activeStake)
        let consensus = YumaMath.weightedMedianCol(prelude.activeStake, weights,
                                                   majority: kappa(input.hyperparameters))
        YumaMath.inplaceColClip(&weights, consensus)
        let validatorTrust = YumaMath.rowSum(weights)

        // Ranks, trust, incentive (145-152).
        var ranks = YumaMath.matmul(weights, prelude.activeStake)
        let trust = YumaMath.vecdiv(ranks, preranks)
        YumaMath.inplaceNormalize(&ranks)
        let incentive = ranks

        // Bonds and dividends (159-180).
        var bonds = denseRows(input.bonds, n: n)
        YumaMath.inplaceMaskMatrix(outdated, maskColumns: n, &bonds)
        YumaMath.inplaceColNormalize(&bonds)
        var bondsDelta = YumaMath.rowHadamard(weights, prelude.activeStake)
        YumaMath.inplaceColNormalize(&bondsDelta)
        var emaBonds = YumaMath.matEma(bondsDelta, bonds, alpha: alpha(input.hyperparameters))
        YumaMath.inplaceColNormalize(&emaBonds)
        var dividends = YumaMath.matmulTranspose(emaBonds, incentive)
        YumaMath.inplaceNormalize(&dividends)

        // Stored bonds (250-266): full rows.
        YumaMath.inplaceColMaxUpscale(&emaBonds)
        return finish(input, prelude, consensus: consensus, validatorTrust: validatorTrust, trust: trust,
                      incentive: incentive, dividends: dividends) { i in
            (0..<n).map { j in UIDValue(uid: UInt16(j), value: YumaMath.fixedProportionToU16(emaBonds[i, j])) }
        }
    }

    /// `get_weights` / `get_bonds` (epoch.rs:616-649): an n × n matrix, later entries of a row
    /// overwriting earlier ones for the same uid.
    static func denseRows(_ rows: [[UIDValue]], n: Int) -> DenseMatrix {
        var matrix = DenseMatrix(rows: n, columns: n)
        for (i, row) in rows.enumerated() {
            for entry in row { matrix[i, Int(entry.uid)] = I32F32(entry.value) }
        }
        return matrix
    }
}
