import Primitives

/// What went wrong in a `BlockStore`; every case names the database file (`:memory:` for a
/// store in memory) and says what was expected.
///
/// Match on the case to react (a node refuses to start on `.corrupt`, an RPC call answers
/// `.statePruned` with "state already discarded"); print the value to tell a person.
public enum BlockStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be opened or its schema created or migrated.
    case cannotOpen(path: String, reason: String)
    /// SQLite failed during an operation (disk full, I/O error, …).
    case database(path: String, operation: String, message: String)
    /// The pruning policy is invalid (`.keep(0)`).
    case invalidPruning(path: String, StatePruning)
    /// The store holds no genesis block yet.
    case noGenesis(path: String)
    /// `commitGenesis` on a store that already has a chain.
    case genesisAlreadyCommitted(path: String, genesis: H256)
    /// A genesis header whose number is not 0.
    case genesisNumberNotZero(path: String, number: UInt32)
    /// A block that does not extend the best block (this store has no fork handling yet).
    case notExtendingBest(path: String, number: UInt32, parent: H256, bestNumber: UInt32, bestHash: H256)
    /// A block whose hash is already stored.
    case duplicateBlock(path: String, hash: H256)
    /// State asked for at a block the store has not reached.
    case unknownBlock(path: String, number: UInt32, best: UInt32)
    /// State asked for at a block whose history has been pruned.
    case statePruned(path: String, number: UInt32, oldestKept: UInt32)
    /// The stored data breaks an invariant (found by `verify()` or while decoding a row).
    case corrupt(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "cannot open block store \(path): \(reason)"
        case .database(let path, let operation, let message):
            "block store \(path): \(operation) failed: \(message)"
        case .invalidPruning(let path, let pruning):
            "block store \(path): invalid state pruning (\(pruning)); keep at least 1 block or use archive"
        case .noGenesis(let path):
            "block store \(path) has no genesis block; commit the genesis first"
        case .genesisAlreadyCommitted(let path, let genesis):
            "block store \(path) already holds a chain with genesis \(genesis)"
        case .genesisNumberNotZero(let path, let number):
            "block store \(path): a genesis header must have number 0, not \(number)"
        case .notExtendingBest(let path, let number, let parent, let bestNumber, let bestHash):
            "block store \(path): block #\(number) with parent \(parent) does not extend the best block #\(bestNumber) \(bestHash)"
        case .duplicateBlock(let path, let hash):
            "block store \(path) already holds block \(hash)"
        case .unknownBlock(let path, let number, let best):
            "block store \(path): no state at block #\(number), the best block is #\(best)"
        case .statePruned(let path, let number, let oldestKept):
            "block store \(path): state at block #\(number) has been pruned; the oldest state kept is at #\(oldestKept)"
        case .corrupt(let path, let reason):
            "block store \(path) is inconsistent: \(reason)"
        }
    }
}
