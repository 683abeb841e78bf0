import Primitives
@testable import Runtime
import RuntimeSupport
import RuntimeTesting
import Testing

/// Delegation: `become_delegate` (call 1) and emission through a hotkey (reference §6.2,
/// `emit_inflation_through_hotkey_account`): a delegate keeps `floor(validator × take / 65535)`,
/// nominators (the owner included) share the rest pro rata to their stake, rounding down, and
/// the owner also gets the rounding dust and the whole server part.
@Suite struct DelegationTests {
    let hot = Dev.key("DelegateHot")

    func chainWithHotkey() throws -> TestChain {
        let chain = TestChain.easy()
        try chain.registerNeuron(1, hotkey: hot, coldkey: Dev.alice)
        return chain
    }

    // MARK: become_delegate

    @Test func becomingADelegateRecordsTheDefaultTake() throws {
        let chain = try chainWithHotkey()
        chain.nextBlock()
        #expect(!chain.contains(S.delegates, hot))
        try chain.call(.becomeDelegate(hotkey: hot), from: Dev.alice)
        #expect(chain.subtensorEvents.last == .delegateAdded(Dev.alice, hot, 11_796))
        #expect(chain.contains(S.delegates, hot))
        #expect(chain.read(S.delegates, hot) == 11_796)
        #expect(chain.read(S.lastTxBlock, Dev.alice) == 2)
    }

    @Test func aNewDefaultTakeAppliesToLaterDelegatesOnly() throws {
        let chain = try chainWithHotkey()
        try chain.call(.becomeDelegate(hotkey: hot), from: Dev.alice)
        try chain.sudo(.sudoSetDefaultTake(defaultTake: 5_000))
        let second = Dev.key("DelegateHot2")
        try chain.registerNeuron(1, hotkey: second, coldkey: Dev.bob)
        try chain.call(.becomeDelegate(hotkey: second), from: Dev.bob)
        #expect(chain.subtensorEvents.last == .delegateAdded(Dev.bob, second, 5_000))
        #expect(chain.read(S.delegates, second) == 5_000)
        #expect(chain.read(S.delegates, hot) == 11_796)
    }

    @Test func becomingADelegateChecksInTheChainsOrder() throws {
        let chain = try chainWithHotkey()
        expectRejected(chain, SubtensorError.notRegistered.error) {
            try chain.call(.becomeDelegate(hotkey: Dev.key("Nobody")), from: Dev.alice)
        }
        expectRejected(chain, SubtensorError.nonAssociatedColdKey.error) {
            try chain.call(.becomeDelegate(hotkey: hot), from: Dev.bob)
        }
        try chain.call(.becomeDelegate(hotkey: hot), from: Dev.alice)
        expectRejected(chain, SubtensorError.alreadyDelegate.error) {
            try chain.call(.becomeDelegate(hotkey: hot), from: Dev.alice)
        }
        // Ownership is checked before AlreadyDelegate.
        expectRejected(chain, SubtensorError.nonAssociatedColdKey.error) {
            try chain.call(.becomeDelegate(hotkey: hot), from: Dev.bob)
        }
        // AlreadyDelegate comes before the rate limit.
        try chain.sudo(.sudoSetTxRateLimit(txRateLimit: 1000))
        expectRejected(chain, SubtensorError.alreadyDelegate.error) {
            try chain.call(.becomeDelegate(hotkey: hot), from: Dev.alice)
        }
        expectRejected(chain, .badOrigin) { try chain.call(.becomeDelegate(hotkey: hot), origin: .root) }
    }

    @Test func becomingADelegateFailsWithinTheTxRateLimit() throws {
        let chain = try chainWithHotkey()
        try chain.sudo(.sudoSetTxRateLimit(txRateLimit: 1))
        try chain.call(.addStake(hotkey: hot, amountStaked: Dev.tao), from: Dev.alice)
        chain.nextBlock()  // 2 − 1 = 1 ≤ 1
        expectRejected(chain, SubtensorError.txRateLimitExceeded.error) {
            try chain.call(.becomeDelegate(hotkey: hot), from: Dev.alice)
        }
        chain.nextBlock()
        try chain.call(.becomeDelegate(hotkey: hot), from: Dev.alice)
    }

    // MARK: Emission through a hotkey

    /// Emits through `hot` as `drain_emission` does.
    func emit(_ chain: TestChain, server: UInt64, validator: UInt64) {
        chain.withContext { ctx in SubtensorModule.emitThroughHotkey(hot, server: server, validator: validator, &ctx) }
    }

    @Test func aHotkeyThatIsNotADelegatePassesEverythingToItsOwner() throws {
        let chain = try chainWithHotkey()
        try chain.call(.addStake(hotkey: hot, amountStaked: 1_000), from: Dev.alice)
        emit(chain, server: 300, validator: 700)
        #expect(chain.read(S.stake, hot, Dev.alice) == 2_000)
        #expect(chain.read(S.totalHotkeyStake, hot) == 2_000)
        #expect(chain.read(S.totalColdkeyStake, Dev.alice) == 2_000)
        #expect(chain.read(S.totalStake) == 2_000)
    }

    @Test func aDelegateKeepsItsTakeAndSharesTheRestProRata() throws {
        let chain = try chainWithHotkey()
        try chain.call(.becomeDelegate(hotkey: hot), from: Dev.alice)
        try chain.call(.addStake(hotkey: hot, amountStaked: 500_000), from: Dev.alice)
        try chain.call(.addStake(hotkey: hot, amountStaked: 250_000), from: Dev.bob)
        try chain.call(.addStake(hotkey: hot, amountStaked: 250_000), from: Dev.charlie)
        emit(chain, server: 777, validator: 1_000_000)
        // take = floor(1 000 000 × 11796 / 65535) = floor(179 995.42) = 179 995; rest 820 005.
        // Shares: ½ → 410 002 (.5 dropped), ¼ → 205 001 (.25 dropped) twice; dust 1.
        #expect(chain.read(S.stake, hot, Dev.bob) == 250_000 + 205_001)
        #expect(chain.read(S.stake, hot, Dev.charlie) == 250_000 + 205_001)
        #expect(chain.read(S.stake, hot, Dev.alice) == 500_000 + 410_002 + 179_995 + 1 + 777)
        #expect(chain.read(S.totalHotkeyStake, hot) == 1_000_000 + 1_000_777)
        #expect(chain.read(S.totalStake) == 1_000_000 + 1_000_777)
        #expect(chain.read(S.totalColdkeyStake, Dev.bob) == 455_001)
        #expect(chain.read(S.totalColdkeyStake, Dev.alice) == 1_090_775)
    }

    @Test func sharesRoundDownAndTheOwnerGetsTheDust() throws {
        let chain = try chainWithHotkey()
        try chain.call(.becomeDelegate(hotkey: hot), from: Dev.alice)
        try chain.call(.addStake(hotkey: hot, amountStaked: 100), from: Dev.alice)
        try chain.call(.addStake(hotkey: hot, amountStaked: 200), from: Dev.bob)
        emit(chain, server: 0, validator: 1_000_001)
        // take = floor(1 000 001 × 11796 / 65535) = floor(179 995.60) = 179 995; rest 820 006.
        // Alice ⅓ → 273 335 (.33), Bob ⅔ → 546 670 (.67); dust 1.
        #expect(chain.read(S.stake, hot, Dev.bob) == 200 + 546_670)
        #expect(chain.read(S.stake, hot, Dev.alice) == 100 + 273_335 + 179_995 + 1)
        #expect(chain.read(S.totalHotkeyStake, hot) == 300 + 1_000_001)
    }

    @Test func aDelegateWithoutStakeGivesEverythingToItsOwner() throws {
        let chain = try chainWithHotkey()
        try chain.call(.becomeDelegate(hotkey: hot), from: Dev.alice)
        emit(chain, server: 5, validator: 1_000)
        #expect(chain.read(S.stake, hot, Dev.alice) == 1_005)
    }

    @Test func aFullTakeLeavesNothingForNominators() throws {
        let chain = try chainWithHotkey()
        try chain.sudo(.sudoSetDefaultTake(defaultTake: .max))
        try chain.call(.becomeDelegate(hotkey: hot), from: Dev.alice)
        try chain.call(.addStake(hotkey: hot, amountStaked: 1_000), from: Dev.bob)
        emit(chain, server: 10, validator: 999)
        #expect(chain.read(S.stake, hot, Dev.bob) == 1_000)
        #expect(chain.read(S.stake, hot, Dev.alice) == 1_009)
    }

    @Test func aZeroTakeSharesTheWholeValidatorPart() throws {
        let chain = try chainWithHotkey()
        try chain.sudo(.sudoSetDefaultTake(defaultTake: 0))
        try chain.call(.becomeDelegate(hotkey: hot), from: Dev.alice)
        try chain.call(.addStake(hotkey: hot, amountStaked: 3), from: Dev.alice)
        try chain.call(.addStake(hotkey: hot, amountStaked: 1), from: Dev.bob)
        emit(chain, server: 0, validator: 1_001)
        // ¾ × 1001 = 750.75 → 750, ¼ × 1001 = 250.25 → 250, dust 1 to the owner.
        #expect(chain.read(S.stake, hot, Dev.bob) == 1 + 250)
        #expect(chain.read(S.stake, hot, Dev.alice) == 3 + 750 + 1)
    }

    @Test func anEpochPaysADelegatesNominatorsTheBlockAfter() throws {
        let chain = try chainWithHotkey()
        try chain.call(.becomeDelegate(hotkey: hot), from: Dev.alice)
        try chain.call(.addStake(hotkey: hot, amountStaked: 300 * Dev.tao), from: Dev.alice)
        try chain.call(.addStake(hotkey: hot, amountStaked: 100 * Dev.tao), from: Dev.bob)
        let issuance = chain.read(S.totalIssuance)
        // Subnet 1 (tempo 20) runs its epoch at block 18: (18 + 1 + 1) mod 21 = 20. It accrued
        // 0.5 TAO in each of blocks 2 … 18; the lone neuron has no weights, so the whole
        // emission is its validator part.
        chain.run(toBlock: 18)
        let loaded = chain.withContext { ctx in S.loadedEmission.getIfPresent(1, ctx.storage) }
        #expect(loaded == [LoadedEmissionEntry(hotkey: hot, server: 0, validator: 8_500_000_000)])
        chain.nextBlock()
        // take = floor(8.5e9 × 11796 / 65535) = 1 529 961 089; rest 6 970 038 911:
        // Alice ¾ → 5 227 529 183, Bob ¼ → 1 742 509 727, dust 1.
        #expect(chain.read(S.stake, hot, Dev.bob) == 100 * Dev.tao + 1_742_509_727)
        #expect(chain.read(S.stake, hot, Dev.alice) == 300 * Dev.tao + 5_227_529_183 + 1_529_961_089 + 1)
        #expect(chain.read(S.totalIssuance) == issuance + 8_500_000_000)
    }
}
