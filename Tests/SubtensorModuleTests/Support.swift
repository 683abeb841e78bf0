import Primitives
import ProofOfWork
@testable import Runtime
import RuntimeSupport
import RuntimeTesting
import Testing

/// Accounts and amounts shared by the SubtensorModule suites.
enum Dev {
    static let tao: UInt64 = 1_000_000_000
    static let alice = GenesisConfig.devAccount("Alice")
    static let bob = GenesisConfig.devAccount("Bob")
    static let charlie = GenesisConfig.devAccount("Charlie")
    static let dave = GenesisConfig.devAccount("Dave")

    /// A fresh account with no balance: `Dev.key("Hot1")` is //Hot1.
    static func key(_ name: String) -> AccountID { GenesisConfig.devAccount(name) }
}

typealias S = SubtensorStorage

extension TestChain {
    /// The dev chain with a proof-of-work difficulty of 1 on subnets 1 and 3, so every seal is
    /// accepted on its first nonce and tests stay fast.
    static func easy() -> TestChain {
        let chain = TestChain()
        chain.setDifficulty(1, on: 1)
        chain.setDifficulty(1, on: 3)
        return chain
    }

    /// Writes `Difficulty[netuid]` directly (no event, no origin).
    func setDifficulty(_ difficulty: UInt64, on netuid: UInt16) {
        set(S.difficulty, netuid, difficulty)
    }

    /// Writes a storage value directly in the open block.
    func set<V>(_ item: StorageValue<V>, _ value: V) {
        withContext { ctx in item.set(value, in: &ctx.storage) }
    }

    /// Writes a storage map entry directly in the open block.
    func set<K, V>(_ item: StorageMap<K, V>, _ key: K, _ value: V) {
        withContext { ctx in item.set(key, value, in: &ctx.storage) }
    }

    /// Writes a storage double-map entry directly in the open block.
    func set<K1, K2, V>(_ item: StorageDoubleMap<K1, K2, V>, _ k1: K1, _ k2: K2, _ value: V) {
        withContext { ctx in item.set(k1, k2, value, in: &ctx.storage) }
    }

    /// Whether a double-map entry is stored (OptionQuery items).
    func contains<K1, K2, V>(_ item: StorageDoubleMap<K1, K2, V>, _ k1: K1, _ k2: K2) -> Bool {
        withContext { ctx in item.contains(k1, k2, ctx.storage) }
    }

    /// Whether a map entry is stored (OptionQuery items).
    func contains<K, V>(_ item: StorageMap<K, V>, _ key: K) -> Bool {
        withContext { ctx in item.contains(key, ctx.storage) }
    }

    /// A seal for `hotkey` over the hash `System.BlockHash[block]` (zero for the open block)
    /// that meets `Difficulty[netuid]`.
    func work(for hotkey: AccountID, on netuid: UInt16, atBlock block: UInt64) -> (nonce: UInt64, work: [UInt8]) {
        let hash = withContext { ctx in System.hashOfBlock(UInt32(block), ctx).bytes }
        let difficulty = read(S.difficulty, netuid)
        let (nonce, work) = TestChain.solveSeal(blockHash: hash, hotkey: hotkey, difficulty: difficulty)
        return (nonce, work)
    }

    /// A `register` call solved for `hotkey` on `netuid` at `block` (default: the open block).
    func registerCall(_ netuid: UInt16, hotkey: AccountID, coldkey: AccountID, atBlock block: UInt64? = nil) -> SubtensorCall {
        let block = block ?? currentBlock
        let (nonce, work) = work(for: hotkey, on: netuid, atBlock: block)
        return .register(netuid: netuid, blockNumber: block, nonce: nonce, work: work, hotkey: hotkey, coldkey: coldkey)
    }

    /// Registers each hotkey (by proof of work, signed by itself) for `coldkey`, in order.
    func register(_ hotkeys: [AccountID], on netuid: UInt16, coldkey: AccountID) throws(DispatchError) {
        for hotkey in hotkeys { try registerNeuron(netuid, hotkey: hotkey, coldkey: coldkey) }
    }

    /// Dispatches a SubtensorModule call from any origin; throws the dispatch error.
    func call(_ call: SubtensorCall, origin: RuntimeOrigin) throws(DispatchError) {
        if let error = dispatch(.subtensor(call), origin: origin).error { throw error }
    }

    /// The storage writes of the open block so far (to compare before and after a failing call).
    var pendingChanges: StorageChanges { context.storage.changes }
}

/// Runs `body`, expects it to fail with `expected`, and expects the failure to have left the
/// open block's storage and events exactly as they were.
func expectRejected(
    _ chain: TestChain, _ expected: DispatchError, _ comment: Comment? = nil,
    sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void
) {
    let changes = chain.pendingChanges
    let events = chain.events.count
    do {
        try body()
        Issue.record("expected \(expected), the call succeeded \(comment.map { "(\($0))" } ?? "")", sourceLocation: sourceLocation)
    } catch {
        #expect(error as? DispatchError == expected, comment, sourceLocation: sourceLocation)
    }
    let storageUnchanged = chain.pendingChanges == changes
    #expect(storageUnchanged, "a rejected call changed storage", sourceLocation: sourceLocation)
    #expect(chain.events.count == events, "a rejected call deposited events", sourceLocation: sourceLocation)
}

extension SubtensorError {
    /// Shorthand for the dispatch error in expectations.
    var error: DispatchError { dispatchError }
}
