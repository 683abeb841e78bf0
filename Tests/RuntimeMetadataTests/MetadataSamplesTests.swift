import ChainTypes
import Foundation
import Keys
import Primitives
import Runtime
import RuntimeSupport
import RuntimeTesting
import SCALECodec
import Testing

/// What the Python oracle (Tests/Python/test_metadata.py) checks against substrate-interface
/// decoding our metadata: call encodings, storage keys, and a real block with its events.
///
/// The samples are deterministic (ed25519 signers), committed in
/// `Tests/Vectors/metadata/runtime_samples.json`, and this test fails when they no longer match
/// the runtime; `METADATA_SAMPLES_WRITE=1 swift test --filter MetadataSamplesTests` rewrites them.
@Suite("Runtime samples for the Python metadata oracle")
struct MetadataSamplesTests {
    struct Samples: Codable, Equatable {
        /// SS58 addresses of the ed25519 signers `//Alice` and `//Bob`.
        var signers: [String: String]
        var calls: [String: String]
        var storageKeys: [String: String]
        var storage: [String: String]
        var block: Block
    }

    struct Block: Codable, Equatable {
        var hash: String
        var header: [String: String]
        var extrinsics: [String]
    }

    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Vectors/metadata/runtime_samples.json")

    static func hex(_ bytes: [UInt8]) -> String { Hex.encode(bytes, prefixed: true) }

    static func makeSamples() throws -> Samples {
        let alice = GenesisConfig.devAccount("Alice")
        let bob = GenesisConfig.devAccount("Bob")
        let calls: [String: RuntimeCall] = [
            "balances_transfer": .balances(.transfer(dest: .id(bob), value: 12_345)),
            "add_stake": .subtensor(.addStake(hotkey: alice, amountStaked: 1_000_000_000)),
            "set_weights": .subtensor(.setWeights(netuid: 1, dests: [0, 1, 2], weights: [65_535, 32_768, 1], versionKey: 7)),
            "register": .subtensor(.register(netuid: 3, blockNumber: 100, nonce: 0xdead_beef, work: Array(0..<32), hotkey: alice, coldkey: bob)),
            "sudo_set_tempo": .sudo(.sudo(.subtensor(.sudoSetTempo(netuid: 1, tempo: 99)))),
        ]
        let block = try sampleBlock()
        let signers = try ["alice": "//Alice", "bob": "//Bob"].mapValues { try Keypair(uri: $0, scheme: .ed25519).accountID.ss58() }
        return Samples(
            signers: signers, calls: calls.mapValues { hex($0.scaleEncoded()) },
            storageKeys: [
                "system_account_alice": hex(System.account.storageKey(alice)),
                "stake_alice_bob": hex(SubtensorStorage.stake.storageKey(alice, bob)),
            ],
            storage: block.storage, block: block.block)
    }

    /// Block 2 of a dev chain, signed by ed25519 keys (deterministic signatures): a transfer with
    /// a tip, a sudo call, a mortal remark with an event, and an `add_stake` that fails.
    static func sampleBlock() throws -> (block: Block, storage: [String: String]) {
        let chain = TestChain()
        let alice = try Keypair(uri: "//Alice", scheme: .ed25519)
        let bob = try Keypair(uri: "//Bob", scheme: .ed25519)
        chain.fund(alice.accountID, 100 * ChainPreset.tao)
        chain.fund(bob.accountID, 100 * ChainPreset.tao)
        chain.withContext { Sudo.key.set(alice.accountID, in: &$0.storage) }
        chain.nextBlock()
        try chain.submit(.balances(.transfer(dest: .id(bob.accountID), value: 5 * ChainPreset.tao)), signer: alice, tip: 10)
        try chain.submit(.sudo(.sudo(.subtensor(.sudoSetTempo(netuid: 1, tempo: 50)))), signer: alice)
        try chain.submit(.system(.remarkWithEvent(Array("hello".utf8))), signer: bob, era: .mortal(period: 64, phase: 1))
        try chain.submit(.subtensor(.addStake(hotkey: GenesisConfig.devAccount("Nobody"), amountStaked: 1)), signer: bob)
        let extrinsics = chain.extrinsics
        let header = chain.nextBlock()
        let events = try #require(chain.state.value(at: System.eventsKey))
        let aliceKey = System.account.storageKey(alice.accountID)
        let headerJSON = [
            "parentHash": hex(header.parentHash.bytes), "number": "0x" + String(header.number, radix: 16),
            "stateRoot": hex(header.stateRoot.bytes), "extrinsicsRoot": hex(header.extrinsicsRoot.bytes),
        ]
        return (
            Block(hash: hex(header.hash.bytes), header: headerJSON, extrinsics: extrinsics.map(hex)),
            [hex(System.eventsKey): hex(events), hex(aliceKey): hex(try #require(chain.state.value(at: aliceKey)))]
        )
    }

    @Test func theCommittedSamplesMatchTheRuntime() throws {
        let samples = try Self.makeSamples()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        if ProcessInfo.processInfo.environment["METADATA_SAMPLES_WRITE"] == "1" {
            try FileManager.default.createDirectory(at: Self.file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (encoder.encode(samples) + Data("\n".utf8)).write(to: Self.file)
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let committed = try decoder.decode(Samples.self, from: Data(contentsOf: Self.file))
        #expect(committed == samples, "stale: rerun with METADATA_SAMPLES_WRITE=1")
    }
}
