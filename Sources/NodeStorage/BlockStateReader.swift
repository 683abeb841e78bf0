import Foundation
import RuntimeSupport

/// The chain state after one block, read from a `BlockStore` on demand (`state_getStorageAt`,
/// `state_getKeysPaged` at an earlier hash).
///
/// Each read is its own SQLite read and first checks that the block's state is still kept, so a
/// reader that outlives pruning fails rather than answering from partial history. Versions at or
/// below a kept block never change, so reads are consistent with each other.
///
/// `StorageReader`'s methods cannot throw: a failure there answers `nil` and is remembered;
/// call `ensureNoReadFailed()` after a batch of reads before trusting its answers, or use
/// `readValue(at:)` and `readKey(after:)`, which throw.
public final class BlockStateReader: StorageReader, @unchecked Sendable {
    /// The block after which this reader sees the state.
    public let blockNumber: UInt32
    private let store: BlockStore
    private let lock = NSLock()
    private var firstFailure: BlockStoreError?

    init(store: BlockStore, blockNumber: UInt32) {
        self.store = store
        self.blockNumber = blockNumber
    }

    /// The value of `key` after the block, or `nil`.
    public func readValue(at key: [UInt8]) throws(BlockStoreError) -> [UInt8]? {
        try store.read("read state at block #\(blockNumber)") { db in
            try store.ensureStateKept(db, number: blockNumber)
            return try store.stateValue(db, key: key, number: blockNumber)
        }
    }

    /// The smallest key strictly above `key` (lexicographic byte order) live after the block.
    public func readKey(after key: [UInt8]) throws(BlockStoreError) -> [UInt8]? {
        try store.read("read the next state key at block #\(blockNumber)") { db in
            try store.ensureStateKept(db, number: blockNumber)
            return try store.stateKey(db, after: key, number: blockNumber)
        }
    }

    /// Throws the first failure that a `value(at:)` or `key(after:)` call turned into `nil`.
    public func ensureNoReadFailed() throws(BlockStoreError) {
        let failure = lock.withLock { firstFailure }
        if let failure { throw failure }
    }

    public func value(at key: [UInt8]) -> [UInt8]? {
        do {
            return try readValue(at: key)
        } catch {
            remember(error)
            return nil
        }
    }

    public func key(after key: [UInt8]) -> [UInt8]? {
        do {
            return try readKey(after: key)
        } catch {
            remember(error)
            return nil
        }
    }

    private func remember(_ error: BlockStoreError) {
        lock.withLock {
            if firstFailure == nil { firstFailure = error }
        }
    }
}
