import ChainClient
import Keys
import Node
import Primitives
import Runtime
import RuntimeSupport
import Testing

/// The client against a node running in this process on 127.0.0.1: typed reads agree with the
/// runtime's own view, extrinsics come back with their events and fee, failures are named.
@Suite(.timeLimit(.minutes(2))) struct SubtensorClientTests {
    static let alice = try! Keypair(uri: "//Alice", scheme: .sr25519)
    static let bob = try! Keypair(uri: "//Bob", scheme: .sr25519)

    /// A dev node with 100 ms blocks on a free port, and a client connected to it.
    static func withNode(_ body: (NodeRunner, SubtensorClient) async throws -> Void) async throws {
        let runner = try await NodeRunner(configuration: NodeConfiguration(
            genesis: ChainPreset.dev.genesis, databasePath: nil, rpcPort: 0, blockTime: 100, logLevel: 0))
        let authoring = Task { await runner.run() }
        let client = try await SubtensorClient(endpoint: ChainEndpoint(network: nil, chainEndpoint: "ws://127.0.0.1:\(runner.server.port)"))
        do {
            try await body(runner, client)
        } catch {
            await client.close()
            authoring.cancel()
            _ = await authoring.value
            throw error
        }
        await client.close()
        authoring.cancel()
        _ = await authoring.value
    }

    @Test func aTransferComesBackWithItsEventsAndFee() async throws {
        try await Self.withNode { runner, client in
            let before = try await client.read(System.account, Self.bob.accountID).data.free
            let call = RuntimeCall.balances(.transfer(dest: .id(Self.bob.accountID), value: 7_000_000_000))
            let estimated = try await client.estimateFee(call, signer: ExtrinsicSigner(Self.alice))
            let receipt = try await client.submit(call, signer: ExtrinsicSigner(Self.alice))
            #expect(receipt.failure == nil)
            #expect(receipt.fee == estimated && receipt.fee > 0)
            #expect(receipt.events.contains(.balances(.transfer(from: Self.alice.accountID, to: Self.bob.accountID, amount: 7_000_000_000))))
            let after = try await client.read(System.account, Self.bob.accountID, at: receipt.blockHash).data.free
            #expect(after == before + 7_000_000_000)
            // The node's own state agrees with what the client read.
            let direct = try await runner.chain.withState(at: receipt.blockHash) { ctx in Balances.free(Self.bob.accountID, ctx) }
            #expect(direct == after)
            #expect(try await client.nextNonce(Self.alice.accountID) == 1)
        }
    }

    @Test func aFailingCallIsReportedByName() async throws {
        try await Self.withNode { _, client in
            let stranger = try Keypair(uri: "//Stranger", scheme: .sr25519)
            let call = RuntimeCall.subtensor(.addStake(hotkey: stranger.accountID, amountStaked: 1_000_000_000))
            await #expect(throws: ChainClientError.dispatchFailed("SubtensorModule.NotRegistered: the hotkey is not registered on that subnet")) {
                try await client.submit(call, signer: ExtrinsicSigner(Self.alice))
            }
            // A signer with no funds is refused by the pool before anything is included.
            let poor = ExtrinsicSigner(try Keypair(uri: "//Poor", scheme: .sr25519))
            do {
                try await client.submit(.balances(.transfer(dest: .id(Self.bob.accountID), value: 1)), signer: poor)
                Issue.record("a transaction without funds for its fee was accepted")
            } catch ChainClientError.rejected(let reason) {
                #expect(reason.contains("Invalid Transaction"))
            }
        }
    }

    @Test func infoQueriesDecodeWhatTheRuntimeEncodes() async throws {
        try await Self.withNode { runner, client in
            let hot = try Keypair(uri: "//Hot", scheme: .sr25519)
            let receipt = try await client.submit(.subtensor(.burnedRegister(netuid: 3, hotkey: hot.accountID)), signer: ExtrinsicSigner(Self.alice))
            #expect(receipt.events.contains { if case .subtensor(.neuronRegistered(3, 0, hot.accountID)) = $0 { return true } else { return false } })
            let neurons = try await client.neurons(netuid: 3, at: receipt.blockHash)
            let expected = try await runner.chain.withState(at: receipt.blockHash) { ctx in NeuronInfo.all(netuid: 3, lite: true, ctx) }
            #expect(neurons == expected && neurons.count == 1)
            let full = try await client.neuron(netuid: 3, uid: 0, lite: false, at: receipt.blockHash)
            #expect(full?.hotkey == hot.accountID && full?.weights == [])
            #expect(try await client.neuron(netuid: 3, uid: 9) == nil)
            let subnets = try await client.subnets()
            #expect(subnets.map(\.netuid) == [1, 3])
            #expect(try await client.subnet(42) == nil)
            #expect(try await client.hyperparameters(3)?.registrationAllowed == true)
            _ = try await client.submit(.subtensor(.becomeDelegate(hotkey: hot.accountID)), signer: ExtrinsicSigner(Self.alice))
            let delegates = try await client.delegates()
            #expect(delegates.map(\.delegate) == [hot.accountID] && delegates[0].take == 11_796)
            #expect(try await client.delegate(hot.accountID)?.owner == Self.alice.accountID)
            _ = try await client.submit(.subtensor(.addStake(hotkey: hot.accountID, amountStaked: 3_000_000_000)), signer: ExtrinsicSigner(Self.alice))
            let delegated = try await client.delegated(by: Self.alice.accountID)
            #expect(delegated.map(\.stake) == [3_000_000_000])
            let stakes = try await client.entries(SubtensorStorage.stake, prefix: hot.accountID)
            #expect(stakes.map(\.key) == [Self.alice.accountID] && stakes.map(\.value) == [3_000_000_000])
        }
    }
}
