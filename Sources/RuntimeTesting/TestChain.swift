import ChainTypes
import Keys
import Primitives
import ProofOfWork
import Runtime
import RuntimeSupport
import SCALECodec

/// A chain in memory for tests, like subtensor's mock runtime: build a genesis, run to a block,
/// dispatch calls directly or as signed extrinsics, read events and state.
///
/// One block is always open: calls go into it, `nextBlock()` finalises it (state committed, root
/// computed) and opens the next one, whose timestamp inherent is applied first.
public final class TestChain {
    /// The genesis block.
    public let genesis: GenesisBlock
    /// Committed state (up to the last finalised block).
    public let state: ChainState
    /// The open block's execution context.
    public private(set) var context: BlockContext
    /// Headers of finalised blocks, genesis first.
    public private(set) var headers: [Header]
    /// The open block's extrinsics (encoded), timestamp first.
    public private(set) var extrinsics: [[UInt8]] = []
    /// The extrinsics of every finalised block after genesis (`bodies[0]` is block 1's).
    public private(set) var bodies: [[[UInt8]]] = []
    /// Milliseconds between blocks.
    public var blockTime: UInt64 = 12_000

    /// A chain from `config` (default: the dev preset) with block 1 open.
    public init(_ config: GenesisConfig = ChainPreset.dev.genesis) {
        genesis = config.build()
        state = genesis.state
        headers = [genesis.header]
        context = BlockContext(base: genesis.state, blockNumber: 0)
        openBlock()
    }

    /// The number of the open block.
    public var blockNumber: UInt32 { context.blockNumber }
    /// The open block's number as SubtensorModule reads it.
    public var currentBlock: UInt64 { context.currentBlock }
    /// The genesis hash.
    public var genesisHash: H256 { genesis.hash }

    /// Events deposited so far in the open block.
    public var events: [RuntimeEvent] { context.events.map(\.event) }
    /// SubtensorModule events deposited so far in the open block.
    public var subtensorEvents: [SubtensorEvent] {
        events.compactMap { if case .subtensor(let e) = $0 { return e } else { return nil } }
    }

    private func openBlock() {
        let parent = headers[headers.count - 1]
        context = BlockContext(base: state, blockNumber: parent.number + 1)
        let header = Header(parentHash: parent.hash, number: parent.number + 1, stateRoot: .zero, extrinsicsRoot: .zero)
        Executive.initializeBlock(header, &context)
        let now = UInt64(parent.number + 1) * blockTime
        let inherent = UncheckedExtrinsic.unsigned(RuntimeCall.timestamp(.set(now: now)).scaleEncoded()).scaleEncoded()
        extrinsics = [inherent]
        do {
            try Executive.applyExtrinsic(inherent, &context)
        } catch {
            preconditionFailure("timestamp inherent refused: \(error)")
        }
    }

    /// Finalises the open block, commits it and opens the next; returns the finalised header.
    @discardableResult
    public func nextBlock() -> Header {
        do {
            try Executive.finalizeBlock(extrinsicCount: extrinsics.count, &context)
        } catch {
            preconditionFailure("block \(blockNumber) cannot be finalised: \(error)")
        }
        state.apply(context.storage.changes)
        let parent = headers[headers.count - 1]
        let header = Header(
            parentHash: parent.hash, number: context.blockNumber, stateRoot: state.root,
            extrinsicsRoot: Executive.extrinsicsRoot(extrinsics))
        headers.append(header)
        bodies.append(extrinsics)
        openBlock()
        return header
    }

    /// Finalises blocks until `block` is the open one.
    public func run(toBlock block: UInt32) {
        while blockNumber < block { nextBlock() }
    }

    /// Finalises `count` blocks.
    public func step(_ count: Int = 1) {
        for _ in 0..<count { nextBlock() }
    }

    /// Dispatches `call` from `origin` in the open block, all or nothing.
    @discardableResult
    public func dispatch(_ call: RuntimeCall, origin: RuntimeOrigin) -> DispatchOutcome {
        Runtime.dispatchTransactionally(call, origin: origin, &context)
    }

    /// Dispatches a SubtensorModule call signed by `signer`; throws the dispatch error.
    public func call(_ call: SubtensorCall, from signer: AccountID) throws(DispatchError) {
        if let error = dispatch(.subtensor(call), origin: .signed(signer)).error { throw error }
    }

    /// Dispatches a SubtensorModule call as root; throws the dispatch error.
    public func sudo(_ call: SubtensorCall) throws(DispatchError) {
        if let error = dispatch(.subtensor(call), origin: .root).error { throw error }
    }

    /// Signs `call` by `signer` with its next nonce and applies it as an extrinsic of the open
    /// block; returns the dispatch outcome or throws the validity error.
    @discardableResult
    public func submit(_ call: RuntimeCall, signer: Keypair, tip: UInt64 = 0, nonce: UInt32? = nil, era: Era = .immortal)
        throws(TransactionValidityError) -> DispatchOutcome
    {
        let bytes = signedExtrinsic(call, signer: signer, tip: tip, nonce: nonce, era: era)
        let outcome = try Executive.applyExtrinsic(bytes, &context)
        extrinsics.append(bytes)
        return outcome
    }

    /// Applies an already encoded extrinsic to the open block (replaying another chain's blocks).
    @discardableResult
    public func submitEncoded(_ bytes: [UInt8]) throws(TransactionValidityError) -> DispatchOutcome {
        let outcome = try Executive.applyExtrinsic(bytes, &context)
        extrinsics.append(bytes)
        return outcome
    }

    /// Re-executes `bodies` (another chain's blocks, timestamps included) on this chain, one
    /// block per body; throws if an extrinsic that was valid there is invalid here.
    public func replay(_ bodies: [[[UInt8]]]) throws(TransactionValidityError) {
        for body in bodies {
            precondition(body.first == extrinsics.first, "replayed blocks must use this chain's block time")
            for bytes in body.dropFirst() { try submitEncoded(bytes) }
            nextBlock()
        }
    }

    /// The encoded signed extrinsic for `call` (nonce defaults to the account's).
    public func signedExtrinsic(_ call: RuntimeCall, signer: Keypair, tip: UInt64 = 0, nonce: UInt32? = nil, era: Era = .immortal) -> [UInt8] {
        let nonce = nonce ?? System.nonce(signer.accountID, context)
        let extra = SignedExtra(era: era, nonce: nonce, tip: tip)
        let birth = UInt32(truncatingIfNeeded: era.birth(current: currentBlock))
        let birthHash = birth == 0 ? genesisHash : headers[Int(birth)].hash
        let additional = AdditionalSigned(
            specVersion: Runtime.specVersion, transactionVersion: Runtime.transactionVersion, genesisHash: genesisHash, birthHash: birthHash)
        return UncheckedExtrinsic.signed(call.scaleEncoded(), by: signer, extra: extra, additional: additional).scaleEncoded()
    }

    // MARK: Subtensor conveniences (as subtensor's mock)

    /// `sudo_add_network` with registration allowed and emission given to it.
    public func addNetwork(_ netuid: UInt16, tempo: UInt16 = 13, modality: UInt16 = 0) throws(DispatchError) {
        try sudo(.sudoAddNetwork(netuid: netuid, tempo: tempo, modality: modality))
        try sudo(.sudoSetRegistrationAllowed(netuid: netuid, registrationAllowed: true))
    }

    /// A proof-of-work registration of `hotkey` for `coldkey`, solving the seal on the current
    /// block (whose hash reads as zero while it executes).
    public func registerNeuron(_ netuid: UInt16, hotkey: AccountID, coldkey: AccountID) throws(DispatchError) {
        let difficulty = SubtensorStorage.difficulty.get(netuid, context.storage)
        let (nonce, work) = Self.solveSeal(blockHash: System.hashOfBlock(blockNumber, context).bytes, hotkey: hotkey, difficulty: difficulty)
        try call(.register(netuid: netuid, blockNumber: currentBlock, nonce: nonce, work: work, hotkey: hotkey, coldkey: coldkey), from: hotkey)
    }

    /// A nonce and seal meeting `difficulty` (single-threaded; keep difficulties low in tests).
    public static func solveSeal(blockHash: [UInt8], hotkey: AccountID, difficulty: UInt64, startNonce: UInt64 = 0) -> (UInt64, [UInt8]) {
        var nonce = startNonce
        while true {
            let seal = Seal(nonce: nonce, blockHash: blockHash, hotkey: hotkey.bytes)
            if seal.meetsDifficulty(difficulty) { return (nonce, seal.bytes) }
            nonce &+= 1
        }
    }

    /// The uid of `hotkey` on `netuid`.
    public func uid(_ hotkey: AccountID, on netuid: UInt16) -> UInt16? { SubtensorModule.uid(of: hotkey, on: netuid, context) }

    /// Free balance of `who`.
    public func freeBalance(_ who: AccountID) -> UInt64 { Balances.free(who, context) }

    /// Mints `amount` into `who`'s free balance (test set-up, like the mock's `add_balance`).
    public func fund(_ who: AccountID, _ amount: UInt64) {
        Balances.depositCreating(who, amount, &context)
        SubtensorStorage.totalIssuance.mutate(&context.storage) { $0 &+= amount }
    }

    /// Reads a storage value in the open block.
    public func read<V>(_ item: StorageValue<V>) -> V { item.get(context.storage) }
    /// Reads a storage map entry in the open block.
    public func read<K, V>(_ item: StorageMap<K, V>, _ key: K) -> V { item.get(key, context.storage) }
    /// Reads a storage double map entry in the open block.
    public func read<K1, K2, V>(_ item: StorageDoubleMap<K1, K2, V>, _ k1: K1, _ k2: K2) -> V { item.get(k1, k2, context.storage) }

    /// Gives test code direct access to the open block (state set-up and inspection).
    public func withContext<R>(_ body: (inout BlockContext) throws -> R) rethrows -> R { try body(&context) }
}
