import SCALECodec
import Primitives
import RuntimeSupport

extension SubtensorModule {
    /// `append_neuron`: uid = N, every per-uid vector grows by its default.
    static func appendNeuron(netuid: UInt16, hotkey: AccountID, _ ctx: inout BlockContext) {
        let uid = S.subnetworkN.get(netuid, ctx.storage)
        let now = ctx.currentBlock
        S.subnetworkN.set(netuid, uid &+ 1, in: &ctx.storage)
        for item in [S.rank, S.trust, S.consensus, S.incentive, S.dividends, S.pruningScores, S.validatorTrust] {
            item.mutate(netuid, &ctx.storage) { $0.append(0) }
        }
        S.active.mutate(netuid, &ctx.storage) { $0.append(true) }
        S.emission.mutate(netuid, &ctx.storage) { $0.append(0) }
        S.lastUpdate.mutate(netuid, &ctx.storage) { $0.append(now) }
        S.validatorPermit.mutate(netuid, &ctx.storage) { $0.append(false) }
        S.keys.set(netuid, uid, hotkey, in: &ctx.storage)
        S.uids.set(netuid, hotkey, uid, in: &ctx.storage)
        S.blockAtRegistration.set(netuid, uid, now, in: &ctx.storage)
        S.isNetworkMember.set(hotkey, netuid, true, in: &ctx.storage)
    }

    /// `replace_neuron`: the slot passes to `newHotkey`; the old hotkey leaves the subnet, and
    /// if it is now on no subnet every nominator's stake returns to their free balance. The
    /// slot's LastUpdate, Weights and Bonds are kept (the epoch masks them).
    static func replaceNeuron(netuid: UInt16, uid: UInt16, newHotkey: AccountID, _ ctx: inout BlockContext) {
        let old = S.keys.get(netuid, uid, ctx.storage)
        S.uids.remove(netuid, old, from: &ctx.storage)
        S.isNetworkMember.remove(old, netuid, from: &ctx.storage)
        S.keys.remove(netuid, uid, from: &ctx.storage)
        if !isRegisteredOnAnyNetwork(old, ctx) { unstakeAllColdkeys(from: old, &ctx) }
        S.active.mutate(netuid, &ctx.storage) { if Int(uid) < $0.count { $0[Int(uid)] = true } }
        S.keys.set(netuid, uid, newHotkey, in: &ctx.storage)
        S.uids.set(netuid, newHotkey, uid, in: &ctx.storage)
        S.blockAtRegistration.set(netuid, uid, ctx.currentBlock, in: &ctx.storage)
        S.isNetworkMember.set(newHotkey, netuid, true, in: &ctx.storage)
    }

    /// `get_neuron_to_prune`: the lowest pruning score outside the immunity period (later uid
    /// wins ties); among immune uids only when every other scores 65535 (first uid wins ties).
    /// The chosen uid's score becomes 65535.
    static func neuronToPrune(netuid: UInt16, _ ctx: inout BlockContext) -> UInt16 {
        let n = S.subnetworkN.get(netuid, ctx.storage)
        let scores = S.pruningScores.get(netuid, ctx.storage)
        let immunity = UInt64(S.immunityPeriod.get(netuid, ctx.storage))
        let now = ctx.currentBlock
        var minScore = UInt16.max
        var minUid: UInt16 = 0
        var minImmuneScore = UInt16.max
        var immuneUid: UInt16 = 0
        for uid in 0..<n {
            let score = Int(uid) < scores.count ? scores[Int(uid)] : 0
            let registeredAt = S.blockAtRegistration.get(netuid, uid, ctx.storage)
            let immune = now &- registeredAt < immunity
            if immune {
                if score <= minScore && score < minImmuneScore {
                    minImmuneScore = score
                    immuneUid = uid
                }
            } else if score <= minScore {
                minScore = score
                minUid = uid
            }
        }
        let chosen = minScore == .max ? immuneUid : minUid
        S.pruningScores.mutate(netuid, &ctx.storage) { if Int(chosen) < $0.count { $0[Int(chosen)] = .max } }
        return chosen
    }
}
