import ChainTypes
import Foundation
import Primitives
import Runtime
import RuntimeSupport
import Yuma

/// `bench blockstep`: SubtensorModule's `on_initialize` on a dev chain whose subnet 1 has
/// n = 4096 neurons and 128 validators weighting every uid: an ordinary block, the epoch block
/// (Yuma reads and writes the subnet), and the block after it (4096 emission payouts), each
/// against the real chain's budget for the whole block step (329 ms, its declared weight).
enum BlockStepBenchmark {
    static let budgetMilliseconds = 329.0

    static func main(_ arguments: [String]) throws {
        if arguments.contains("--help") {
            print("usage: bench blockstep [--n N] [--validators V] [--runs R]")
            return
        }
        func option(_ name: String, _ fallback: Int) -> Int {
            guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count, let value = Int(arguments[i + 1]) else { return fallback }
            return value
        }
        let n = option("--n", 4096)
        let validators = option("--validators", 128)
        let runs = max(1, option("--runs", 5))
        let tempo: UInt16 = 99
        let netuid: UInt16 = 1
        // The epoch runs at (block + netuid + 1) mod (tempo + 1) == tempo.
        let epochBlock = UInt32(10 * (Int(tempo) + 1) - Int(netuid) - 2)
        let start = DispatchTime.now().uptimeNanoseconds
        let state = populatedState(n: n, validators: validators, netuid: netuid, tempo: tempo, block: epochBlock - 2)
        let setup = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print("Block step: subnet of n = \(n), \(validators) validators weighting all uids; \(state.count) keys (built in "
              + String(format: "%.1f s", setup) + "), median of \(runs) runs")

        func measure(_ label: String, block: UInt32, prepare: (inout BlockContext) -> Void = { _ in }) -> BlockContext {
            var times: [Double] = []
            var last: BlockContext!
            for _ in 0..<runs {
                var ctx = BlockContext(base: state, blockNumber: block)
                prepare(&ctx)
                let header = Header(parentHash: .zero, number: block, stateRoot: .zero, extrinsicsRoot: .zero)
                let t0 = DispatchTime.now().uptimeNanoseconds
                Executive.initializeBlock(header, &ctx)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
                last = ctx
            }
            times.sort()
            let median = times[times.count / 2]
            print(String(format: "  %-34@ median %8.2f ms  = %.3f of the %.0f ms budget", label, median, median / budgetMilliseconds, budgetMilliseconds))
            return last
        }
        _ = measure("ordinary block (emission accrues)", block: epochBlock - 1)
        let afterEpoch = measure("epoch block (Yuma, n = \(n))", block: epochBlock)
        let loaded = SubtensorStorage.loadedEmission.get(netuid, afterEpoch.storage)
        _ = measure("drain block (\(loaded.count) payouts)", block: epochBlock + 1) { ctx in
            SubtensorStorage.loadedEmission.set(netuid, loaded, in: &ctx.storage)
        }
    }

    /// A dev chain whose `netuid` is full of registered, staked neurons with weights and bonds.
    static func populatedState(n: Int, validators: Int, netuid: UInt16, tempo: UInt16, block: UInt32) -> ChainState {
        let genesis = ChainPreset.dev.genesis.build()
        var ctx = BlockContext(base: genesis.state, blockNumber: block)
        let S = SubtensorStorage.self
        var random = SplitMix64(seed: 0xB10C)
        S.tempo.set(netuid, tempo, in: &ctx.storage)
        S.maxAllowedUids.set(netuid, UInt16(n), in: &ctx.storage)
        S.maxAllowedValidators.set(netuid, UInt16(validators), in: &ctx.storage)
        S.subnetworkN.set(netuid, UInt16(n), in: &ctx.storage)
        let owner = GenesisConfig.devAccount("Alice")
        var totalStake: UInt64 = 0
        for uid in 0..<n {
            var bytes = [UInt8](repeating: 0, count: 32)
            withUnsafeBytes(of: UInt64(uid + 1).bigEndian) { bytes.replaceSubrange(24..<32, with: $0) }
            bytes[0] = 0x42
            let hotkey = AccountID(bytes: bytes)!
            S.keys.set(netuid, UInt16(uid), hotkey, in: &ctx.storage)
            S.uids.set(netuid, hotkey, UInt16(uid), in: &ctx.storage)
            S.isNetworkMember.set(hotkey, netuid, true, in: &ctx.storage)
            S.owner.set(hotkey, owner, in: &ctx.storage)
            S.blockAtRegistration.set(netuid, UInt16(uid), UInt64(random.next() % 100), in: &ctx.storage)
            let stake = uid < validators ? 1_000_000_000_000 + random.next() % 1_000_000_000_000 : random.next() % 1_000_000_000
            S.stake.set(hotkey, owner, stake, in: &ctx.storage)
            S.totalHotkeyStake.set(hotkey, stake, in: &ctx.storage)
            totalStake += stake
            if uid < validators {
                S.delegates.set(hotkey, 11_796, in: &ctx.storage)
                let raw = (0..<n).map { _ in UInt16(truncatingIfNeeded: random.next() % 65_535 + 1) }
                let stored = YumaMath.vecU16MaxUpscaleToU16(raw)
                S.weights.set(netuid, UInt16(uid), (0..<n).map { UIDValue(uid: UInt16($0), value: stored[$0]) }, in: &ctx.storage)
            }
        }
        S.totalColdkeyStake.set(owner, totalStake, in: &ctx.storage)
        S.totalStake.set(totalStake, in: &ctx.storage)
        let lastUpdate = (0..<n).map { _ in UInt64(block) - random.next() % 50 }
        S.lastUpdate.set(netuid, lastUpdate, in: &ctx.storage)
        for item in [S.rank, S.trust, S.consensus, S.incentive, S.dividends, S.pruningScores, S.validatorTrust] {
            item.set(netuid, [UInt16](repeating: 0, count: n), in: &ctx.storage)
        }
        S.active.set(netuid, [Bool](repeating: true, count: n), in: &ctx.storage)
        S.emission.set(netuid, [UInt64](repeating: 0, count: n), in: &ctx.storage)
        S.validatorPermit.set(netuid, (0..<n).map { $0 < validators }, in: &ctx.storage)
        genesis.state.apply(ctx.storage.changes)
        return genesis.state
    }
}
