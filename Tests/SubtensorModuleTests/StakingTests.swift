import Primitives
@testable import Runtime
import RuntimeSupport
import RuntimeTesting
import Testing

/// `add_stake` (call 2) and `remove_stake` (call 3), reference §2 and §7: checks in the chain's
/// order, the four stake counters, the two issuance counters, and the transaction rate limit
/// keyed by coldkey (`TxRateLimit`, default 1000, 0 on the dev chain).
@Suite struct StakingTests {
    let hot = Dev.key("StakeHot")

    /// The dev chain with `hot` registered on subnet 1 for Alice.
    func chainWithHotkey() throws -> TestChain {
        let chain = TestChain.easy()
        try chain.registerNeuron(1, hotkey: hot, coldkey: Dev.alice)
        return chain
    }

    // MARK: add_stake

    @Test func addingStakeMovesFreeBalanceIntoTheStakeCounters() throws {
        let chain = try chainWithHotkey()
        let balancesIssuance = chain.read(Balances.totalIssuance)
        let issuance = chain.read(S.totalIssuance)
        try chain.call(.addStake(hotkey: hot, amountStaked: 10 * Dev.tao), from: Dev.alice)

        #expect(chain.subtensorEvents.last == .stakeAdded(hot, 10 * Dev.tao))
        #expect(chain.freeBalance(Dev.alice) == 990 * Dev.tao)
        #expect(chain.read(S.stake, hot, Dev.alice) == 10 * Dev.tao)
        #expect(chain.read(S.totalHotkeyStake, hot) == 10 * Dev.tao)
        #expect(chain.read(S.totalColdkeyStake, Dev.alice) == 10 * Dev.tao)
        #expect(chain.read(S.totalStake) == 10 * Dev.tao)
        #expect(chain.read(S.lastTxBlock, Dev.alice) == 1)
        // Balances' issuance counts free balance only; SubtensorModule's counts stake too.
        #expect(chain.read(Balances.totalIssuance) == balancesIssuance - 10 * Dev.tao)
        #expect(chain.read(S.totalIssuance) == issuance)
    }

    @Test func theTotalsAddUpOverHotkeysAndColdkeys() throws {
        let chain = try chainWithHotkey()
        let second = Dev.key("StakeHot2")
        try chain.registerNeuron(1, hotkey: second, coldkey: Dev.alice)
        try chain.call(.becomeDelegate(hotkey: hot), from: Dev.alice)
        try chain.call(.addStake(hotkey: hot, amountStaked: 3 * Dev.tao), from: Dev.alice)
        try chain.call(.addStake(hotkey: second, amountStaked: 5 * Dev.tao), from: Dev.alice)
        try chain.call(.addStake(hotkey: hot, amountStaked: 7 * Dev.tao), from: Dev.bob)
        try chain.call(.addStake(hotkey: hot, amountStaked: 1 * Dev.tao), from: Dev.bob)
        #expect(chain.read(S.stake, hot, Dev.alice) == 3 * Dev.tao)
        #expect(chain.read(S.stake, hot, Dev.bob) == 8 * Dev.tao)
        #expect(chain.read(S.stake, second, Dev.alice) == 5 * Dev.tao)
        #expect(chain.read(S.totalHotkeyStake, hot) == 11 * Dev.tao)
        #expect(chain.read(S.totalHotkeyStake, second) == 5 * Dev.tao)
        #expect(chain.read(S.totalColdkeyStake, Dev.alice) == 8 * Dev.tao)
        #expect(chain.read(S.totalColdkeyStake, Dev.bob) == 8 * Dev.tao)
        #expect(chain.read(S.totalStake) == 16 * Dev.tao)
    }

    @Test func addingZeroStakeIsAllowed() throws {
        let chain = try chainWithHotkey()
        chain.nextBlock()
        try chain.call(.addStake(hotkey: hot, amountStaked: 0), from: Dev.alice)
        #expect(chain.subtensorEvents.last == .stakeAdded(hot, 0))
        #expect(chain.read(S.totalStake) == 0)
        #expect(chain.read(S.lastTxBlock, Dev.alice) == 2)
    }

    @Test func stakingNeedsOnlyAnOwnerNotARegistration() throws {
        let chain = try chainWithHotkey()
        try chain.sudo(.sudoRemoveNetwork(netuid: 1))
        #expect(chain.uid(hot, on: 1) == nil)
        try chain.call(.addStake(hotkey: hot, amountStaked: Dev.tao), from: Dev.alice)
        #expect(chain.read(S.stake, hot, Dev.alice) == Dev.tao)
    }

    @Test func addingStakeFailsWithoutEnoughFreeBalance() throws {
        let chain = try chainWithHotkey()
        expectRejected(chain, SubtensorError.notEnoughBalanceToStake.error) {
            try chain.call(.addStake(hotkey: hot, amountStaked: 1000 * Dev.tao + 1), from: Dev.alice)
        }
    }

    @Test func addingStakeFailsWhenItWouldLeaveLessThanTheExistentialDeposit() throws {
        let chain = try chainWithHotkey()
        expectRejected(chain, SubtensorError.balanceWithdrawalError.error) {
            try chain.call(.addStake(hotkey: hot, amountStaked: 1000 * Dev.tao), from: Dev.alice)
        }
        expectRejected(chain, SubtensorError.balanceWithdrawalError.error) {
            try chain.call(.addStake(hotkey: hot, amountStaked: 1000 * Dev.tao - 499), from: Dev.alice)
        }
        try chain.call(.addStake(hotkey: hot, amountStaked: 1000 * Dev.tao - 500), from: Dev.alice)
        #expect(chain.freeBalance(Dev.alice) == 500)
    }

    @Test func addingStakeFailsForAHotkeyWithoutOwner() throws {
        let chain = try chainWithHotkey()
        expectRejected(chain, SubtensorError.notRegistered.error) {
            try chain.call(.addStake(hotkey: Dev.key("Nobody"), amountStaked: Dev.tao), from: Dev.alice)
        }
        // The balance is checked first.
        expectRejected(chain, SubtensorError.notEnoughBalanceToStake.error) {
            try chain.call(.addStake(hotkey: Dev.key("Nobody"), amountStaked: 2000 * Dev.tao), from: Dev.alice)
        }
    }

    @Test func addingStakeFailsOnAnotherColdkeysHotkeyThatIsNotADelegate() throws {
        let chain = try chainWithHotkey()
        expectRejected(chain, SubtensorError.nonAssociatedColdKey.error) {
            try chain.call(.addStake(hotkey: hot, amountStaked: Dev.tao), from: Dev.bob)
        }
        try chain.call(.becomeDelegate(hotkey: hot), from: Dev.alice)
        try chain.call(.addStake(hotkey: hot, amountStaked: Dev.tao), from: Dev.bob)
        #expect(chain.read(S.stake, hot, Dev.bob) == Dev.tao)
    }

    @Test func addingStakeNeedsASignedOrigin() throws {
        let chain = try chainWithHotkey()
        expectRejected(chain, .badOrigin) { try chain.call(.addStake(hotkey: hot, amountStaked: 1), origin: .root) }
        expectRejected(chain, .badOrigin) { try chain.call(.removeStake(hotkey: hot, amountUnstaked: 1), origin: .none) }
    }

    // MARK: remove_stake

    @Test func removingStakeReturnsItToTheFreeBalance() throws {
        let chain = try chainWithHotkey()
        try chain.call(.addStake(hotkey: hot, amountStaked: 10 * Dev.tao), from: Dev.alice)
        let balancesIssuance = chain.read(Balances.totalIssuance)
        let issuance = chain.read(S.totalIssuance)
        chain.nextBlock()
        try chain.call(.removeStake(hotkey: hot, amountUnstaked: 4 * Dev.tao), from: Dev.alice)

        #expect(chain.subtensorEvents.last == .stakeRemoved(hot, 4 * Dev.tao))
        #expect(chain.freeBalance(Dev.alice) == 994 * Dev.tao)
        #expect(chain.read(S.stake, hot, Dev.alice) == 6 * Dev.tao)
        #expect(chain.read(S.totalHotkeyStake, hot) == 6 * Dev.tao)
        #expect(chain.read(S.totalColdkeyStake, Dev.alice) == 6 * Dev.tao)
        #expect(chain.read(S.totalStake) == 6 * Dev.tao)
        #expect(chain.read(S.lastTxBlock, Dev.alice) == 2)
        #expect(chain.read(Balances.totalIssuance) == balancesIssuance + 4 * Dev.tao)
        #expect(chain.read(S.totalIssuance) == issuance)
    }

    @Test func aNominatorCanRemoveItsStakeFromADelegate() throws {
        let chain = try chainWithHotkey()
        try chain.call(.becomeDelegate(hotkey: hot), from: Dev.alice)
        try chain.call(.addStake(hotkey: hot, amountStaked: 10 * Dev.tao), from: Dev.bob)
        try chain.call(.removeStake(hotkey: hot, amountUnstaked: 10 * Dev.tao), from: Dev.bob)
        #expect(chain.freeBalance(Dev.bob) == 1000 * Dev.tao)
        #expect(chain.read(S.stake, hot, Dev.bob) == 0)
        #expect(chain.read(S.totalStake) == 0)
    }

    @Test func removingStakeChecksInTheChainsOrder() throws {
        let chain = try chainWithHotkey()
        try chain.call(.addStake(hotkey: hot, amountStaked: 10 * Dev.tao), from: Dev.alice)
        // No owner.
        expectRejected(chain, SubtensorError.notRegistered.error) {
            try chain.call(.removeStake(hotkey: Dev.key("Nobody"), amountUnstaked: 0), from: Dev.alice)
        }
        // Not the owner and not a delegate, before the amount.
        expectRejected(chain, SubtensorError.nonAssociatedColdKey.error) {
            try chain.call(.removeStake(hotkey: hot, amountUnstaked: 0), from: Dev.bob)
        }
        // Zero, then more than staked.
        expectRejected(chain, SubtensorError.notEnoughStaketoWithdraw.error) {
            try chain.call(.removeStake(hotkey: hot, amountUnstaked: 0), from: Dev.alice)
        }
        expectRejected(chain, SubtensorError.notEnoughStaketoWithdraw.error) {
            try chain.call(.removeStake(hotkey: hot, amountUnstaked: 10 * Dev.tao + 1), from: Dev.alice)
        }
        // A delegate's nominator without stake.
        try chain.call(.becomeDelegate(hotkey: hot), from: Dev.alice)
        expectRejected(chain, SubtensorError.notEnoughStaketoWithdraw.error) {
            try chain.call(.removeStake(hotkey: hot, amountUnstaked: 1), from: Dev.bob)
        }
        try chain.call(.removeStake(hotkey: hot, amountUnstaked: 10 * Dev.tao), from: Dev.alice)
    }

    // MARK: Transaction rate limit

    @Test func theTxRateLimitDefaultsTo1000AndTheDevChainSetsIt0() {
        #expect(TestChain(ChainPreset.local.genesis).read(S.txRateLimit) == 1000)
        #expect(TestChain().read(S.txRateLimit) == 0)
    }

    @Test func stakingFailsWithinTheTxRateLimitOfTheColdkey() throws {
        let chain = try chainWithHotkey()
        try chain.sudo(.sudoSetTxRateLimit(txRateLimit: 2))
        try chain.call(.addStake(hotkey: hot, amountStaked: Dev.tao), from: Dev.alice)  // block 1
        chain.nextBlock()  // 2 − 1 = 1 ≤ 2
        expectRejected(chain, SubtensorError.txRateLimitExceeded.error) {
            try chain.call(.addStake(hotkey: hot, amountStaked: Dev.tao), from: Dev.alice)
        }
        chain.nextBlock()  // 3 − 1 = 2 ≤ 2
        expectRejected(chain, SubtensorError.txRateLimitExceeded.error) {
            try chain.call(.removeStake(hotkey: hot, amountUnstaked: Dev.tao), from: Dev.alice)
        }
        chain.nextBlock()  // 4 − 1 = 3 > 2
        try chain.call(.removeStake(hotkey: hot, amountUnstaked: Dev.tao), from: Dev.alice)
        #expect(chain.read(S.lastTxBlock, Dev.alice) == 4)
    }

    @Test func theTxRateLimitIsSharedByStakingAndBecomingADelegate() throws {
        let chain = try chainWithHotkey()
        try chain.sudo(.sudoSetTxRateLimit(txRateLimit: 1000))
        // The first transaction of a coldkey is never limited (LastTxBlock is 0).
        try chain.call(.addStake(hotkey: hot, amountStaked: Dev.tao), from: Dev.alice)
        expectRejected(chain, SubtensorError.txRateLimitExceeded.error) {
            try chain.call(.becomeDelegate(hotkey: hot), from: Dev.alice)
        }
        // Another coldkey is not limited by Alice's transactions.
        let bobHot = Dev.key("BobHot")
        try chain.registerNeuron(1, hotkey: bobHot, coldkey: Dev.bob)
        try chain.call(.becomeDelegate(hotkey: bobHot), from: Dev.bob)
        expectRejected(chain, SubtensorError.txRateLimitExceeded.error) {
            try chain.call(.addStake(hotkey: bobHot, amountStaked: Dev.tao), from: Dev.bob)
        }
    }

    @Test func theTxRateLimitIsCheckedAfterOwnershipAndAmount() throws {
        let chain = try chainWithHotkey()
        try chain.sudo(.sudoSetTxRateLimit(txRateLimit: 1000))
        try chain.call(.addStake(hotkey: hot, amountStaked: Dev.tao), from: Dev.alice)
        expectRejected(chain, SubtensorError.notEnoughBalanceToStake.error) {
            try chain.call(.addStake(hotkey: hot, amountStaked: 5000 * Dev.tao), from: Dev.alice)
        }
        expectRejected(chain, SubtensorError.notEnoughStaketoWithdraw.error) {
            try chain.call(.removeStake(hotkey: hot, amountUnstaked: 2 * Dev.tao), from: Dev.alice)
        }
        // The rate limit comes before the withdrawal's KeepAlive check.
        expectRejected(chain, SubtensorError.txRateLimitExceeded.error) {
            try chain.call(.addStake(hotkey: hot, amountStaked: 999 * Dev.tao), from: Dev.alice)
        }
    }
}
