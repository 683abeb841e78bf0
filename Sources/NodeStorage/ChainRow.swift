import Foundation
import GRDB
import Primitives

/// The `chain` table's single row: where the chain starts, its best and finalized blocks, and
/// how far state has been pruned.
struct ChainRow: Equatable, Sendable {
    var genesisHash: H256
    var bestHash: H256
    var bestNumber: UInt32
    var finalizedHash: H256
    var finalizedNumber: UInt32
    /// State at blocks below this number may be incomplete (superseded versions deleted).
    var prunedBelow: UInt32

    /// The row, or `nil` before the genesis is committed.
    static func fetch(_ db: Database, path: String) throws -> ChainRow? {
        let sql = "SELECT genesisHash, bestHash, bestNumber, finalizedHash, finalizedNumber, prunedBelow FROM chain WHERE id = 1"
        guard let row = try Row.fetchOne(db.cachedStatement(sql: sql)) else { return nil }
        return ChainRow(
            genesisHash: try StoredValue.hash(row[0], path: path, what: "chain.genesisHash"),
            bestHash: try StoredValue.hash(row[1], path: path, what: "chain.bestHash"),
            bestNumber: try StoredValue.number(row[2], path: path, what: "chain.bestNumber"),
            finalizedHash: try StoredValue.hash(row[3], path: path, what: "chain.finalizedHash"),
            finalizedNumber: try StoredValue.number(row[4], path: path, what: "chain.finalizedNumber"),
            prunedBelow: try StoredValue.number(row[5], path: path, what: "chain.prunedBelow")
        )
    }

    /// The row, throwing `.noGenesis` before the genesis is committed.
    static func require(_ db: Database, path: String) throws -> ChainRow {
        guard let row = try fetch(db, path: path) else { throw BlockStoreError.noGenesis(path: path) }
        return row
    }

    /// Writes the row (inserting it the first time).
    func save(_ db: Database) throws {
        let sql = """
            INSERT OR REPLACE INTO chain (id, genesisHash, bestHash, bestNumber, finalizedHash, finalizedNumber, prunedBelow)
            VALUES (1, ?, ?, ?, ?, ?, ?)
            """
        try db.cachedStatement(sql: sql).execute(arguments: [
            Data(genesisHash.bytes), Data(bestHash.bytes), Int64(bestNumber),
            Data(finalizedHash.bytes), Int64(finalizedNumber), Int64(prunedBelow),
        ])
    }
}
