import Primitives
@testable import Runtime
import RuntimeSupport
import RuntimeTesting
import Testing

/// Emission in the block step (reference §6.1–6.2 with the project's halving and supply cap):
/// populated subnets accrue `EmissionValues` each block, halved every 10 500 000 blocks and
/// never past 21 M TAO in all; at `(block + netuid + 1) mod (tempo + 1) == tempo` the pending
/// amount runs through the epoch and is loaded, then paid at the start of the next block.
@Suite struct EmissionTests {
    let hot = Dev.key("EmitHot")

    /// The dev chain with one staked neuron on subnet 1 (registered in block 1).
    func chainWithNeuron(stake: UInt64 = 100 * Dev.tao) throws -> TestChain {
        let chain = TestChain.easy()
        try chain.registerNeuron(1, hotkey: hot, coldkey: Dev.alice)
        if stake > 0 { try chain.call(.addStake(hotkey: hot, amountStaked: stake), from: Dev.alice) }
        return chain
    }

    // MARK: Halving

    @Test func theBlockEmissionHalvesEvery10500000Blocks() {
        #expect(SubtensorModule.blockEmission(atBlock: 0) == 1_000_000_000)
        #expect(SubtensorModule.blockEmission(atBlock: 10_499_999) == 1_000_000_000)
        #expect(SubtensorModule.blockEmission(atBlock: 10_500_000) == 500_000_000)
        #expect(SubtensorModule.blockEmission(atBlock: 20_999_999) == 500_000_000)
        #expect(SubtensorModule.blockEmission(atBlock: 21_000_000) == 250_000_000)
        #expect(SubtensorModule.blockEmission(atBlock: 31_500_000) == 125_000_000)
        // 1e9 >> 30 = 0: emission ends after 30 halvings.
        #expect(SubtensorModule.blockEmission(atBlock: 30 * 10_500_000) == 0)
        #expect(SubtensorModule.blockEmission(atBlock: 29 * 10_500_000) == 1)
        #expect(SubtensorModule.blockEmission(atBlock: .max) == 0)
        #expect(SubtensorModule.halvings(atBlock: 10_500_000) == 1)
    }

    @Test func aSubnetAccruesHalfItsEmissionValuePastTheFirstHalving() throws {
        let chain = try chainWithNeuron()
        func accrual(at block: UInt32) -> UInt64 {
            chain.withContext { ctx in
                let saved = ctx.blockNumber
                defer { ctx.blockNumber = saved }
                ctx.blockNumber = block
                let before = S.pendingEmission.get(1, ctx.storage)
                SubtensorModule.generateEmission(&ctx)
                return S.pendingEmission.get(1, ctx.storage) - before
            }
        }
        // None of these is an epoch block of subnet 1 (tempo 20).
        #expect(accrual(at: 10_499_999) == 500_000_000)
        #expect(accrual(at: 10_500_000) == 250_000_000)
        #expect(accrual(at: 21_000_000) == 125_000_000)
    }

    // MARK: Accrual

    @Test func pendingEmissionAccruesEachBlockForPopulatedSubnetsOnly() throws {
        let chain = try chainWithNeuron()
        // Block 1's step ran before the registration: accrual starts with block 2.
        #expect(chain.read(S.pendingEmission, 1) == 0)
        chain.run(toBlock: 5)
        #expect(chain.read(S.pendingEmission, 1) == 4 * 500_000_000)
        #expect(chain.read(S.blocksSinceLastStep, 1) == 4)
        #expect(chain.read(S.pendingEmission, 3) == 0)
        #expect(chain.read(S.blocksSinceLastStep, 3) == 0)
    }

    @Test func theEpochRunsWhenBlockPlusNetuidPlusOneModTempoPlusOneEqualsTempo() {
        // Netuid 3, tempo 99: blocks 95, 195, 295.
        for block: UInt64 in [95, 195, 295] {
            #expect(SubtensorModule.blocksUntilNextEpoch(netuid: 3, tempo: 99, block: block) == 0)
        }
        #expect(SubtensorModule.blocksUntilNextEpoch(netuid: 3, tempo: 99, block: 94) == 1)
        #expect(SubtensorModule.blocksUntilNextEpoch(netuid: 3, tempo: 99, block: 96) == 99)
        #expect(SubtensorModule.blocksUntilNextEpoch(netuid: 3, tempo: 99, block: 0) == 95)
        // Netuid 1, tempo 20: blocks 18, 39, 60.
        for block: UInt64 in [18, 39, 60] {
            #expect(SubtensorModule.blocksUntilNextEpoch(netuid: 1, tempo: 20, block: block) == 0)
        }
        // Tempo 0 never runs.
        #expect(SubtensorModule.blocksUntilNextEpoch(netuid: 1, tempo: 0, block: 18) == 1000)
    }

    @Test func theEpochLoadsThePendingEmissionAndTheNextBlockPaysIt() throws {
        let chain = try chainWithNeuron()
        chain.run(toBlock: 17)
        #expect(chain.read(S.pendingEmission, 1) == 16 * 500_000_000)
        #expect(!chain.contains(S.loadedEmission, 1))
        let issuance = chain.read(S.totalIssuance)
        let balancesIssuance = chain.read(Balances.totalIssuance)

        chain.nextBlock()  // block 18: epoch of subnet 1
        #expect(chain.read(S.pendingEmission, 1) == 0)
        #expect(chain.read(S.blocksSinceLastStep, 1) == 0)
        #expect(chain.read(S.lastMechanismStepBlock, 1) == 18)
        let loaded = chain.withContext { ctx in S.loadedEmission.getIfPresent(1, ctx.storage) }
        // A lone neuron without weights: the whole 17 × 0.5 TAO is its validator emission.
        #expect(loaded == [LoadedEmissionEntry(hotkey: hot, server: 0, validator: 8_500_000_000)])
        #expect(chain.read(S.stake, hot, Dev.alice) == 100 * Dev.tao)
        #expect(chain.read(S.totalIssuance) == issuance)
        #expect(chain.read(S.emission, 1) == [8_500_000_000])

        chain.nextBlock()  // block 19: drained first, then a new block's accrual
        #expect(!chain.contains(S.loadedEmission, 1))
        #expect(chain.read(S.stake, hot, Dev.alice) == 100 * Dev.tao + 8_500_000_000)
        #expect(chain.read(S.totalHotkeyStake, hot) == 100 * Dev.tao + 8_500_000_000)
        #expect(chain.read(S.totalStake) == 100 * Dev.tao + 8_500_000_000)
        #expect(chain.read(S.totalIssuance) == issuance + 8_500_000_000)
        #expect(chain.read(Balances.totalIssuance) == balancesIssuance)
        #expect(chain.read(S.pendingEmission, 1) == 500_000_000)
        #expect(chain.read(S.blocksSinceLastStep, 1) == 1)
    }

    @Test func eachSubnetRunsItsEpochOnItsOwnSchedule() throws {
        let chain = try chainWithNeuron()
        let other = Dev.key("EmitHot3")
        try chain.registerNeuron(3, hotkey: other, coldkey: Dev.bob)
        try chain.call(.addStake(hotkey: other, amountStaked: Dev.tao), from: Dev.bob)
        chain.run(toBlock: 16)  // subnet 3's epoch: (16 + 3 + 1) mod 21 = 20
        #expect(chain.read(S.lastMechanismStepBlock, 3) == 16)
        #expect(chain.read(S.lastMechanismStepBlock, 1) == 0)
        #expect(chain.read(S.pendingEmission, 1) == 15 * 500_000_000)
        chain.run(toBlock: 37)  // subnet 3 again: 16 + 21
        #expect(chain.read(S.lastMechanismStepBlock, 3) == 37)
        #expect(chain.read(S.lastMechanismStepBlock, 1) == 18)
        // Bob's neuron was paid for blocks 2 … 16 and 17 … 36 so far (37's is loaded).
        #expect(chain.read(S.stake, other, Dev.bob) == Dev.tao + 15 * 500_000_000)
    }

    @Test func aSubnetWithTempoZeroNeverRunsItsEpoch() throws {
        let chain = try chainWithNeuron()
        try chain.sudo(.sudoSetTempo(netuid: 1, tempo: 0))
        chain.run(toBlock: 25)
        #expect(!chain.contains(S.loadedEmission, 1))
        #expect(chain.read(S.pendingEmission, 1) == 24 * 500_000_000)
        #expect(chain.read(S.stake, hot, Dev.alice) == 100 * Dev.tao)
    }

    @Test func newEmissionValuesApplyFromTheNextBlock() throws {
        let chain = try chainWithNeuron()
        try chain.sudo(.sudoSetEmissionValues(netuids: [1, 3], emission: [1_000_000_000, 0]))
        chain.run(toBlock: 3)
        #expect(chain.read(S.pendingEmission, 1) == 2_000_000_000)
    }

    // MARK: Supply cap

    @Test func emissionStopsAtTheTwentyOneMillionTaoCap() throws {
        let chain = try chainWithNeuron()
        let cap = SubtensorModule.totalSupply
        #expect(cap == 21_000_000 * Dev.tao)
        try chain.sudo(.sudoSetTotalIssuance(totalIssuance: cap - 300_000_000))
        chain.nextBlock()
        #expect(chain.read(S.pendingEmission, 1) == 300_000_000)
        chain.step(3)
        #expect(chain.read(S.pendingEmission, 1) == 300_000_000)
        #expect(chain.read(S.totalIssuance) + chain.read(S.pendingEmission, 1) == cap)
    }

    @Test func theLastEmissionBeforeTheCapGoesToSubnetsInKeyOrder() throws {
        let chain = try chainWithNeuron()
        try chain.registerNeuron(3, hotkey: Dev.key("EmitHot3"), coldkey: Dev.bob)
        try chain.sudo(.sudoSetTotalIssuance(totalIssuance: SubtensorModule.totalSupply - 700_000_000))
        chain.nextBlock()
        #expect(chain.read(S.pendingEmission, 1) == 500_000_000)
        #expect(chain.read(S.pendingEmission, 3) == 200_000_000)
    }

    @Test func paidEmissionCountsAgainstTheCap() throws {
        let chain = try chainWithNeuron()
        // 18 × 0.5 TAO below the cap: blocks 2 … 18 accrue 8.5 TAO, paid in block 19, whose
        // own accrual may only take the last 0.5 TAO.
        try chain.sudo(.sudoSetTotalIssuance(totalIssuance: SubtensorModule.totalSupply - 9_000_000_000))
        chain.run(toBlock: 19)
        #expect(chain.read(S.pendingEmission, 1) == 500_000_000)
        chain.run(toBlock: 22)
        #expect(chain.read(S.pendingEmission, 1) == 500_000_000)
        #expect(chain.read(S.totalIssuance) == SubtensorModule.totalSupply - 500_000_000)
    }
}
