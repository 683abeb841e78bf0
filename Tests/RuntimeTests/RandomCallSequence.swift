import ChainTypes
import Keys
import Primitives
import ProofOfWork
import Runtime
import RuntimeSupport
import RuntimeTesting

/// A seeded random workload over a dev chain: transfers, staking, registrations (PoW and burn),
/// weights, delegation and serving, submitted as signed extrinsics (fees included), with blocks
/// finalised in between. The same seed always produces the same extrinsics.
struct RandomCallSequence {
    static let coldkeys = ["Alice", "Bob", "Charlie", "Dave", "Eve", "Ferdie"].map { try! Keypair(uri: "//\($0)", scheme: .sr25519) }
    static let hotkeys = (0..<8).map { try! Keypair(uri: "//Hot\($0)", scheme: .sr25519) }

    /// Runs `steps` random extrinsics on `chain`, finalising a block every few; returns the
    /// headers and the number of extrinsics that were included.
    @discardableResult
    static func run(on chain: TestChain, seed: UInt64, steps: Int, afterEach: (TestChain) -> Void = { _ in }) -> Int {
        var random = SplitMix64(seed: seed)
        var included = 0
        for _ in 0..<steps {
            if random.below(4) == 0 { chain.nextBlock() }
            let (call, signer) = randomCall(&random, chain)
            if (try? chain.submit(call, signer: signer, tip: UInt64(random.below(3)) * 10)) != nil { included += 1 }
            afterEach(chain)
        }
        chain.nextBlock()
        return included
    }

    static func randomCall(_ random: inout SplitMix64, _ chain: TestChain) -> (RuntimeCall, Keypair) {
        let hotIndex = random.below(hotkeys.count)
        let hot = hotkeys[hotIndex]
        // Hotkey i belongs to coldkey i mod 6 three times in four, so most staking is valid.
        let cold = random.below(4) == 0 ? coldkeys[random.below(coldkeys.count)] : coldkeys[hotIndex % coldkeys.count]
        let netuid: UInt16 = random.below(2) == 0 ? 1 : 3
        let tao = ChainPreset.tao
        switch random.below(9) {
        case 0:
            let dest = coldkeys[random.below(coldkeys.count)].accountID
            return (.balances(.transferKeepAlive(dest: .id(dest), value: UInt64(random.below(50)) * tao / 10)), cold)
        case 1:
            return (.subtensor(.addStake(hotkey: hot.accountID, amountStaked: UInt64(random.below(20)) * tao / 4)), cold)
        case 2:
            return (.subtensor(.removeStake(hotkey: hot.accountID, amountUnstaked: UInt64(random.below(20)) * tao / 8)), cold)
        case 3:
            return (.subtensor(.burnedRegister(netuid: netuid, hotkey: hot.accountID)), cold)
        case 4:
            let blockHash = System.hashOfBlock(chain.blockNumber, chain.context).bytes
            let difficulty = SubtensorStorage.difficulty.get(netuid, chain.context.storage)
            let (nonce, work) = TestChain.solveSeal(blockHash: blockHash, hotkey: hot.accountID, difficulty: min(difficulty, 1000))
            let call = SubtensorCall.register(
                netuid: netuid, blockNumber: chain.currentBlock, nonce: nonce, work: work, hotkey: hot.accountID, coldkey: cold.accountID)
            return (.subtensor(call), hot)
        case 5:
            let n = Int(SubtensorStorage.subnetworkN.get(netuid, chain.context.storage))
            let uids = (0..<max(n, 1)).map(UInt16.init).filter { _ in random.below(2) == 0 }
            let weights = uids.map { _ in UInt16(random.below(65_535) + 1) }
            return (.subtensor(.setWeights(netuid: netuid, dests: uids, weights: weights, versionKey: 0)), hot)
        case 6:
            return (.subtensor(.becomeDelegate(hotkey: hot.accountID)), cold)
        case 7:
            let ip = UInt128(0x0A00_0000 | UInt32(random.below(1 << 16)))
            return (.subtensor(.serveAxon(netuid: netuid, version: 1, ip: ip, port: UInt16(8000 + random.below(100)), ipType: 4,
                                          protocolNumber: 4, placeholder1: 0, placeholder2: 0)), hot)
        default:
            let dest = coldkeys[random.below(coldkeys.count)].accountID
            return (.balances(.transfer(dest: .id(dest), value: UInt64(random.below(10)) * tao)), cold)
        }
    }
}
