import ChainTypes
import Foundation
import Hashing
import Keys
import NodeStorage
import Primitives
import Runtime
import RuntimeSupport
import SCALECodec

/// The node's chain: the database, the best state in memory, the transaction pool, block
/// authoring and import, and the listeners that RPC subscriptions attach.
///
/// An actor: every state change (a block, a submission) happens one at a time.
public actor NodeChain {
    /// Why the node cannot start or answer.
    public enum NodeError: Error, CustomStringConvertible {
        case wrongChain(stored: H256, expected: H256)
        case store(BlockStoreError)
        case unknownBlock(H256)
        case stateUnavailable(String)

        public var description: String {
            switch self {
            case .wrongChain(let stored, let expected):
                return "the database holds the chain with genesis \(stored), not \(expected); use another --base-path or purge-chain"
            case .store(let error): return "database: \(error)"
            case .unknownBlock(let hash): return "unknown block \(hash)"
            case .stateUnavailable(let reason): return reason
            }
        }
    }

    public let configuration: NodeConfiguration
    nonisolated public let store: BlockStore
    nonisolated public let genesisHash: H256
    let state: ChainState
    public private(set) var best: Header
    var pool = TransactionPool()
    let author: Keypair?
    let log: NodeLog

    // Listeners (RPC subscriptions).
    var headListeners: [String: @Sendable (Header) -> Void] = [:]
    var finalizedListeners: [String: @Sendable (Header) -> Void] = [:]
    var storageListeners: [String: (keys: [[UInt8]], send: @Sendable (H256, [([UInt8], [UInt8]?)]) -> Void)] = [:]
    var transactionWatchers: [H256: [String: @Sendable (TransactionStatus) -> Void]] = [:]

    /// Opens (or creates) the chain described by `configuration`.
    public init(configuration: NodeConfiguration) throws {
        self.configuration = configuration
        log = NodeLog(level: configuration.logLevel)
        let genesis = configuration.genesis.build()
        genesisHash = genesis.hash
        author = configuration.authorityURI.flatMap { try? Keypair(uri: $0, scheme: .sr25519) }
        (store, state, best) = try Self.open(configuration, genesis: genesis)
    }

    /// Opens the database, writing genesis into a new one, and loads the best state.
    private static func open(_ configuration: NodeConfiguration, genesis: GenesisBlock) throws -> (BlockStore, ChainState, Header) {
        let store: BlockStore
        do {
            if let path = configuration.databasePath {
                store = try BlockStore(path: path, pruning: configuration.statePruning)
            } else {
                store = try BlockStore(inMemory: configuration.statePruning)
            }
            guard let stored = try store.genesisHash else {
                try store.commitGenesis(header: genesis.header, state: genesis.state.entries)
                return (store, genesis.state, genesis.header)
            }
            guard stored == genesis.hash else { throw NodeError.wrongChain(stored: stored, expected: genesis.hash) }
            try store.verify()
            let entries = try store.headState()
            let state = ChainState(Dictionary(uniqueKeysWithValues: entries.map { ($0.key, $0.value) }))
            let best = try store.bestHeader
            guard best.stateRoot == state.root else {
                throw NodeError.stateUnavailable("the stored state of block #\(best.number) does not match its header's state root")
            }
            return (store, state, best)
        } catch let error as BlockStoreError {
            throw NodeError.store(error)
        }
    }

    /// The runtime's view of the best state, as a block context (for reads).
    func bestContext() -> BlockContext { BlockContext(base: state, blockNumber: best.number) }

    /// The validation context of the best block, built once per block.
    var cachedNextContext: (parent: H256, context: BlockContext)?

    /// A context for validating transactions: the next block, initialised on the best state.
    func nextBlockContext() -> BlockContext {
        if let cached = cachedNextContext, cached.parent == best.hash { return cached.context }
        let ctx = makeNextBlockContext()
        cachedNextContext = (best.hash, ctx)
        return ctx
    }

    private func makeNextBlockContext() -> BlockContext {
        var ctx = BlockContext(base: state, blockNumber: best.number + 1)
        var header = Header(parentHash: best.hash, number: best.number + 1, stateRoot: .zero, extrinsicsRoot: .zero)
        header.digest = []
        Executive.initializeBlock(header, &ctx)
        return ctx
    }

    // MARK: Authoring

    /// Authors, seals, stores and announces one block at `moment` (ms since the epoch).
    @discardableResult
    public func produceBlock(moment: UInt64) throws -> Header {
        guard let author else { throw NodeError.stateUnavailable("this node has no authority key") }
        let started = DispatchTime.now().uptimeNanoseconds
        let ctx = bestContext()
        let candidates = pool.ready(accountNonce: { System.nonce($0, ctx) }, limit: 20_000)
        let slot = moment / configuration.blockTime
        let lastMoment = Timestamp.now.get(ctx.storage)
        let (executed, rejected) = try BlockBuilder.author(
            parent: best, state: state, moment: max(moment, lastMoment &+ Timestamp.minimumPeriod), slot: slot,
            candidates: candidates.map(\.bytes))
        for (bytes, error) in rejected {
            let hash = H256(bytes: Blake2b.hash256(bytes))!
            pool.ban(hash, currentBlock: best.number.asUInt64)
            notify(hash, .invalid)
            log.debug("dropped \(hash) from the pool: \(error)")
        }
        let sealed = BlockBuilder.seal(executed.header, with: author)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
        log.info(String(format: "🎁 Prepared block for proposing at %d (%.0f ms) [hash: %@; parent_hash: %@; extrinsics (%d)]",
                        sealed.number, elapsed, sealed.hash.description, sealed.parentHash.description, executed.body.count))
        try commit(executed, sealed: sealed)
        return sealed
    }

    /// Imports a block authored elsewhere: checks the seal, re-executes it, stores it.
    public func importBlock(_ header: Header, body: [[UInt8]]) throws {
        guard header.parentHash == best.hash else { throw NodeError.unknownBlock(header.parentHash) }
        let authorities = Aura.authorities.get(bestContext().storage)
        guard BlockBuilder.verifySeal(header, authorities: authorities) else { throw BlockBuilder.ImportError.badSeal }
        let executed = try BlockBuilder.execute(header, body: body, state: state)
        try commit(executed, sealed: header)
    }

    /// Stores a block in one database transaction, then installs its state and tells listeners.
    private func commit(_ executed: ExecutedBlock, sealed: Header) throws {
        do {
            try store.commitBlock(header: sealed, body: executed.body, changes: executed.changes, finalized: true)
        } catch {
            throw NodeError.store(error)
        }
        cachedNextContext = nil
        state.commit(executed.changes, staged: executed.stagedTrie)
        best = sealed
        log.info("✨ Imported #\(sealed.number) (\(sealed.hash))")
        let ctx = bestContext()
        var included = Set<H256>()
        for bytes in executed.body.dropFirst() {
            let hash = H256(bytes: Blake2b.hash256(bytes))!
            included.insert(hash)
            pool.remove(hash)
        }
        let dropped = pool.prune(accountNonce: { System.nonce($0, ctx) }, currentBlock: UInt64(sealed.number), included: included)
        for hash in dropped { notify(hash, .dropped) }
        for listener in headListeners.values { listener(sealed) }
        for hash in included {
            notify(hash, .inBlock(sealed.hash))
            notify(hash, .finalized(sealed.hash))
            transactionWatchers[hash] = nil
        }
        for listener in finalizedListeners.values { listener(sealed) }
        for (_, subscription) in storageListeners {
            let changed = subscription.keys.filter { executed.changes[$0] != nil }
            if !changed.isEmpty { subscription.send(sealed.hash, changed.map { ($0, state.value(at: $0)) }) }
        }
    }

    // MARK: Transactions

    /// Validates and pools a transaction; throws the pool's refusal.
    public func submit(_ bytes: [UInt8]) throws(TransactionPool.Rejection) -> (hash: H256, status: TransactionPool.Status) {
        let ctx = nextBlockContext()
        let valid: Executive.ValidTransaction
        do {
            valid = try Executive.validateTransaction(bytes, ctx)
        } catch {
            throw .invalid(error)
        }
        let accountNonce = System.nonce(valid.provides.0, ctx)
        let (hash, status, replaced) = try pool.insert(bytes: bytes, valid: valid, accountNonce: accountNonce, currentBlock: UInt64(best.number))
        if let replaced { notify(replaced, .usurped(hash)) }
        return (hash, status)
    }

    /// The next nonce of `account`, counting its pooled transactions.
    public func nextNonce(_ account: AccountID) -> UInt32 {
        var nonce = System.nonce(account, bestContext())
        let pending = Set(pool.all.filter { $0.sender == account }.map(\.nonce))
        while pending.contains(nonce) { nonce += 1 }
        return nonce
    }

    /// Pooled transactions, oldest first.
    public func pendingExtrinsics() -> [[UInt8]] { pool.all.map(\.bytes) }

    /// Watches a transaction's status changes.
    public func watch(_ hash: H256, id: String, _ send: @escaping @Sendable (TransactionStatus) -> Void) {
        transactionWatchers[hash, default: [:]][id] = send
    }

    public func unwatch(_ id: String) {
        for hash in transactionWatchers.keys { transactionWatchers[hash]?[id] = nil }
    }

    func notify(_ hash: H256, _ status: TransactionStatus) {
        guard let watchers = transactionWatchers[hash] else { return }
        for send in watchers.values { send(status) }
        if status.isFinal { transactionWatchers[hash] = nil }
    }

    // MARK: Listeners

    public func addHeadListener(_ id: String, finalized: Bool, _ send: @escaping @Sendable (Header) -> Void) {
        if finalized { finalizedListeners[id] = send } else { headListeners[id] = send }
    }

    public func removeListener(_ id: String) {
        headListeners[id] = nil
        finalizedListeners[id] = nil
        storageListeners[id] = nil
        unwatch(id)
    }

    public func addStorageListener(_ id: String, keys: [[UInt8]], _ send: @escaping @Sendable (H256, [([UInt8], [UInt8]?)]) -> Void) {
        storageListeners[id] = (keys, send)
    }

    // MARK: Queries

    /// The header of `hash` (or the best block).
    public func header(_ hash: H256?) throws -> Header? {
        guard let hash else { return best }
        if hash == best.hash { return best }
        do { return try store.header(hash: hash) } catch { throw NodeError.store(error) }
    }

    public func body(_ hash: H256) throws -> [[UInt8]]? {
        do { return try store.body(hash: hash) } catch { throw NodeError.store(error) }
    }

    public func blockHash(_ number: UInt32) throws -> H256? {
        if number == best.number { return best.hash }
        do { return try store.blockHash(number: number) } catch { throw NodeError.store(error) }
    }

    /// Runs `body` on the state of block `hash` (the best block when `nil`).
    public func withState<R: Sendable>(at hash: H256?, _ body: (BlockContext) throws -> R) throws -> R {
        if hash == nil || hash == best.hash { return try body(bestContext()) }
        let number: UInt32
        do {
            guard let n = try store.number(of: hash!) else { throw NodeError.unknownBlock(hash!) }
            number = n
        } catch let error as BlockStoreError {
            throw NodeError.store(error)
        }
        let reader: BlockStateReader
        do { reader = try store.stateReader(atBlock: number) } catch { throw NodeError.store(error) }
        let result = try body(BlockContext(base: reader, blockNumber: number))
        do { try reader.ensureNoReadFailed() } catch { throw NodeError.store(error) }
        return result
    }
}

extension UInt32 {
    var asUInt64: UInt64 { UInt64(self) }
}

/// A watched transaction's status (`author_extrinsicUpdate`).
public enum TransactionStatus: Equatable, Sendable {
    case future, ready
    case inBlock(H256)
    case finalized(H256)
    case usurped(H256)
    case dropped, invalid

    /// Whether the stream ends with this status.
    public var isFinal: Bool {
        switch self {
        case .finalized, .usurped, .dropped, .invalid: return true
        default: return false
        }
    }
}
