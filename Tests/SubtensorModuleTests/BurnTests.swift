import Primitives
@testable import Runtime
import RuntimeSupport
import RuntimeTesting
import Testing

/// Burn registration (`burned_register`, call 7, reference §5.3): the coldkey signs, the burn is
/// withdrawn with KeepAlive and destroyed (both issuance counters drop), nothing is staked, and
/// `RAORecycledForRegistration` counts what was burnt.
@Suite struct BurnTests {
    let hot = Dev.key("BurnHot")
    let burn = 1_000_000_000 as UInt64  // the dev preset's Burn

    @Test func burnedRegistrationDestroysTheBurnAndRegistersTheHotkey() throws {
        let chain = TestChain()
        let free = chain.freeBalance(Dev.alice)
        let balancesIssuance = chain.read(Balances.totalIssuance)
        let issuance = chain.read(S.totalIssuance)
        try chain.call(.burnedRegister(netuid: 1, hotkey: hot), from: Dev.alice)

        #expect(chain.subtensorEvents.last == .neuronRegistered(1, 0, hot))
        #expect(chain.freeBalance(Dev.alice) == free - burn)
        #expect(chain.read(Balances.totalIssuance) == balancesIssuance - burn)
        #expect(chain.read(S.totalIssuance) == issuance - burn)
        #expect(chain.read(S.raoRecycledForRegistration, 1) == burn)
        #expect(chain.read(S.burnRegistrationsThisInterval, 1) == 1)
        #expect(chain.read(S.powRegistrationsThisInterval, 1) == 0)
        #expect(chain.read(S.registrationsThisInterval, 1) == 1)
        #expect(chain.read(S.registrationsThisBlock, 1) == 1)
        #expect(chain.uid(hot, on: 1) == 0)
        #expect(chain.read(S.owner, hot) == Dev.alice)
        // Nothing is staked.
        #expect(chain.read(S.stake, hot, Dev.alice) == 0)
        #expect(chain.read(S.totalStake) == 0)
    }

    @Test func theBurnRecycledAccumulatesPerSubnet() throws {
        let chain = TestChain()
        try chain.sudo(.sudoSetBurn(netuid: 1, burn: 2_500_000_000))
        try chain.call(.burnedRegister(netuid: 1, hotkey: Dev.key("A")), from: Dev.alice)
        try chain.call(.burnedRegister(netuid: 1, hotkey: Dev.key("B")), from: Dev.bob)
        try chain.call(.burnedRegister(netuid: 3, hotkey: Dev.key("C")), from: Dev.bob)
        #expect(chain.read(S.raoRecycledForRegistration, 1) == 5_000_000_000)
        #expect(chain.read(S.raoRecycledForRegistration, 3) == burn)
        #expect(chain.freeBalance(Dev.bob) == 1000 * Dev.tao - 2_500_000_000 - burn)
    }

    @Test func burnedRegistrationFailsWithoutEnoughFreeBalance() {
        let chain = TestChain()
        let poor = Dev.key("Poor")
        chain.fund(poor, burn - 1)
        expectRejected(chain, SubtensorError.notEnoughBalanceToStake.error) {
            try chain.call(.burnedRegister(netuid: 1, hotkey: hot), from: poor)
        }
    }

    @Test func burnedRegistrationMustLeaveTheExistentialDeposit() throws {
        let chain = TestChain()
        let exact = Dev.key("Exact")
        chain.fund(exact, burn + 499)
        expectRejected(chain, SubtensorError.balanceWithdrawalError.error) {
            try chain.call(.burnedRegister(netuid: 1, hotkey: hot), from: exact)
        }
        let enough = Dev.key("Enough")
        chain.fund(enough, burn + 500)
        try chain.call(.burnedRegister(netuid: 1, hotkey: hot), from: enough)
        #expect(chain.freeBalance(enough) == 500)
    }

    @Test func burnedRegistrationFailsForAHotkeyOfAnotherColdkeyAndKeepsTheBurn() throws {
        let chain = TestChain()
        try chain.call(.burnedRegister(netuid: 1, hotkey: hot), from: Dev.bob)
        let free = chain.freeBalance(Dev.alice)
        expectRejected(chain, SubtensorError.nonAssociatedColdKey.error) {
            try chain.call(.burnedRegister(netuid: 3, hotkey: hot), from: Dev.alice)
        }
        #expect(chain.freeBalance(Dev.alice) == free)
    }

    @Test func burnedRegistrationChecksInTheChainsOrder() throws {
        let chain = TestChain()
        let poor = Dev.key("Poor")
        try chain.call(.burnedRegister(netuid: 1, hotkey: hot), from: Dev.alice)
        // Unknown subnet first.
        expectRejected(chain, SubtensorError.networkDoesNotExist.error) {
            try chain.call(.burnedRegister(netuid: 9, hotkey: hot), from: poor)
        }
        // AlreadyRegistered before the balance.
        expectRejected(chain, SubtensorError.alreadyRegistered.error) {
            try chain.call(.burnedRegister(netuid: 1, hotkey: hot), from: poor)
        }
        // Registration disabled before the per-block limit and the balance.
        try chain.sudo(.sudoSetRegistrationAllowed(netuid: 3, registrationAllowed: false))
        chain.set(S.registrationsThisBlock, 3, 100)
        expectRejected(chain, SubtensorError.registrationDisabled.error) {
            try chain.call(.burnedRegister(netuid: 3, hotkey: hot), from: poor)
        }
        try chain.sudo(.sudoSetRegistrationAllowed(netuid: 3, registrationAllowed: true))
        expectRejected(chain, SubtensorError.tooManyRegistrationsThisBlock.error) {
            try chain.call(.burnedRegister(netuid: 3, hotkey: hot), from: poor)
        }
        chain.set(S.registrationsThisBlock, 3, 0)
        chain.set(S.registrationsThisInterval, 3, 24)  // 3 × target 8
        expectRejected(chain, SubtensorError.tooManyRegistrationsThisInterval.error) {
            try chain.call(.burnedRegister(netuid: 3, hotkey: hot), from: poor)
        }
        chain.set(S.registrationsThisInterval, 3, 0)
        expectRejected(chain, SubtensorError.notEnoughBalanceToStake.error) {
            try chain.call(.burnedRegister(netuid: 3, hotkey: hot), from: poor)
        }
    }

    @Test func burnedRegistrationChecksTheConnectionRequirementBeforeTheBalance() throws {
        let chain = TestChain()
        try chain.sudo(.sudoAddNetworkConnectionRequirement(netuidA: 3, netuidB: 1, requirement: 65_535))
        expectRejected(chain, SubtensorError.didNotPassConnectedNetworkRequirement.error) {
            try chain.call(.burnedRegister(netuid: 3, hotkey: hot), from: Dev.key("Poor"))
        }
    }

    @Test func burnedRegistrationNeedsASignedOrigin() {
        let chain = TestChain()
        expectRejected(chain, .badOrigin) { try chain.call(.burnedRegister(netuid: 1, hotkey: hot), origin: .root) }
        expectRejected(chain, .badOrigin) { try chain.call(.burnedRegister(netuid: 1, hotkey: hot), origin: .none) }
    }
}
