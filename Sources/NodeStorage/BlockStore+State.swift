import Foundation
import GRDB

extension BlockStore {
    /// Every live key and its value after the best block, in lexicographic key order: what the
    /// node loads into memory at start.
    ///
    /// - Throws: `.noGenesis` while the store is empty, `.database` when SQLite fails.
    /// - Complexity: O(v log v) for v stored versions.
    public func headState() throws(BlockStoreError) -> [(key: [UInt8], value: [UInt8])] {
        try read("read the head state") { db in
            let best = try ChainRow.require(db, path: path).bestNumber
            let sql = """
                SELECT s.key, s.value FROM state s
                WHERE s.value IS NOT NULL
                  AND s.block = (SELECT max(block) FROM state WHERE key = s.key AND block <= ?1)
                ORDER BY s.key
                """
            let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: [Int64(best)])
            var state: [(key: [UInt8], value: [UInt8])] = []
            while let row = try rows.next() {
                state.append((
                    try StoredValue.bytes(row[0], path: path, what: "a state key"),
                    try StoredValue.bytes(row[1], path: path, what: "a state value")
                ))
            }
            return state
        }
    }

    /// A reader of the state after block `number` on the canonical chain, straight from SQLite.
    ///
    /// - Throws: `.unknownBlock` above the best block, `.statePruned` below the oldest state
    ///   kept, `.noGenesis` while the store is empty.
    public func stateReader(atBlock number: UInt32) throws(BlockStoreError) -> BlockStateReader {
        try read("open the state at block #\(number)") { db in
            try ensureStateKept(db, number: number)
        }
        return BlockStateReader(store: self, blockNumber: number)
    }

    /// The oldest block whose state can be read now.
    public var oldestStateKept: UInt32 {
        get throws(BlockStoreError) {
            try read("read the oldest state kept") { db in
                let chain = try ChainRow.require(db, path: path)
                return max(chain.prunedBelow, pruning.horizon(best: chain.bestNumber))
            }
        }
    }

    /// Throws unless the state after block `number` is stored in full.
    func ensureStateKept(_ db: Database, number: UInt32) throws {
        let chain = try ChainRow.require(db, path: path)
        guard number <= chain.bestNumber else {
            throw BlockStoreError.unknownBlock(path: path, number: number, best: chain.bestNumber)
        }
        let oldest = max(chain.prunedBelow, pruning.horizon(best: chain.bestNumber))
        guard number >= oldest else {
            throw BlockStoreError.statePruned(path: path, number: number, oldestKept: oldest)
        }
    }

    /// The value of `key` after block `number` (its latest version at or below it).
    func stateValue(_ db: Database, key: [UInt8], number: UInt32) throws -> [UInt8]? {
        let sql = "SELECT value FROM state WHERE key = ? AND block <= ? ORDER BY block DESC LIMIT 1"
        guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [Bytes.data(key), Int64(number)]) else {
            return nil
        }
        let value: DatabaseValue = row[0]
        return value.isNull ? nil : try StoredValue.bytes(value, path: path, what: "a state value")
    }

    /// The smallest key above `key` that is live after block `number`: keys whose latest version
    /// at or below `number` is a deletion are skipped inside SQLite.
    func stateKey(_ db: Database, after key: [UInt8], number: UInt32) throws -> [UInt8]? {
        let sql = """
            SELECT s.key FROM state s
            WHERE s.key > ?1 AND s.block <= ?2 AND s.value IS NOT NULL
              AND s.block = (SELECT max(block) FROM state WHERE key = s.key AND block <= ?2)
            ORDER BY s.key LIMIT 1
            """
        guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [Bytes.data(key), Int64(number)]) else {
            return nil
        }
        return try StoredValue.bytes(row[0], path: path, what: "a state key")
    }
}
