import SCALECodec
import Primitives
import RuntimeSupport

/// `pallet_balances` (polkadot-v0.9.39, the old currency): free and reserved balances kept in
/// `System.Account`, the existential deposit, and the total issuance.
///
/// Every amount is rao. Withdrawals destroy TAO (issuance falls) and deposits create it, as
/// the chain's dropped imbalances do: fees, stake and burn registrations all go through here.
public enum Balances {
    static let pallet = "Balances"
    public static let index: UInt8 = 5
    /// `ExistentialDeposit`: an account holding less than this (free + reserved) is removed.
    public static let existentialDeposit: UInt64 = 500

    public static let totalIssuance = StorageValue(pallet, "TotalIssuance", default: UInt64(0))

    /// Whether a withdrawal may remove the account.
    public enum Existence: Sendable { case keepAlive, allowDeath }

    /// The account's free balance.
    public static func free(_ who: AccountID, _ ctx: BlockContext) -> UInt64 { System.account.get(who, ctx.storage).data.free }

    /// The account's balance data.
    public static func data(_ who: AccountID, _ ctx: BlockContext) -> AccountData { System.account.get(who, ctx.storage).data }

    /// `Currency::deposit_creating`: adds `amount` to the free balance, creating the account; an
    /// amount below the existential deposit for a new account is not minted at all.
    public static func depositCreating(_ who: AccountID, _ amount: UInt64, _ ctx: inout BlockContext) {
        guard amount > 0 else { return }
        var info = System.account.get(who, ctx.storage)
        let isNew = info.providers == 0
        if isNew && amount < existentialDeposit { return }
        info.data.free = info.data.free &+ amount
        ctx.deposit(.balances(.deposit(who: who, amount: amount)))
        store(who, &info, wasProviding: !isNew, &ctx)
        totalIssuance.mutate(&ctx.storage) { $0 &+= amount }
        if isNew { ctx.deposit(.balances(.endowed(account: who, freeBalance: info.data.free))) }
    }

    /// `Currency::deposit_into_existing`: adds to an existing account only (fee refunds).
    public static func depositIntoExisting(_ who: AccountID, _ amount: UInt64, _ ctx: inout BlockContext) {
        guard amount > 0, System.exists(who, ctx) else { return }
        depositCreating(who, amount, &ctx)
    }

    /// `Currency::withdraw`: removes `amount` from the free balance and destroys it.
    ///
    /// - Throws: `InsufficientBalance` when the free balance is short; `KeepAlive` when
    ///   `existence` is `.keepAlive` and the account would fall below the existential deposit.
    public static func withdraw(
        _ who: AccountID, _ amount: UInt64, existence: Existence, _ ctx: inout BlockContext
    ) throws(DispatchError) {
        guard amount > 0 else { return }
        var info = System.account.get(who, ctx.storage)
        guard info.data.free >= amount else { throw BalancesError.insufficientBalance.dispatchError }
        let newFree = info.data.free - amount
        let wouldBeDead = newFree &+ info.data.reserved < existentialDeposit
        let wouldKill = wouldBeDead && info.data.total >= existentialDeposit
        if existence == .keepAlive && wouldKill { throw BalancesError.keepAlive.dispatchError }
        info.data.free = newFree
        ctx.deposit(.balances(.withdraw(who: who, amount: amount)))
        totalIssuance.mutate(&ctx.storage) { $0 = $0 >= amount ? $0 - amount : 0 }
        let dust = store(who, &info, wasProviding: true, &ctx)
        if let dust { ctx.deposit(.balances(.dustLost(account: who, amount: dust))) }
    }

    /// Moves `amount` from `source` to `dest` (`Currency::transfer`), checks in the pallet's order:
    /// `InsufficientBalance`, overflow, `ExistentialDeposit` (the destination would hold less
    /// than the deposit), `KeepAlive`.
    public static func transfer(
        from source: AccountID, to dest: AccountID, _ amount: UInt64, existence: Existence, _ ctx: inout BlockContext
    ) throws(DispatchError) {
        guard amount > 0, source != dest else { return }
        var from = System.account.get(source, ctx.storage)
        var to = System.account.get(dest, ctx.storage)
        guard from.data.free >= amount else { throw BalancesError.insufficientBalance.dispatchError }
        from.data.free -= amount
        let (newTo, overflow) = to.data.free.addingReportingOverflow(amount)
        if overflow { throw .arithmetic(.overflow) }
        to.data.free = newTo
        guard to.data.total >= existentialDeposit else { throw BalancesError.existentialDeposit.dispatchError }
        let allowDeath = existence == .allowDeath && from.consumers == 0
        guard allowDeath || from.data.total >= existentialDeposit else { throw BalancesError.keepAlive.dispatchError }
        let destIsNew = to.providers == 0
        let dust = store(source, &from, wasProviding: true, &ctx)
        store(dest, &to, wasProviding: !destIsNew, &ctx)
        if destIsNew { ctx.deposit(.balances(.endowed(account: dest, freeBalance: to.data.free))) }
        if let dust {
            totalIssuance.mutate(&ctx.storage) { $0 = $0 >= dust ? $0 - dust : 0 }
            ctx.deposit(.balances(.dustLost(account: source, amount: dust)))
        }
        ctx.deposit(.balances(.transfer(from: source, to: dest, amount: amount)))
    }

    /// Writes the account back: creates it (provider reference, `NewAccount`) when it starts
    /// holding a balance, and reaps it (`KilledAccount`) when it falls below the deposit.
    /// Returns the dust lost by a reaped account (0 is reported as a reaped account with no dust).
    @discardableResult
    static func store(_ who: AccountID, _ info: inout AccountInfo, wasProviding: Bool, _ ctx: inout BlockContext) -> UInt64? {
        if info.data.total < existentialDeposit && wasProviding {
            let dust = info.data.total
            info.data = AccountData()
            info.providers = info.providers > 0 ? info.providers - 1 : 0
            if info.providers == 0 && info.sufficients == 0 && info.consumers == 0 {
                System.account.remove(who, from: &ctx.storage)
                ctx.deposit(.system(.killedAccount(who)))
            } else {
                System.account.set(who, info, in: &ctx.storage)
            }
            return dust > 0 ? dust : nil
        }
        if !wasProviding && info.data.total >= existentialDeposit {
            info.providers += 1
            if info.providers == 1 && info.sufficients == 0 { ctx.deposit(.system(.newAccount(who))) }
        }
        System.account.set(who, info, in: &ctx.storage)
        return nil
    }

    /// Sets an account's balances outright (`set_balance`, genesis): the issuance follows.
    public static func setBalance(_ who: AccountID, free newFree: UInt64, reserved newReserved: UInt64, _ ctx: inout BlockContext) {
        var info = System.account.get(who, ctx.storage)
        let wasProviding = info.providers > 0
        let (free, reserved) = newFree &+ newReserved < existentialDeposit ? (UInt64(0), UInt64(0)) : (newFree, newReserved)
        let oldTotal = info.data.total
        info.data.free = free
        info.data.reserved = reserved
        totalIssuance.mutate(&ctx.storage) { $0 = $0 &- oldTotal &+ free &+ reserved }
        if wasProviding || free &+ reserved > 0 { store(who, &info, wasProviding: wasProviding, &ctx) }
        ctx.deposit(.balances(.balanceSet(who: who, free: free, reserved: reserved)))
    }

    static func dispatch(_ call: BalancesCall, origin: RuntimeOrigin, _ ctx: inout BlockContext) throws(DispatchError) -> PostDispatchInfo {
        switch call {
        case .transfer(let dest, let value):
            let who = try origin.ensureSigned()
            try transfer(from: who, to: dest.accountID, value, existence: .allowDeath, &ctx)
        case .transferKeepAlive(let dest, let value):
            let who = try origin.ensureSigned()
            try transfer(from: who, to: dest.accountID, value, existence: .keepAlive, &ctx)
        case .transferAll(let dest, let keepAlive):
            let who = try origin.ensureSigned()
            let data = data(who, ctx)
            let amount = keepAlive ? (data.free > existentialDeposit ? data.free - existentialDeposit : 0) : data.free
            try transfer(from: who, to: dest.accountID, amount, existence: keepAlive ? .keepAlive : .allowDeath, &ctx)
        case .forceTransfer(let source, let dest, let value):
            try origin.ensureRoot()
            try transfer(from: source.accountID, to: dest.accountID, value, existence: .allowDeath, &ctx)
        case .setBalance(let who, let newFree, let newReserved):
            try origin.ensureRoot()
            setBalance(who.accountID, free: newFree, reserved: newReserved, &ctx)
        case .forceUnreserve(let who, let amount):
            try origin.ensureRoot()
            var info = System.account.get(who.accountID, ctx.storage)
            let moved = min(amount, info.data.reserved)
            guard moved > 0 else { break }
            info.data.reserved -= moved
            info.data.free &+= moved
            System.account.set(who.accountID, info, in: &ctx.storage)
            ctx.deposit(.balances(.unreserved(who: who.accountID, amount: moved)))
        }
        return .unchanged
    }

    /// Declared weights (pallet_balances' v0.9.39 benchmarks, rounded).
    static func dispatchInfo(_ call: BalancesCall) -> DispatchInfo {
        switch call {
        case .transfer: return DispatchInfo(weight: Weight(refTime: 37_000_000, proofSize: 3593))
        case .transferKeepAlive: return DispatchInfo(weight: Weight(refTime: 28_000_000, proofSize: 3593))
        case .transferAll: return DispatchInfo(weight: Weight(refTime: 32_000_000, proofSize: 3593))
        case .forceTransfer: return DispatchInfo(weight: Weight(refTime: 38_000_000, proofSize: 6196))
        case .setBalance: return DispatchInfo(weight: Weight(refTime: 22_000_000, proofSize: 3593))
        case .forceUnreserve: return DispatchInfo(weight: Weight(refTime: 17_000_000, proofSize: 3593))
        }
    }
}
