import ChainTypes
import Foundation
import GRDB
import Primitives
import SCALECodec

extension BlockStore {
    /// The genesis block's hash, or `nil` while the store is empty.
    public var genesisHash: H256? {
        get throws(BlockStoreError) {
            try read("read the genesis hash") { db in try ChainRow.fetch(db, path: path)?.genesisHash }
        }
    }

    /// The best block's header.
    ///
    /// - Throws: `.noGenesis` while the store is empty.
    public var bestHeader: Header {
        get throws(BlockStoreError) {
            try read("read the best header") { db in
                let chain = try ChainRow.require(db, path: path)
                guard let header = try Self.header(db, hash: chain.bestHash, path: path) else {
                    throw BlockStoreError.corrupt(path: path, reason: "the best block \(chain.bestHash) has no stored header")
                }
                return header
            }
        }
    }

    /// The best block's number.
    public var bestNumber: UInt32 {
        get throws(BlockStoreError) {
            try read("read the best number") { db in try ChainRow.require(db, path: path).bestNumber }
        }
    }

    /// The best block's hash.
    public var bestHash: H256 {
        get throws(BlockStoreError) {
            try read("read the best hash") { db in try ChainRow.require(db, path: path).bestHash }
        }
    }

    /// The last finalized block's hash.
    public var finalizedHash: H256 {
        get throws(BlockStoreError) {
            try read("read the finalized hash") { db in try ChainRow.require(db, path: path).finalizedHash }
        }
    }

    /// The last finalized block's number.
    public var finalizedNumber: UInt32 {
        get throws(BlockStoreError) {
            try read("read the finalized number") { db in try ChainRow.require(db, path: path).finalizedNumber }
        }
    }

    /// The header of a stored block (canonical or not), or `nil`.
    public func header(hash: H256) throws(BlockStoreError) -> Header? {
        try read("read header \(hash)") { db in try Self.header(db, hash: hash, path: path) }
    }

    /// The header at `number` on the canonical chain, or `nil` above the best block.
    public func header(number: UInt32) throws(BlockStoreError) -> Header? {
        try read("read header #\(number)") { db in
            guard let hash = try Self.canonicalHash(db, number: number, path: path) else { return nil }
            return try Self.header(db, hash: hash, path: path)
        }
    }

    /// The hash at `number` on the canonical chain, or `nil` above the best block.
    public func blockHash(number: UInt32) throws(BlockStoreError) -> H256? {
        try read("read block hash #\(number)") { db in try Self.canonicalHash(db, number: number, path: path) }
    }

    /// The number of a stored block, or `nil`.
    public func number(of hash: H256) throws(BlockStoreError) -> UInt32? {
        try read("read the number of \(hash)") { db in try Self.blockNumber(db, hash: hash, path: path) }
    }

    /// The extrinsics of a stored block, each as the bytes given to `commitBlock`, or `nil`.
    public func body(hash: H256) throws(BlockStoreError) -> [[UInt8]]? {
        try read("read body \(hash)") { db in
            let sql = "SELECT body FROM block WHERE hash = ?"
            guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [Data(hash.bytes)]) else { return nil }
            let bytes = try StoredValue.bytes(row[0], path: path, what: "the body of \(hash)")
            do {
                return try [[UInt8]](scaleBytes: bytes)
            } catch {
                throw BlockStoreError.corrupt(path: path, reason: "the body of \(hash) does not decode: \(error)")
            }
        }
    }

    static func header(_ db: Database, hash: H256, path: String) throws -> Header? {
        let sql = "SELECT header FROM block WHERE hash = ?"
        guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [Data(hash.bytes)]) else { return nil }
        let bytes = try StoredValue.bytes(row[0], path: path, what: "the header of \(hash)")
        do {
            return try Header(scaleBytes: bytes)
        } catch {
            throw BlockStoreError.corrupt(path: path, reason: "the header of \(hash) does not decode: \(error)")
        }
    }

    static func canonicalHash(_ db: Database, number: UInt32, path: String) throws -> H256? {
        let sql = "SELECT hash FROM canonical WHERE number = ?"
        guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [Int64(number)]) else { return nil }
        return try StoredValue.hash(row[0], path: path, what: "canonical hash #\(number)")
    }

    static func blockNumber(_ db: Database, hash: H256, path: String) throws -> UInt32? {
        let sql = "SELECT number FROM block WHERE hash = ?"
        guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [Data(hash.bytes)]) else { return nil }
        return try StoredValue.number(row[0], path: path, what: "the number of \(hash)")
    }
}
