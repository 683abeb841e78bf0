import SCALECodec
import Primitives
import RuntimeSupport

extension SubtensorModule {
    /// `TxRateLimit` on staking calls, keyed by coldkey: exceeded iff the limit is non-zero,
    /// the coldkey has a last transaction, and at most `limit` blocks have passed since.
    static func exceedsTxRateLimit(_ coldkey: AccountID, _ ctx: BlockContext) -> Bool {
        let limit = S.txRateLimit.get(ctx.storage)
        let last = S.lastTxBlock.get(coldkey, ctx.storage)
        return limit != 0 && last != 0 && ctx.currentBlock &- last <= limit
    }

    /// `become_delegate(hotkey)`: the coldkey opens its hotkey to nominators at `DefaultTake`.
    static func becomeDelegate(origin: RuntimeOrigin, hotkey: AccountID, _ ctx: inout BlockContext) throws(DispatchError) {
        let coldkey = try origin.ensureSigned()
        try ensure(S.owner.contains(hotkey, ctx.storage), .notRegistered)
        try ensure(S.owner.get(hotkey, ctx.storage) == coldkey, .nonAssociatedColdKey)
        try ensure(!S.delegates.contains(hotkey, ctx.storage), .alreadyDelegate)
        try ensure(!exceedsTxRateLimit(coldkey, ctx), .txRateLimitExceeded)
        let take = S.defaultTake.get(ctx.storage)
        S.delegates.set(hotkey, take, in: &ctx.storage)
        S.lastTxBlock.set(coldkey, ctx.currentBlock, in: &ctx.storage)
        ctx.deposit(.subtensor(.delegateAdded(coldkey, hotkey, take)))
    }

    /// `add_stake(hotkey, amount)`: moves free balance into `Stake[hotkey][coldkey]`.
    static func addStake(origin: RuntimeOrigin, hotkey: AccountID, amount: UInt64, _ ctx: inout BlockContext) throws(DispatchError) {
        let coldkey = try origin.ensureSigned()
        try ensure(Balances.free(coldkey, ctx) >= amount, .notEnoughBalanceToStake)
        try ensure(S.owner.contains(hotkey, ctx.storage), .notRegistered)
        try ensure(S.delegates.contains(hotkey, ctx.storage) || S.owner.get(hotkey, ctx.storage) == coldkey, .nonAssociatedColdKey)
        try ensure(!exceedsTxRateLimit(coldkey, ctx), .txRateLimitExceeded)
        do {
            try Balances.withdraw(coldkey, amount, existence: .keepAlive, &ctx)
        } catch {
            throw SubtensorError.balanceWithdrawalError.dispatchError
        }
        increaseStake(coldkey: coldkey, hotkey: hotkey, amount, &ctx)
        S.lastTxBlock.set(coldkey, ctx.currentBlock, in: &ctx.storage)
        ctx.deposit(.subtensor(.stakeAdded(hotkey, amount)))
    }

    /// `remove_stake(hotkey, amount)`: moves stake back to the coldkey's free balance.
    static func removeStake(origin: RuntimeOrigin, hotkey: AccountID, amount: UInt64, _ ctx: inout BlockContext) throws(DispatchError) {
        let coldkey = try origin.ensureSigned()
        try ensure(S.owner.contains(hotkey, ctx.storage), .notRegistered)
        try ensure(S.delegates.contains(hotkey, ctx.storage) || S.owner.get(hotkey, ctx.storage) == coldkey, .nonAssociatedColdKey)
        try ensure(amount > 0, .notEnoughStaketoWithdraw)
        try ensure(S.stake.get(hotkey, coldkey, ctx.storage) >= amount, .notEnoughStaketoWithdraw)
        try ensure(!exceedsTxRateLimit(coldkey, ctx), .txRateLimitExceeded)
        decreaseStake(coldkey: coldkey, hotkey: hotkey, amount, &ctx)
        Balances.depositCreating(coldkey, amount, &ctx)
        S.lastTxBlock.set(coldkey, ctx.currentBlock, in: &ctx.storage)
        ctx.deposit(.subtensor(.stakeRemoved(hotkey, amount)))
    }

    /// Adds stake to `Stake`, `TotalColdkeyStake`, `TotalHotkeyStake` and `TotalStake`.
    static func increaseStake(coldkey: AccountID, hotkey: AccountID, _ amount: UInt64, _ ctx: inout BlockContext) {
        S.totalColdkeyStake.mutate(coldkey, &ctx.storage) { $0 = $0.addingSaturating(amount) }
        S.totalHotkeyStake.mutate(hotkey, &ctx.storage) { $0 = $0.addingSaturating(amount) }
        S.stake.mutate(hotkey, coldkey, &ctx.storage) { $0 = $0.addingSaturating(amount) }
        S.totalStake.mutate(&ctx.storage) { $0 = $0.addingSaturating(amount) }
    }

    /// Removes stake from the four stake counters (saturating at zero).
    static func decreaseStake(coldkey: AccountID, hotkey: AccountID, _ amount: UInt64, _ ctx: inout BlockContext) {
        S.totalColdkeyStake.mutate(coldkey, &ctx.storage) { $0 = $0.subtractingSaturating(amount) }
        S.totalHotkeyStake.mutate(hotkey, &ctx.storage) { $0 = $0.subtractingSaturating(amount) }
        S.stake.mutate(hotkey, coldkey, &ctx.storage) { $0 = $0.subtractingSaturating(amount) }
        S.totalStake.mutate(&ctx.storage) { $0 = $0.subtractingSaturating(amount) }
    }

    /// `create_account_if_non_existent`: a hotkey without an owner becomes `coldkey`'s.
    static func createAccountIfNonExistent(coldkey: AccountID, hotkey: AccountID, _ ctx: inout BlockContext) {
        guard !S.owner.contains(hotkey, ctx.storage) else { return }
        S.stake.set(hotkey, coldkey, 0, in: &ctx.storage)
        S.owner.set(hotkey, coldkey, in: &ctx.storage)
    }

    /// Every coldkey's stake on `hotkey` goes back to its free balance (deregistration from the
    /// last subnet); amounts below the existential deposit on a dead account are lost.
    static func unstakeAllColdkeys(from hotkey: AccountID, _ ctx: inout BlockContext) {
        for (coldkey, amount) in S.stake.entries(prefix: hotkey, ctx.storage) {
            decreaseStake(coldkey: coldkey, hotkey: hotkey, amount, &ctx)
            Balances.depositCreating(coldkey, amount, &ctx)
        }
    }
}

extension UInt64 {
    /// `saturating_add`.
    @inlinable func addingSaturating(_ other: UInt64) -> UInt64 {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }

    /// `saturating_sub`.
    @inlinable func subtractingSaturating(_ other: UInt64) -> UInt64 { self >= other ? self - other : 0 }
}
