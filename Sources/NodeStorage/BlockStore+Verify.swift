import ChainTypes
import GRDB
import Primitives

extension BlockStore {
    /// Checks the store's invariants; run at start before trusting the best block.
    ///
    /// Always (cheap, a few index seeks): an empty store has no rows at all; the genesis is
    /// canonical at 0; the best pointer names a stored header whose hash and number match, whose
    /// parent is canonical one below, and the canonical chain is gap-free from 0 to best;
    /// the finalized block is canonical and not above best; no state version lies above best;
    /// the pruning mark is not above best. With `deep`, also every canonical header's hash and
    /// parent link, and SQLite's `quick_check` of the whole file (O(size of the file)).
    ///
    /// - Throws: `.corrupt` naming the first broken invariant, `.database` when SQLite fails.
    public func verify(deep: Bool = false) throws(BlockStoreError) {
        try read("verify the store") { db in
            guard let chain = try ChainRow.fetch(db, path: path) else {
                for table in ["block", "canonical", "state"] {
                    if try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM \(table) LIMIT 1)") != 0 {
                        throw corrupt("no chain row, but the \(table) table is not empty")
                    }
                }
                return
            }
            guard try Self.canonicalHash(db, number: 0, path: path) == chain.genesisHash,
                  try Self.blockNumber(db, hash: chain.genesisHash, path: path) == 0 else {
                throw corrupt("the genesis \(chain.genesisHash) is not the canonical block #0")
            }
            try verifyBest(db, chain)
            guard chain.finalizedNumber <= chain.bestNumber,
                  try Self.canonicalHash(db, number: chain.finalizedNumber, path: path) == chain.finalizedHash else {
                throw corrupt("the finalized block #\(chain.finalizedNumber) \(chain.finalizedHash) is not canonical at or below the best block")
            }
            if let highest = try Int64.fetchOne(db, sql: "SELECT max(block) FROM state"), highest > Int64(chain.bestNumber) {
                throw corrupt("state versions at block #\(highest) lie above the best block #\(chain.bestNumber)")
            }
            guard chain.prunedBelow <= chain.bestNumber else {
                throw corrupt("state is pruned below #\(chain.prunedBelow), above the best block #\(chain.bestNumber)")
            }
            if deep { try verifyDeep(db, chain) }
        }
    }

    private func verifyBest(_ db: Database, _ chain: ChainRow) throws {
        guard let best = try Self.header(db, hash: chain.bestHash, path: path) else {
            throw corrupt("the best block \(chain.bestHash) has no stored header")
        }
        guard best.hash == chain.bestHash, best.number == chain.bestNumber else {
            throw corrupt("the stored header of the best block \(chain.bestHash) hashes to \(best.hash) with number #\(best.number), not #\(chain.bestNumber)")
        }
        guard try Self.canonicalHash(db, number: chain.bestNumber, path: path) == chain.bestHash else {
            throw corrupt("the best block #\(chain.bestNumber) \(chain.bestHash) is not canonical")
        }
        if chain.bestNumber > 0, try Self.canonicalHash(db, number: chain.bestNumber - 1, path: path) != best.parentHash {
            throw corrupt("the best block's parent \(best.parentHash) is not canonical at #\(chain.bestNumber - 1)")
        }
        let row = try Row.fetchOne(db, sql: "SELECT count(*), max(number) FROM canonical")
        let count: Int64 = row?[0] ?? 0
        let highest: Int64? = row?[1]
        guard count == Int64(chain.bestNumber) + 1, highest == Int64(chain.bestNumber) else {
            throw corrupt("the canonical chain has \(count) entries up to #\(highest.map(String.init) ?? "none"), expected #0…#\(chain.bestNumber) without gaps")
        }
    }

    private func verifyDeep(_ db: Database, _ chain: ChainRow) throws {
        let result = try String.fetchAll(db, sql: "PRAGMA quick_check")
        guard result == ["ok"] else { throw corrupt("SQLite quick_check: \(result.joined(separator: "; "))") }
        var parent = H256.zero
        for number in 0...chain.bestNumber {
            guard let hash = try Self.canonicalHash(db, number: number, path: path),
                  let header = try Self.header(db, hash: hash, path: path) else {
                throw corrupt("canonical block #\(number) is missing")
            }
            guard header.hash == hash, header.number == number, header.parentHash == parent else {
                throw corrupt("canonical block #\(number) \(hash) does not link to its parent \(parent)")
            }
            parent = hash
        }
    }

    private func corrupt(_ reason: String) -> BlockStoreError {
        .corrupt(path: path, reason: reason)
    }
}
