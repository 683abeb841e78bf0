import ChainTypes
import Foundation
import GRDB
import Primitives
import SCALECodec

extension BlockStore {
    /// Stores the genesis block and its full state; the genesis becomes best and finalized.
    ///
    /// - Parameters:
    ///   - header: the genesis header (number 0).
    ///   - state: every key of the genesis state; a key given twice keeps its last value.
    /// - Throws: `.genesisNumberNotZero`, `.genesisAlreadyCommitted` when the store holds a
    ///   chain, `.database` when SQLite fails (nothing is written then).
    public func commitGenesis(header: Header, state: [(key: [UInt8], value: [UInt8])]) throws(BlockStoreError) {
        guard header.number == 0 else { throw .genesisNumberNotZero(path: path, number: header.number) }
        let hash = header.hash
        let headerBytes = header.scaleEncoded()
        let versions = state.sorted { Bytes.precedes($0.key, $1.key) }
        try write("commit the genesis block") { db in
            if let chain = try ChainRow.fetch(db, path: path) {
                throw BlockStoreError.genesisAlreadyCommitted(path: path, genesis: chain.genesisHash)
            }
            try Self.insertBlock(db, hash: hash, number: 0, header: headerBytes, body: [[UInt8]]().scaleEncoded())
            let insert = try db.cachedStatement(sql: Self.insertVersionSQL)
            for (key, value) in versions {
                try insert.execute(arguments: [Bytes.data(key), Int64(0), Bytes.data(value)])
            }
            try ChainRow(
                genesisHash: hash, bestHash: hash, bestNumber: 0,
                finalizedHash: hash, finalizedNumber: 0, prunedBelow: 0
            ).save(db)
        }
    }

    /// Stores a block that extends the best block, in one SQLite transaction: header, body,
    /// its place in the canonical chain, its state changes as versions at its number, the new
    /// best (and, if `finalized`, finalized) pointer, and the pruning the policy now allows.
    ///
    /// When this returns, the block survives the process being killed; when it throws, nothing
    /// of it was written.
    ///
    /// - Parameters:
    ///   - header: the block's header; its parent must be the best block.
    ///   - body: each extrinsic's encoded bytes, in block order.
    ///   - changes: the state changes the block made: a value, or `nil` for a deleted key.
    ///   - finalized: whether the block is final as soon as it is stored.
    /// - Throws: `.noGenesis`, `.notExtendingBest`, `.duplicateBlock`, `.database`.
    /// - Complexity: O(c log s) for c changes in a state of s versions, plus pruning's share.
    public func commitBlock(
        header: Header, body: [[UInt8]], changes: some Sequence<(key: [UInt8], value: [UInt8]?)>, finalized: Bool
    ) throws(BlockStoreError) {
        let hash = header.hash
        let headerBytes = header.scaleEncoded()
        let bodyBytes = body.scaleEncoded()
        let versions = changes.sorted { Bytes.precedes($0.key, $1.key) }
        let number = header.number
        try write("commit block #\(number) \(hash)") { db in
            var chain = try ChainRow.require(db, path: path)
            guard header.parentHash == chain.bestHash, chain.bestNumber < UInt32.max, number == chain.bestNumber + 1 else {
                throw BlockStoreError.notExtendingBest(
                    path: path, number: number, parent: header.parentHash,
                    bestNumber: chain.bestNumber, bestHash: chain.bestHash)
            }
            if try Self.blockNumber(db, hash: hash, path: path) != nil {
                throw BlockStoreError.duplicateBlock(path: path, hash: hash)
            }
            try Self.insertBlock(db, hash: hash, number: number, header: headerBytes, body: bodyBytes)
            let insert = try db.cachedStatement(sql: Self.insertVersionSQL)
            let block = Int64(number)
            for (key, value) in versions {
                try insert.execute(arguments: [Bytes.data(key), block, value.map(Bytes.data)])
            }
            chain.bestHash = hash
            chain.bestNumber = number
            if finalized {
                chain.finalizedHash = hash
                chain.finalizedNumber = number
            }
            try pruneState(db, chain: &chain)
            try chain.save(db)
        }
    }

    static let insertVersionSQL = "INSERT OR REPLACE INTO state (key, block, value) VALUES (?, ?, ?)"

    /// Inserts a block row and makes it canonical at its number.
    private static func insertBlock(_ db: Database, hash: H256, number: UInt32, header: [UInt8], body: [UInt8]) throws {
        try db.cachedStatement(sql: "INSERT INTO block (hash, number, header, body) VALUES (?, ?, ?, ?)")
            .execute(arguments: [Data(hash.bytes), Int64(number), Data(header), Data(body)])
        try db.cachedStatement(sql: "INSERT INTO canonical (number, hash) VALUES (?, ?)")
            .execute(arguments: [Int64(number), Data(hash.bytes)])
    }
}
