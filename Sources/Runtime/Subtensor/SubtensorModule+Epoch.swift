import SCALECodec
import Primitives
import RuntimeSupport
import Yuma

extension SubtensorModule {
    /// The subnet's storage as the epoch reads it.
    public static func epochInput(netuid: UInt16, emission: UInt64, _ ctx: BlockContext) -> EpochInput {
        let n = S.subnetworkN.get(netuid, ctx.storage)
        let count = Int(n)
        func padded<T>(_ values: [T], _ filler: T) -> [T] {
            values.count >= count ? Array(values.prefix(count)) : values + Array(repeating: filler, count: count - values.count)
        }
        var stake = [UInt64](repeating: 0, count: count)
        var registeredAt = [UInt64](repeating: 0, count: count)
        var weights = [[UIDValue]](repeating: [], count: count)
        var bonds = [[UIDValue]](repeating: [], count: count)
        for uid in 0..<n {
            let i = Int(uid)
            if let hotkey = S.keys.getIfPresent(netuid, uid, ctx.storage) {
                stake[i] = S.totalHotkeyStake.get(hotkey, ctx.storage)
            }
            registeredAt[i] = S.blockAtRegistration.get(netuid, uid, ctx.storage)
            weights[i] = S.weights.get(netuid, uid, ctx.storage).filter { $0.uid < n }
            bonds[i] = S.bonds.get(netuid, uid, ctx.storage).filter { $0.uid < n }
        }
        let hyperparameters = EpochHyperparameters(
            kappa: S.kappa.get(netuid, ctx.storage), rho: S.rho.get(netuid, ctx.storage),
            bondsMovingAverage: S.bondsMovingAverage.get(netuid, ctx.storage),
            activityCutoff: S.activityCutoff.get(netuid, ctx.storage),
            maxAllowedValidators: S.maxAllowedValidators.get(netuid, ctx.storage))
        return EpochInput(
            n: n, currentBlock: ctx.currentBlock, stake: stake, weights: weights, bonds: bonds,
            lastUpdate: padded(S.lastUpdate.get(netuid, ctx.storage), 0), blockAtRegistration: registeredAt,
            validatorPermit: padded(S.validatorPermit.get(netuid, ctx.storage), false),
            hyperparameters: hyperparameters, raoEmission: emission)
    }

    /// `epoch(netuid, emission)`: runs Yuma consensus on the subnet, stores its results and
    /// returns `(hotkey, server, validator)` for every uid in `Keys` order.
    static func runEpoch(netuid: UInt16, emission: UInt64, _ ctx: inout BlockContext) -> [LoadedEmissionEntry] {
        let input = epochInput(netuid: netuid, emission: emission, ctx)
        guard let output = try? Epoch.run(input) else { return [] }
        S.active.set(netuid, output.active, in: &ctx.storage)
        S.emission.set(netuid, output.emission, in: &ctx.storage)
        S.rank.set(netuid, output.rank, in: &ctx.storage)
        S.trust.set(netuid, output.trust, in: &ctx.storage)
        S.consensus.set(netuid, output.consensus, in: &ctx.storage)
        S.incentive.set(netuid, output.incentive, in: &ctx.storage)
        S.dividends.set(netuid, output.dividends, in: &ctx.storage)
        S.pruningScores.set(netuid, output.pruningScores, in: &ctx.storage)
        S.validatorTrust.set(netuid, output.validatorTrust, in: &ctx.storage)
        S.validatorPermit.set(netuid, output.validatorPermit, in: &ctx.storage)
        for uid in output.bondsWritten.indices where output.bondsWritten[uid] {
            S.bonds.set(netuid, UInt16(uid), output.bonds[uid], in: &ctx.storage)
        }
        return S.keys.entries(prefix: netuid, ctx.storage).compactMap { uid, hotkey in
            let i = Int(uid)
            guard i < output.serverEmission.count else { return nil }
            return LoadedEmissionEntry(hotkey: hotkey, server: output.serverEmission[i], validator: output.validatorEmission[i])
        }
    }
}
