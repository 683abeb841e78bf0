import GRDB

extension BlockStore {
    /// Deletes the state versions that no block at or above the policy's horizon can read,
    /// advancing `chain.prunedBelow` (at most `maximumPruningStepsPerCommit` blocks per call).
    ///
    /// Step `h` runs when block `h` becomes the oldest kept state. For each key that block `h`
    /// changed, every older version is superseded at `h`, so it is deleted; a deletion at `h`
    /// with nothing older left is deleted too (the key is absent either way). By induction each
    /// key then has at most one version at or below `h`, and it is a value, so the state at `h`
    /// and above reads the same as before.
    ///
    /// - Complexity: O(c log s) per step, for the c keys that block `h` changed.
    func pruneState(_ db: Database, chain: inout ChainRow) throws {
        let target = pruning.horizon(best: chain.bestNumber)
        guard target > chain.prunedBelow else { return }
        let end = min(target, chain.prunedBelow + Self.maximumPruningStepsPerCommit)
        let superseded = try db.cachedStatement(sql: """
            DELETE FROM state WHERE block < ?1 AND key IN (SELECT key FROM state WHERE block = ?1)
            """)
        let deletions = try db.cachedStatement(sql: "DELETE FROM state WHERE block = ? AND value IS NULL")
        for horizon in (chain.prunedBelow + 1)...end {
            try superseded.execute(arguments: [Int64(horizon)])
            try deletions.execute(arguments: [Int64(horizon)])
        }
        chain.prunedBelow = end
    }
}

extension BlockStore {
    /// How many state versions (values and deletions) the store holds; for tests and metrics.
    public var stateVersionCount: Int {
        get throws(BlockStoreError) {
            try read("count state versions") { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM state") ?? 0 }
        }
    }
}
