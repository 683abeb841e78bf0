import ChainTypes
import Keys
import Node
import Primitives
import Runtime
import RuntimeSupport
import SCALECodec
import Testing

/// The node's chain in memory: authoring, the pool's ordering and refusals, import of another
/// node's blocks, and re-execution of the stored chain.
@Suite("Node chain")
struct NodeChainTests {
    static let alice = try! Keypair(uri: "//Alice", scheme: .sr25519)
    static let bob = try! Keypair(uri: "//Bob", scheme: .sr25519)

    func makeChain() throws -> NodeChain {
        try NodeChain(configuration: NodeConfiguration(genesis: ChainPreset.dev.genesis, databasePath: nil, blockTime: 1000, logLevel: 0))
    }

    func transfer(_ chain: NodeChain, from signer: Keypair, nonce: UInt32, amount: UInt64 = 1_000_000_000) -> [UInt8] {
        let call = RuntimeCall.balances(.transfer(dest: .id(Self.bob.accountID), value: amount)).scaleEncoded()
        let additional = AdditionalSigned(specVersion: Runtime.specVersion, transactionVersion: Runtime.transactionVersion,
                                          genesisHash: chain.genesisHash, birthHash: chain.genesisHash)
        return UncheckedExtrinsic.signed(call, by: signer, extra: SignedExtra(nonce: nonce), additional: additional).scaleEncoded()
    }

    @Test func aFutureNonceWaitsForTheGapThenBothAreIncluded() async throws {
        let chain = try makeChain()
        let second = try await chain.submit(transfer(chain, from: Self.alice, nonce: 1))
        #expect(second.status == .future)
        let first = try await chain.submit(transfer(chain, from: Self.alice, nonce: 0))
        #expect(first.status == .ready)
        let header = try await chain.produceBlock(moment: 1_000_000)
        let body = try #require(try await chain.body(header.hash))
        #expect(body.count == 3)
        #expect(await chain.nextNonce(Self.alice.accountID) == 2)
        #expect(await chain.pendingExtrinsics().isEmpty)
    }

    @Test func refusalsCarrySubstrateReasons() async throws {
        let chain = try makeChain()
        let bytes = transfer(chain, from: Self.alice, nonce: 0)
        _ = try await chain.submit(bytes)
        await #expect(throws: TransactionPool.Rejection.alreadyImported) { try await chain.submit(bytes) }
        var tampered = bytes
        tampered[40] ^= 1
        await #expect(throws: TransactionPool.Rejection.invalid(.invalid(.badProof))) { try await chain.submit(tampered) }
        let poor = try Keypair(uri: "//Poor", scheme: .sr25519)
        await #expect(throws: TransactionPool.Rejection.invalid(.invalid(.payment))) { try await chain.submit(transfer(chain, from: poor, nonce: 0)) }
        try await chain.produceBlock(moment: 1_000_000)
        await #expect(throws: TransactionPool.Rejection.invalid(.invalid(.stale))) { try await chain.submit(transfer(chain, from: Self.alice, nonce: 0)) }
    }

    @Test func anotherNodeImportsTheAuthoredBlocksAndVerifiesThem() async throws {
        let author = try makeChain()
        for nonce in 0..<3 { _ = try await author.submit(transfer(author, from: Self.alice, nonce: UInt32(nonce))) }
        var blocks: [(Header, [[UInt8]])] = []
        for slot in 1...3 {
            let header = try await author.produceBlock(moment: UInt64(slot) * 12_000)
            blocks.append((header, try #require(try await author.body(header.hash))))
        }
        let follower = try makeChain()
        for (header, body) in blocks { try await follower.importBlock(header, body: body) }
        #expect(await follower.best == blocks.last!.0)
        // A tampered block is refused.
        let other = try makeChain()
        var bad = blocks[0].0
        bad.stateRoot = .zero
        await #expect(throws: (any Error).self) { try await other.importBlock(bad, body: blocks[0].1) }
        // The author's store re-executes from genesis to the same roots.
        #expect(try ChainVerifier.reexecute(author.store, genesis: ChainPreset.dev.genesis) == 3)
    }
}
