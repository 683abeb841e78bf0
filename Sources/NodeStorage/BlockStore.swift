import Foundation
import GRDB

/// The node's persistent chain: headers, bodies, the canonical chain, and versioned state, in
/// one SQLite file reached through GRDB.
///
/// Each block is one write transaction (`commitBlock`), so the file holds every committed block
/// or none of a half-written one. The file runs in WAL mode with `synchronous = NORMAL`: SQLite
/// writes a transaction's pages into the WAL before the commit returns, so a committed block
/// survives the process being killed at any instant (SIGKILL, a crash); what `NORMAL` gives up
/// against `FULL` is only the fsync per commit, which matters for power loss and OS crashes,
/// out of scope here, and costs a disk flush per block.
///
/// Concurrency, in GRDB's two rules: writes are serialised (one writer connection); reads run
/// concurrently with writes on a pool of reader connections and see only committed blocks.
/// A `BlockStore` can be shared between threads and tasks.
///
/// State is stored as versions: a row `(key, block, value)` says that `key` holds `value` after
/// block `block` (a `NULL` value is a deletion). The state after block `n` is, for each key, its
/// latest version at or below `n`. `StatePruning` bounds how far back that is kept.
public final class BlockStore: Sendable {
    /// The database file, or `:memory:`.
    public let path: String
    /// The state history kept.
    public let pruning: StatePruning
    let database: any DatabaseWriter

    /// The most pruning steps (blocks' worth of superseded versions) one commit performs; a
    /// store opened with a tighter policy than before catches up over several blocks.
    static let maximumPruningStepsPerCommit: UInt32 = 64

    /// Opens (creating if needed) the store at `path`, with its parent directories.
    ///
    /// - Throws: `BlockStoreError.invalidPruning` for `.keep(0)`; `.cannotOpen` when the file
    ///   cannot be opened or is not a block store of a known schema version.
    public convenience init(path: String, pruning: StatePruning) throws(BlockStoreError) {
        try Self.ensureValid(pruning, path: path)
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // SQLite's default page cache (2 MiB) makes each commit re-read the state index's
            // pages through the kernel; the writer's 64 MiB keeps a node's hot pages in memory.
            // Checkpointing every 32 MiB of WAL instead of SQLite's 4 MiB writes a page that many
            // blocks touch into the database file once per checkpoint, not once per block
            // (1.5 times the commits per second with 1,000 changes a block).
            if db.configuration.readonly {
                try db.execute(sql: "PRAGMA cache_size = -8192")
            } else {
                try db.execute(sql: "PRAGMA cache_size = -65536")
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 8192")
            }
        }
        configuration.busyMode = .timeout(5)
        let pool: DatabasePool
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
        try self.init(database: pool, path: path, pruning: pruning)
    }

    /// A store in memory, for tests; it disappears with the value.
    public convenience init(inMemory pruning: StatePruning = .archive) throws(BlockStoreError) {
        let path = ":memory:"
        try Self.ensureValid(pruning, path: path)
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue()
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
        try self.init(database: queue, path: path, pruning: pruning)
    }

    private init(database: any DatabaseWriter, path: String, pruning: StatePruning) throws(BlockStoreError) {
        self.database = database
        self.path = path
        self.pruning = pruning
        do {
            try Self.migrator.migrate(database)
            if try database.read({ try Self.migrator.hasBeenSuperseded($0) }) {
                throw BlockStoreError.cannotOpen(path: path, reason: "written by a newer version of this node (unknown schema migrations)")
            }
        } catch let error as BlockStoreError {
            throw error
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    private static func ensureValid(_ pruning: StatePruning, path: String) throws(BlockStoreError) {
        if case .keep(0) = pruning { throw .invalidPruning(path: path, pruning) }
    }

    /// Runs `body` in a read transaction, mapping SQLite failures to `BlockStoreError.database`.
    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws(BlockStoreError) -> T {
        do {
            return try database.read(body)
        } catch {
            throw mapped(error, operation)
        }
    }

    /// Runs `body` in one write transaction (committed when it returns, rolled back when it throws).
    func write<T>(_ operation: String, _ body: (Database) throws -> T) throws(BlockStoreError) -> T {
        do {
            return try database.write(body)
        } catch {
            throw mapped(error, operation)
        }
    }

    private func mapped(_ error: any Error, _ operation: String) -> BlockStoreError {
        if let error = error as? BlockStoreError { return error }
        if let error = error as? DatabaseError {
            return .database(path: path, operation: operation, message: error.message ?? "\(error.resultCode)")
        }
        return .database(path: path, operation: operation, message: "\(error)")
    }
}
