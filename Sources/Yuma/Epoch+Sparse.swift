import Primitives

extension Epoch {
    /// The chain's epoch on sparse rows (`epoch`, epoch.rs:295-576). `input` is valid.
    static func sparse(_ input: EpochInput) -> EpochOutput {
        let n = Int(input.n)
        let prelude = prelude(input)
        let outdated = { (updated: UInt64, registered: UInt64) in updated <= registered }

        // Weights (387-404): from_num(u16), mask non-permitted rows, the diagonal and outdated
        // entries, then row-normalise.
        var weights = storedRows(input.weights)
        weights = YumaMath.maskRowsSparse(prelude.validatorForbids, weights)
        weights = YumaMath.maskDiagSparse(weights)
        weights = YumaMath.vecMaskSparseMatrix(weights, first: input.lastUpdate,
                                               second: input.blockAtRegistration, mask: outdated)
        YumaMath.inplaceRowNormalizeSparse(&weights)

        // Consensus and validator trust (411-422).
        let preranks = YumaMath.matmulSparse(weights, prelude.activeStake, columns: n)
        let consensus = YumaMath.weightedMedianColSparse(prelude.activeStake, weights, columns: n,
                                                          majority: kappa(input.hyperparameters))
        weights = YumaMath.colClipSparse(weights, consensus)
        let validatorTrust = YumaMath.rowSumSparse(weights)

        // Ranks, trust, incentive (430-439).
        var ranks = YumaMath.matmulSparse(weights, prelude.activeStake, columns: n)
        let trust = YumaMath.vecdiv(ranks, preranks)
        YumaMath.inplaceNormalize(&ranks)
        let incentive = ranks

        // Bonds and dividends (446-478).
        var bonds = storedRows(input.bonds)
        bonds = YumaMath.vecMaskSparseMatrix(bonds, first: input.lastUpdate,
                                             second: input.blockAtRegistration, mask: outdated)
        YumaMath.inplaceColNormalizeSparse(&bonds, columns: n)
        var bondsDelta = YumaMath.rowHadamardSparse(weights, prelude.activeStake)
        YumaMath.inplaceColNormalizeSparse(&bondsDelta, columns: n)
        var emaBonds = YumaMath.matEmaSparse(bondsDelta, bonds, alpha: alpha(input.hyperparameters))
        YumaMath.inplaceColNormalizeSparse(&emaBonds, columns: n)
        var dividends = YumaMath.matmulTransposeSparse(emaBonds, incentive)
        YumaMath.inplaceNormalize(&dividends)

        // Stored bonds (556-568): column max-upscale, then only the EMA > 0 entries, by column.
        YumaMath.inplaceColMaxUpscaleSparse(&emaBonds, columns: n)
        return finish(input, prelude, consensus: consensus, validatorTrust: validatorTrust, trust: trust,
                      incentive: incentive, dividends: dividends) { i in
            emaBonds[i].map { UIDValue(uid: $0.column, value: YumaMath.fixedProportionToU16($0.value)) }
        }
    }

    /// `get_weights_sparse` / `get_bonds_sparse` (epoch.rs:604-637): `I32F32::from_num(u16)`.
    static func storedRows(_ rows: [[UIDValue]]) -> SparseMatrix {
        rows.map { row in row.map { SparseEntry($0.uid, I32F32($0.value)) } }
    }
}
