import Primitives
import Runtime
import RuntimeSupport
import RuntimeTesting
import Testing

/// TAO is conserved and the state machine is deterministic over random call sequences.
@Suite("Conservation and determinism over random call sequences")
struct ConservationTests {
    /// Every rao accounted for: balances' issuance equals the sum of accounts; SubtensorModule's
    /// issuance equals balances plus stake plus the fees burned (the chain's SubtensorModule
    /// issuance does not see fees); stake totals agree with `Stake`.
    static func checkInvariants(_ chain: TestChain, burnedFees: UInt64, file: String = #fileID, line: Int = #line) {
        let state = chain.context.storage
        var accountsTotal: UInt64 = 0
        for (_, info) in System.account.entries(state) { accountsTotal += info.data.total }
        let balancesIssuance = Balances.totalIssuance.get(state)
        #expect(balancesIssuance == accountsTotal, "Balances.TotalIssuance \(balancesIssuance) ≠ Σ accounts \(accountsTotal)")

        var stakeSum: UInt64 = 0
        var perHotkey: [AccountID: UInt64] = [:]
        var perColdkey: [AccountID: UInt64] = [:]
        for key in state.keys(withPrefix: SubtensorStorage.stake.prefix) {
            let hotkey = AccountID(bytes: Array(key[(32 + 16)..<(32 + 16 + 32)]))!
            let coldkey = AccountID(bytes: Array(key.suffix(32)))!
            let amount = SubtensorStorage.stake.get(hotkey, coldkey, state)
            stakeSum += amount
            perHotkey[hotkey, default: 0] += amount
            perColdkey[coldkey, default: 0] += amount
        }
        #expect(SubtensorStorage.totalStake.get(state) == stakeSum)
        for (hotkey, amount) in perHotkey { #expect(SubtensorStorage.totalHotkeyStake.get(hotkey, state) == amount) }
        for (coldkey, amount) in perColdkey { #expect(SubtensorStorage.totalColdkeyStake.get(coldkey, state) == amount) }

        let subtensorIssuance = SubtensorStorage.totalIssuance.get(state)
        #expect(subtensorIssuance == balancesIssuance + stakeSum + burnedFees,
                "SubtensorModule.TotalIssuance \(subtensorIssuance) ≠ balances \(balancesIssuance) + stake \(stakeSum) + burned fees \(burnedFees)")
    }

    /// The fees paid in the open block, from `TransactionFeePaid` events.
    static func feesInOpenBlock(_ chain: TestChain) -> UInt64 {
        chain.events.reduce(0) { sum, event in
            if case .transactionPayment(.transactionFeePaid(_, let fee, _)) = event { return sum + fee }
            return sum
        }
    }

    @Test func randomCallSequencesConserveTAO() {
        for seed: UInt64 in [1, 2, 3] {
            let chain = TestChain()
            var feesInClosedBlocks: UInt64 = 0
            var lastBlock = chain.blockNumber
            var lastFees: UInt64 = 0
            let included = RandomCallSequence.run(on: chain, seed: seed, steps: 200) { chain in
                if chain.blockNumber != lastBlock {
                    feesInClosedBlocks += lastFees
                    lastBlock = chain.blockNumber
                }
                lastFees = Self.feesInOpenBlock(chain)
                Self.checkInvariants(chain, burnedFees: feesInClosedBlocks + lastFees)
            }
            #expect(included > 100, "seed \(seed): only \(included) of 200 extrinsics were valid")
            // Emission was paid: issuance plus what burn registrations destroyed exceeds genesis.
            let state = chain.context.storage
            let recycled = SubtensorStorage.raoRecycledForRegistration.get(1, state) + SubtensorStorage.raoRecycledForRegistration.get(3, state)
            #expect(SubtensorStorage.totalIssuance.get(state) + recycled > 6000 * ChainPreset.tao, "seed \(seed): no emission was paid")
        }
    }

    @Test func theSameBlocksGiveTheSameStateRoots() throws {
        let first = TestChain()
        RandomCallSequence.run(on: first, seed: 42, steps: 150)
        let second = TestChain()
        try second.replay(first.bodies)
        #expect(first.headers.count > 30)
        #expect(first.headers.map(\.stateRoot) == second.headers.map(\.stateRoot))
        #expect(first.headers.map(\.hash) == second.headers.map(\.hash))
        // A different workload gives a different state.
        let third = TestChain()
        RandomCallSequence.run(on: third, seed: 43, steps: 150)
        #expect(third.headers.last?.stateRoot != first.headers.last?.stateRoot)
    }

    @Test func theIncrementalStateRootEqualsARootComputedFromScratch() {
        let chain = TestChain()
        RandomCallSequence.run(on: chain, seed: 7, steps: 80)
        let rebuilt = ChainState(Dictionary(uniqueKeysWithValues: chain.state.entries.map { ($0.key, $0.value) }))
        #expect(rebuilt.root == chain.state.root)
        #expect(chain.headers.last?.stateRoot == chain.state.root)
    }
}
