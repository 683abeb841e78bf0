import Foundation
import GRDB
import Primitives

/// Conversions from SQLite values to the store's types; a value of the wrong type or size is
/// `BlockStoreError.corrupt`, never a trap.
enum StoredValue {
    static func bytes(_ value: DatabaseValue, path: String, what: String) throws -> [UInt8] {
        guard let data = Data.fromDatabaseValue(value) else {
            throw BlockStoreError.corrupt(path: path, reason: "\(what) is not a blob")
        }
        return Bytes.array(data)
    }

    static func hash(_ value: DatabaseValue, path: String, what: String) throws -> H256 {
        guard let data = Data.fromDatabaseValue(value), let hash = H256(bytes: [UInt8](data)) else {
            throw BlockStoreError.corrupt(path: path, reason: "\(what) is not a 32-byte hash")
        }
        return hash
    }

    static func number(_ value: DatabaseValue, path: String, what: String) throws -> UInt32 {
        guard let integer = Int64.fromDatabaseValue(value), let number = UInt32(exactly: integer) else {
            throw BlockStoreError.corrupt(path: path, reason: "\(what) is not a block number")
        }
        return number
    }
}
