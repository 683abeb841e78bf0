import ChainTypes
import Hashing
import Primitives
import Runtime

/// A transaction waiting for a block: its bytes, hash, sender, nonce, priority and when it expires.
public struct PooledTransaction: Sendable {
    public var bytes: [UInt8]
    public var hash: H256
    public var sender: AccountID
    public var nonce: UInt32
    public var priority: UInt64
    /// The last block it may be included in.
    public var validUntil: UInt64
    /// Insertion order, the tie-breaker after priority.
    var sequence: UInt64
}

/// The transaction pool: per-account nonce chains, a ready set ordered by priority, a future set
/// waiting on earlier nonces, bans for transactions that turned out invalid, and size limits.
///
/// Submission validates against the best state (`Executive.validateTransaction`) and refuses with
/// Substrate's errors, so a client never waits on a transaction that was silently dropped.
public struct TransactionPool: Sendable {
    /// Why a submission was refused.
    public enum Rejection: Error, Equatable, Sendable {
        case invalid(TransactionValidityError)
        case alreadyImported
        case temporarilyBanned
        case priorityTooLow(old: UInt64, new: UInt64)
        case full
    }

    /// Where a transaction stands after submission.
    public enum Status: Equatable, Sendable { case ready, future }

    /// The most transactions the pool holds.
    public var maximumTransactions = 16_384
    /// The most transactions one account may hold behind a gap in its nonces.
    public var maximumFuturePerAccount = 64
    /// Blocks a transaction stays banned after it was found invalid.
    public var banBlocks: UInt64 = 30

    private var byHash: [H256: PooledTransaction] = [:]
    private var bySender: [AccountID: [UInt32: H256]] = [:]
    private var banned: [H256: UInt64] = [:]
    private var sequence: UInt64 = 0

    public init() {}

    /// The number of pooled transactions.
    public var count: Int { byHash.count }

    /// Whether `hash` is pooled.
    public func contains(_ hash: H256) -> Bool { byHash[hash] != nil }

    /// Adds a transaction the runtime found valid (`valid`), given the sender's on-chain nonce.
    public mutating func insert(
        bytes: [UInt8], valid: Executive.ValidTransaction, accountNonce: UInt32, currentBlock: UInt64
    ) throws(Rejection) -> (hash: H256, status: Status, replaced: H256?) {
        let hash = H256(bytes: Blake2b.hash256(bytes))!
        if let until = banned[hash], until >= currentBlock { throw .temporarilyBanned }
        guard byHash[hash] == nil else { throw .alreadyImported }
        let (sender, nonce) = valid.provides
        var replaced: H256?
        if let existing = bySender[sender]?[nonce], let old = byHash[existing] {
            guard valid.priority > old.priority else { throw .priorityTooLow(old: old.priority, new: valid.priority) }
            replaced = existing
        }
        let status: Status = isReadyChain(sender: sender, nonce: nonce, accountNonce: accountNonce) ? .ready : .future
        if replaced == nil {
            if byHash.count >= maximumTransactions { throw .full }
            if status == .future && futureCount(sender: sender, accountNonce: accountNonce) >= maximumFuturePerAccount { throw .full }
        }
        if let replaced { remove(replaced) }
        sequence += 1
        let validUntil = valid.longevity == .max ? .max : currentBlock &+ valid.longevity
        byHash[hash] = PooledTransaction(bytes: bytes, hash: hash, sender: sender, nonce: nonce, priority: valid.priority,
                                         validUntil: validUntil, sequence: sequence)
        bySender[sender, default: [:]][nonce] = hash
        return (hash, status, replaced)
    }

    /// Whether every nonce from the account's up to `nonce` is pooled (or `nonce` is the next).
    private func isReadyChain(sender: AccountID, nonce: UInt32, accountNonce: UInt32) -> Bool {
        guard nonce >= accountNonce else { return false }
        let pooled = bySender[sender] ?? [:]
        var n = accountNonce
        while n < nonce {
            guard pooled[n] != nil else { return false }
            n += 1
        }
        return true
    }

    /// How many of `sender`'s pooled transactions wait behind a gap.
    private func futureCount(sender: AccountID, accountNonce: UInt32) -> Int {
        guard let pooled = bySender[sender] else { return 0 }
        var n = accountNonce
        while pooled[n] != nil { n += 1 }
        return pooled.count - Int(n - accountNonce)
    }

    /// The transactions a block may include, best first: per account only the contiguous nonce
    /// chain starting at its on-chain nonce, accounts interleaved by priority then age.
    public func ready(accountNonce: (AccountID) -> UInt32, limit: Int) -> [PooledTransaction] {
        var chains: [[PooledTransaction]] = []
        for (sender, nonces) in bySender {
            var n = accountNonce(sender)
            var chain: [PooledTransaction] = []
            while let hash = nonces[n], let tx = byHash[hash] {
                chain.append(tx)
                n += 1
            }
            if !chain.isEmpty { chains.append(chain) }
        }
        // Merge: always take the best head among the accounts' chains.
        var heads = chains.map { _ in 0 }
        var result: [PooledTransaction] = []
        while result.count < limit {
            var best: Int? = nil
            for i in chains.indices where heads[i] < chains[i].count {
                let candidate = chains[i][heads[i]]
                if let b = best {
                    let current = chains[b][heads[b]]
                    if candidate.priority > current.priority || (candidate.priority == current.priority && candidate.sequence < current.sequence) {
                        best = i
                    }
                } else {
                    best = i
                }
            }
            guard let chosen = best else { break }
            result.append(chains[chosen][heads[chosen]])
            heads[chosen] += 1
        }
        return result
    }

    /// Every pooled transaction (for `author_pendingExtrinsics`).
    public var all: [PooledTransaction] { byHash.values.sorted { $0.sequence < $1.sequence } }

    /// Removes a transaction.
    @discardableResult
    public mutating func remove(_ hash: H256) -> PooledTransaction? {
        guard let tx = byHash.removeValue(forKey: hash) else { return nil }
        bySender[tx.sender]?[tx.nonce] = nil
        if bySender[tx.sender]?.isEmpty == true { bySender[tx.sender] = nil }
        return tx
    }

    /// Removes and bans a transaction found invalid while building a block.
    public mutating func ban(_ hash: H256, currentBlock: UInt64) {
        remove(hash)
        banned[hash] = currentBlock &+ banBlocks
    }

    /// After a block: drops transactions whose nonce is now used (included or stale) and the
    /// expired ones; forgets old bans. Returns the hashes dropped as stale or expired (not
    /// included ones, which the caller knows).
    public mutating func prune(accountNonce: (AccountID) -> UInt32, currentBlock: UInt64, included: Set<H256>) -> [H256] {
        var dropped: [H256] = []
        for (hash, tx) in byHash where tx.nonce < accountNonce(tx.sender) || tx.validUntil < currentBlock {
            remove(hash)
            if !included.contains(hash) { dropped.append(hash) }
        }
        banned = banned.filter { $0.value >= currentBlock }
        return dropped
    }
}
