import SCALECodec
import Primitives
import RuntimeSupport

extension SubtensorModule {
    /// Blocks between halvings of the block emission (the seed: 10.5 M blocks).
    public static let halvingInterval: UInt64 = 10_500_000
    /// The most TAO that will ever exist, in rao (21 M TAO).
    public static let totalSupply: UInt64 = 21_000_000 * 1_000_000_000

    /// `on_initialize`: registration terms, then paying what the last epochs loaded, then this
    /// block's emission and any epochs due.
    static func blockStep(_ ctx: inout BlockContext) {
        adjustRegistrationTerms(&ctx)
        drainEmission(&ctx)
        generateEmission(&ctx)
    }

    /// The number of halvings applied at `block`: the rate is `1 TAO >> halvings`.
    public static func halvings(atBlock block: UInt64) -> UInt64 { block / halvingInterval }

    /// The emission per block at `block`, in rao, before the supply cap.
    public static func blockEmission(atBlock block: UInt64, base: UInt64 = 1_000_000_000) -> UInt64 {
        let h = halvings(atBlock: block)
        return h >= 64 ? 0 : base >> h
    }

    // MARK: Registration terms

    /// `adjust_registration_terms_for_networks`: every `AdjustmentInterval` blocks, difficulty
    /// and burn follow the registrations of the interval; `RegistrationsThisBlock` resets.
    static func adjustRegistrationTerms(_ ctx: inout BlockContext) {
        let now = ctx.currentBlock
        for netuid in networks(ctx) {
            let interval = UInt64(S.adjustmentInterval.get(netuid, ctx.storage))
            if now &- S.lastAdjustmentBlock.get(netuid, ctx.storage) >= interval {
                let registrations = S.registrationsThisInterval.get(netuid, ctx.storage)
                let pow = S.powRegistrationsThisInterval.get(netuid, ctx.storage)
                let burnRegs = S.burnRegistrationsThisInterval.get(netuid, ctx.storage)
                let target = S.targetRegistrationsPerInterval.get(netuid, ctx.storage)
                let adjustDifficulty: Bool
                let adjustBurn: Bool
                if registrations > target {
                    adjustDifficulty = pow >= burnRegs
                    adjustBurn = burnRegs >= pow
                } else {
                    adjustDifficulty = burnRegs >= pow
                    adjustBurn = pow >= burnRegs
                }
                let alpha = S.adjustmentAlpha.get(netuid, ctx.storage)
                if adjustDifficulty {
                    let next = adjustedValue(
                        current: S.difficulty.get(netuid, ctx.storage), registrations: registrations, target: target, alpha: alpha,
                        min: S.minDifficulty.get(netuid, ctx.storage), max: S.maxDifficulty.get(netuid, ctx.storage))
                    S.difficulty.set(netuid, next, in: &ctx.storage)
                }
                if adjustBurn {
                    let next = adjustedValue(
                        current: S.burn.get(netuid, ctx.storage), registrations: registrations, target: target, alpha: alpha,
                        min: S.minBurn.get(netuid, ctx.storage), max: S.maxBurn.get(netuid, ctx.storage))
                    S.burn.set(netuid, next, in: &ctx.storage)
                }
                S.lastAdjustmentBlock.set(netuid, now, in: &ctx.storage)
                S.registrationsThisInterval.set(netuid, 0, in: &ctx.storage)
                S.powRegistrationsThisInterval.set(netuid, 0, in: &ctx.storage)
                S.burnRegistrationsThisInterval.set(netuid, 0, in: &ctx.storage)
            }
            S.registrationsThisBlock.set(netuid, 0, in: &ctx.storage)
        }
    }

    /// The chain's adjustment in I110F18: `α·current + (1−α)·current·(reg+target)/(2·target)`,
    /// clamped to `[min, max]`, `α = alpha / u64::MAX`.
    public static func adjustedValue(current: UInt64, registrations: UInt16, target: UInt16, alpha: UInt64, min: UInt64, max: UInt64) -> UInt64 {
        guard target > 0 else { return current }
        let updated = I110F18(current) * I110F18(UInt32(registrations) + UInt32(target)) / I110F18(UInt32(target) * 2)
        let a = I110F18(alpha) / I110F18(UInt64.max)
        let next = a * I110F18(current) + (I110F18.one - a) * updated
        if next >= I110F18(max) { return max }
        if next <= I110F18(min) { return min }
        return next.toNum(UInt64.self)
    }

    // MARK: Emission

    /// `generate_emission`: each populated subnet accrues its share of this block's emission;
    /// at its epoch block the pending amount runs through Yuma and is loaded for payment.
    static func generateEmission(_ ctx: inout BlockContext) {
        let block = ctx.currentBlock
        let halving = halvings(atBlock: block)
        var remainingSupply = totalSupply.subtractingSaturating(issuedOrOwed(ctx))
        for (netuid, tempo) in S.tempo.entries(ctx.storage) {
            guard S.subnetworkN.get(netuid, ctx.storage) > 0 else { continue }
            let value = S.emissionValues.get(netuid, ctx.storage)
            let emission = min(halving >= 64 ? 0 : value >> halving, remainingSupply)
            remainingSupply -= emission
            S.pendingEmission.mutate(netuid, &ctx.storage) { $0 = $0.addingSaturating(emission) }
            guard blocksUntilNextEpoch(netuid: netuid, tempo: tempo, block: block) == 0 else {
                S.blocksSinceLastStep.mutate(netuid, &ctx.storage) { $0 &+= 1 }
                continue
            }
            let toDistribute = S.pendingEmission.get(netuid, ctx.storage)
            S.pendingEmission.set(netuid, 0, in: &ctx.storage)
            let tuples = runEpoch(netuid: netuid, emission: toDistribute, &ctx)
            var total: UInt64 = 0
            var overflow = false
            for t in tuples {
                let (a, o1) = total.addingReportingOverflow(t.server)
                let (b, o2) = a.addingReportingOverflow(t.validator)
                total = b
                overflow = overflow || o1 || o2
            }
            if overflow || total > toDistribute { continue }
            let older = S.loadedEmission.getIfPresent(netuid, ctx.storage) ?? []
            S.loadedEmission.set(netuid, tuples + older, in: &ctx.storage)
            S.blocksSinceLastStep.set(netuid, 0, in: &ctx.storage)
            S.lastMechanismStepBlock.set(netuid, block, in: &ctx.storage)
        }
    }

    /// What is already issued or promised: `TotalIssuance` plus pending and loaded emission.
    static func issuedOrOwed(_ ctx: BlockContext) -> UInt64 {
        var total = S.totalIssuance.get(ctx.storage)
        for (_, pending) in S.pendingEmission.entries(ctx.storage) { total = total.addingSaturating(pending) }
        for (_, tuples) in S.loadedEmission.entries(ctx.storage) {
            for t in tuples { total = total.addingSaturating(t.server).addingSaturating(t.validator) }
        }
        return total
    }

    /// `blocks_until_next_epoch`: `tempo − (block + netuid + 1) mod (tempo + 1)`; tempo 0 never runs.
    public static func blocksUntilNextEpoch(netuid: UInt16, tempo: UInt16, block: UInt64) -> UInt64 {
        guard tempo > 0 else { return 1000 }
        return UInt64(tempo) - (block &+ UInt64(netuid) &+ 1) % (UInt64(tempo) + 1)
    }

    /// `drain_emission`: pays every loaded tuple through its hotkey, then adds the total to
    /// `TotalIssuance`.
    static func drainEmission(_ ctx: inout BlockContext) {
        for (netuid, _) in S.tempo.entries(ctx.storage) {
            guard let tuples = S.loadedEmission.getIfPresent(netuid, ctx.storage) else { continue }
            var total: UInt64 = 0
            for t in tuples {
                emitThroughHotkey(t.hotkey, server: t.server, validator: t.validator, &ctx)
                total = total.addingSaturating(t.server).addingSaturating(t.validator)
            }
            S.loadedEmission.remove(netuid, from: &ctx.storage)
            S.totalIssuance.mutate(&ctx.storage) { $0 = $0.addingSaturating(total) }
        }
    }

    /// `emit_inflation_through_hotkey_account`: a delegate keeps its take of the validator part
    /// and shares the rest among its nominators pro rata (owner included); the owner also gets
    /// the rounding dust and the whole server part.
    static func emitThroughHotkey(_ hotkey: AccountID, server: UInt64, validator: UInt64, _ ctx: inout BlockContext) {
        let owner = S.owner.get(hotkey, ctx.storage)
        guard let take = S.delegates.getIfPresent(hotkey, ctx.storage) else {
            increaseStake(coldkey: owner, hotkey: hotkey, server.addingSaturating(validator), &ctx)
            return
        }
        let totalHotkeyStake = S.totalHotkeyStake.get(hotkey, ctx.storage)
        let delegateTake = (I64F64(take) / I64F64(UInt16.max) * I64F64(validator)).toNum(UInt64.self)
        let rest = validator - delegateTake
        var remaining = rest
        for (coldkey, stake) in S.stake.entries(prefix: hotkey, ctx.storage) {
            let share: UInt64 = totalHotkeyStake == 0 ? 0 : (I64F64(rest) * (I64F64(stake) / I64F64(totalHotkeyStake))).toNum(UInt64.self)
            increaseStake(coldkey: coldkey, hotkey: hotkey, share, &ctx)
            remaining = remaining.subtractingSaturating(share)
        }
        increaseStake(coldkey: owner, hotkey: hotkey, delegateTake.addingSaturating(remaining), &ctx)
        increaseStake(coldkey: owner, hotkey: hotkey, server, &ctx)
    }
}
